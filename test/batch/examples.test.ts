// The @example blocks of the batch API's TSDoc, run as written (imports from 'contraband' read from src).
import { describe, expect, it } from 'vitest';
import {
  checkKeep,
  classifyStream,
  createDecoder,
  csvCell,
  csvHeader,
  CsvReader,
  csvRow,
  formatFromName,
  isErrorRecord,
  jsonLine,
  neutraliseFormula,
  parseJsonLine,
  recordFromItem,
  startPool,
  SummaryCounter,
  formatSummary,
  BatchSummarySchema,
} from '../../src/batch/index.js';
import { lexiconsSnapshot } from './helpers.js';

describe('TSDoc examples of the batch API', () => {
  it('classifyStream', async () => {
    const listings = [
      { id: 'a1', text: '10g Cocaine 90% pure | Ships from: Netherlands', url: 'http://x.onion/a1' },
      { id: 'a2', text: 42 },
    ];
    const seen: string[] = [];
    for await (const r of classifyStream(listings, { workers: 2, keep: ['url'] })) {
      if (isErrorRecord(r)) seen.push(`${r.id} ${r.error.code}`);
      else seen.push(`${r.id} ${r.category} ${r.origin} ${String(r['url'])}`);
    }
    expect(seen).toEqual(['a1 drugs NL http://x.onion/a1', 'a2 TEXT_NOT_STRING']);
  });

  it('startPool, jsonLine, SummaryCounter and formatSummary', async () => {
    const pool = startPool({ workers: 0, classifierConfig: { lexiconsDir: lexiconsSnapshot() } });
    const meta = await pool.meta;
    const counter = new SummaryCounter();
    const lines: string[] = [];
    for await (const item of pool.run([
      { kind: 'ok', index: 0, line: 1, id: 'a', text: 'Glock 19', keep: {} },
      { kind: 'error', record: { index: 1, line: 2, id: null, error: { code: 'INVALID_JSON', message: 'x', excerpt: '{' } } },
    ])) {
      lines.push(jsonLine(item, meta));
      counter.add(item);
    }
    expect(lines[0]!.startsWith('{"index":0,"line":1,"id":"a","lang":')).toBe(true);
    expect(JSON.parse(lines[1]!)).toEqual({ index: 1, line: 2, id: null, error: { code: 'INVALID_JSON', message: 'x', excerpt: '{' }, meta });
    const summary = BatchSummarySchema.parse({
      ...counter.counts(),
      elapsedMs: 1200,
      recordsPerSecond: 2,
      resumedAfter: null,
      interrupted: false,
      exitCode: 1,
      workers: 0,
      input: '-',
      output: null,
      meta,
    });
    expect(formatSummary(summary)).toMatch(/^contraband: 2 record\(s\), 1 classified, 1 error\(s\) in 1\.2 s.*\n {2}errors: {5}INVALID_JSON 1\n/);
  });

  it('formats, decoders and records', () => {
    expect(formatFromName('scrape.CSV')).toBe('csv');
    expect(formatFromName('-')).toBe('jsonl');
    expect(createDecoder()(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toEqual({ ok: false, text: 'caf\uFFFD' });
    expect(createDecoder('latin1')(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toEqual({ ok: true, text: 'café' });
    expect(recordFromItem({ id: 7, text: 'Glock 19', url: 'u' }, 0, 'text', ['url'])).toEqual({ kind: 'ok', index: 0, line: 1, id: 7, text: 'Glock 19', keep: { url: 'u' } });
    expect(recordFromItem(42, 1, 'text', []).kind).toBe('error');
    expect(parseJsonLine('{"id":1,"text":"Glock 19"}', 0, 1, 'text', []).kind).toBe('ok');
    const missing = parseJsonLine('{"id":1}', 0, 1, 'text', []);
    expect(missing.kind === 'error' && missing.record.error.code).toBe('MISSING_TEXT');
    expect(checkKeep(['url', 'id', 'url'])).toEqual(['url']);
    expect(() => checkKeep(['category'])).toThrow(/"category"/);
  });

  it('CSV helpers', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(csvCell('say "hi", twice')).toBe('"say ""hi"", twice"');
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvRow(['a', 'b,c', null])).toBe('a,"b,c",\n');
    expect(csvHeader(['url'])).toBe('id,url,lang,category,subcategory,confidence,origin,shipping,carriers,price_amount,price_currency,error_code,error_message,meta_version,meta_lexicon_hash\n');
    const r = new CsvReader({ delimiter: 0x2c, quote: 0x22, maxRecordBytes: 1 << 20 });
    const recs = [...r.push(Buffer.from('1,"a\nb"\n2,c')), ...r.end()];
    expect(recs.map((x) => x.fields.map(String))).toEqual([
      ['1', 'a\nb'],
      ['2', 'c'],
    ]);
  });
});
