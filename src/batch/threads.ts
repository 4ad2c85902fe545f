import { createRequire } from 'node:module';

let threads: typeof import('node:worker_threads') | undefined;

/** node:worker_threads, loaded when a batch first needs it: a program that only classifies never pays for it. */
export function workerThreads(): typeof import('node:worker_threads') {
  threads ??= createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  return threads;
}
