import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createClassifier, type Classifier } from '../../src/classifier.js';
import { CsvReader } from '../../src/batch/csv.js';
import { BatchSummarySchema } from '../../src/batch/summary.js';
import { ErrorOutputRecordSchema, ResultRecordSchema } from '../../src/batch/records.js';
import { lexiconsSnapshot, listing, tempDir } from '../batch/helpers.js';
import { runCli, runInProcess } from './run.js';

let lexicons: string;
let classifier: Classifier;
let dir: string;
beforeAll(() => {
  lexicons = lexiconsSnapshot();
  classifier = createClassifier({ lexiconsDir: lexicons });
  dir = tempDir();
});

type Rec = Record<string, unknown> & { index: number; line: number; id: unknown; error?: { code: string; message: string; excerpt: string } };

function parseJsonl(s: string): Rec[] {
  return s
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Rec);
}

/** The result part of an output record with the version left out (from source the CLI says 0.0.0-dev, vitest's build says the package version). */
function resultJson(r: Rec, keep: string[] = []): string {
  const o: Record<string, unknown> = { ...r };
  for (const k of ['index', 'line', 'id', ...keep]) delete o[k];
  o['meta'] = { ...(o['meta'] as object), version: 'X' };
  return JSON.stringify(o);
}
function expectedJson(text: string): string {
  const r = classifier.classify(text);
  return JSON.stringify({ ...r, meta: { ...r.meta, version: 'X' } });
}

function parseCsv(s: string): string[][] {
  const r = new CsvReader({ delimiter: 0x2c, quote: 0x22, maxRecordBytes: 1 << 30 });
  return [...r.push(Buffer.from(s)), ...r.end()].map((x) => x.fields.map((f) => f.toString('utf8')));
}

describe('contraband classify: a file mixing good and bad records', () => {
  const big = `BIG Cocaine 5g | Ships from: Netherlands ${' '.repeat(5 * 1024 * 1024)}end`;
  const texts: Record<string, string> = { v1: listing(0), big, bom: listing(1), crlf: listing(2), v2: listing(3), last: listing(4) };
  const lines: Buffer[] = [
    Buffer.from(`${JSON.stringify({ id: 'v1', text: texts['v1'], url: 'http://v1.onion' })}\n`),
    Buffer.from('{"id":"broken","text":"unterminated\n'),
    Buffer.from(`${JSON.stringify({ id: 'missing', body: 'no text here', url: 'http://m.onion' })}\n`),
    Buffer.from(`${JSON.stringify({ id: 'big', text: big })}\n`),
    Buffer.from(`${JSON.stringify({ id: 'nonstring', text: ['a', 'b'] })}\n`),
    Buffer.from(`\uFEFF${JSON.stringify({ id: 'bom', text: texts['bom'] })}\n`),
    Buffer.from(`${JSON.stringify({ id: 'crlf', text: texts['crlf'] })}\r\n`),
    Buffer.concat([Buffer.from('{"id":"latin1","text":"caf'), Buffer.from([0xe9]), Buffer.from(' cocaine"}\n')]),
    Buffer.from(`{"id":"huge","text":"${'x'.repeat(9 * 1024 * 1024)}"}\n`),
    Buffer.from('\n'),
    Buffer.from(`${JSON.stringify({ id: 'v2', text: texts['v2'] })}\n`),
    Buffer.from(`${JSON.stringify({ id: 'last', text: texts['last'] })}`), // no final line end
  ];
  const expected = [
    ['v1', 1, 'ok'],
    [null, 2, 'INVALID_JSON'],
    ['missing', 3, 'MISSING_TEXT'],
    ['big', 4, 'ok'],
    ['nonstring', 5, 'TEXT_NOT_STRING'],
    ['bom', 6, 'ok'],
    ['crlf', 7, 'ok'],
    ['latin1', 8, 'INVALID_ENCODING'],
    [null, 9, 'LINE_TOO_LONG'],
    ['v2', 11, 'ok'],
    ['last', 12, 'ok'],
  ];
  let input: string;
  let two: Awaited<ReturnType<typeof runCli>>;
  let summaryFile: string;

  beforeAll(async () => {
    input = join(dir, 'mixed.jsonl');
    writeFileSync(input, Buffer.concat(lines));
    summaryFile = join(dir, 'mixed.summary.json');
    two = await runCli([input, '--workers', '2', '--keep', 'url', '--lexicons', lexicons, '--summary', summaryFile]);
  });

  it('gives one output record per input record, in order, with the right error records; exit code 1', () => {
    expect(two.code).toBe(1);
    const out = parseJsonl(two.stdout);
    expect(out.map((r) => [r.id, r.line, r.error?.code ?? 'ok'])).toEqual(expected);
    expect(out.map((r) => r.index)).toEqual(expected.map((_, i) => i));
    for (const r of out) {
      if (r.error) expect(ErrorOutputRecordSchema.safeParse(r).success).toBe(true);
      else expect(ResultRecordSchema.safeParse(r).success).toBe(true);
    }
    expect(out[0]!['url']).toBe('http://v1.onion');
    expect(out[2]!['url']).toBe('http://m.onion');
    expect(out[1]!.error!.excerpt).toBe('{"id":"broken","text":"unterminated');
    expect(out[7]!.error!.message).toMatch(/invalid UTF-8.*--encoding latin1/);
    expect(out[8]!.error!.excerpt.startsWith('{"id":"huge","text":"xxx')).toBe(true);
    // every record carries the run's meta; results equal the API's classify for the same text
    const meta = out[0]!['meta'];
    for (const r of out) expect(r['meta']).toEqual(meta);
    for (const r of out) if (!r.error) expect(resultJson(r, ['url'])).toBe(expectedJson(texts[r.id as string]!));
    expect(out[3]!['truncated']).toBe(true);
  });

  it('gives byte-identical output with 1 and 2 workers', async () => {
    const one = await runCli([input, '--workers', '1', '--keep', 'url', '--lexicons', lexicons]);
    expect(one.code).toBe(1);
    expect(one.stdout).toBe(two.stdout);
  });

  it('writes a summary (stderr, and JSON with --summary) that counts records, errors by code, categories, languages, origins', () => {
    const s = BatchSummarySchema.parse(JSON.parse(readFileSync(summaryFile, 'utf8')));
    const out = parseJsonl(two.stdout);
    expect(s.records).toBe(11);
    expect(s.errors).toBe(5);
    expect(s.results).toBe(6);
    expect(s.errorsByCode).toEqual({ INVALID_ENCODING: 1, INVALID_JSON: 1, LINE_TOO_LONG: 1, MISSING_TEXT: 1, TEXT_NOT_STRING: 1 });
    const tally = (k: string): Record<string, number> => {
      const m: Record<string, number> = {};
      for (const r of out) if (!r.error) m[String(r[k] ?? 'none')] = (m[String(r[k] ?? 'none')] ?? 0) + 1;
      return m;
    };
    expect(s.categories).toEqual(tally('category'));
    expect(s.languages).toEqual(tally('lang'));
    expect(s.origins).toEqual(tally('origin'));
    expect(s.exitCode).toBe(1);
    expect(s.interrupted).toBe(false);
    expect(s.workers).toBe(2);
    expect(two.stderr).toContain('11 record(s), 6 classified, 5 error(s)');
    expect(two.stderr).toMatch(/errors: +INVALID_ENCODING 1/);
  });
});

describe('contraband classify: CSV', () => {
  const csv =
    'id,text,url,market\r\n' +
    '1,"Cocaine 5g\r\nShips from: Netherlands\r\n""top"" quality",=HYPERLINK("http://evil"),m1\r\n' +
    '2,Glock 19 Gen5 ships from Belgium,+31 6 1234,@SUM(A1)\r\n' +
    '3,"Ivoire sculpté, envoi depuis la Belgique",-2+3,"\tTAB"\r\n' +
    '4,\r\n' +
    '5,"never closed\r\n';

  it('reads quoted multi-line fields and writes flattened CSV with formulas neutralised', async () => {
    const input = join(dir, 'in.csv');
    writeFileSync(input, csv);
    const r = await runInProcess([input, '--workers', '0', '--output-format', 'csv', '--keep', 'url,market', '--lexicons', lexicons, '--quiet']);
    expect(r.code).toBe(1);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(['id', 'url', 'market', 'lang', 'category', 'subcategory', 'confidence', 'origin', 'shipping', 'carriers', 'price_amount', 'price_currency', 'error_code', 'error_message', 'meta_version', 'meta_lexicon_hash']);
    expect(rows.length).toBe(6);
    expect(rows.slice(1).map((x) => x[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(rows.slice(1).map((x) => [x[1], x[2]])).toEqual([
      ["'=HYPERLINK(\"http://evil\")", 'm1'],
      ["'+31 6 1234", "'@SUM(A1)"],
      ["'-2+3", "'\tTAB"],
      ['', ''],
      ['', ''],
    ]);
    const first = classifier.classify('Cocaine 5g\r\nShips from: Netherlands\r\n"top" quality');
    expect(rows[1]!.slice(3, 8)).toEqual([first.lang, first.category ?? '', first.subcategory ?? '', String(first.confidence), first.origin ?? '']);
    expect(rows[1]![15]).toBe(first.meta.lexiconHash);
    expect(rows[4]![12]).toBe(''); // an empty text is a listing with nothing in it, not an error
    expect(rows[5]![12]).toBe('CSV_ERROR');
    // no cell of the output starts a formula
    for (const row of rows) for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
  });

  it('reads header-less chunks with --columns; TSV by extension', async () => {
    const chunk = join(dir, 'chunk.csv');
    writeFileSync(chunk, '7,"Weed 28g\nstealth",u7\n');
    const r = await runInProcess([chunk, '--workers', '0', '--columns', 'id,text,url', '--keep', 'url', '--lexicons', lexicons, '--quiet']);
    expect(r.code).toBe(0);
    const [rec] = parseJsonl(r.stdout);
    expect([rec!.id, rec!.line, rec!['url']]).toEqual(['7', 1, 'u7']);
    expect(resultJson(rec!, ['url'])).toBe(expectedJson('Weed 28g\nstealth'));
    const tsv = join(dir, 'in.tsv');
    writeFileSync(tsv, 'id\tbody\n1\tGlock 19\n');
    const t = await runInProcess([tsv, '--workers', '0', '--text-column', 'body', '--lexicons', lexicons, '--quiet']);
    expect(parseJsonl(t.stdout).map((x) => [x.id, x['category']])).toEqual([['1', classifier.classify('Glock 19').category]]);
  });
});

describe('contraband classify: text, arguments and exit codes', () => {
  it('keeps the one-listing form: pretty JSON of classify()', async () => {
    const r = await runInProcess(['Glock 19 Gen5, afhalen in Antwerpen, €1.800', '--lexicons', lexicons]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(classifier.classify('Glock 19 Gen5, afhalen in Antwerpen, €1.800'));
    expect(r.stdout).toContain('\n  "lang"');
  });

  it('reads plain text, one listing a line', async () => {
    const f = join(dir, 'listings.txt');
    writeFileSync(f, `${listing(0)}\r\n\r\n${listing(1)}\n`);
    const r = await runInProcess([f, '--workers', '0', '--lexicons', lexicons, '--quiet']);
    expect(r.code).toBe(0);
    const out = parseJsonl(r.stdout);
    expect(out.map((x) => [x.index, x.line, x.id])).toEqual([
      [0, 1, null],
      [1, 3, null],
    ]);
    expect(resultJson(out[1]!)).toBe(expectedJson(listing(1)));
  });

  it('exits 2 on unusable options or input, saying why', async () => {
    const f = join(dir, 'ok.jsonl');
    writeFileSync(f, '{"text":"x"}\n');
    const csv = join(dir, 'notext.csv');
    writeFileSync(csv, 'id,body\n1,x\n');
    const cases: [string[], RegExp][] = [
      [[f, '--bogus'], /Unknown option/],
      [[f, '--format', 'xml'], /unknown --format "xml"/],
      [[f, '--output-format', 'xlsx'], /unknown --output-format/],
      [[f, '--workers', 'two'], /--workers must be a whole number/],
      [[f, '--encoding', 'ebcdic-klingon'], /unknown encoding/],
      [[f, '--keep', 'category'], /cannot keep "category"/],
      [[f, '--resume'], /--resume needs --output/],
      [[join(dir, 'nope.jsonl')], /no such file/],
      [[csv, '--workers', '0', '--lexicons', lexicons], /no "text" column among "id", "body"/],
      [[f, '--workers', '0', '--lexicons', join(dir, 'no-lexicons')], /lexicon/i],
    ];
    for (const [args, why] of cases) {
      const r = await runInProcess(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(why);
      expect(r.stdout).toBe('');
    }
  });

  it('exits 0 when every record was classified', async () => {
    const f = join(dir, 'good.jsonl');
    writeFileSync(f, `${JSON.stringify({ id: 1, text: listing(5) })}\n`);
    const r = await runInProcess([f, '--workers', '0', '--lexicons', lexicons]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 record(s), 1 classified, 0 error(s)');
  });
});
