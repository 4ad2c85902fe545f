import { ContrabandOptionsError } from '../errors.js';
import type { ClassifierConfig } from '../schema/options.js';
import { recordFromItem } from './input.js';
import { jsonLine } from './output.js';
import { startPool, type PoolOptions } from './pool.js';
import { isReservedKey, type InputRecord, type OutputRecord } from './records.js';

/** One item of `classifyStream`'s source: a listing's text, or an object holding it (like a JSON line). */
export type StreamSourceItem = string | { id?: string | number; text?: unknown; [field: string]: unknown };

/** Options of `classifyStream`. */
export interface ClassifyStreamOptions {
  /** Worker threads (default `os.availableParallelism()`); 0 classifies in this thread (no time limit then). */
  workers?: number;
  /** Fields of source objects copied to each output record (`id` always is). */
  keep?: readonly string[];
  /** The field of source objects holding the text (default `text`). */
  textField?: string;
  /** The classifier configuration (plain JSON: each worker rebuilds the classifier from it). */
  classifierConfig?: ClassifierConfig;
  /** Per-record time limit (default 30,000 ms): a record is retried once, then becomes a TIMEOUT error record. */
  recordTimeoutMs?: number;
  /** Records read ahead of the first unfinished one (default ≥ 1024): bounds memory. */
  maxInFlight?: number;
  /** Stops reading: the records finished in order are still given, then the iteration ends. */
  signal?: AbortSignal;
  /** A worker script of your own that calls `serveWorker` (instrumentation, tests). */
  workerFile?: string | URL;
}

/**
 * Checks `keep` names: none may collide with an output key (throws ContrabandOptionsError); returns them
 * without `id` (always kept) and duplicates.
 *
 * @example
 * ```ts
 * checkKeep(['url', 'id', 'url']); // ['url']
 * checkKeep(['category']);         // throws: the output already has "category"
 * ```
 */
export function checkKeep(keep: readonly string[]): string[] {
  const bad = keep.filter((k) => k !== 'id' && isReservedKey(k));
  if (bad.length > 0) {
    const issues = bad.map((k) => `keep: "${k}" is an output field already`);
    throw new ContrabandOptionsError(`cannot keep ${bad.map((k) => `"${k}"`).join(', ')}: the output record has such a field (rename it in the input)`, issues);
  }
  return [...new Set(keep.filter((k) => k !== 'id' && k !== ''))];
}

/**
 * Classifies a stream of listings on worker threads and yields one output record per input item, in input
 * order: a result record (`index`, `line`, `id`, kept fields, then the `Result` exactly as `classify`
 * gives it) or an error record (`error.code` from `ERROR_CODES`, and the run's `meta`). An item that is
 * not a string or an object with a string text becomes an error record; the stream goes on. Memory is
 * bounded: the source is read only as fast as records are consumed.
 *
 * @example
 * ```ts
 * import { classifyStream, isErrorRecord } from 'contraband';
 * const listings = [
 *   { id: 'a1', text: '10g Cocaine 90% pure | Ships from: Netherlands', url: 'http://x.onion/a1' },
 *   { id: 'a2', text: 42 },
 * ];
 * for await (const r of classifyStream(listings, { workers: 2, keep: ['url'] })) {
 *   if (isErrorRecord(r)) console.log(r.id, r.error.code); // a2 TEXT_NOT_STRING
 *   else console.log(r.id, r.category, r.origin, r.url);   // a1 drugs NL http://x.onion/a1
 * }
 * ```
 */
export async function* classifyStream(
  source: AsyncIterable<StreamSourceItem | unknown> | Iterable<StreamSourceItem | unknown>,
  options: ClassifyStreamOptions = {},
): AsyncGenerator<OutputRecord> {
  const keep = checkKeep(options.keep ?? []);
  const textField = options.textField ?? 'text';
  const config = options.classifierConfig ?? {};
  async function* records(): AsyncGenerator<InputRecord> {
    let index = 0;
    for await (const item of source as AsyncIterable<unknown>) yield recordFromItem(item, index++, textField, keep);
  }
  const opts: PoolOptions = { classifierConfig: config };
  if (options.workers !== undefined) opts.workers = options.workers;
  if (options.recordTimeoutMs !== undefined) opts.recordTimeoutMs = options.recordTimeoutMs;
  if (options.maxInFlight !== undefined) opts.maxInFlight = options.maxInFlight;
  if (options.signal !== undefined) opts.signal = options.signal;
  if (options.workerFile !== undefined) opts.workerFile = options.workerFile;
  const pool = startPool(opts);
  try {
    const meta = await pool.meta;
    for await (const item of pool.run(records())) yield JSON.parse(jsonLine(item, meta)) as OutputRecord;
  } finally {
    await pool.close();
  }
}
