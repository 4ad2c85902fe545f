import * as z from 'zod';
import { lazySchema } from '../schema/lazy.js';
import { ResultSchema } from '../schema/result.js';

/** Why a record could not be classified. A fixed list, so a pipeline can count and filter them. */
export const ERROR_CODES = [
  'INVALID_JSON',
  'NOT_AN_OBJECT',
  'MISSING_TEXT',
  'TEXT_NOT_STRING',
  'LINE_TOO_LONG',
  'INVALID_ENCODING',
  'CSV_ERROR',
  'TIMEOUT',
  'WORKER_CRASH',
  'CLASSIFY_FAILED',
] as const;
export const ErrorCodeSchema = lazySchema(() => z.enum(ERROR_CODES));
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** An input record's identifier: the `id` field (JSONL, objects) or column (CSV), when it is a string or a number. */
export const RecordIdSchema = lazySchema(() => z.union([z.string(), z.number()]).nullable());
export type RecordId = z.infer<typeof RecordIdSchema>;

/** What went wrong with one record. */
export const RecordErrorSchema = lazySchema(() => z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  /** The first characters of the offending input. */
  excerpt: z.string(),
}));
export type RecordError = z.infer<typeof RecordErrorSchema>;

/** An input record that gave no result: it still gets exactly one output line. */
export const ErrorRecordSchema = lazySchema(() => z.object({
  index: z.number().int().min(0),
  /** 1-based line of the input where the record starts (chunk-relative when fed a chunk). */
  line: z.number().int().min(1),
  id: RecordIdSchema,
  error: RecordErrorSchema,
}));
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;

/** The `meta` every output record carries: the contraband version and the hashes of the lexicons and options. */
export const RecordMetaSchema = lazySchema(() => ResultSchema.shape.meta);
export type RecordMeta = z.infer<typeof RecordMetaSchema>;

/**
 * One output record of a batch run for a record that was classified: `index` (0-based position among the
 * input records), `line` (1-based input line where it starts), `id`, the kept input fields, then every
 * field of the `Result` exactly as `classify` returns it (so `meta` too). Kept fields are extra keys,
 * hence a loose object.
 */
export const ResultRecordSchema = lazySchema(() => z.looseObject({
  index: z.number().int().min(0),
  line: z.number().int().min(1),
  id: RecordIdSchema,
  ...ResultSchema.shape,
}));
export type ResultRecord = z.infer<typeof ResultRecordSchema>;

/**
 * One output record for an input record that gave no result: `index`, `line`, `id`, the kept fields that
 * could be read, the `error`, and the same `meta` as the results of the run.
 */
export const ErrorOutputRecordSchema = lazySchema(() => z.looseObject({
  index: z.number().int().min(0),
  line: z.number().int().min(1),
  id: RecordIdSchema,
  error: RecordErrorSchema,
  meta: RecordMetaSchema,
}));
export type ErrorOutputRecord = z.infer<typeof ErrorOutputRecordSchema>;

/** Any record a batch run writes: a result or an error, told apart by the `error` key. */
export const OutputRecordSchema = lazySchema(() => z.union([ErrorOutputRecordSchema, ResultRecordSchema]));
export type OutputRecord = ResultRecord | ErrorOutputRecord;

/**
 * True when a batch output record is an error record.
 *
 * @example
 * ```ts
 * for await (const r of classifyStream(items)) {
 *   if (isErrorRecord(r)) console.warn(r.line, r.error.code);
 *   else console.log(r.category);
 * }
 * ```
 */
export function isErrorRecord(r: OutputRecord): r is ErrorOutputRecord {
  return Object.hasOwn(r, 'error') && typeof (r as { error?: unknown }).error === 'object';
}

/** Output keys a kept input field may not use, since the record already has them. */
export function isReservedKey(key: string): boolean {
  return key === 'index' || key === 'line' || key === 'id' || key === 'error' || Object.hasOwn(ResultSchema.shape, key);
}

/** Fields copied from an input record to its output record (null-prototype, in `--keep` order). */
export type KeptFields = Record<string, unknown>;

/** One unit of batch input: either text to classify with the fields to carry along, or an error. */
export type InputRecord =
  | { kind: 'ok'; index: number; line: number; id: RecordId; text: string; keep: KeptFields }
  | { kind: 'error'; record: ErrorRecord; keep?: KeptFields };

const EXCERPT = 80;

/** The first 80 UTF-16 units of a string, with `…` when cut (never splitting a surrogate pair). */
export function excerpt(s: string): string {
  let cut = Math.min(EXCERPT, s.length);
  const c = s.charCodeAt(cut - 1);
  if (cut < s.length && c >= 0xd800 && c <= 0xdbff) cut--;
  const e = s.slice(0, cut);
  return e.length < s.length ? `${e}…` : e;
}

/** The id of a parsed object: its `id` field when that is a string or a finite number, else null. */
export function idOf(o: Record<string, unknown>): RecordId {
  const rawId = Object.hasOwn(o, 'id') ? o['id'] : null;
  return typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId)) ? rawId : null;
}

/** Copies the `keep` fields an object has, in `keep` order. */
export function keptFields(o: Record<string, unknown>, keepFields: readonly string[]): KeptFields {
  const keep: KeptFields = Object.create(null) as KeptFields;
  for (const k of keepFields) if (Object.hasOwn(o, k)) keep[k] = o[k];
  return keep;
}

/**
 * Reads a parsed value (a JSON line, or an item given to `classifyStream`) into an input record; never
 * throws. `raw` is what the excerpt of an error shows.
 */
export function parseObject(v: unknown, index: number, line: number, textField: string, keepFields: readonly string[], raw: string): InputRecord {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return err(index, line, null, 'NOT_AN_OBJECT', 'a record must be an object', raw);
  const o = v as Record<string, unknown>;
  const id = idOf(o);
  const keep = keptFields(o, keepFields);
  if (!Object.hasOwn(o, textField)) return err(index, line, id, 'MISSING_TEXT', `no "${textField}" field`, raw, keep);
  const text = o[textField];
  if (typeof text !== 'string') {
    return err(index, line, id, 'TEXT_NOT_STRING', `"${textField}" is ${text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text}, not a string`, raw, keep);
  }
  return { kind: 'ok', index, line, id, text, keep };
}

/**
 * Reads one JSONL line into an input record; never throws.
 *
 * @example
 * ```ts
 * parseJsonLine('{"id":1,"text":"Glock 19"}', 0, 1, 'text', []).kind; // 'ok'
 * parseJsonLine('{"id":1}', 0, 1, 'text', []);  // { kind: 'error', record: { ..., error: { code: 'MISSING_TEXT', ... } } }
 * ```
 */
export function parseJsonLine(lineText: string, index: number, line: number, textField: string, keepFields: readonly string[]): InputRecord {
  let v: unknown;
  try {
    v = JSON.parse(lineText);
  } catch (e) {
    return err(index, line, null, 'INVALID_JSON', (e as Error).message, lineText);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return err(index, line, null, 'NOT_AN_OBJECT', 'a JSON line must hold an object', lineText);
  return parseObject(v, index, line, textField, keepFields, lineText);
}

/** An error input record. */
export function err(index: number, line: number, id: RecordId, code: ErrorCode, message: string, raw: string, keep?: KeptFields): InputRecord {
  const record: ErrorRecord = { index, line, id, error: { code, message, excerpt: excerpt(raw) } };
  return keep === undefined ? { kind: 'error', record } : { kind: 'error', record, keep };
}
