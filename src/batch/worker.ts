// Entry of a batch worker thread (built to dist/worker.js): see serve.ts.
import { serveWorker } from './serve.js';

void serveWorker();
