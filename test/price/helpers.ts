import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePrices, extractPrices, type PriceExtraction, type PriceFinding } from '../../src/extract/price.js';
import { isNumberWord } from '../../src/extract/numbers.js';
import { CurrencyLexiconSchema } from '../../src/schema/lexicon.js';
import { NumberWordsSchema } from '../../src/schema/price.js';
import { createNormaliser, originalText } from '../../src/text/normalise.js';

const root = new URL('../../', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

export const currencies = CurrencyLexiconSchema.parse(readJson('lexicons/currencies.json'));
export const numbers = NumberWordsSchema.parse(readJson('lexicons/numbers.json'));
export const compiled = compilePrices(currencies, numbers);

const normalise = createNormaliser();
export const fold = (text: string): string => normalise(text).text;

export function run(text: string): { folded: string; result: PriceExtraction } {
  const n = normalise(text);
  return { folded: n.text, result: extractPrices(n.text, compiled, undefined, (start, end) => originalText(n, start, end)) };
}

/** One row of a price table: a listing snippet and its headline price. */
export interface Row {
  readonly text: string;
  /** Expected headline `[amount, currency]`, or null for no price. */
  readonly want: readonly [number, string] | null;
  readonly kind?: PriceFinding['kind'];
  /** Expected quantity of the headline `[amount, unit]`, or null for none. */
  readonly qty?: readonly [number, string] | null;
  /** Expected price per unit of the headline `[amount, unit]`. */
  readonly per?: readonly [number, string];
  /** A known miss: the row runs as an expected failure, so an accidental fix is noticed. */
  readonly fails?: string;
}

/** The debug trace of an extraction, printed only when an assertion fails. */
export function trace(folded: string, r: PriceExtraction): string {
  const p = r.prices.map((f) => `${f.amount} ${f.currency} ${f.kind} [${folded.slice(f.start, f.end)}]${f.quantity ? ` q=${f.quantity.amount}${f.quantity.unit}` : ''}`);
  const q = r.quantities.map((f) => `${f.amount}${f.unit}/${f.role} [${folded.slice(f.start, f.end)}]`);
  return `\n  folded: ${JSON.stringify(folded)}\n  prices: ${p.join(' | ') || '-'}\n  quantities: ${q.join(' | ') || '-'}`;
}

const PHRASE_WORDS = /half|halve|demi|eighth|8th|quarter|achtste|qp/;

/** Every finding's span holds its amount: the first significant digit, a fraction, or number words. */
export function checkSpans(folded: string, r: PriceExtraction): void {
  const all: { amount: number; start: number; end: number }[] = [...r.prices, ...r.quantities];
  for (const f of all) {
    expect(Number.isFinite(f.amount), trace(folded, r)).toBe(true);
    expect(f.start, trace(folded, r)).toBeLessThan(f.end);
    expect(f.end, trace(folded, r)).toBeLessThanOrEqual(folded.length);
    const slice = folded.slice(f.start, f.end);
    const digit = /[1-9]/.exec(String(f.amount))?.[0] ?? '0';
    const words = slice.split(/[^a-z]+/).filter(Boolean);
    const ok = slice.includes(digit) || /[/\u2044]/.test(slice) || words.some((w) => isNumberWord(compiled.numberWords, w) || PHRASE_WORDS.test(w));
    expect(ok, `span ${JSON.stringify(slice)} does not hold ${f.amount}${trace(folded, r)}`).toBe(true);
  }
}

export function checkRow(row: Row): void {
  const { folded, result } = run(row.text);
  const t = trace(folded, result);
  checkSpans(folded, result);
  const h = result.headline;
  if (row.want === null) {
    expect(h, t).toBeNull();
    return;
  }
  expect(h, t).not.toBeNull();
  expect(h!.currency, t).toBe(row.want[1]);
  expect(h!.amount, t).toBeCloseTo(row.want[0], 8);
  if (row.kind) expect(h!.kind, t).toBe(row.kind);
  if (row.qty !== undefined) {
    if (row.qty === null) expect(h!.quantity, t).toBeNull();
    else expect(h!.quantity, t).toEqual({ amount: row.qty[0], unit: row.qty[1] });
  }
  if (row.per) {
    expect(h!.perUnit, t).not.toBeNull();
    expect(h!.perUnit!.amount, t).toBeCloseTo(row.per[0], 3);
    expect(h!.perUnit!.unit, t).toBe(row.per[1]);
    expect(h!.perUnit!.currency, t).toBe(row.want[1]);
  }
}

/** Runs a table of rows, one test each; known misses run as expected failures. */
export function priceTable(name: string, rows: readonly Row[]): void {
  describe(name, () => {
    for (const row of rows) {
      const title = `${JSON.stringify(row.text).slice(0, 90)} → ${row.want ? row.want.join(' ') : 'null'}`;
      if (row.fails) it.fails(`known miss (${row.fails}): ${title}`, () => checkRow(row));
      else it(title, () => checkRow(row));
    }
  });
}
