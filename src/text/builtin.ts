import { createRequire } from 'node:module';

/**
 * A Node built-in module, loaded on the first call of the returned function rather than at import: an
 * ES import of node:crypto or node:worker_threads costs milliseconds of start-up to every program that
 * only classifies.
 */
export function lazyBuiltin<T>(name: string): () => T {
  let mod: T | undefined;
  return () => (mod ??= createRequire(import.meta.url)(name) as T);
}
