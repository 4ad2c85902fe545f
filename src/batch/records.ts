import { z } from 'zod';

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
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** An input record that gave no result: it still gets exactly one output line. */
export const ErrorRecordSchema = z.object({
  index: z.number().int().min(0),
  /** 1-based line of the input where the record starts (chunk-relative when fed a chunk). */
  line: z.number().int().min(1),
  id: z.union([z.string(), z.number()]).nullable(),
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    /** The first characters of the offending input. */
    excerpt: z.string(),
  }),
});
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;

/** One unit of batch input: either text to classify with the fields to carry along, or an error. */
export type InputRecord =
  | { kind: 'ok'; index: number; line: number; id: string | number | null; text: string; keep: Record<string, unknown> }
  | { kind: 'error'; record: ErrorRecord };

const EXCERPT = 80;

export function excerpt(s: string): string {
  const e = s.slice(0, EXCERPT);
  return e.length < s.length ? `${e}…` : e;
}

/** Reads one JSONL line into an input record; never throws. */
export function parseJsonLine(lineText: string, index: number, line: number, textField: string, keepFields: readonly string[]): InputRecord {
  let v: unknown;
  try {
    v = JSON.parse(lineText);
  } catch (e) {
    return err(index, line, null, 'INVALID_JSON', (e as Error).message, lineText);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return err(index, line, null, 'NOT_AN_OBJECT', 'a JSON line must hold an object', lineText);
  const o = v as Record<string, unknown>;
  const rawId = Object.hasOwn(o, 'id') ? o['id'] : null;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
  if (!Object.hasOwn(o, textField)) return err(index, line, id, 'MISSING_TEXT', `no "${textField}" field`, lineText);
  const text = o[textField];
  if (typeof text !== 'string') return err(index, line, id, 'TEXT_NOT_STRING', `"${textField}" is ${text === null ? 'null' : typeof text}, not a string`, lineText);
  const keep: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const k of keepFields) if (Object.hasOwn(o, k)) keep[k] = o[k];
  return { kind: 'ok', index, line, id, text, keep };
}

export function err(index: number, line: number, id: string | number | null, code: ErrorCode, message: string, raw: string): InputRecord {
  return { kind: 'error', record: { index, line, id, error: { code, message, excerpt: excerpt(raw) } } };
}
