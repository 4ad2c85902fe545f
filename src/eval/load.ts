import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseCsvText, type CsvError } from 'csv-parse/sync';
import { LabelledRecordSchema, type LabelledRecord, type Price } from '../schema/record.js';
import { CATEGORIES, isSubcategoryOf, type Category, type Language } from '../schema/taxonomy.js';
import { createOriginTable, type OriginTable } from './countries.js';
import { createAgoraMapping, looksLikeAgora } from './agora.js';
import type { PlacesLexicon } from '../schema/lexicon.js';

/** One input line or row that could not be read as a labelled record. */
export interface LoadIssue {
  /** 1-based line of a JSONL file, or the line a CSV parse error stopped at. */
  line?: number;
  /** 1-based row of a CSV file as a spreadsheet numbers it (the header is row 1). */
  row?: number;
  /** The record's id, when it got that far. */
  id?: string;
  message: string;
}

/** Something the loader changed or could not map, with how many records it concerned. */
export interface LoadNote {
  message: string;
  count: number;
}

/** What a loader read. */
export interface Loaded {
  records: LabelledRecord[];
  /** Lines or rows left out (only with `skipInvalid`). */
  skipped: LoadIssue[];
  /** Values a CSV mapping could not map, counted ("unknown Agora category …"). */
  notes: LoadNote[];
}

/** An input that cannot be used: every broken line or row is listed in `issues`. */
export class LoadError extends Error {
  override readonly name = 'LoadError';
  readonly issues: readonly LoadIssue[];
  readonly source: string | undefined;

  constructor(issues: readonly LoadIssue[], source?: string, summary?: string) {
    const where = source ?? 'input';
    const head = summary ?? `${where}: ${issues.length} unreadable ${issues.length === 1 ? 'record' : 'records'}`;
    const shown = issues.slice(0, 10).map((i) => `  ${describeIssue(i)}`);
    if (issues.length > 10) shown.push(`  … and ${issues.length - 10} more`);
    super([head, ...shown].join('\n'));
    this.issues = issues;
    this.source = source;
  }
}

/** "line 3: …", "row 7 (id x): …". */
export function describeIssue(i: LoadIssue): string {
  const at = [i.row !== undefined ? `row ${i.row}` : '', i.line !== undefined ? `line ${i.line}` : ''].filter(Boolean).join(', ');
  const id = i.id !== undefined ? ` (id ${JSON.stringify(i.id)})` : '';
  return `${at || 'input'}${id}: ${i.message}`;
}

/** A loader's non-throwing result, shaped like zod's `safeParse`. */
export type SafeLoadResult = { success: true; data: Loaded } | { success: false; error: LoadError };

/** Options shared by the loaders. */
export interface LoadOptions {
  /** Leave unreadable lines or rows out and list them in `skipped`, instead of failing. */
  skipInvalid?: boolean;
  /** Name of the input, for messages. */
  source?: string;
  /** Language given to records that carry none (a CSV of one market, say). */
  lang?: Language;
}

function zodMessage(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((i) => (i.path.length > 0 ? `${i.path.map(String).join('.')}: ${i.message}` : i.message)).join('; ');
}

/** Keeps ids unique: a second record with an id already seen is an issue. */
function createIdCheck() {
  const seen = new Map<string, string>();
  return (id: string, where: string): string | null => {
    const first = seen.get(id);
    if (first !== undefined) return `duplicate id ${JSON.stringify(id)} (first at ${first})`;
    seen.set(id, where);
    return null;
  };
}

function finish(records: LabelledRecord[], issues: LoadIssue[], notes: Map<string, number>, options: LoadOptions): SafeLoadResult {
  if (issues.length > 0 && !options.skipInvalid) return { success: false, error: new LoadError(issues, options.source) };
  const noteList = [...notes].map(([message, count]) => ({ message, count })).sort((a, b) => b.count - a.count);
  return { success: true, data: { records, skipped: issues, notes: noteList } };
}

/**
 * Reads JSON Lines of labelled records (FORMAT.md): one object a line, blank lines ignored, a BOM
 * and CRLF line ends accepted. Never throws: a broken line (bad JSON, a field of the wrong type,
 * a duplicate id) is an issue with its line number, and the result fails unless `skipInvalid`.
 */
export function safeParseJsonl(text: string, options: LoadOptions = {}): SafeLoadResult {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const records: LabelledRecord[] = [];
  const issues: LoadIssue[] = [];
  const checkId = createIdCheck();
  lines.forEach((raw, i) => {
    const line = i + 1;
    const body = raw.replace(/\r$/, '');
    if (body.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (e) {
      issues.push({ line, message: `invalid JSON: ${(e as Error).message}` });
      return;
    }
    if (options.lang !== undefined && typeof value === 'object' && value !== null && !Array.isArray(value) && !('lang' in value)) {
      value = { ...value, lang: options.lang };
    }
    const parsed = LabelledRecordSchema.safeParse(value);
    if (!parsed.success) {
      const id = typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : undefined;
      issues.push({ line, ...(id !== undefined ? { id } : {}), message: zodMessage(parsed.error.issues) });
      return;
    }
    const dup = checkId(parsed.data.id, `line ${line}`);
    if (dup !== null) {
      issues.push({ line, id: parsed.data.id, message: dup });
      return;
    }
    records.push(parsed.data);
  });
  return finish(records, issues, new Map(), options);
}

/** Like {@link safeParseJsonl}, but throws a {@link LoadError} listing the broken lines. */
export function parseJsonl(text: string, options: LoadOptions = {}): Loaded {
  const r = safeParseJsonl(text, options);
  if (!r.success) throw r.error;
  return r.data;
}

/** Reports a value a converter could not map; notes with the same message are counted together. */
export type Note = (message: string) => void;

/**
 * Turns CSV cells into record fields. Each returns undefined when it cannot read the cell: a category
 * then makes the row an issue; an origin or price is left out of that record (not labelled) and noted.
 */
export interface CsvConverters {
  category?: (cell: string, note: Note) => { category: Category; subcategory?: string | null } | undefined;
  origin?: (cell: string, note: Note) => string | null | undefined;
  price?: (cell: string, note: Note) => Price | null | undefined;
}

/**
 * A column of the text: its cell as it is, or with `label` as a "Label: value" line (a market field).
 * An `optional` column may be missing from the file; any other missing column fails the input.
 */
export type TextPart = string | { column: string; label?: string; optional?: boolean };

/**
 * Which CSV columns hold which fields. Column names match the header after trimming (exactly, else
 * ignoring case). A field without a column is not labelled. Text parts are joined by newlines, empty
 * cells left out.
 *
 * @example
 * const mapping: CsvMapping = { text: ['Item', 'Item Description'], category: 'Category', origin: 'Origin', price: 'Price' };
 */
export interface CsvMapping {
  text: TextPart | readonly TextPart[];
  /** Column of the record id; without it (or for an empty cell) ids are `idPrefix` + row number. */
  id?: string;
  idPrefix?: string;
  lang?: string;
  /** A taxonomy category, or "category/subcategory", unless `convert.category` says otherwise. */
  category?: string;
  subcategory?: string;
  /** An ISO code or a country name (see {@link createOriginTable}); empty means null. */
  origin?: string;
  /** "12.50 EUR", "EUR 12.50", "$12.50", "0.043 BTC"; empty means null. */
  price?: string;
  /** Values separated by `;`, `,` or `|`. */
  shipping?: string;
  carriers?: string;
  convert?: CsvConverters;
}

/** Options of the CSV loader. */
export interface CsvOptions extends LoadOptions {
  /** Field delimiter (default `,`). */
  delimiter?: string;
  /** Origin names for the default origin converter (default: the small built-in table). */
  origins?: OriginTable;
}

const SYMBOLS = new Map([
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['฿', 'BTC'],
  ['Ƀ', 'BTC'],
]);

/** Reads "1,234.50" or "12,5" as a number. */
function readAmount(s: string): number | undefined {
  let t = s;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  // "1.234,50" and "1.234.567" are dot-grouped; a lone "0.125" is a decimal (BTC prices have many).
  else if (/^\d{1,3}(\.\d{3})+,\d+$|^\d{1,3}(\.\d{3}){2,}$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else if (/^\d+,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Reads a price cell: an amount with a currency code or symbol before or after it ("0.04392284 BTC",
 * "EUR 12.50", "$30.00"). Empty gives null; anything else undefined.
 *
 * @example
 * parsePriceCell('0.04392284 BTC'); // { amount: 0.04392284, currency: 'BTC' }
 */
export function parsePriceCell(cell: string): Price | null | undefined {
  const s = cell.trim();
  if (s === '') return null;
  const m = /^([A-Za-z]{3,4}|[$€£฿Ƀ])?\s*([\d.,]+)\s*([A-Za-z]{3,4}|[$€£฿Ƀ])?$/u.exec(s);
  if (!m || (m[1] === undefined) === (m[3] === undefined)) return undefined;
  const cur = (m[1] ?? m[3] ?? '').toUpperCase();
  const amount = readAmount(m[2] ?? '');
  if (amount === undefined) return undefined;
  return { amount, currency: SYMBOLS.get(cur) ?? cur };
}

/** The default category converter: a taxonomy category, or "category/subcategory", any case. */
export function parseCategoryCell(cell: string): { category: Category; subcategory?: string | null } | undefined {
  const [c, s, ...rest] = cell.trim().toLowerCase().split('/').map((x) => x.trim());
  if (rest.length > 0 || c === undefined || !(CATEGORIES as readonly string[]).includes(c)) return undefined;
  const category = c as Category;
  if (s === undefined || s === '') return { category };
  return isSubcategoryOf(category, s) ? { category, subcategory: s } : undefined;
}

/** An origin converter over an {@link OriginTable}: codes and country names to codes, regions to null. */
export function originConverter(table: OriginTable = createOriginTable()): (cell: string, note: Note) => string | null | undefined {
  return (cell, note) => {
    const hit = table.lookup(cell);
    if (hit.kind === 'country') return hit.code;
    if (hit.kind === 'none') return null;
    note(`origin ${JSON.stringify(cell.trim())} names no known country: left unlabelled`);
    return undefined;
  };
}

function splitList(cell: string): string[] {
  return cell
    .split(/[;,|]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Reads a CSV's header line only (BOM stripped, names trimmed); [] for an empty input. */
export function readCsvHeader(text: string, delimiter = ','): string[] {
  const rows = parseCsvText(text, { bom: true, to_line: 1, delimiter, relax_column_count: true, relax_quotes: true }) as string[][];
  return (rows[0] ?? []).map((h) => h.trim());
}

/**
 * Reads a CSV of labelled listings through a column mapping. Quoted fields may span lines; a BOM is
 * dropped; rows may be short (missing cells are empty). Never throws: unreadable rows (unknown category,
 * duplicate id) are issues with their row number; a missing column or broken quoting fails the whole input.
 */
export function safeParseCsv(text: string, mapping: CsvMapping, options: CsvOptions = {}): SafeLoadResult {
  let rows: string[][];
  try {
    rows = parseCsvText(text, {
      bom: true,
      delimiter: options.delimiter ?? ',',
      skip_empty_lines: true,
      relax_column_count: true,
    }) as string[][];
  } catch (e) {
    const err = e as CsvError;
    const line = typeof err.lines === 'number' ? err.lines : undefined;
    const issue: LoadIssue = { ...(line !== undefined ? { line } : {}), message: `CSV: ${err.message}` };
    return { success: false, error: new LoadError([issue], options.source, `${options.source ?? 'input'}: not readable as CSV`) };
  }
  const header = (rows[0] ?? []).map((h) => h.trim());
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (!index.has(h)) index.set(h, i);
  });
  const lower = new Map<string, number>();
  header.forEach((h, i) => {
    if (!lower.has(h.toLowerCase())) lower.set(h.toLowerCase(), i);
  });
  const missing: string[] = [];
  const col = (name: string | undefined, optional = false): number | undefined => {
    if (name === undefined) return undefined;
    const i = index.get(name.trim()) ?? lower.get(name.trim().toLowerCase());
    if (i === undefined && !optional) missing.push(name);
    return i;
  };
  const textParts = (Array.isArray(mapping.text) ? mapping.text : [mapping.text]) as readonly TextPart[];
  const textCols = textParts.map((p) =>
    typeof p === 'string' ? { i: col(p), label: undefined } : { i: col(p.column, p.optional === true), label: p.label },
  );
  const cols = {
    id: col(mapping.id),
    lang: col(mapping.lang),
    category: col(mapping.category),
    subcategory: col(mapping.subcategory),
    origin: col(mapping.origin),
    price: col(mapping.price),
    shipping: col(mapping.shipping),
    carriers: col(mapping.carriers),
  };
  if (header.length === 0) {
    return { success: false, error: new LoadError([{ message: 'no header row' }], options.source, `${options.source ?? 'input'}: empty CSV`) };
  }
  if (missing.length > 0) {
    const message = `no column ${missing.map((m) => JSON.stringify(m)).join(', ')}; columns are ${header.map((h) => JSON.stringify(h)).join(', ')}`;
    return { success: false, error: new LoadError([{ row: 1, message }], options.source, `${options.source ?? 'input'}: column mapping does not fit`) };
  }

  const convertCategory = mapping.convert?.category ?? ((cell: string) => parseCategoryCell(cell));
  const convertOrigin = mapping.convert?.origin ?? originConverter(options.origins);
  const convertPrice =
    mapping.convert?.price ??
    ((cell: string, note: Note) => {
      const p = parsePriceCell(cell);
      if (p === undefined) note(`price ${JSON.stringify(cell.trim())} not readable: left unlabelled`);
      return p;
    });
  const notes = new Map<string, number>();
  const note: Note = (m) => notes.set(m, (notes.get(m) ?? 0) + 1);
  const records: LabelledRecord[] = [];
  const issues: LoadIssue[] = [];
  const checkId = createIdCheck();
  const prefix = mapping.idPrefix ?? 'row-';

  rows.slice(1).forEach((cells, r) => {
    const row = r + 2;
    const cell = (i: number | undefined): string | undefined => (i === undefined ? undefined : (cells[i] ?? ''));
    const text = textCols
      .map(({ i, label }) => {
        const v = (cell(i) ?? '').trim();
        return v === '' ? '' : label !== undefined ? `${label}: ${v}` : v;
      })
      .filter((s) => s !== '')
      .join('\n');
    const idCell = cell(cols.id)?.trim();
    const id = idCell !== undefined && idCell !== '' ? idCell : `${prefix}${row}`;
    const rec: Record<string, unknown> = { id, text };
    const langCell = cell(cols.lang)?.trim();
    if (langCell !== undefined && langCell !== '') rec['lang'] = langCell.toLowerCase();
    else if (options.lang !== undefined) rec['lang'] = options.lang;
    const catCell = cell(cols.category);
    if (catCell !== undefined && catCell.trim() !== '') {
      const c = convertCategory(catCell, note);
      if (c === undefined) {
        issues.push({ row, id, message: `category ${JSON.stringify(catCell.trim())} is not in the taxonomy` });
        return;
      }
      rec['category'] = c.category;
      if (c.subcategory !== undefined) rec['subcategory'] = c.subcategory;
    }
    const subCell = cell(cols.subcategory);
    if (subCell !== undefined) rec['subcategory'] = subCell.trim() === '' ? null : subCell.trim().toLowerCase();
    const originCell = cell(cols.origin);
    if (originCell !== undefined) {
      const o = convertOrigin(originCell, note);
      if (o !== undefined) rec['origin'] = o;
    }
    const priceCell = cell(cols.price);
    if (priceCell !== undefined) {
      const p = convertPrice(priceCell, note);
      if (p !== undefined) rec['price'] = p;
    }
    const shipCell = cell(cols.shipping);
    if (shipCell !== undefined) rec['shipping'] = splitList(shipCell.toLowerCase());
    const carrierCell = cell(cols.carriers);
    if (carrierCell !== undefined) rec['carriers'] = splitList(carrierCell);

    const parsed = LabelledRecordSchema.safeParse(rec);
    if (!parsed.success) {
      issues.push({ row, id, message: zodMessage(parsed.error.issues) });
      return;
    }
    const dup = checkId(id, `row ${row}`);
    if (dup !== null) {
      issues.push({ row, id, message: dup });
      return;
    }
    records.push(parsed.data);
  });
  return finish(records, issues, notes, options);
}

/** Like {@link safeParseCsv}, but throws a {@link LoadError}. */
export function parseCsv(text: string, mapping: CsvMapping, options: CsvOptions = {}): Loaded {
  const r = safeParseCsv(text, mapping, options);
  if (!r.success) throw r.error;
  return r.data;
}

/**
 * The mapping of a CSV whose columns are named after FORMAT.md's fields (`id`, `text`, `lang`,
 * `category`, …, any case): each field from its column. Undefined when there is no `text` column.
 */
export function mappingFromHeader(header: readonly string[]): CsvMapping | undefined {
  const have = new Map(header.map((h) => [h.trim().toLowerCase(), h.trim()]));
  const text = have.get('text');
  if (text === undefined) return undefined;
  const mapping: CsvMapping = { text };
  for (const f of ['id', 'lang', 'category', 'subcategory', 'origin', 'price', 'shipping', 'carriers'] as const) {
    const c = have.get(f);
    if (c !== undefined) mapping[f] = c;
  }
  return mapping;
}

/** Input formats: JSON Lines, CSV with a mapping, or the Agora dump's CSV layout. */
export const INPUT_FORMATS = ['jsonl', 'csv', 'agora'] as const;
/** An input format; see {@link INPUT_FORMATS}. */
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Options of {@link loadFile}. */
export interface LoadFileOptions extends CsvOptions {
  /** Default: from the extension (`.csv` is CSV, anything else JSON Lines). */
  format?: InputFormat;
  /**
   * For CSV. Without it, a CSV with the Agora header is read as Agora, one with columns named after
   * FORMAT.md's fields (`text`, `category`, …) through {@link mappingFromHeader}; any other fails.
   */
  mapping?: CsvMapping;
  /** `lexicons/places.json`, to map more origin names (see {@link readPlaces}). */
  places?: PlacesLexicon;
}

/**
 * Reads a labelled file: JSON Lines, CSV through `mapping`, or an Agora CSV. Throws a {@link LoadError}
 * when the file cannot be read or used (with every broken line or row unless `skipInvalid`).
 */
export async function loadFile(path: string, options: LoadFileOptions = {}): Promise<Loaded> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new LoadError([{ message: (e as Error).message }], path, `${path}: cannot read the file`);
  }
  const source = options.source ?? path;
  const format = options.format ?? (extname(path).toLowerCase() === '.csv' ? 'csv' : 'jsonl');
  const origins = options.origins ?? (options.places ? createOriginTable(options.places) : undefined);
  const csvOptions: CsvOptions = { ...options, source, ...(origins ? { origins } : {}) };
  if (format === 'jsonl') return parseJsonl(text, { ...options, source });
  if (format === 'agora') return parseCsv(text, createAgoraMapping(origins ? { origins } : {}), csvOptions);
  if (options.mapping) return parseCsv(text, options.mapping, csvOptions);
  let header: string[];
  try {
    header = readCsvHeader(text, options.delimiter);
  } catch {
    header = [];
  }
  if (looksLikeAgora(header)) return parseCsv(text, createAgoraMapping(origins ? { origins } : {}), csvOptions);
  const own = mappingFromHeader(header);
  if (own) return parseCsv(text, own, csvOptions);
  throw new LoadError(
    [{ row: 1, message: `columns are ${header.map((h) => JSON.stringify(h)).join(', ')}` }],
    source,
    `${source}: a CSV needs a column mapping (at least the text column)`,
  );
}
