import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { workerThreads } from './threads.js';
import { createClassifier, type Classifier } from '../classifier.js';
import type { ClassifierConfig } from '../schema/options.js';
import { VERSION } from '../version.js';
import { classifyOne, type Classified, type ResultDigest } from './classify-one.js';
import type { FromWorker, ToWorker, WorkerInit } from './protocol.js';
import { excerpt, type ErrorCode, type InputRecord, type KeptFields, type RecordError, type RecordId, type RecordMeta } from './records.js';

/** One finished record of a batch, in input order: a result (as JSON text) or an error. */
export type BatchItem =
  | { kind: 'ok'; index: number; line: number; id: RecordId; keep: KeptFields; json: string; digest: ResultDigest }
  | { kind: 'error'; index: number; line: number; id: RecordId; keep: KeptFields; error: RecordError };

/** Default per-record time limit. */
export const DEFAULT_RECORD_TIMEOUT_MS = 30_000;

/** Options of the record pool. */
export interface PoolOptions {
  /** Worker threads (default `os.availableParallelism()`); 0 classifies in the calling thread (no time limit then). */
  workers?: number;
  /** Configuration of the classifier each worker builds (plain JSON). */
  classifierConfig?: ClassifierConfig;
  /** The classifier to use when `workers` is 0 (default: built from `classifierConfig`). */
  classifier?: Classifier;
  /** A record with no result after this long has its worker replaced; it is retried once, then becomes a TIMEOUT error. */
  recordTimeoutMs?: number;
  /** At most this many records are read ahead of the first unfinished one (backpressure). */
  maxInFlight?: number;
  /** ... and at most this many UTF-16 units of text (one record is always allowed). */
  maxInFlightChars?: number;
  /** Stops reading; the finished in-order prefix is still given, then the iteration ends. */
  signal?: AbortSignal;
  /** The worker script (default: `worker.js` beside the bundle, or `worker.ts` from source). */
  workerFile?: string | URL;
  /** The meta every worker must report (a worker that differs stops the run). */
  expectedMeta?: RecordMeta;
  /** Told when a worker crashed or timed out and was replaced. */
  onWorkerLoss?: (e: { code: 'TIMEOUT' | 'WORKER_CRASH'; index: number | null; message: string }) => void;
}

/** The batch could not start or go on (a worker could not build its classifier). */
export class BatchPoolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BatchPoolError';
  }
}

const BATCH = 32; // records per message: amortises postMessage, small enough to balance two workers
const BATCH_CHARS = 1 << 20;
const QUEUE = 2 * BATCH; // records queued per worker, so it never waits for the next message
const MAX_ATTEMPTS = 2; // a record that kills its worker is retried once

/**
 * Finds the worker script: `worker.js` beside the running bundle (dist/), else `worker.ts` from source
 * (loaded through tsx).
 *
 * @example
 * ```ts
 * defaultWorkerFile().pathname; // '/…/node_modules/contraband/dist/worker.js'
 * ```
 */
export function defaultWorkerFile(): URL {
  const js = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return js;
  const ts = new URL('./worker.ts', import.meta.url);
  if (existsSync(fileURLToPath(ts))) return ts;
  throw new BatchPoolError(`cannot find the batch worker (${fileURLToPath(js)}): add src/batch/worker.ts as a build entry`);
}

/** How to start a worker file: a TypeScript one goes through the tsx bootstrap (`worker-source.mjs`). */
function workerSpec(file: string | URL | undefined): { url: URL; entry?: string } {
  const url = file === undefined ? defaultWorkerFile() : typeof file === 'string' ? pathToFileURL(file) : file;
  if (!url.pathname.endsWith('.ts')) return { url };
  return { url: new URL('./worker-source.mjs', import.meta.url), entry: url.href };
}

interface Slot {
  rec: InputRecord;
  attempts: number;
  chars: number;
  done: BatchItem | null;
}

interface WorkerState {
  worker: Worker;
  ready: boolean;
  /** Seqs sent to this worker and not yet done, in the order it classifies them. */
  queue: number[];
  /** When the worker started on `queue[0]`. */
  startedAt: number;
  /** Terminated by us (timeout or end of run): its exit is not a crash. */
  killed: boolean;
  lastError: string | null;
}

function toItem(rec: InputRecord & { kind: 'ok' }, r: Classified): BatchItem {
  const base = { index: rec.index, line: rec.line, id: rec.id, keep: rec.keep };
  return r.ok ? { kind: 'ok', ...base, json: r.json, digest: r.digest } : { kind: 'error', ...base, error: { code: 'CLASSIFY_FAILED', message: r.message, excerpt: excerpt(rec.text) } };
}

function errorItem(rec: InputRecord): BatchItem {
  if (rec.kind === 'ok') throw new Error('not an error record');
  const r = rec.record;
  return { kind: 'error', index: r.index, line: r.line, id: r.id, keep: rec.keep ?? (Object.create(null) as KeptFields), error: r.error };
}

function failItem(rec: InputRecord & { kind: 'ok' }, code: ErrorCode, message: string): BatchItem {
  return { kind: 'error', index: rec.index, line: rec.line, id: rec.id, keep: rec.keep, error: { code, message, excerpt: excerpt(rec.text) } };
}

/** A started pool of classifier workers: `meta` once a worker is ready, then one `run`, then `close`. */
export interface ClassifierPool {
  /** The `meta` of the pool's results (from the first worker ready, or the in-thread classifier); rejects when workers cannot start. */
  readonly meta: Promise<RecordMeta>;
  /** Classifies input records; yields one item per record, in input order. Call once. */
  run(input: AsyncIterable<InputRecord> | Iterable<InputRecord>): AsyncGenerator<BatchItem>;
  /** Stops every worker (also done when `run` ends). */
  close(): Promise<void>;
}

/**
 * Starts a pool of classifier workers at once (they build their classifiers while the caller prepares),
 * so `meta` is known before the first record. See `classifyRecords` for the guarantees of `run`.
 *
 * @example
 * ```ts
 * import { startPool, readRecords } from 'contraband';
 * import { createReadStream } from 'node:fs';
 * const pool = startPool({ workers: 2 });
 * console.log((await pool.meta).lexiconHash);
 * for await (const item of pool.run(readRecords(createReadStream('in.jsonl'), { format: 'jsonl' }))) console.log(item.index);
 * ```
 */
export function startPool(options: PoolOptions = {}): ClassifierPool {
  const nWorkers = options.workers ?? availableParallelism();
  if (!Number.isInteger(nWorkers) || nWorkers < 0) throw new BatchPoolError(`workers must be a whole number ≥ 0, got ${nWorkers}`);
  const timeout = options.recordTimeoutMs ?? DEFAULT_RECORD_TIMEOUT_MS;
  const maxInFlight = Math.max(1, options.maxInFlight ?? Math.max(1024, nWorkers * QUEUE * 4));
  const maxChars = options.maxInFlightChars ?? 64 * 1024 * 1024;
  const config = options.classifierConfig ?? {};
  const signal = options.signal;
  const inline = nWorkers === 0 ? (options.classifier ?? createClassifier(config)) : null;

  const slots = new Map<number, Slot>();
  let nextSeq = 0;
  let nextOut = 0;
  let charsInFlight = 0;
  const pending: number[] = []; // FIFO of seqs never sent
  let pendingHead = 0;
  const again: number[] = []; // seqs to send again after a worker loss, lowest first
  const workers: WorkerState[] = [];
  let fatal: unknown = null;
  let initFailures = 0;
  let closed = false;
  let firstMeta: RecordMeta | null = options.expectedMeta ?? null;

  let metaResolve!: (m: RecordMeta) => void;
  let metaReject!: (e: unknown) => void;
  const meta = new Promise<RecordMeta>((res, rej) => {
    metaResolve = res;
    metaReject = rej;
  });
  meta.catch(() => undefined); // a caller that never asks must not see an unhandled rejection
  const setFatal = (e: unknown): void => {
    if (fatal === null) fatal = e;
    metaReject(e);
  };

  let wakeResolve: (() => void) | null = null;
  let woken = false;
  const wake = (): void => {
    if (wakeResolve) {
      const r = wakeResolve;
      wakeResolve = null;
      r();
    } else woken = true;
  };
  const sleep = (): Promise<void> => {
    if (woken) {
      woken = false;
      return Promise.resolve();
    }
    return new Promise<void>((r) => {
      wakeResolve = r;
    });
  };
  const onAbort = (): void => wake();
  signal?.addEventListener('abort', onAbort);

  const spec = nWorkers > 0 ? workerSpec(options.workerFile) : null;
  const init: WorkerInit = { classifierConfig: config, version: VERSION, ...(spec?.entry !== undefined ? { entry: spec.entry } : {}) };

  const lose = (w: WorkerState, code: 'TIMEOUT' | 'WORKER_CRASH', message: string): void => {
    const at = workers.indexOf(w);
    if (at === -1) return;
    workers.splice(at, 1);
    const [cur, ...rest] = w.queue;
    w.queue = [];
    for (const seq of rest) again.push(seq);
    let index: number | null = null;
    if (cur !== undefined) {
      const slot = slots.get(cur)!;
      index = slot.rec.kind === 'ok' ? slot.rec.index : null;
      slot.attempts++;
      if (slot.attempts >= MAX_ATTEMPTS && slot.rec.kind === 'ok') {
        slot.done = failItem(slot.rec, code, `${message} (tried ${slot.attempts} times)`);
      } else again.push(cur);
    }
    again.sort((a, b) => a - b);
    options.onWorkerLoss?.({ code, index, message });
    if (!closed && !signal?.aborted && fatal === null) spawn();
    wake();
  };

  const spawn = (): void => {
    const worker = new (workerThreads().Worker)(spec!.url, { workerData: init });
    const w: WorkerState = { worker, ready: false, queue: [], startedAt: 0, killed: false, lastError: null };
    workers.push(w);
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'done') {
        const seq = w.queue.shift();
        w.startedAt = Date.now();
        if (seq !== m.seq) {
          setFatal(new BatchPoolError(`worker answered record ${m.seq}, expected ${String(seq)}`));
        } else {
          const slot = slots.get(seq);
          if (slot && slot.rec.kind === 'ok' && slot.done === null) slot.done = toItem(slot.rec, m.result);
        }
        wake();
      } else if (m.type === 'ready') {
        const want = firstMeta;
        if (want && (want.version !== m.meta.version || want.lexiconHash !== m.meta.lexiconHash || want.optionsHash !== m.meta.optionsHash)) {
          setFatal(new BatchPoolError(`a worker's classifier differs from the expected one (${JSON.stringify(m.meta)} vs ${JSON.stringify(want)})`));
        }
        firstMeta ??= m.meta;
        metaResolve(firstMeta);
        w.ready = true;
        initFailures = 0;
        wake();
      } else if (m.type === 'init-error') {
        setFatal(new BatchPoolError(`a worker could not build the classifier: ${m.message}`));
        wake();
      }
    });
    worker.on('error', (e) => {
      w.lastError = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    });
    worker.on('exit', (code) => {
      if (w.killed) return;
      w.killed = true;
      if (!w.ready) {
        if (++initFailures >= 3) setFatal(new BatchPoolError(`workers keep dying at start-up (exit code ${code})${w.lastError ? `: ${w.lastError}` : ''}`));
        const at = workers.indexOf(w);
        if (at !== -1) workers.splice(at, 1);
        if (fatal === null && !closed && !signal?.aborted) spawn();
        wake();
        return;
      }
      lose(w, 'WORKER_CRASH', `worker crashed (exit code ${code})${w.lastError ? `: ${w.lastError}` : ''}`);
    });
  };

  const kill = (w: WorkerState): Promise<number> => {
    w.killed = true;
    return w.worker.terminate();
  };

  const takeBatch = (): { seq: number; text: string }[] => {
    const items: { seq: number; text: string }[] = [];
    let chars = 0;
    const textOf = (seq: number): string => {
      const r = slots.get(seq)!.rec;
      return r.kind === 'ok' ? r.text : '';
    };
    // records back from a lost worker first (lowest first); a suspect (one that was running when its worker died) goes alone
    while (again.length > 0 && items.length < BATCH && chars < BATCH_CHARS) {
      const seq = again[0]!;
      const suspect = slots.get(seq)!.attempts > 0;
      if (suspect && items.length > 0) return items;
      again.shift();
      const text = textOf(seq);
      items.push({ seq, text });
      chars += text.length;
      if (suspect) return items;
    }
    while (pendingHead < pending.length && items.length < BATCH && chars < BATCH_CHARS) {
      const seq = pending[pendingHead++]!;
      const text = textOf(seq);
      items.push({ seq, text });
      chars += text.length;
    }
    if (pendingHead > 4096 && pendingHead * 2 > pending.length) {
      pending.splice(0, pendingHead);
      pendingHead = 0;
    }
    return items;
  };

  const dispatch = (): void => {
    for (const w of workers) {
      if (!w.ready || w.killed) continue;
      while (w.queue.length < QUEUE) {
        const items = takeBatch();
        if (items.length === 0) return;
        if (w.queue.length === 0) w.startedAt = Date.now();
        for (const it of items) w.queue.push(it.seq);
        const msg: ToWorker = { type: 'batch', items };
        w.worker.postMessage(msg);
      }
    }
  };

  const admit = (rec: InputRecord): void => {
    const seq = nextSeq++;
    const slot: Slot = { rec, attempts: 0, chars: rec.kind === 'ok' ? rec.text.length : 0, done: null };
    slots.set(seq, slot);
    charsInFlight += slot.chars;
    if (rec.kind === 'error') slot.done = errorItem(rec);
    else if (inline) slot.done = toItem(rec, classifyOne(inline, rec.text));
    else pending.push(seq);
  };

  let timer: NodeJS.Timeout | null = null;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    signal?.removeEventListener('abort', onAbort);
    if (timer) clearInterval(timer);
    await Promise.all(workers.splice(0).map(kill));
  };

  if (inline) metaResolve(firstMeta ?? inline.classify('').meta);
  if (spec) {
    for (let i = 0; i < nWorkers; i++) spawn();
    timer = setInterval(
      () => {
        const now = Date.now();
        for (const w of [...workers]) {
          if (w.ready && !w.killed && w.queue.length > 0 && now - w.startedAt > timeout) {
            void kill(w);
            lose(w, 'TIMEOUT', `no result after ${timeout} ms`);
          }
        }
      },
      Math.max(10, Math.min(250, timeout / 4)),
    );
    timer.unref();
  }

  let running = false;
  async function* run(input: AsyncIterable<InputRecord> | Iterable<InputRecord>): AsyncGenerator<BatchItem> {
    if (running || closed) throw new BatchPoolError('a pool runs once');
    running = true;
    const iterator: AsyncIterator<InputRecord> | Iterator<InputRecord> =
      Symbol.asyncIterator in input ? (input as AsyncIterable<InputRecord>)[Symbol.asyncIterator]() : (input as Iterable<InputRecord>)[Symbol.iterator]();
    let reading = false;
    let inputDone = false;
    try {
      for (;;) {
        if (fatal !== null) throw fatal;
        for (let s = slots.get(nextOut); s !== undefined && s.done !== null; s = slots.get(nextOut)) {
          slots.delete(nextOut);
          nextOut++;
          charsInFlight -= s.chars;
          yield s.done;
          if (fatal !== null) throw fatal;
        }
        if (signal?.aborted) break;
        if (inputDone && slots.size === 0) break;
        if (!inputDone && !reading && slots.size < maxInFlight && (charsInFlight < maxChars || slots.size === 0)) {
          reading = true;
          const step = iterator.next();
          if (step instanceof Promise) {
            step.then(
              (r) => {
                reading = false;
                if (r.done) inputDone = true;
                else admit(r.value);
                wake();
              },
              (e: unknown) => {
                reading = false;
                // a source closed because of the abort is not a failure
                if (signal?.aborted) inputDone = true;
                else setFatal(e);
                wake();
              },
            );
          } else {
            reading = false;
            if (step.done) inputDone = true;
            else admit(step.value);
            continue;
          }
        }
        dispatch();
        await sleep();
      }
    } finally {
      await close();
      if (!inputDone) {
        // do not wait: the source may be blocked on a read that the caller will cancel (stdin)
        const ret = iterator.return?.();
        if (ret instanceof Promise) ret.catch(() => undefined);
      }
    }
  }

  return { meta, run, close };
}

/**
 * Classifies input records on a pool of worker threads and yields one item per record, in input order.
 * At most `maxInFlight` records are held at once, whatever the input size or a slow record; a worker
 * that crashes or passes the time limit is replaced and its record retried once, then given as a
 * WORKER_CRASH or TIMEOUT error item. Input error records pass through in their place.
 *
 * @example
 * ```ts
 * import { classifyRecords, readRecords } from 'contraband';
 * import { createReadStream } from 'node:fs';
 * for await (const item of classifyRecords(readRecords(createReadStream('in.jsonl'), { format: 'jsonl' }), { workers: 2 })) {
 *   console.log(item.index, item.kind === 'ok' ? item.digest.category : item.error.code);
 * }
 * ```
 */
export async function* classifyRecords(input: AsyncIterable<InputRecord> | Iterable<InputRecord>, options: PoolOptions = {}): AsyncGenerator<BatchItem> {
  const pool = startPool(options);
  try {
    yield* pool.run(input);
  } finally {
    await pool.close();
  }
}
