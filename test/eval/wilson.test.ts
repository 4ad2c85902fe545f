import { describe, expect, it } from 'vitest';
import { rate, wilson, RateSchema } from '../../src/eval/wilson.js';
import { reliability, createReliabilityTally, ReliabilitySchema } from '../../src/eval/calibration.js';
import { createSetTally, f1, mean } from '../../src/eval/metrics.js';

describe('wilson', () => {
  // Reference values: the Wilson score interval, z = 1.96 (e.g. R's binom::binom.wilson, statsmodels proportion_confint(method="wilson")).
  it.each([
    [8, 10, 0.4902, 0.9433],
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [1, 2, 0.0945, 0.9055],
    [343, 360, 0.9257, 0.9703], // centre 0.94800, half-width 0.02231
  ])('%i/%i → [%f, %f]', (k, n, low, high) => {
    const w = wilson(k, n);
    expect(w.low).toBeCloseTo(low, 4);
    expect(w.high).toBeCloseTo(high, 4);
  });

  it('8/10 is [0.490, 0.943] to three decimals', () => {
    const w = wilson(8, 10);
    expect([w.low.toFixed(3), w.high.toFixed(3)]).toEqual(['0.490', '0.943']);
  });

  it('0/0 is the uninformative [0, 1] with a null rate', () => {
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
    expect(rate(0, 0)).toEqual({ k: 0, n: 0, rate: null, low: 0, high: 1 });
    expect(RateSchema.parse(rate(0, 0))).toEqual(rate(0, 0));
  });

  it('ends exactly at 0 and 1, and rejects impossible counts', () => {
    expect(wilson(0, 3).low).toBe(0);
    expect(wilson(3, 3).high).toBe(1);
    expect(() => wilson(4, 3)).toThrow(RangeError);
    expect(() => wilson(-1, 3)).toThrow(RangeError);
    expect(() => wilson(1.5, 3)).toThrow(RangeError);
  });
});

describe('reliability', () => {
  it('bins, mean confidence, accuracy and ECE on a fixture', () => {
    const r = reliability([
      { confidence: 0.05, correct: false }, // bin 0
      { confidence: 0.3, correct: false }, // bin 3 (0.3 · 10 must not fall into bin 2)
      { confidence: 0.62, correct: true }, // bin 6
      { confidence: 0.68, correct: false }, // bin 6
      { confidence: 0.9, correct: true }, // bin 9
      { confidence: 1, correct: true }, // bin 9 (1 is in the last bin)
      { correct: true }, // missing
      { confidence: Number.NaN, correct: true }, // missing
      { confidence: 1.2, correct: false }, // missing
    ]);
    expect(ReliabilitySchema.parse(r)).toEqual(r);
    expect(r.n).toBe(6);
    expect(r.missing).toBe(3);
    expect(r.bins.map((b) => b.count)).toEqual([1, 0, 0, 1, 0, 0, 2, 0, 0, 1 + 1]);
    expect(r.bins[6]?.meanConfidence).toBeCloseTo(0.65, 10);
    expect(r.bins[6]?.accuracy.k).toBe(1);
    expect(r.bins[9]?.meanConfidence).toBeCloseTo(0.95, 10);
    expect([r.bins[3]?.low, r.bins[3]?.high]).toEqual([0.3, 0.4]);
    // ECE = 1/6·|0 − .05| + 1/6·|0 − .3| + 2/6·|.5 − .65| + 2/6·|1 − .95|
    //     = (.05 + .3 + .3 + .1) / 6 = 0.125
    expect(r.ece).toBeCloseTo(0.125, 10);
    expect(r.mce).toBeCloseTo(0.3, 10);
    expect(r.meanConfidence).toBeCloseTo((0.05 + 0.3 + 0.62 + 0.68 + 0.9 + 1) / 6, 10);
    expect(r.accuracy).toMatchObject({ k: 3, n: 6 });
  });

  it('the TSDoc example: ECE (0.05 + 0.55) / 2', () => {
    expect(reliability([{ confidence: 0.95, correct: true }, { confidence: 0.55, correct: false }]).ece).toBeCloseTo(0.3, 10);
  });

  it('no usable confidence: ECE null', () => {
    const r = reliability([{ correct: true }]);
    expect([r.n, r.missing, r.ece, r.mce, r.meanConfidence]).toEqual([0, 1, null, null, null]);
  });

  it('other bin counts', () => {
    const t = createReliabilityTally(4);
    t.add(0.25, true);
    expect(t.result().bins.map((b) => b.count)).toEqual([0, 1, 0, 0]);
    expect(() => createReliabilityTally(0)).toThrow(RangeError);
  });
});

describe('metric helpers', () => {
  it('f1 and mean', () => {
    expect(f1(0, 0, 0)).toBeNull();
    expect(f1(1, 1, 0)).toBeCloseTo(2 / 3, 10);
    expect(mean([1, null, 0])).toBe(0.5);
    expect(mean([null])).toBeNull();
  });

  it('a set tally counts duplicates once and reports exact sets', () => {
    const t = createSetTally({ fold: (s) => s.toLowerCase() });
    expect(t.add(['A', 'a'], ['a'])).toBe(true);
    expect(t.add([], ['b'])).toBe(false);
    const r = t.result();
    expect([r.tp, r.fp, r.fn, r.records, r.exact.k]).toEqual([1, 1, 0, 2, 1]);
    expect(r.values.map((v) => v.name)).toEqual(['A', 'b']);
  });
});
