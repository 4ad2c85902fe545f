// Starts a batch worker from TypeScript source (tests, `node --import tsx`), where no dist/worker.js exists:
// Node 20 does not apply `--import tsx` inside worker threads, so the worker loads its entry through tsx's API.
// The built package never uses this file (dist/worker.js is plain JavaScript).
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData?.entry ?? './worker.ts', import.meta.url);
