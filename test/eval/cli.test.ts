import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEval } from '../../src/cli/eval.js';
import { evaluate, EvalReportSchema, type Prediction } from '../../src/eval/evaluate.js';
import { formatReport } from '../../src/eval/format.js';
import { fixtureClassify, RECORDS } from './fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'contraband-cli-'));
const jsonl = join(dir, 'fixture.jsonl');
writeFileSync(jsonl, RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n');

async function run(argv: string[], classify: (t: string) => Prediction | Promise<Prediction> = fixtureClassify) {
  let stdout = '';
  let stderr = '';
  const code = await runEval(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), classify });
  return { code, stdout, stderr };
}

describe('runEval', () => {
  it('--json prints the same report as evaluate()', async () => {
    const r = await run([jsonl, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const printed = EvalReportSchema.parse(JSON.parse(r.stdout));
    expect(printed).toEqual(await evaluate(RECORDS, fixtureClassify, { errors: 0 }));
    expect(printed.all.category.accuracy).toMatchObject({ k: 7, n: 10 });
  });

  it('--json --errors N keeps N wrong records', async () => {
    const r = await run([jsonl, '--json', '--errors', '2']);
    const printed = EvalReportSchema.parse(JSON.parse(r.stdout));
    expect(printed.errors.records.map((w) => w.id)).toEqual(['r2', 'r3']);
    expect(printed).toEqual(await evaluate(RECORDS, fixtureClassify, { errors: 2 }));
  });

  it('prints the tables, with --errors N', async () => {
    const r = await run([jsonl, '--errors', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(formatReport(await evaluate(RECORDS, fixtureClassify, { errors: 3 }), { errors: 3 }));
    expect(r.stdout).toContain('== wrong records: 7 (showing 3) ==');
  });

  it('--field and --error-field restrict scoring and the error list', async () => {
    const r = await run([jsonl, '--json', '--field', 'category', '--field', 'origin', '--errors', '9', '--error-field', 'origin']);
    const printed = EvalReportSchema.parse(JSON.parse(r.stdout));
    expect(printed.fields).toEqual(['category', 'origin']);
    expect(printed.all.price.accuracy.n).toBe(0);
    expect(printed.errors.records.map((w) => w.id)).toEqual(['r4', 'r6', 'r9']);
  });

  it('--lang gives a language to records without one; --limit takes the first N', async () => {
    const r = await run([jsonl, '--json', '--lang', 'fr', '--limit', '10']);
    const printed = EvalReportSchema.parse(JSON.parse(r.stdout));
    expect(printed.records).toBe(10);
    expect(printed.withoutLang).toBe(0);
    expect(printed.byLang.map((g) => [g.group, g.records])).toEqual([['en', 5], ['nl', 4], ['fr', 1]]); // r1–r5, r6–r9, r10 (r11 cut by --limit)
  });

  it('reads a CSV with --text-column mappings', async () => {
    const csv = join(dir, 'set.csv');
    writeFileSync(csv, 'Title,Body,Kind,From\n"r1 amnesia","haze",drugs,NL\nr2,x,firearms,\n');
    const seen: string[] = [];
    const r = await run([csv, '--json', '--text-column', 'Title', '--text-column', 'Body', '--category-column', 'Kind', '--origin-column', 'From'], (t) => {
      seen.push(t);
      return { category: 'drugs', origin: 'NL' };
    });
    expect(r.code).toBe(0);
    expect(seen).toEqual(['r1 amnesia\nhaze', 'r2\nx']);
    const printed = EvalReportSchema.parse(JSON.parse(r.stdout));
    expect(printed.all.category.accuracy).toMatchObject({ k: 1, n: 2 });
    expect(printed.all.origin.accuracy).toMatchObject({ k: 1, n: 2 });
  });

  it('reads an Agora CSV and reports what it could not map on stderr', async () => {
    const agora = join(dir, 'agora.csv');
    writeFileSync(agora, 'Vendor,Category,Item,Item Description,Price,Origin,Destination,Rating,Remarks\nv,Drugs/Cannabis/Weed,Kush,,0.1 BTC,USA,,5/5,\nv,Toys/Lego,Lego,,0.2 BTC,Torland,,5/5,\n');
    const r = await run([agora, '--format', 'agora', '--lang', 'en', '--json'], () => ({ category: 'drugs', origin: 'US', price: { amount: 0.1, currency: 'BTC' }, lang: 'en' }));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('note: 1 × unknown Agora category "Toys/Lego": read as other/other\n');
    const printed = EvalReportSchema.parse(JSON.parse(r.stdout));
    expect(printed.all.category.accuracy).toMatchObject({ k: 1, n: 2 });
    expect(printed.all.price.accuracy).toMatchObject({ k: 1, n: 2 });
    expect(printed.byLang.map((g) => g.group)).toEqual(['en']);
  });

  it('--skip-invalid leaves broken lines out and says so', async () => {
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, '{"id":"a","text":"r1 amnesia haze","category":"drugs"}\n{oops\n');
    const failed = await run([broken]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/broken\.jsonl: 1 unreadable record\n {2}line 2: invalid JSON/);
    const r = await run([broken, '--skip-invalid', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^skipped 1 unreadable record:\n {2}line 2: invalid JSON/);
  });

  it.each([
    [[], /expected one FILE, got 0/],
    [['a.jsonl', 'b.jsonl'], /expected one FILE, got 2/],
    [['--bogus', 'x.jsonl'], /Unknown option '--bogus'/],
    [['x.jsonl', '--errors', 'many'], /--errors takes a whole number, got "many"/],
    [['x.jsonl', '--format', 'xml'], /--format must be one of jsonl, csv, agora, got "xml"/],
    [['x.jsonl', '--lang', 'de'], /--lang must be one of en, nl, fr, got "de"/],
    [['x.jsonl', '--field', 'colour'], /--field must be one of category/],
    [['x.jsonl', '--origin-column', 'O'], /a CSV column mapping needs --text-column/],
    [['x.jsonl', '--text-column', 'T', '--format', 'agora'], /column options need --format csv/],
    [[join(dir, 'missing.jsonl')], /missing\.jsonl: cannot read the file/],
    [[join(dir, 'fixture.jsonl'), '--places', join(dir, 'nope.json')], /--places .*nope\.json: no such file/],
  ])('exit 2 with a message for %j', async (argv, message) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^contraband eval: /);
    expect(r.stderr).toMatch(message);
  });

  it('exit 2 for a file with no records, 1 when the classifier throws, 0 for --help', async () => {
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '\n');
    expect((await run([empty])).code).toBe(2);
    const r = await run([jsonl], () => {
      throw new Error('model down');
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/classify failed on record "r1": model down/);
    const h = await run(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/^Usage: contraband eval FILE/);
  });
});
