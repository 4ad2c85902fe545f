// A small labelled set with one prediction per record, for checking every metric by hand
// (see evaluate.test.ts for the hand computation). Eleven records: six English, four Dutch and one
// without lang; absent and null fields, a prediction without category, a null-vs-null origin,
// carriers differing in case, prices inside and outside 0.5%.
import type { LabelledRecord } from '../../src/schema/record.js';
import type { Prediction } from '../../src/eval/rules.js';

export const RECORDS: LabelledRecord[] = [
  // R1 en: everything right; carriers "PostNL" vs "postnl"; price 42.6 vs 42.5 (0.24% off).
  { id: 'r1', text: 'r1 amnesia haze', lang: 'en', category: 'drugs', subcategory: 'cannabis', origin: 'NL', shipping: ['stealth', 'tracked'], carriers: ['PostNL'], price: { amount: 42.5, currency: 'EUR' } },
  // R2 en: wrong subcategory; origin null vs null; an extra shipping method.
  { id: 'r2', text: 'r2 cocaine', lang: 'en', category: 'drugs', subcategory: 'stimulants', origin: null, shipping: [], carriers: [], price: null },
  // R3 en: no category predicted, no confidence; price 503 vs 500 (0.6% off).
  { id: 'r3', text: 'r3 glock', lang: 'en', category: 'firearms', subcategory: 'handguns', origin: 'US', shipping: ['tracked'], carriers: ['USPS'], price: { amount: 500, currency: 'USD' } },
  // R4 en: no shipping or carriers labelled (the prediction's are ignored); origin null predicted CN; lang und.
  { id: 'r4', text: 'r4 ivory', lang: 'en', category: 'wildlife', subcategory: 'ivory', origin: null, price: { amount: 1000, currency: 'USD' } },
  // R5 en: subcategory null (not scored), origin and price absent.
  { id: 'r5', text: 'r5 cvv', lang: 'en', category: 'fraud', subcategory: null, shipping: ['digital'], carriers: [] },
  // R6 nl: category wrong (firearms), origin missed, one carrier extra ("dhl"), currency wrong.
  { id: 'r6', text: 'r6 xtc', lang: 'nl', category: 'drugs', subcategory: 'ecstasy', origin: 'NL', shipping: ['letter', 'tracked'], carriers: ['PostNL'], price: { amount: 5, currency: 'EUR' } },
  // R7 nl: a price where the label says none; lang predicted fr.
  { id: 'r7', text: 'r7 wiet', lang: 'nl', category: 'drugs', subcategory: 'cannabis', origin: 'BE', shipping: ['pickup'], price: null },
  // R8 nl: wrong subcategory; carriers "DHL" vs "Dhl"; price 100.5 vs 100 (exactly 0.5%: right).
  { id: 'r8', text: 'r8 euro notes', lang: 'nl', category: 'counterfeit', subcategory: 'currency', origin: 'DE', shipping: [], carriers: ['DHL'], price: { amount: 100, currency: 'EUR' } },
  // R9 nl: other predicted as drugs; origin null predicted NL.
  { id: 'r9', text: 'r9 grinder', lang: 'nl', category: 'other', subcategory: 'other', origin: null },
  // R10 no lang: in the whole set only.
  { id: 'r10', text: 'r10 hash btc', category: 'drugs', origin: 'GB', price: { amount: 0.05, currency: 'BTC' } },
  // R11 en: no category label, so not in the category scores nor in the reliability table.
  { id: 'r11', text: 'r11 untitled', lang: 'en', origin: 'FR' },
];

export const PREDICTIONS: ReadonlyMap<string, Prediction> = new Map<string, Prediction>([
  ['r1 amnesia haze', { category: 'drugs', subcategory: 'cannabis', origin: 'NL', shipping: ['stealth', 'tracked'], carriers: ['postnl'], price: { amount: 42.6, currency: 'EUR' }, lang: 'en', confidence: 0.95 }],
  ['r2 cocaine', { category: 'drugs', subcategory: 'ecstasy', origin: null, shipping: ['express'], carriers: [], price: null, lang: 'en', confidence: 0.85 }],
  ['r3 glock', {
    category: null, subcategory: null, origin: 'US', shipping: [], carriers: ['USPS'], price: { amount: 503, currency: 'USD' }, lang: 'en',
    evidence: [
      { field: 'category', value: 'firearms/handguns', text: 'glock', source: 'lexicon:glock', effect: 'dampened ×0.2' },
      { field: 'price', value: '503 USD', text: '$503', source: 'extract:price' },
      { field: 'carrier', value: 'USPS', text: 'usps', source: 'lexicon:usps' },
    ],
  }],
  ['r4 ivory', { category: 'wildlife', subcategory: 'ivory', origin: 'CN', shipping: ['stealth'], carriers: ['DHL'], price: { amount: 1000, currency: 'USD' }, lang: 'und', confidence: 0.55 }],
  ['r5 cvv', { category: 'fraud', subcategory: 'carding', origin: 'RU', shipping: ['digital'], carriers: [], price: { amount: 10, currency: 'USD' }, lang: 'en', confidence: 0.65 }],
  ['r6 xtc', { category: 'firearms', subcategory: 'handguns', origin: null, shipping: ['letter'], carriers: ['PostNL', 'dhl'], price: { amount: 5, currency: 'USD' }, lang: 'nl', confidence: 0.75 }],
  ['r7 wiet', { category: 'drugs', subcategory: 'cannabis', origin: 'BE', shipping: ['pickup'], price: { amount: 20, currency: 'EUR' }, lang: 'fr', confidence: 0.92 }],
  ['r8 euro notes', { category: 'counterfeit', subcategory: 'goods', origin: 'DE', shipping: [], carriers: ['Dhl'], price: { amount: 100.5, currency: 'EUR' }, lang: 'nl', confidence: 0.45 }],
  ['r9 grinder', { category: 'drugs', subcategory: 'other-drugs', origin: 'NL', lang: 'nl', confidence: 0.35 }],
  ['r10 hash btc', { category: 'drugs', subcategory: 'cannabis', origin: 'GB', price: { amount: 0.05, currency: 'BTC' }, lang: 'en', confidence: 0.15 }],
  ['r11 untitled', { category: 'drugs', origin: 'FR', lang: 'en', confidence: 0.99 }],
]);

/** The fixture's classifier: looks the text up. */
export function fixtureClassify(text: string): Prediction {
  const p = PREDICTIONS.get(text);
  if (!p) throw new Error(`no prediction for ${text}`);
  return p;
}
