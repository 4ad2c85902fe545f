import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/evaluate.js';
import { formatRate, formatReport, formatTable, formatValue } from '../../src/eval/format.js';
import { rate } from '../../src/eval/wilson.js';
import { fixtureClassify, RECORDS } from './fixture.js';

const report = await evaluate(RECORDS, fixtureClassify, { errors: 5 });
const text = formatReport(report, { errors: 2 });
const lines = text.split('\n');
/** The lines of one section, from its title to the next title. */
function section(title: string): string[] {
  const start = lines.indexOf(title);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('== '));
  return lines.slice(start, end === -1 ? undefined : end);
}
const row = (sec: string[], first: string) => sec.find((l) => l.startsWith(`${first} `));
const cells = (l: string | undefined) => (l ?? '').trim().split(/\s{2,}/);

describe('formatRate and formatTable', () => {
  it('writes a rate with its count and interval', () => {
    expect(formatRate(rate(8, 10))).toBe('0.800 (8/10) [0.490–0.943]');
    expect(formatRate(rate(343, 360))).toBe('0.953 (343/360) [0.926–0.970]');
    expect(formatRate(rate(0, 0))).toBe('— (0/0)');
  });

  it('aligns columns: first left, others right', () => {
    expect(formatTable([['a', 'bb'], ['ccc', 'd']])).toBe('a    bb\n---  --\nccc   d');
    expect(formatTable([])).toBe('');
  });

  it('writes values', () => {
    expect(formatValue(null, 'category')).toBe('(none)');
    expect(formatValue(null, 'origin')).toBe('null');
    expect(formatValue(['a', 'b'])).toBe('[a, b]');
    expect(formatValue({ amount: 42.5, currency: 'EUR' })).toBe('42.5 EUR');
  });
});

describe('formatReport', () => {
  it('starts with the record counts', () => {
    expect(lines[0]).toBe('contraband evaluation: 11 records (en 6, nl 4, 1 without lang)');
  });

  it('has the summary rows of the whole set', () => {
    const all = section('== all records: 11 ==');
    expect(cells(row(all, 'category accuracy'))).toEqual(['category accuracy', formatRate(rate(7, 10))]);
    expect(cells(row(all, 'category macro-F1'))).toEqual(['category macro-F1', '0.633 over 6 labelled categories']);
    expect(cells(row(all, 'target macro-F1'))).toEqual(['target macro-F1', '0.650 over drugs, firearms, wildlife, rest']);
    expect(cells(row(all, 'subcategory accuracy'))[1]).toBe(formatRate(rate(3, 8)));
    expect(cells(row(all, 'origin accuracy'))[1]).toBe(formatRate(rate(7, 10)));
    expect(cells(row(all, 'origin accuracy (labelled non-null)'))[1]).toBe(formatRate(rate(6, 7)));
    expect(cells(row(all, 'origin presence precision'))[1]).toBe(formatRate(rate(6, 8)));
    expect(cells(row(all, 'shipping F1 (micro)'))[1]).toBe('0.769 (tp 5, fp 1, fn 2)');
    expect(cells(row(all, 'carriers F1 (micro)'))[1]).toBe('0.889 (tp 4, fp 1, fn 0)');
    expect(cells(row(all, 'price accuracy'))[1]).toBe('0.625 (5/8) [0.306–0.863]');
    expect(cells(row(all, 'lang accuracy'))[1]).toBe(formatRate(rate(8, 10)));
    // summary rows come in field order
    const order = ['category accuracy', 'subcategory accuracy', 'origin accuracy', 'shipping F1', 'carriers F1', 'price accuracy', 'lang accuracy'];
    const at = order.map((o) => all.findIndex((l) => l.startsWith(o)));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('has per-class, confusion, per-value and reliability tables', () => {
    const all = section('== all records: 11 ==');
    expect(cells(row(all, 'drugs'))).toEqual(['drugs', '5', '5', formatRate(rate(4, 5)), formatRate(rate(4, 5)), '0.800']);
    expect(cells(all.find((l) => l.startsWith('label \\ predicted')))).toEqual([
      'label \\ predicted', 'drugs', 'firearms', 'wildlife', 'counterfeit', 'fraud', 'other', '(none)',
    ]);
    // the confusion rows: firearms → (none) once
    const firearmsRows = all.filter((l) => l.startsWith('firearms '));
    expect(firearmsRows.map(cells)).toContainEqual(['firearms', '0', '0', '0', '0', '0', '0', '1']);
    expect(cells(row(all, 'tracked'))).toEqual(['tracked', '3', '1', formatRate(rate(1, 1)), formatRate(rate(1, 3)), '0.500']);
    expect(cells(row(all, 'DHL'))[0]).toBe('DHL');
    expect(cells(row(all, '0.9–1.0'))).toEqual(['0.9–1.0', '2', '0.935', formatRate(rate(2, 2))]);
    expect(cells(row(all, '0.0–0.1'))).toEqual(['0.0–0.1', '0', '—', '— (0/0)']);
    expect(all.find((l) => l.startsWith('ECE '))).toMatch(/^ECE 0\.398 {2}MCE 0\.850/);
    expect(all).toContain('9 decisions with a confidence, 1 without (left out)');
  });

  it('has a section per language', () => {
    const nl = section('== lang nl: 4 records ==');
    expect(cells(row(nl, 'category accuracy'))[1]).toBe(formatRate(rate(2, 4)));
    expect(cells(nl.find((l) => l.startsWith('label \\ predicted')))).toEqual(['label \\ predicted', 'drugs', 'counterfeit', 'other', 'firearms', '(none)']);
    const en = section('== lang en: 6 records ==');
    expect(cells(row(en, 'lang accuracy'))[1]).toBe(formatRate(rate(5, 6)));
  });

  it('lists wrong records with the evidence for the wrong fields', () => {
    const errs = section('== wrong records: 7 (showing 2) ==');
    const body = errs.join('\n');
    expect(body).toContain('r2 [en]\n  text: r2 cocaine\n  subcategory: expected drugs/stimulants, got drugs/ecstasy\n  shipping: expected [], got [express]');
    expect(body).toContain('  category: expected firearms, got (none)\n');
    expect(body).toContain('  price: expected 500 USD, got 503 USD');
    expect(body).toContain('  evidence: category "glock" → firearms/handguns (lexicon:glock, dampened ×0.2)');
    expect(body).toContain('  evidence: price "$503" → 503 USD (extract:price)');
    expect(body).not.toContain('lexicon:usps'); // carriers were right: their evidence is not shown
    expect(body).not.toContain('r4 [en]');
  });

  it('says which fields a set does not label, and lists no errors unless asked', () => {
    const plain = formatReport(report);
    expect(plain).not.toContain('== wrong records');
    const onlyCategory = formatReport({ ...report, fields: ['category', 'shipping'], all: { ...report.all, shipping: { ...report.all.shipping, records: 0 } } });
    expect(onlyCategory).toContain('not labelled in these records: shipping');
  });
});
