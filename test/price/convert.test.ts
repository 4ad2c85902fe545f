import { describe, expect, it } from 'vitest';
import { convertPrice, RateTableSchema, type RateTable } from '../../src/extract/convert.js';

const table: RateTable = {
  date: '2024-05-01',
  base: 'EUR',
  rates: [
    { from: 'BTC', to: 'EUR', rate: 60000 },
    { from: 'EUR', to: 'USD', rate: 1.08 },
    { from: 'GBP', to: 'EUR', rate: 1.17 },
    { from: 'XMR', to: 'USD', rate: 130 },
  ],
};

describe('convertPrice', () => {
  it('converts with a direct rate and carries the rate and its date (TSDoc example)', () => {
    expect(convertPrice({ amount: 0.01, currency: 'BTC' }, { date: '2024-05-01', rates: [{ from: 'BTC', to: 'EUR', rate: 60000 }] }, 'EUR')).toEqual({
      amount: 600,
      currency: 'EUR',
      rate: 60000,
      rateDate: '2024-05-01',
    });
  });
  it('uses the inverse of a listed rate', () => {
    const r = convertPrice({ amount: 108, currency: 'USD' }, table, 'EUR')!;
    expect(r.amount).toBeCloseTo(100, 8);
    expect(r.rate).toBeCloseTo(1 / 1.08, 10);
  });
  it('goes through the base currency for a pair the table does not list', () => {
    const r = convertPrice({ amount: 0.001, currency: 'BTC' }, table, 'USD')!;
    expect(r.amount).toBeCloseTo(64.8, 8);
    expect(r.currency).toBe('USD');
  });
  it('goes through any listed currency when the base does not help', () => {
    const r = convertPrice({ amount: 1, currency: 'XMR' }, table, 'EUR')!;
    expect(r.amount).toBeCloseTo(130 / 1.08, 8);
  });
  it('returns the amount itself for the same currency', () => {
    expect(convertPrice({ amount: 42.5, currency: 'EUR' }, table, 'EUR')).toEqual({ amount: 42.5, currency: 'EUR', rate: 1, rateDate: '2024-05-01' });
  });
  it('returns null when the table cannot convert the pair', () => {
    expect(convertPrice({ amount: 10, currency: 'CHF' }, table, 'USD')).toBeNull();
    expect(convertPrice({ amount: 10, currency: 'EUR' }, { date: '2024-05-01', rates: [] }, 'USD')).toBeNull();
  });
  it('never returns NaN or Infinity', () => {
    expect(convertPrice({ amount: Number.NaN, currency: 'BTC' }, table, 'EUR')).toBeNull();
    expect(convertPrice({ amount: Number.POSITIVE_INFINITY, currency: 'BTC' }, table, 'EUR')).toBeNull();
    expect(convertPrice({ amount: 1e308, currency: 'BTC' }, table, 'EUR')).toBeNull();
  });
  it('refuses an invalid table instead of throwing', () => {
    const bad = { date: '01/05/2024', rates: [{ from: 'BTC', to: 'EUR', rate: -1 }] } as unknown as RateTable;
    expect(convertPrice({ amount: 1, currency: 'BTC' }, bad, 'EUR')).toBeNull();
  });
});

describe('RateTableSchema', () => {
  it('accepts a dated table and rejects malformed ones', () => {
    expect(RateTableSchema.safeParse(table).success).toBe(true);
    expect(RateTableSchema.safeParse({ date: '2024-5-1', rates: [] }).success).toBe(false);
    expect(RateTableSchema.safeParse({ date: '2024-05-01', rates: [{ from: 'btc', to: 'EUR', rate: 1 }] }).success).toBe(false);
    expect(RateTableSchema.safeParse({ date: '2024-05-01', rates: [{ from: 'BTC', to: 'EUR', rate: 0 }] }).success).toBe(false);
    expect(RateTableSchema.safeParse({ date: '2024-05-01', rates: [], extra: 1 }).success).toBe(false);
  });
});
