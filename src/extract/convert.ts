/**
 * Optional conversion of a price into another currency, from a dated rate table that the user
 * supplies. contraband never fetches rates: a listing's price is what the text says, and a
 * conversion is only as good as the table and its date, which the result carries.
 */
import { RateTableSchema, type RateTable } from '../schema/price.js';

export { RateTableSchema };
export type { RateTable };

/** A converted price, with the rate used and the date of the table it came from. */
export interface ConvertedPrice {
  amount: number;
  currency: string;
  rate: number;
  rateDate: string;
}

/** Direct and inverse rates of a table, keyed "FROM>TO". */
function rateMap(table: RateTable): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of table.rates) {
    if (!(r.rate > 0) || !Number.isFinite(r.rate)) continue;
    m.set(`${r.from}>${r.to}`, r.rate);
    const inv = `${r.to}>${r.from}`;
    if (!m.has(inv)) m.set(inv, 1 / r.rate);
  }
  return m;
}

/**
 * Converts a price with a user-supplied rate table: a direct rate, its inverse, or one step through
 * an intermediate currency (the table's `base` first). Returns null when the table cannot convert
 * the pair, or when the input or the result is not a finite positive amount.
 * @example convertPrice({ amount: 0.01, currency: 'BTC' }, { date: '2024-05-01', rates: [{ from: 'BTC', to: 'EUR', rate: 60000 }] }, 'EUR')
 * // { amount: 600, currency: 'EUR', rate: 60000, rateDate: '2024-05-01' }
 */
export function convertPrice(p: { amount: number; currency: string }, table: RateTable, to: string): ConvertedPrice | null {
  const parsed = RateTableSchema.safeParse(table);
  if (!parsed.success) return null;
  const t = parsed.data;
  if (!Number.isFinite(p.amount) || p.amount < 0) return null;
  const from = p.currency.toUpperCase();
  const target = to.toUpperCase();
  const done = (rate: number): ConvertedPrice | null => {
    const amount = p.amount * rate;
    if (!Number.isFinite(amount) || !Number.isFinite(rate) || rate <= 0) return null;
    return { amount, currency: target, rate, rateDate: t.date };
  };
  if (from === target) return done(1);
  const m = rateMap(t);
  const direct = m.get(`${from}>${target}`);
  if (direct !== undefined) return done(direct);
  const pivots = new Set<string>();
  if (t.base) pivots.add(t.base);
  for (const r of t.rates) {
    pivots.add(r.from);
    pivots.add(r.to);
  }
  for (const via of pivots) {
    if (via === from || via === target) continue;
    const a = m.get(`${from}>${via}`);
    const b = m.get(`${via}>${target}`);
    if (a !== undefined && b !== undefined) return done(a * b);
  }
  return null;
}
