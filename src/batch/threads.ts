import { lazyBuiltin } from '../text/builtin.js';

/** node:worker_threads, loaded when a batch first needs it: a program that only classifies never pays for it. */
export const workerThreads = lazyBuiltin<typeof import('node:worker_threads')>('node:worker_threads');
