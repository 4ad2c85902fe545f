import * as z from 'zod';
import { lazySchema } from '../schema/lazy.js';
import type { BatchItem } from './pool.js';

const Counts = lazySchema(() => z.record(z.string(), z.number().int().min(0)));

/** The summary of a batch run (stderr, and `--summary FILE` as JSON). Counts include records already in a resumed output. */
export const BatchSummarySchema = lazySchema(() => z.object({
  /** Output records: one per input record. */
  records: z.number().int().min(0),
  /** Records classified. */
  results: z.number().int().min(0),
  /** Error records. */
  errors: z.number().int().min(0),
  errorsByCode: Counts,
  /** Results by category (`none` when no category was found), language and origin country (`none`: not stated). */
  categories: Counts,
  languages: Counts,
  origins: Counts,
  /** Time of this run, and its rate (records it classified or failed, per second). */
  elapsedMs: z.number().min(0),
  recordsPerSecond: z.number().min(0),
  /** Records that were already in the output when this run resumed it (null: not resumed). */
  resumedAfter: z.number().int().min(0).nullable(),
  interrupted: z.boolean(),
  exitCode: z.number().int(),
  workers: z.number().int().min(0),
  input: z.string(),
  output: z.string().nullable(),
  meta: z.object({ version: z.string(), lexiconHash: z.string(), optionsHash: z.string() }),
}));
export type BatchSummary = z.infer<typeof BatchSummarySchema>;

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

function sorted(m: Map<string, number>): Record<string, number> {
  const o: Record<string, number> = {};
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) o[k] = v;
  return o;
}

/**
 * Counts output records for the summary.
 *
 * @example
 * ```ts
 * const counter = new SummaryCounter();
 * for await (const item of classifyRecords(records)) counter.add(item);
 * counter.counts(); // { records, results, errors, errorsByCode, categories, languages, origins }
 * ```
 */
export class SummaryCounter {
  records = 0;
  results = 0;
  errors = 0;
  readonly errorsByCode = new Map<string, number>();
  readonly categories = new Map<string, number>();
  readonly languages = new Map<string, number>();
  readonly origins = new Map<string, number>();

  /** Counts one record from its fields: an error code, or the result's category, language and origin. */
  count(errorCode: string | null, category: string | null, lang: string | null, origin: string | null): void {
    this.records++;
    if (errorCode !== null) {
      this.errors++;
      bump(this.errorsByCode, errorCode);
      return;
    }
    this.results++;
    bump(this.categories, category ?? 'none');
    bump(this.languages, lang ?? 'none');
    bump(this.origins, origin ?? 'none');
  }

  add(item: BatchItem): void {
    if (item.kind === 'error') this.count(item.error.code, null, null, null);
    else this.count(null, item.digest.category, item.digest.lang, item.digest.origin);
  }

  counts(): Pick<BatchSummary, 'records' | 'results' | 'errors' | 'errorsByCode' | 'categories' | 'languages' | 'origins'> {
    return {
      records: this.records,
      results: this.results,
      errors: this.errors,
      errorsByCode: sorted(this.errorsByCode),
      categories: sorted(this.categories),
      languages: sorted(this.languages),
      origins: sorted(this.origins),
    };
  }
}

function top(o: Record<string, number>, n = 10): string {
  const e = Object.entries(o);
  const shown = e.slice(0, n).map(([k, v]) => `${k} ${v}`);
  if (e.length > n) shown.push(`… ${e.length - n} more`);
  return shown.join(', ') || '-';
}

/**
 * The summary as a few human-readable lines (for stderr).
 *
 * @example
 * ```ts
 * process.stderr.write(formatSummary(summary));
 * // contraband: 3 record(s), 2 classified, 1 error(s) in 1.2 s (2 records/s, 2 worker(s))
 * //   errors:     INVALID_JSON 1
 * //   categories: drugs 1, firearms 1 ...
 * ```
 */
export function formatSummary(s: BatchSummary): string {
  const secs = (s.elapsedMs / 1000).toFixed(1);
  const lines = [
    `contraband: ${s.records} record(s), ${s.results} classified, ${s.errors} error(s)${s.interrupted ? ' — INTERRUPTED' : ''} in ${secs} s (${Math.round(s.recordsPerSecond)} records/s, ${s.workers} worker(s))${s.resumedAfter !== null ? `; resumed after ${s.resumedAfter}` : ''}`,
  ];
  if (s.errors > 0) lines.push(`  errors:     ${top(s.errorsByCode)}`);
  lines.push(`  categories: ${top(s.categories)}`, `  languages:  ${top(s.languages)}`, `  origins:    ${top(s.origins)}`);
  return `${lines.join('\n')}\n`;
}
