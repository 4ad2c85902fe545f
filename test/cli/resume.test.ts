import { appendFileSync, copyFileSync, cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchSummarySchema } from '../../src/batch/summary.js';
import { RunStateSchema } from '../../src/batch/resume.js';
import { lexiconsSnapshot, listing, tempDir } from '../batch/helpers.js';
import { runCli, runInProcess, spawnCli } from './run.js';

const RECORDS = 2000;
const BROKEN = Array.from({ length: RECORDS }, (_, i) => i).filter((i) => i % 997 === 3).length;
let dir: string;
let lexicons: string;
let input: string;
let ref: Buffer;

function lineCount(file: string): number {
  if (!existsSync(file)) return 0;
  const b = readFileSync(file);
  let n = 0;
  for (const c of b) if (c === 0x0a) n++;
  return n;
}

/** Starts the CLI writing to `out` and interrupts it with `signal` once it has written `after` lines. */
async function interrupted(out: string, signal: NodeJS.Signals, after = 100): Promise<Awaited<ReturnType<typeof runCli>>> {
  const { child, done } = spawnCli([input, '--output', out, '--workers', '2', '--lexicons', lexicons]);
  let finished = false;
  void done.then(() => (finished = true));
  while (!finished && lineCount(out) < after) await new Promise((r) => setTimeout(r, 25));
  child.kill(signal);
  return done;
}

beforeAll(async () => {
  dir = tempDir('contraband-resume-');
  lexicons = lexiconsSnapshot();
  input = join(dir, 'in.jsonl');
  const lines: string[] = [];
  for (let i = 0; i < RECORDS; i++) lines.push(i % 997 === 3 ? `{"id":${i},"text":` : JSON.stringify({ id: i, text: listing(i), url: `http://m.onion/${i}` }));
  writeFileSync(input, `${lines.join('\n')}\n`);
  // the reference runs on one worker, the interrupted runs on two: output does not depend on it
  const r = await runCli([input, '--output', join(dir, 'ref.jsonl'), '--workers', '1', '--lexicons', lexicons]);
  expect(r.code).toBe(1); // a few broken lines
  ref = readFileSync(join(dir, 'ref.jsonl'));
  expect(lineCount(join(dir, 'ref.jsonl'))).toBe(RECORDS);
  expect(RunStateSchema.parse(JSON.parse(readFileSync(join(dir, 'ref.jsonl.state.json'), 'utf8'))).input.size).toBe(statSync(input).size);
});

describe('--resume after an interrupted run', () => {
  it('SIGKILL halfway, a torn last line: the resumed output is byte-identical to an uninterrupted run', async () => {
    const out = join(dir, 'killed.jsonl');
    const k = await interrupted(out, 'SIGKILL');
    expect(k.signal).toBe('SIGKILL');
    const had = lineCount(out);
    expect(had).toBeGreaterThan(0);
    expect(had).toBeLessThan(RECORDS);
    appendFileSync(out, '{"index":12345,"line":12346,"id":"torn","lang":"e'); // a write cut short
    const r = await runCli([input, '--output', out, '--resume', '--workers', '1', '--lexicons', lexicons, '--summary', join(dir, 'killed.summary.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cut a torn last record off/);
    expect(readFileSync(out).equals(ref)).toBe(true);
    const s = BatchSummarySchema.parse(JSON.parse(readFileSync(join(dir, 'killed.summary.json'), 'utf8')));
    expect(s.records).toBe(RECORDS); // the summary covers the whole output, resumed part included
    expect(s.resumedAfter).toBe(had);
    expect(s.errorsByCode).toEqual({ INVALID_JSON: BROKEN });
  });

  it('SIGINT: exit 130 after writing every finished record in order; resuming completes it identically', async () => {
    const out = join(dir, 'interrupted.jsonl');
    const k = await interrupted(out, 'SIGINT');
    expect(k.code).toBe(130);
    expect(k.stderr).toMatch(/SIGINT: writing the records finished so far/);
    expect(k.stderr).toMatch(/INTERRUPTED/);
    const part = readFileSync(out);
    expect(part.length).toBeLessThan(ref.length);
    expect(part[part.length - 1]).toBe(0x0a); // complete lines only
    expect(ref.subarray(0, part.length).equals(part)).toBe(true); // the in-order prefix
    const r = await runCli([input, '--output', out, '--resume', '--workers', '1', '--lexicons', lexicons]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/torn/);
    expect(readFileSync(out).equals(ref)).toBe(true);
  });
});

describe('--resume checks', () => {
  let small: string;
  let lex: string;
  beforeAll(() => {
    small = join(dir, 'small.csv');
    // CSV output with multi-line cells (kept from the input), so a torn record can end inside quotes
    const rows = ['id,text,note'];
    for (let i = 0; i < 40; i++) rows.push(`${i},"${listing(i)}","note ${i}\nsecond line, ""quoted"""`);
    writeFileSync(small, `${rows.join('\n')}\n`);
    lex = join(dir, 'lexicons-copy');
    cpSync(lexicons, lex, { recursive: true });
  });
  const args = (out: string, ...more: string[]): string[] => [small, '--output', out, '--output-format', 'csv', '--keep', 'note', '--workers', '0', '--lexicons', lex, '--quiet', ...more];

  it('repairs a CSV output torn inside a quoted multi-line cell', async () => {
    const full = join(dir, 'full.csv');
    expect((await runInProcess(args(full))).code).toBe(0);
    const whole = readFileSync(full);
    const out = join(dir, 'torn.csv');
    const cut = whole.indexOf('second line', Math.floor(whole.length / 2)) + 3;
    writeFileSync(out, whole.subarray(0, cut));
    copyFileSync(`${full}.state.json`, `${out}.state.json`);
    const r = await runInProcess(args(out, '--resume'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/cut a torn last record/);
    expect(readFileSync(out).equals(whole)).toBe(true);
  });

  it('refuses (exit 2, saying why) when the input, the options or the lexicons changed, or nothing tells what run it was', async () => {
    const out = join(dir, 'checked.csv');
    expect((await runInProcess(args(out))).code).toBe(0);
    const resume = (...more: string[]) => runInProcess(args(out, '--resume', ...more));
    expect((await resume()).code).toBe(0); // nothing changed: nothing left to do

    let r = await runInProcess([small, '--output', out, '--output-format', 'csv', '--keep', 'note,id', '--workers', '0', '--lexicons', lex, '--quiet', '--max-record-bytes', '1M', '--resume']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/options that shape the output differ/);

    const wildlife = join(lex, 'wildlife.json');
    const saved = readFileSync(wildlife, 'utf8');
    const w = JSON.parse(saved) as { entries: { terms: { en?: string[] } }[] };
    w.entries[0]!.terms.en = [...(w.entries[0]!.terms.en ?? []), 'zzyzx'];
    writeFileSync(wildlife, JSON.stringify(w));
    r = await resume();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the lexicons changed/);
    writeFileSync(wildlife, saved);

    appendFileSync(small, '99,"one more listing",x\n');
    r = await resume();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the input changed since the run began/);

    const orphan = join(dir, 'orphan.csv');
    writeFileSync(orphan, 'id\n');
    r = await runInProcess(args(orphan, '--resume'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/orphan\.csv\.state\.json is missing/);

    // --resume with no output yet starts afresh, so a script can always pass it
    const fresh = join(dir, 'fresh.csv');
    r = await runInProcess(args(fresh, '--resume'));
    expect(r.code).toBe(0);
    expect(existsSync(`${fresh}.state.json`)).toBe(true);
  });
});
