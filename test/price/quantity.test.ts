import { describe, expect, it } from 'vitest';
import { extractQuantities, type QuantityFinding } from '../../src/extract/quantity.js';
import { compiled, fold } from './helpers.js';

type Q = readonly [number, string, QuantityFinding['role']?];

/** text → the quantities expected, in order; `[]` for none. */
const rows: readonly (readonly [string, readonly Q[]])[] = [
  ['5g', [[5, 'g']]],
  ['5 gr', [[5, 'g']]],
  ['5 gram', [[5, 'g']]],
  ['10 grams', [[10, 'g']]],
  ['5 gramme', [[5, 'g']]],
  ['25 grammes', [[25, 'g']]],
  ['5 gramm', [[5, 'g']]],
  ['1 kilo', [[1, 'kg']]],
  ['2 kg', [[2, 'kg']]],
  ['3,2 kg', [[3.2, 'kg']]],
  ['0.5g', [[0.5, 'g']]],
  ['250mg', [[250, 'mg', 'dose']]],
  ['150µg', [[150, 'ug', 'dose']]],
  ['100mcg', [[100, 'ug', 'dose']]],
  ['250ug', [[250, 'ug', 'dose']]],
  ['10ml vial', [[10, 'ml']]],
  ['5cl', [[50, 'ml']]],
  ['1 liter', [[1, 'l']]],
  ['2 litres', [[2, 'l']]],
  ['1 oz', [[1, 'oz']]],
  ['2 ounces', [[2, 'oz']]],
  ['1 lb', [[1, 'lb']]],
  ['2 lbs', [[2, 'lb']]],
  ['1 pound of weed', [[1, 'lb']]],
  ['100 pills', [[100, 'pills']]],
  ['20 pillen', [[20, 'pills']]],
  ['30 pilules', [[30, 'pills']]],
  ['28 comprimés', [[28, 'pills']]],
  ['60 gélules', [[60, 'pills']]],
  ['56 caps', [[56, 'pills']]],
  ['10 tabs', [[10, 'tabs']]],
  ['30 tabletten', [[30, 'tabs']]],
  ['10 blotters', [[10, 'tabs']]],
  ['10 buvards', [[10, 'tabs']]],
  ['50 rounds', [[50, 'rounds']]],
  ['100 rds', [[100, 'rounds']]],
  ['50 patronen', [[50, 'rounds']]],
  ['100 cartouches', [[100, 'rounds']]],
  ['20 kogels', [[20, 'rounds']]],
  ['25 pcs', [[25, 'pieces']]],
  ['10 stuks', [[10, 'pieces']]],
  ['3 pièces', [[3, 'pieces']]],
  ['1 ons wiet', [[100, 'g']]],
  ['2 ons', [[200, 'g']]],
  ['een ons', [[100, 'g']]],
  ['een half ons', [[50, 'g']]],
  ['ons aanbod', []],
  ['200mg tablets', [[200, 'mg', 'dose']]],
  ['250ug blotters', [[250, 'ug', 'dose']]],
  ['2000mg tablets', [[2000, 'mg', 'dose']]],
  ['1000mg of powder', [[1000, 'mg', 'amount']]],
  ['250mg/ml', [[250, 'mg', 'dose']]],
  ['50x (30mg) pills', [[50, 'pills'], [30, 'mg', 'dose']]],
  ['50x', [[50, 'pieces']]],
  ['10 x 10mg', [[10, 'pills'], [10, 'mg', 'dose']]],
  ['1000 x 250ug LSD tabs', [[1000, 'tabs'], [250, 'ug', 'dose']]],
  ['4 x 30rd mags', [[4, 'pieces'], [30, 'rounds']]],
  ['vial x5', [[5, 'pieces']]],
  ['x 10 pack', [[10, 'pieces']]],
  ['19.4g x 12 jars', [[19.4, 'g'], [12, 'pieces']]],
  ['90% pure', [[90, '%', 'purity']]],
  ['92% cocaine', [[92, '%', 'purity']]],
  ['99.5% purity', [[99.5, '%', 'purity']]],
  ['15% fee', []],
  ['50% refund', []],
  ['99.1% positive', []],
  ['half an ounce', [[0.5, 'oz']]],
  ['an eighth for 40', [[3.5, 'g']]],
  ['a quarter for 60', [[7, 'g']]],
  ['a quarter ounce', [[7, 'g']]],
  ['a quarter pound', [[0.25, 'lb']]],
  ['a quarter of the price', []],
  ['in a quarter of an hour', []],
  ['1/4 lb', [[0.25, 'lb']]],
  ['1/2 oz', [[0.5, 'oz']]],
  ['vijf gram', [[5, 'g']]],
  ['twee kilo', [[2, 'kg']]],
  ['cinq grammes', [[5, 'g']]],
  ['three grams', [[3, 'g']]],
  ['twenty-five grams', [[25, 'g']]],
  ['vijfentwintig gram', [[25, 'g']]],
  ['Quantity left: 500', []],
  ['Quantité disponible : 4 kg', []],
  ['Aantal beschikbaar: 3,2 kg', []],
  ['Sold: 1,207 pcs', []],
  ['9mm', []],
  ['7.62x39', []],
  ['.45 ACP', []],
  ['12ga', []],
  ['124gr FMJ', []],
  ['230 gr JHP', []],
  ['lot de 20', [[20, 'pieces']]],
  ['pack of 10', [[10, 'pieces']]],
  ['doos van 50', [[50, 'pieces']]],
  ['3 for 14,85 EUR', [[3, 'pieces']]],
  ['10 pour 60 balles', [[10, 'pieces']]],
  ['revolver + 30 balles', [[30, 'rounds']]],
  ['2 pounds of weed for $3000', [[2, 'lb']]],
  ['glock 19, gen 5', []],
  ['2024 harvest', []],
];

describe('extractQuantities', () => {
  for (const [text, want] of rows) {
    it(`${JSON.stringify(text)} → ${want.map((q) => q.join(' ')).join(', ') || 'none'}`, () => {
      const folded = fold(text);
      const got = extractQuantities(folded, compiled);
      const t = `\n  folded: ${JSON.stringify(folded)}\n  got: ${got.map((q) => `${q.amount}${q.unit}/${q.role} [${folded.slice(q.start, q.end)}]`).join(' | ') || '-'}`;
      expect(got.length, t).toBe(want.length);
      want.forEach(([amount, unit, role], k) => {
        expect(got[k]!.amount, t).toBeCloseTo(amount, 8);
        expect(got[k]!.unit, t).toBe(unit);
        expect(got[k]!.role, t).toBe(role ?? (unit === '%' ? 'purity' : 'amount'));
        expect(got[k]!.start, t).toBeLessThan(got[k]!.end);
      });
    });
  }

  it('runs the TSDoc example', () => {
    const got = extractQuantities('50x (30mg) pills', compiled).map(({ amount, unit, role }) => ({ amount, unit, role }));
    expect(got).toEqual([
      { amount: 50, unit: 'pills', role: 'amount' },
      { amount: 30, unit: 'mg', role: 'dose' },
    ]);
  });
});
