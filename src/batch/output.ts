import { csvRow } from './csv.js';
import type { BatchItem } from './pool.js';
import type { RecordMeta } from './records.js';

/** Output formats of a batch run. */
export const OUTPUT_FORMATS = ['jsonl', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

function keepPairs(keep: Record<string, unknown>): string {
  let s = '';
  for (const k of Object.keys(keep)) {
    const v = JSON.stringify(keep[k]);
    if (v !== undefined) s += `,${JSON.stringify(k)}:${v}`;
  }
  return s;
}

/**
 * One JSONL output line: `{index, line, id, ...kept fields, ...result}` for a result, the result part
 * being byte for byte `JSON.stringify(classify(text))`; `{index, line, id, ...kept fields, error, meta}`
 * for an error.
 *
 * @example
 * ```ts
 * const pool = startPool({ workers: 0 });
 * const meta = await pool.meta;
 * for await (const item of pool.run([{ kind: 'ok', index: 0, line: 1, id: 'a', text: 'Glock 19', keep: {} }])) {
 *   process.stdout.write(jsonLine(item, meta)); // {"index":0,"line":1,"id":"a","lang":...,"meta":{...}}
 * }
 * ```
 */
export function jsonLine(item: BatchItem, meta: RecordMeta): string {
  const head = `{"index":${item.index},"line":${item.line},"id":${JSON.stringify(item.id)}${keepPairs(item.keep)}`;
  if (item.kind === 'ok') return item.json.length > 2 ? `${head},${item.json.slice(1)}\n` : `${head}}\n`;
  return `${head},"error":${JSON.stringify(item.error)},"meta":${JSON.stringify(meta)}}\n`;
}

/** The CSV output columns after `id` and the kept fields. */
export const CSV_RESULT_COLUMNS = [
  'lang',
  'category',
  'subcategory',
  'confidence',
  'origin',
  'shipping',
  'carriers',
  'price_amount',
  'price_currency',
  'error_code',
  'error_message',
  'meta_version',
  'meta_lexicon_hash',
] as const;

/**
 * The CSV header line for the given kept fields.
 *
 * @example
 * ```ts
 * csvHeader(['url']); // 'id,url,lang,category,...,meta_version,meta_lexicon_hash\n'
 * ```
 */
export function csvHeader(keep: readonly string[]): string {
  return csvRow(['id', ...keep, ...CSV_RESULT_COLUMNS]);
}

/**
 * One CSV output row (flattened result; shipping methods and carriers joined by `;`), with every cell a
 * spreadsheet would run as a formula prefixed by `'`; the columns of `csvHeader(keep)`.
 *
 * @example
 * ```ts
 * out.write(csvHeader(['url']));
 * for await (const item of classifyRecords(records, { workers: 2 })) out.write(csvLine(item, meta, ['url']));
 * ```
 */
export function csvLine(item: BatchItem, meta: RecordMeta, keep: readonly string[]): string {
  const kept = keep.map((k) => item.keep[k]);
  if (item.kind === 'ok') {
    const d = item.digest;
    return csvRow([
      item.id,
      ...kept,
      d.lang,
      d.category,
      d.subcategory,
      d.confidence,
      d.origin,
      d.shipping.join(';'),
      d.carriers.join(';'),
      d.price?.amount,
      d.price?.currency,
      null,
      null,
      meta.version,
      meta.lexiconHash,
    ]);
  }
  return csvRow([item.id, ...kept, null, null, null, null, null, null, null, null, null, item.error.code, item.error.message, meta.version, meta.lexiconHash]);
}
