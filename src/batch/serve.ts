import { workerThreads } from './threads.js';
import type { Classifier } from '../classifier.js';
import { classifyOne } from './classify-one.js';
import type { FromWorker, ToWorker, WorkerInit } from './protocol.js';

/** Test and instrumentation hooks of a batch worker. */
export interface ServeHooks {
  /** Called before each text is classified (a test worker crashes or hangs here on purpose). */
  beforeClassify?: (text: string) => void;
}

/**
 * Runs a batch worker in this worker thread: rebuilds the classifier from `workerData`, says `ready`
 * with the result `meta`, then classifies every batch it is sent, one `done` message per record, in order.
 * `src/batch/worker.ts` (built to `dist/worker.js`) calls it; a custom worker file can call it with hooks.
 *
 * @example
 * ```ts
 * // my-worker.ts, used with classifyStream(items, { workerFile: 'my-worker.js' })
 * import { serveWorker } from 'contraband';
 * void serveWorker({ beforeClassify: (text) => void (text.length > 1e6 && console.error('long listing')) });
 * ```
 */
export async function serveWorker(hooks: ServeHooks = {}): Promise<void> {
  const { parentPort: port, workerData } = workerThreads();
  if (port === null) throw new Error('serveWorker must run in a worker thread');
  const init = workerData as WorkerInit;
  const post = (m: FromWorker): void => port.postMessage(m);
  // From source there is no build-time version: use the caller's, so results match its classify().
  // (Set before the classifier module is first evaluated, hence the dynamic import below.)
  const g = globalThis as Record<string, unknown>;
  g['__CONTRABAND_VERSION__'] ??= init.version;
  let classifier: Classifier;
  try {
    const { createClassifier } = await import('../classifier.js');
    classifier = createClassifier(init.classifierConfig);
  } catch (e) {
    post({ type: 'init-error', message: e instanceof Error ? e.message : String(e) });
    port.close();
    return;
  }
  port.on('message', (m: ToWorker) => {
    for (const item of m.items) {
      hooks.beforeClassify?.(item.text);
      post({ type: 'done', seq: item.seq, result: classifyOne(classifier, item.text) });
    }
  });
  post({ type: 'ready', meta: classifier.classify('').meta });
}
