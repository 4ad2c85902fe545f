import { describe, expect, it } from 'vitest';
import { extractPrices } from '../../src/extract/price.js';
import { extractQuantities } from '../../src/extract/quantity.js';
import { compiled, fold } from './helpers.js';

// Hostile input must finish in linear time and give a bounded, well-formed result. Wall-clock time is
// not asserted here (CI machines vary); the growth of the findings is, and a timing script outside the
// test suite checks linear growth from 0.25 MB to 1 MB.

const UNIT = '1.1.1.1,€€$ 9999999 ,,,, 12.345.678,9 €1,2,3,4 $$$ 0,0,0 ';

function wellFormed(folded: string): number {
  const r = extractPrices(folded, compiled);
  for (const p of [...r.prices, ...r.quantities]) {
    expect(Number.isFinite(p.amount)).toBe(true);
    expect(p.amount).toBeGreaterThanOrEqual(0);
    expect(p.amount).toBeLessThanOrEqual(1e9);
    expect(p.start).toBeGreaterThanOrEqual(0);
    expect(p.end).toBeLessThanOrEqual(folded.length);
    expect(p.start).toBeLessThan(p.end);
  }
  if (r.headline) expect(r.prices).toContain(r.headline);
  return r.prices.length + r.quantities.length;
}

describe('pathological input', () => {
  it('1 MB of digits, separators and currency signs: findings bounded', () => {
    const big = UNIT.repeat(Math.ceil(1_000_000 / UNIT.length));
    const n = wellFormed(big);
    // at most one price per currency marker, and the result is capped
    expect(n).toBeLessThanOrEqual(2000);
  });

  it('findings grow at most linearly with the input until the cap', () => {
    const small = wellFormed(UNIT.repeat(20));
    const large = wellFormed(UNIT.repeat(80));
    expect(large).toBeLessThanOrEqual(small * 4 + 4);
  });

  it('a thousand spaces, tabs and newlines', () => {
    expect(wellFormed(' '.repeat(1000))).toBe(0);
    expect(wellFormed(`€${' '.repeat(1000)}5`)).toBeLessThanOrEqual(1);
    expect(wellFormed(`price:${' '.repeat(1000)}\n`.repeat(10))).toBe(0);
    expect(wellFormed('\n'.repeat(1000))).toBe(0);
  });

  it('many short lines: fields, fees and tiers', () => {
    expect(wellFormed('price: €1\n'.repeat(10_000))).toBeLessThanOrEqual(2000);
    expect(wellFormed('price:\n'.repeat(10_000) + '€5')).toBeLessThanOrEqual(1);
    expect(wellFormed('shipping: $5\n'.repeat(10_000))).toBe(0);
    expect(wellFormed('1g 60€ | 5g 250€\n'.repeat(10_000))).toBeLessThanOrEqual(2000);
    expect(wellFormed('notes 20€ / '.repeat(10_000))).toBeLessThanOrEqual(2000);
  });

  it('a megabyte of one digit, and of one separator', () => {
    expect(wellFormed('9'.repeat(1_000_000))).toBe(0);
    expect(wellFormed(`€${'9'.repeat(100_000)}`)).toBe(0); // far above 1e9: ignored
    expect(wellFormed(','.repeat(1_000_000))).toBe(0);
    expect(wellFormed('1.'.repeat(500_000))).toBe(0);
  });

  it('long runs of words, number words and units', () => {
    expect(wellFormed('pills '.repeat(100_000))).toBe(0);
    expect(wellFormed('twenty '.repeat(50_000) + 'euros')).toBeLessThanOrEqual(1);
    expect(wellFormed('vijfenveertigvijfenveertigvijfenveertig euro '.repeat(1000))).toBeGreaterThanOrEqual(0);
    expect(wellFormed('price: '.repeat(50_000))).toBe(0);
    expect(wellFormed('5g '.repeat(100_000))).toBeLessThanOrEqual(1000);
  });

  it('amounts above 1e9, NaN-looking and overflowing literals are never returned', () => {
    for (const s of ['€9999999999', '$1e400', '€1,000,000,000,000', 'NaN €', '€Infinity', '0 €', '€0,00', '$-5', '1.5k€'.repeat(3)]) {
      wellFormed(fold(s));
    }
    expect(extractPrices(fold('€9999999999'), compiled).headline).toBeNull();
    expect(extractPrices(fold('€ 1.000.000.000,01'), compiled).headline).toBeNull();
    expect(extractPrices(fold('€ 999.999.999,99'), compiled).headline?.amount).toBe(999999999.99);
  });

  it('random junk never throws and stays well-formed', () => {
    const alphabet = ['1', '9', '0', '.', ',', ' ', '€', '$', '£', '-', 'k', 'x', 'g', '/', '%', '\n', 'eur', 'per', 'for', 'price', ':', '(', ')', '~', '+', '½', 'ᐧ', '🍃', 'balles', 'twenty', 'vijf'];
    let seed = 42;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let k = 0; k < 300; k++) {
      let s = '';
      const len = 1 + Math.floor(rnd() * 60);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      const folded = fold(s);
      wellFormed(folded);
      expect(() => extractQuantities(folded, compiled)).not.toThrow();
    }
  });
});
