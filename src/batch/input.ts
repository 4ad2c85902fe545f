import { isUtf8 } from 'node:buffer';
import { CsvReader, type RawCsvRecord } from './csv.js';
import { splitLines } from './lines.js';
import { err, parseJsonLine, parseObject, type InputRecord, type KeptFields } from './records.js';

/** Input formats of a batch run. */
export const INPUT_FORMATS = ['jsonl', 'csv', 'tsv', 'text'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Default cap on one record's size: a longer one becomes a `LINE_TOO_LONG` error record. */
export const DEFAULT_MAX_RECORD_BYTES = 8 * 1024 * 1024;

/** Options of `readRecords`. */
export interface ReadRecordsOptions {
  format: InputFormat;
  /** JSONL field or CSV column holding the text (default `text`). */
  textField?: string;
  /** Input fields (JSONL) or columns (CSV) copied to each output record. `id` is always read. */
  keep?: readonly string[];
  /** Character encoding of the input (default `utf-8`, where invalid bytes give `INVALID_ENCODING` error records). */
  encoding?: string;
  /** Cap on one line's (record's) size in bytes. */
  maxRecordBytes?: number;
  /** CSV/TSV column names, for input without a header row (chunks of a larger file). */
  columns?: readonly string[];
  /** CSV/TSV: whether the first row is a header (default: true unless `columns` is given). */
  header?: boolean;
  /** CSV/TSV quote character, or null for none (default `"`). */
  quote?: string | null;
  /** Called with the number of bytes read, for progress. */
  onBytes?: (n: number) => void;
}

/** Input that cannot be read at all (a CSV header without the text column): the whole run stops. */
export class BatchInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BatchInputError';
  }
}

/**
 * Picks the input format from a file name (`-` and unknown extensions: JSONL).
 *
 * @example
 * ```ts
 * formatFromName('scrape.CSV'); // 'csv'
 * formatFromName('-');          // 'jsonl'
 * ```
 */
export function formatFromName(name: string): InputFormat {
  const n = name.toLowerCase();
  if (n.endsWith('.csv')) return 'csv';
  if (n.endsWith('.tsv') || n.endsWith('.tab')) return 'tsv';
  if (n.endsWith('.txt')) return 'text';
  return 'jsonl';
}

type Decoded = { ok: true; text: string } | { ok: false; text: string };

/**
 * A decoder for an ASCII-compatible encoding (lines and CSV are split on bytes, so UTF-16 is refused).
 * UTF-8 is checked: invalid bytes are reported rather than replaced. Throws BatchInputError for an
 * unknown or unsupported encoding.
 *
 * @example
 * ```ts
 * createDecoder()(Buffer.from([0x63, 0x61, 0x66, 0xe9]));         // { ok: false, text: 'caf\uFFFD' }
 * createDecoder('latin1')(Buffer.from([0x63, 0x61, 0x66, 0xe9])); // { ok: true, text: 'café' }
 * ```
 */
export function createDecoder(encoding = 'utf-8'): (bytes: Buffer) => Decoded {
  let label: string;
  try {
    label = new TextDecoder(encoding).encoding;
  } catch {
    throw new BatchInputError(`unknown encoding "${encoding}"`);
  }
  if (label.startsWith('utf-16')) throw new BatchInputError(`encoding "${encoding}" is not supported: convert the input to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)`);
  if (label === 'utf-8') {
    return (bytes) => (isUtf8(bytes) ? { ok: true, text: bytes.toString('utf8') } : { ok: false, text: bytes.toString('utf8') });
  }
  const dec = new TextDecoder(label);
  return (bytes) => ({ ok: true, text: dec.decode(bytes) });
}

const BOM = '\uFEFF';
const INVALID_UTF8 = 'invalid UTF-8 byte sequence (if the file is in another encoding, pass --encoding, e.g. --encoding latin1)';

function stripLineEnd(s: string): string {
  let t = s.charCodeAt(s.length - 1) === 0x0d ? s.slice(0, -1) : s;
  if (t.startsWith(BOM)) t = t.slice(1);
  return t;
}

/**
 * Reads a byte stream of JSONL, CSV, TSV or plain text into input records, one per record, in order;
 * never throws for a bad record (it becomes an error record) and holds at most one record in memory.
 * Blank lines are not records. Throws `BatchInputError` only for input that cannot be read at all.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { readRecords } from 'contraband';
 * for await (const r of readRecords(createReadStream('listings.csv'), { format: 'csv', keep: ['url'] })) {
 *   if (r.kind === 'error') console.error(r.record.error.code, r.record.line);
 * }
 * ```
 */
export async function* readRecords(source: AsyncIterable<Uint8Array | string>, options: ReadRecordsOptions): AsyncGenerator<InputRecord> {
  const textField = options.textField ?? 'text';
  const keep = (options.keep ?? []).filter((k) => k !== 'id');
  const decode = createDecoder(options.encoding);
  const max = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  if (options.format === 'csv' || options.format === 'tsv') {
    yield* readCsv(source, options, textField, keep, decode, max);
    return;
  }
  let index = 0;
  for await (const raw of splitLines(source, max, options.onBytes)) {
    if (raw.tooLong) {
      const d = decode(raw.bytes);
      yield err(index++, raw.line, null, 'LINE_TOO_LONG', `line of ${raw.size} bytes is longer than max-record-bytes (${max}); skipped`, d.text);
      continue;
    }
    const d = decode(raw.bytes);
    const text = stripLineEnd(d.text);
    if (!/\S/.test(text)) continue;
    if (!d.ok) {
      // still read the id and kept fields when the line parses, so the error can be traced
      const parsed = options.format === 'jsonl' ? parseJsonLine(text, index, raw.line, textField, keep) : null;
      const id = parsed?.kind === 'ok' ? parsed.id : parsed?.record.id ?? null;
      const kept = parsed?.kind === 'ok' ? parsed.keep : parsed?.keep;
      yield err(index++, raw.line, id, 'INVALID_ENCODING', INVALID_UTF8, text, kept);
      continue;
    }
    if (options.format === 'jsonl') yield parseJsonLine(text, index++, raw.line, textField, keep);
    else yield { kind: 'ok', index: index++, line: raw.line, id: null, text, keep: Object.create(null) as KeptFields };
  }
}

async function* readCsv(
  source: AsyncIterable<Uint8Array | string>,
  options: ReadRecordsOptions,
  textField: string,
  keep: readonly string[],
  decode: (b: Buffer) => Decoded,
  max: number,
): AsyncGenerator<InputRecord> {
  const quote = options.quote === undefined ? '"' : options.quote;
  if (quote !== null && Buffer.byteLength(quote) !== 1) throw new BatchInputError(`the quote must be one ASCII character, got "${quote}"`);
  const reader = new CsvReader({
    delimiter: options.format === 'tsv' ? 0x09 : 0x2c,
    quote: quote === null ? null : quote.charCodeAt(0),
    maxRecordBytes: max,
  });
  let columns: readonly string[] | null = options.columns ?? null;
  let skipHeader = options.header ?? columns === null;
  let textIdx = -1;
  let idIdx = -1;
  let keepIdx: [string, number][] = [];
  const setColumns = (cols: readonly string[]): void => {
    columns = cols;
    textIdx = cols.indexOf(textField);
    if (textIdx === -1) throw new BatchInputError(`no "${textField}" column among ${cols.map((c) => JSON.stringify(c)).join(', ')} (choose one with --text-column)`);
    idIdx = cols.indexOf('id');
    keepIdx = keep.map((k) => [k, cols.indexOf(k)] as [string, number]).filter(([, i]) => i !== -1);
  };
  if (columns !== null) setColumns(columns);
  let index = 0;
  let first = true;
  const convert = (r: RawCsvRecord): InputRecord | null => {
    if (r.error) {
      const d = decode(r.error.excerpt);
      const idCell = idIdx !== -1 && idIdx < r.fields.length ? decode(r.fields[idIdx]!).text : '';
      return err(index++, r.line, idCell === '' ? null : idCell, r.error.code, r.error.message, d.text);
    }
    if (first) {
      first = false;
      if (r.fields[0] && r.fields[0][0] === 0xef && r.fields[0][1] === 0xbb && r.fields[0][2] === 0xbf) r.fields[0] = r.fields[0].subarray(3);
    }
    if (skipHeader) {
      skipHeader = false;
      const names = r.fields.map((f) => decode(f).text.trim());
      if (options.columns === undefined) setColumns(names);
      return null;
    }
    const cols = columns!;
    const decoded: string[] = [];
    let bad = false;
    for (const f of r.fields) {
      const d = decode(f);
      if (!d.ok) bad = true;
      decoded.push(d.text);
    }
    const idCell = idIdx === -1 ? undefined : decoded[idIdx];
    const id = idCell === undefined || idCell === '' ? null : idCell;
    const kept: KeptFields = Object.create(null) as KeptFields;
    for (const [k, i] of keepIdx) if (i < decoded.length) kept[k] = decoded[i];
    const rawText = decoded.join(options.format === 'tsv' ? '\t' : ',');
    if (bad) return err(index++, r.line, id, 'INVALID_ENCODING', INVALID_UTF8, rawText, kept);
    const text = decoded[textIdx];
    if (text === undefined) {
      return err(index++, r.line, id, 'MISSING_TEXT', `record has ${decoded.length} field(s), no "${textField}" column (column ${textIdx + 1} of ${cols.length})`, rawText, kept);
    }
    return { kind: 'ok', index: index++, line: r.line, id, text, keep: kept };
  };
  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    options.onBytes?.(buf.length);
    for (const r of reader.push(buf)) {
      const rec = convert(r);
      if (rec) yield rec;
    }
  }
  for (const r of reader.end()) {
    const rec = convert(r);
    if (rec) yield rec;
  }
}

/**
 * Reads one item given to `classifyStream`: a string is the text; an object is read like a JSON line
 * (`textField`, `id`, kept fields); anything else is an error record. `line` is `index + 1`.
 *
 * @example
 * ```ts
 * recordFromItem({ id: 7, text: 'Glock 19', url: 'u' }, 0, 'text', ['url']);
 * // { kind: 'ok', index: 0, line: 1, id: 7, text: 'Glock 19', keep: { url: 'u' } }
 * recordFromItem(42, 1, 'text', []).kind; // 'error' (NOT_AN_OBJECT)
 * ```
 */
export function recordFromItem(item: unknown, index: number, textField: string, keep: readonly string[]): InputRecord {
  if (typeof item === 'string') return { kind: 'ok', index, line: index + 1, id: null, text: item, keep: Object.create(null) as KeptFields };
  let raw: string;
  try {
    raw = JSON.stringify(item) ?? String(item);
  } catch {
    raw = String(item);
  }
  return parseObject(item, index, index + 1, textField, keep, raw);
}

