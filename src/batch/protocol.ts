import type { ClassifierConfig } from '../schema/options.js';
import type { Classified } from './classify-one.js';
import type { RecordMeta } from './records.js';

/** What a batch worker is started with (`workerData`): plain JSON, so it rebuilds the caller's classifier. */
export interface WorkerInit {
  classifierConfig: ClassifierConfig;
  /** The caller's contraband version, stamped on results when the worker runs from source (no build-time version). */
  version: string;
  /** From source only: the TypeScript entry that `worker-source.mjs` loads through tsx. */
  entry?: string;
}

/** Main thread → worker. */
export type ToWorker = { type: 'batch'; items: { seq: number; text: string }[] };

/** Worker → main thread. */
export type FromWorker =
  | { type: 'ready'; meta: RecordMeta }
  | { type: 'init-error'; message: string }
  | { type: 'done'; seq: number; result: Classified };
