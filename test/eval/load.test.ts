import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadFile,
  LoadError,
  mappingFromHeader,
  parseCategoryCell,
  parseCsv,
  parseJsonl,
  parsePriceCell,
  safeParseCsv,
  safeParseJsonl,
  type CsvMapping,
} from '../../src/eval/load.js';

const dir = mkdtempSync(join(tmpdir(), 'contraband-load-'));

describe('JSONL loader', () => {
  const text = [
    '\uFEFF{"id":"a","text":"one","lang":"en","category":"drugs"}',
    '',
    '{"id":"b","text":"two","origin":null}\r',
    '{"id":"c","text":"three",', // line 4: broken JSON
    '{"id":"d","text":"four","category":"weapons"}', // line 5: not a category
    '{"id":"a","text":"again"}', // line 6: duplicate id
    '[1,2]', // line 7: not an object
    '{"id":"e","text":"five","extra":{"kept":true}}',
  ].join('\n');

  it('fails with a typed error listing every broken line', () => {
    const r = safeParseJsonl(text, { source: 'set.jsonl' });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error).toBeInstanceOf(LoadError);
    expect(r.error.issues.map((i) => i.line)).toEqual([4, 5, 6, 7]);
    expect(r.error.issues[0]?.message).toMatch(/invalid JSON/);
    expect(r.error.issues[1]).toMatchObject({ line: 5, id: 'd' });
    expect(r.error.issues[1]?.message).toMatch(/^category: /);
    expect(r.error.issues[2]?.message).toMatch(/duplicate id "a" \(first at line 1\)/);
    expect(r.error.message).toMatch(/^set\.jsonl: 4 unreadable records\n  line 4: invalid JSON/);
    expect(() => parseJsonl(text)).toThrow(LoadError);
  });

  it('skips broken lines when asked, counting them', () => {
    const r = parseJsonl(text, { skipInvalid: true });
    expect(r.records.map((x) => x.id)).toEqual(['a', 'b', 'e']);
    expect(r.skipped).toHaveLength(4);
    expect(r.records[1]).toEqual({ id: 'b', text: 'two', origin: null }); // CRLF and BOM gone, null kept
    expect(r.records[2]?.['extra']).toEqual({ kept: true }); // extra fields kept, ignored by scoring
  });

  it('gives a language to records without one', () => {
    const r = parseJsonl('{"id":"a","text":"x"}\n{"id":"b","text":"y","lang":"nl"}', { lang: 'fr' });
    expect(r.records.map((x) => x.lang)).toEqual(['fr', 'nl']);
  });
});

describe('CSV loader', () => {
  // A BOM, a quoted field over several lines with a comma and doubled quotes, CRLF line ends, a short row.
  const csv =
    '\uFEFFID,Title,Body,Cat,Ships From,Cost\r\n' +
    'x1,Gold hash,"Soft, oily.\r\nSecond line with ""quotes"".",drugs/cannabis,Spain,320 EUR\r\n' +
    'x2,Glock 19,,firearms,,\r\n' +
    'x3,Mystery,,weapons,USA,$10\r\n' + // row 4: unknown category
    'x4,Fake notes,Euro,Counterfeit,Atlantis,"1,250.00 USD"\r\n' +
    'x5,Short row\r\n';
  const mapping: CsvMapping = { id: 'ID', text: ['Title', 'Body'], category: 'Cat', origin: 'Ships From', price: 'Cost' };

  it('reads quoted multi-line fields and a BOM, joining text columns', () => {
    const r = parseCsv(csv, mapping, { skipInvalid: true, lang: 'en' });
    expect(r.records.map((x) => x.id)).toEqual(['x1', 'x2', 'x4', 'x5']);
    expect(r.records[0]).toEqual({
      id: 'x1',
      text: 'Gold hash\nSoft, oily.\r\nSecond line with "quotes".',
      lang: 'en',
      category: 'drugs',
      subcategory: 'cannabis',
      origin: 'ES',
      price: { amount: 320, currency: 'EUR' },
    });
    // empty origin and price cells: null ("does not say")
    expect(r.records[1]).toMatchObject({ id: 'x2', text: 'Glock 19', category: 'firearms', origin: null, price: null });
    // an unknown origin is left unlabelled, and noted
    expect(r.records[2]).toMatchObject({ id: 'x4', category: 'counterfeit', price: { amount: 1250, currency: 'USD' } });
    expect(r.records[2]).not.toHaveProperty('origin');
    expect(r.notes).toEqual([{ message: 'origin "Atlantis" names no known country: left unlabelled', count: 1 }]);
    expect(r.records[3]).toMatchObject({ id: 'x5', text: 'Short row', origin: null });
    expect(r.skipped).toEqual([{ row: 4, id: 'x3', message: 'category "weapons" is not in the taxonomy' }]);
  });

  it('fails on an unknown category unless skipping, naming the row', () => {
    const r = safeParseCsv(csv, mapping);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.message).toContain('row 4 (id "x3"): category "weapons" is not in the taxonomy');
  });

  it('fails on a column that is not there, listing the columns', () => {
    const r = safeParseCsv(csv, { ...mapping, text: 'Description' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.message).toMatch(/no column "Description"; columns are "ID", "Title"/);
  });

  it('fails on broken quoting with the line', () => {
    const r = safeParseCsv('a,b\n1,"open\n2,3\n', { text: 'a' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.line).toBeGreaterThan(1);
  });

  it('makes ids from row numbers, and rejects duplicate ids', () => {
    const r = parseCsv('text,category\nfoo,drugs\nbar,other\n', { text: 'text', category: 'category' });
    expect(r.records.map((x) => x.id)).toEqual(['row-2', 'row-3']);
    const d = safeParseCsv('id,text\na,x\na,y\n', { id: 'id', text: 'text' });
    expect(d.success).toBe(false);
    if (!d.success) expect(d.error.issues[0]).toMatchObject({ row: 3, message: 'duplicate id "a" (first at row 2)' });
  });

  it('cells: prices, categories, columns named after the fields', () => {
    expect(parsePriceCell('0.04392284 BTC')).toEqual({ amount: 0.04392284, currency: 'BTC' });
    expect(parsePriceCell('EUR 12,50')).toEqual({ amount: 12.5, currency: 'EUR' });
    expect(parsePriceCell('€1.234,50')).toEqual({ amount: 1234.5, currency: 'EUR' });
    expect(parsePriceCell('0.125 btc')).toEqual({ amount: 0.125, currency: 'BTC' });
    expect(parsePriceCell('')).toBeNull();
    expect(parsePriceCell('12')).toBeUndefined();
    expect(parsePriceCell('cheap')).toBeUndefined();
    expect(parseCategoryCell(' Drugs ')).toEqual({ category: 'drugs' });
    expect(parseCategoryCell('drugs/ivory')).toBeUndefined();
    expect(parseCategoryCell('__proto__')).toBeUndefined();
    expect(mappingFromHeader(['ID', 'Text', 'category', 'origin'])).toEqual({ text: 'Text', id: 'ID', category: 'category', origin: 'origin' });
    expect(mappingFromHeader(['Item'])).toBeUndefined();
  });
});

describe('loadFile', () => {
  it('picks the format from the extension, and needs a mapping for other CSVs', async () => {
    const j = join(dir, 'a.jsonl');
    writeFileSync(j, '{"id":"a","text":"x","category":"drugs"}\n');
    expect((await loadFile(j)).records).toHaveLength(1);
    const c = join(dir, 'b.csv');
    writeFileSync(c, 'text,category\nfoo,drugs\n');
    expect((await loadFile(c)).records).toEqual([{ id: 'row-2', text: 'foo', category: 'drugs' }]);
    const o = join(dir, 'c.csv');
    writeFileSync(o, 'Title,Kind\nfoo,drugs\n');
    await expect(loadFile(o)).rejects.toThrow(/needs a column mapping/);
    await expect(loadFile(join(dir, 'missing.jsonl'))).rejects.toThrow(LoadError);
  });
});
