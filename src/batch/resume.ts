import { sha256 } from '../text/hash.js';
import { createReadStream, existsSync, openSync, readSync, closeSync, renameSync, statSync, truncateSync, writeFileSync, readFileSync } from 'node:fs';
import * as z from 'zod';
import { lazySchema } from '../schema/lazy.js';
import { CsvReader } from './csv.js';
import { splitLines } from './lines.js';
import { OUTPUT_FORMATS, type OutputFormat } from './output.js';
import type { SummaryCounter } from './summary.js';

/** How an input file is recognised again: size, modification time and a hash of its first MiB. */
export const InputFingerprintSchema = lazySchema(() => z.object({
  path: z.string(),
  size: z.number().int().min(0),
  mtimeMs: z.number(),
  headSha256: z.string(),
}));
export type InputFingerprint = z.infer<typeof InputFingerprintSchema>;

/** The sidecar `OUT.state.json` of a batch run writing to OUT: what `--resume` checks before continuing. */
export const RunStateSchema = lazySchema(() => z.object({
  kind: z.literal('contraband-batch-state'),
  stateVersion: z.literal(1),
  contraband: z.string(),
  input: InputFingerprintSchema,
  optionsHash: z.string(),
  lexiconHash: z.string(),
  outputFormat: z.enum(OUTPUT_FORMATS),
  startedAt: z.string(),
}));
export type RunState = z.infer<typeof RunStateSchema>;

/** A run that cannot be resumed (exit code 2). */
export class ResumeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResumeError';
  }
}

const HEAD_BYTES = 1 << 20;

/** The sidecar file of an output file. */
export function statePath(output: string): string {
  return `${output}.state.json`;
}

/** Fingerprints an input file (size, mtime, SHA-256 of its first MiB). */
export function fingerprintInput(path: string): InputFingerprint {
  const st = statSync(path);
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(HEAD_BYTES, st.size));
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return { path, size: st.size, mtimeMs: st.mtimeMs, headSha256: sha256().update(buf.subarray(0, got)).digest('hex') };
  } finally {
    closeSync(fd);
  }
}


/** Writes the sidecar atomically (temporary file, then rename). */
export function writeState(output: string, state: RunState): void {
  const file = statePath(output);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, file);
}

/** Reads the sidecar, or null when there is none. Throws ResumeError when it is unreadable. */
export function readState(output: string): RunState | null {
  const file = statePath(output);
  if (!existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ResumeError(`cannot read ${file}: ${(e as Error).message}`);
  }
  const r = RunStateSchema.safeParse(raw);
  if (!r.success) throw new ResumeError(`${file} is not a contraband run state`);
  return r.data;
}

/** Every reason the current run differs from the one that began the output (empty: it may resume). */
export function stateMismatches(saved: RunState, now: RunState): string[] {
  const why: string[] = [];
  const a = saved.input;
  const b = now.input;
  if (a.size !== b.size || a.mtimeMs !== b.mtimeMs || a.headSha256 !== b.headSha256) {
    why.push(`the input changed since the run began (${a.path}: ${a.size} bytes, modified ${new Date(a.mtimeMs).toISOString()}; now ${b.path}: ${b.size} bytes, modified ${new Date(b.mtimeMs).toISOString()}${a.headSha256 !== b.headSha256 ? ', different content' : ''})`);
  }
  if (saved.optionsHash !== now.optionsHash) why.push('the options that shape the output differ from those the run began with');
  if (saved.lexiconHash !== now.lexiconHash) why.push(`the lexicons changed (lexicon hash ${saved.lexiconHash}, now ${now.lexiconHash})`);
  if (saved.contraband !== now.contraband) why.push(`contraband's version changed (${saved.contraband}, now ${now.contraband})`);
  if (saved.outputFormat !== now.outputFormat) why.push(`the output format changed (${saved.outputFormat}, now ${now.outputFormat})`);
  return why;
}

/** What an existing output holds. */
export interface OutputScan {
  /** Complete output records (the CSV header not counted). */
  records: number;
  /** Bytes up to the end of the last complete record: the rest is a torn write, to cut. */
  validBytes: number;
  /** The file's size. */
  size: number;
  /** CSV: whether a complete header line is there. */
  hasHeader: boolean;
}

/**
 * Reads an existing output to find how many records are complete and where the last one ends; counts
 * them into `summary`. Throws ResumeError when a complete line is not a batch output record.
 */
export async function scanOutput(path: string, format: OutputFormat, summary?: SummaryCounter): Promise<OutputScan> {
  const size = statSync(path).size;
  let records = 0;
  let validBytes = 0;
  if (format === 'jsonl') {
    let offset = 0;
    for await (const l of splitLines(createReadStream(path), Number.MAX_SAFE_INTEGER)) {
      if (!l.terminated) break;
      offset += l.size + 1;
      let o: Record<string, unknown>;
      try {
        o = JSON.parse(l.bytes.toString('utf8')) as Record<string, unknown>;
        if (typeof o !== 'object' || o === null || typeof o['index'] !== 'number') throw new Error('no index');
      } catch {
        throw new ResumeError(`${path} line ${l.line} is not a contraband output record: cannot resume into it`);
      }
      records++;
      validBytes = offset;
      if (summary) {
        const e = o['error'] as { code?: unknown } | undefined;
        if (e && typeof e === 'object') summary.count(String(e.code), null, null, null);
        else summary.count(null, (o['category'] as string | null) ?? null, (o['lang'] as string | null) ?? null, (o['origin'] as string | null) ?? null);
      }
    }
    return { records, validBytes, size, hasHeader: false };
  }
  const reader = new CsvReader({ delimiter: 0x2c, quote: 0x22, maxRecordBytes: Number.MAX_SAFE_INTEGER });
  let header: string[] | null = null;
  let col: { lang: number; category: number; origin: number; error: number } | null = null;
  const take = (fields: Buffer[], end: number): void => {
    const cells = fields.map((f) => f.toString('utf8'));
    validBytes = end;
    if (header === null) {
      header = cells;
      col = { lang: cells.indexOf('lang'), category: cells.indexOf('category'), origin: cells.indexOf('origin'), error: cells.indexOf('error_code') };
      if (cells[0] !== 'id' || col.error === -1) throw new ResumeError(`${path} does not start with a contraband CSV header: cannot resume into it`);
      return;
    }
    records++;
    if (summary && col) {
      const c = col as { lang: number; category: number; origin: number; error: number };
      const cell = (i: number): string | null => (i === -1 ? null : cells[i] || null);
      summary.count(cell(c.error), cell(c.category), cell(c.lang), cell(c.origin));
    }
  };
  for await (const chunk of createReadStream(path)) {
    for (const r of reader.push(chunk as Buffer)) if (r.terminated && !r.error) take(r.fields, r.end);
  }
  for (const r of reader.end()) if (r.terminated && !r.error) take(r.fields, r.end);
  return { records, validBytes, size, hasHeader: header !== null };
}

/** Cuts a torn last record off an output file. */
export function repairOutput(path: string, scan: OutputScan): boolean {
  if (scan.validBytes >= scan.size) return false;
  truncateSync(path, scan.validBytes);
  return true;
}
