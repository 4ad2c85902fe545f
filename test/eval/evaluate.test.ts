import { describe, expect, expectTypeOf, it } from 'vitest';
import { evaluate, EvalReportSchema, type Prediction } from '../../src/eval/evaluate.js';
import { wilson, type Rate } from '../../src/eval/wilson.js';
import type { ClassMetrics } from '../../src/eval/metrics.js';
import type { Result } from '../../src/schema/result.js';
import type { LabelledRecord } from '../../src/schema/record.js';
import { fixtureClassify, RECORDS } from './fixture.js';

/** A rate of k of n, with its Wilson interval. */
function expectRate(r: Rate | undefined, k: number, n: number): void {
  expect(r).toBeDefined();
  const { low, high } = wilson(k, n);
  expect(r).toEqual({ k, n, rate: n === 0 ? null : k / n, low, high });
}

function expectClass(c: ClassMetrics | undefined, name: string, tp: number, fp: number, fn: number, f1: number | null): void {
  expect(c?.name).toBe(name);
  expect({ tp: c?.tp, fp: c?.fp, fn: c?.fn, support: c?.support, predicted: c?.predicted }).toEqual({ tp, fp, fn, support: tp + fn, predicted: tp + fp });
  expectRate(c?.precision, tp, tp + fp);
  expectRate(c?.recall, tp, tp + fn);
  if (f1 === null) expect(c?.f1).toBeNull();
  else expect(c?.f1).toBeCloseTo(f1, 10);
}

const report = await evaluate(RECORDS, fixtureClassify, { errors: 3 });
const en = report.byLang.find((g) => g.group === 'en');
const nl = report.byLang.find((g) => g.group === 'nl');

describe('evaluate on the hand-computed fixture (11 records: en r1–r5 r11, nl r6–r9, r10 without lang)', () => {
  it('validates against its schema and groups by language', () => {
    expect(EvalReportSchema.parse(report)).toEqual(report);
    expect(report.records).toBe(11);
    expect(report.withoutLang).toBe(1); // r10
    expect(report.byLang.map((g) => [g.group, g.records])).toEqual([
      ['en', 6], // r1 r2 r3 r4 r5 r11
      ['nl', 4], // r6 r7 r8 r9
    ]);
    expect(report.all.records).toBe(11);
  });

  describe('category (all)', () => {
    // Labelled r1–r10 (r11 has none). label → prediction:
    // r1 drugs→drugs ✓, r2 drugs→drugs ✓, r3 firearms→(none) ✗, r4 wildlife→wildlife ✓, r5 fraud→fraud ✓,
    // r6 drugs→firearms ✗, r7 drugs→drugs ✓, r8 counterfeit→counterfeit ✓, r9 other→drugs ✗, r10 drugs→drugs ✓.
    const c = report.all.category;
    it('accuracy 7/10', () => expectRate(c.accuracy, 7, 10));
    it('per class, in taxonomy order, labelled classes only', () => {
      expect(c.classes.map((x) => x.name)).toEqual(['drugs', 'firearms', 'wildlife', 'counterfeit', 'fraud', 'other']);
      // drugs: support r1 r2 r6 r7 r10 = 5, tp r1 r2 r7 r10 = 4, fp r9, fn r6: F1 = 8 / (8 + 1 + 1) = 0.8
      expectClass(c.classes[0], 'drugs', 4, 1, 1, 0.8);
      // firearms: r3 missed (fn), r6 predicted firearms (fp): F1 = 0 / 2 = 0
      expectClass(c.classes[1], 'firearms', 0, 1, 1, 0);
      expectClass(c.classes[2], 'wildlife', 1, 0, 0, 1);
      expectClass(c.classes[3], 'counterfeit', 1, 0, 0, 1);
      expectClass(c.classes[4], 'fraud', 1, 0, 0, 1);
      // other: r9 missed, never predicted: precision 0/0, F1 = 0 / 1 = 0
      expectClass(c.classes[5], 'other', 0, 0, 1, 0);
    });
    // macro-F1 = (0.8 + 0 + 1 + 1 + 1 + 0) / 6 = 0.6333…
    it('macro-F1 (0.8 + 0 + 1 + 1 + 1 + 0) / 6', () => expect(c.macroF1).toBeCloseTo(3.8 / 6, 10));
    it('confusion matrix with a (none) column', () => {
      expect(c.confusion.labels).toEqual(['drugs', 'firearms', 'wildlife', 'counterfeit', 'fraud', 'other']);
      expect(c.confusion.predictions).toEqual(['drugs', 'firearms', 'wildlife', 'counterfeit', 'fraud', 'other', '(none)']);
      expect(c.confusion.counts).toEqual([
        [4, 1, 0, 0, 0, 0, 0], // drugs: r1 r2 r7 r10 right, r6 → firearms
        [0, 0, 0, 0, 0, 0, 1], // firearms: r3 → (none)
        [0, 0, 1, 0, 0, 0, 0],
        [0, 0, 0, 1, 0, 0, 0],
        [0, 0, 0, 0, 1, 0, 0],
        [1, 0, 0, 0, 0, 0, 0], // other: r9 → drugs
      ]);
    });
    it('target classes: drugs, firearms, wildlife, rest', () => {
      // labels: r1 r2 r6 r7 r10 drugs, r3 firearms, r4 wildlife, r5 r8 r9 rest
      // preds:  r1 r2 r7 r9 r10 drugs, r6 firearms, r4 wildlife, r5 r8 rest, r3 (none): right r1 r2 r4 r5 r7 r8 r10
      const t = c.target;
      expectRate(t.accuracy, 7, 10);
      expect(t.classes.map((x) => x.name)).toEqual(['drugs', 'firearms', 'wildlife', 'rest']);
      expectClass(t.classes[0], 'drugs', 4, 1, 1, 0.8); // fp r9, fn r6
      expectClass(t.classes[1], 'firearms', 0, 1, 1, 0); // fp r6, fn r3
      expectClass(t.classes[2], 'wildlife', 1, 0, 0, 1);
      expectClass(t.classes[3], 'rest', 2, 0, 1, 0.8); // tp r5 r8, fn r9: 4 / (4 + 0 + 1)
      // target macro-F1 = (0.8 + 0 + 1 + 0.8) / 4 = 0.65
      expect(t.macroF1).toBeCloseTo(0.65, 10);
      expect(t.confusion.predictions).toEqual(['drugs', 'firearms', 'wildlife', 'rest', '(none)']);
    });
  });

  it('subcategory accuracy 3/8: over non-null labels, right only with the category', () => {
    // scored: r1 ✓ cannabis, r2 ✗ (ecstasy), r3 ✗ (no category), r4 ✓ ivory, r6 ✗ (category wrong),
    // r7 ✓, r8 ✗ (goods), r9 ✗ (drugs/other-drugs); r5 null, r10 and r11 absent: not scored
    expectRate(report.all.subcategory.accuracy, 3, 8);
  });

  it('origin: accuracy over all labelled, over non-null, presence', () => {
    // labelled: r1 NL ✓, r2 null=null ✓, r3 US ✓, r4 null≠CN ✗, r6 NL≠null ✗, r7 BE ✓, r8 DE ✓, r9 null≠NL ✗,
    // r10 GB ✓, r11 FR ✓ (r5 absent: skipped although it predicts RU)
    const o = report.all.origin;
    expectRate(o.accuracy, 7, 10);
    // non-null labels: r1 r3 r6 r7 r8 r10 r11 = 7, right all but r6
    expectRate(o.accuracyNonNull, 6, 7);
    // predicted non-null: r1 r3 r4 r7 r8 r9 r10 r11 = 8, of which labelled non-null 6 (not r4, r9)
    expectRate(o.presence.precision, 6, 8);
    // labelled non-null 7, predicted non-null all but r6
    expectRate(o.presence.recall, 6, 7);
  });

  it('shipping: micro-averaged over the records that label it', () => {
    // labelled r1 r2 r3 r5 r6 r7 r8 (r4's predicted stealth is not scored):
    // r1 tp 2; r2 fp 1 (express); r3 fn 1 (tracked); r5 tp 1; r6 tp 1 fn 1 (tracked); r7 tp 1; r8 nothing
    const s = report.all.shipping;
    expect(s.records).toBe(7);
    expect([s.tp, s.fp, s.fn]).toEqual([5, 1, 2]);
    expectRate(s.precision, 5, 6);
    expectRate(s.recall, 5, 7);
    expect(s.f1).toBeCloseTo(10 / 13, 10); // 2·5 / (2·5 + 1 + 2)
    expectRate(s.exact, 4, 7); // r1 r5 r7 r8
    expect(s.values.map((v) => v.name)).toEqual(['stealth', 'tracked', 'express', 'letter', 'pickup', 'digital']);
    expectClass(s.values[1], 'tracked', 1, 0, 2, 0.5); // r1 found, r3 and r6 missed: 2 / (2 + 0 + 2)
    expectClass(s.values[2], 'express', 0, 1, 0, 0);
  });

  it('carriers: compared case-insensitively', () => {
    // labelled r1 r2 r3 r5 r6 r8 (r4's DHL not scored): r1 PostNL=postnl tp; r3 USPS tp; r6 PostNL tp, dhl fp; r8 DHL=Dhl tp
    const c = report.all.carriers;
    expect(c.records).toBe(6);
    expect([c.tp, c.fp, c.fn]).toEqual([4, 1, 0]);
    expectRate(c.precision, 4, 5);
    expectRate(c.recall, 4, 4);
    expect(c.f1).toBeCloseTo(8 / 9, 10);
    expectRate(c.exact, 5, 6); // all but r6
    // shown by their labelled spelling, alphabetically
    expect(c.values.map((v) => v.name)).toEqual(['DHL', 'PostNL', 'USPS']);
    expectClass(c.values[0], 'DHL', 1, 1, 0, 2 / 3);
  });

  it('price: both null, or same currency within 0.5%', () => {
    // labelled: r1 42.6/42.5 ✓ (0.24%), r2 null=null ✓, r3 503/500 ✗ (0.6%), r4 1000 ✓, r6 USD≠EUR ✗,
    // r7 20 EUR vs null ✗, r8 100.5/100 ✓ (0.5% exactly), r10 0.05 BTC ✓ (r5 r9 r11 absent)
    const p = report.all.price;
    expectRate(p.accuracy, 5, 8);
    // non-null labels r1 r3 r4 r6 r8 r10: right r1 r4 r8 r10
    expectRate(p.accuracyNonNull, 4, 6);
    // predicted non-null r1 r3 r4 r6 r7 r8 r10 = 7, labelled non-null all but r7
    expectRate(p.presence.precision, 6, 7);
    expectRate(p.presence.recall, 6, 6);
  });

  it('lang accuracy 8/10 (r10 has no lang; r4 und, r7 fr are wrong)', () => {
    expectRate(report.all.lang.accuracy, 8, 10);
  });

  it('calibration: reliability of the category confidence', () => {
    // category-labelled with confidence: r1 .95 ✓, r2 .85 ✓, r4 .55 ✓, r5 .65 ✓, r6 .75 ✗, r7 .92 ✓, r8 .45 ✓,
    // r9 .35 ✗, r10 .15 ✓; r3 has none (missing); r11 is not category-labelled (not counted at all)
    const cal = report.all.calibration;
    expect(cal.n).toBe(9);
    expect(cal.missing).toBe(1);
    expect(cal.bins.map((b) => b.count)).toEqual([0, 1, 0, 1, 1, 1, 1, 1, 1, 2]);
    expect(cal.bins[9]?.meanConfidence).toBeCloseTo(0.935, 10); // (0.95 + 0.92) / 2
    expectRate(cal.bins[9]?.accuracy, 2, 2);
    expectRate(cal.bins[7]?.accuracy, 0, 1); // r6
    expect(cal.bins[0]?.meanConfidence).toBeNull();
    // ECE = (|1-.15| + |0-.35| + |1-.45| + |1-.55| + |1-.65| + |0-.75| + |1-.85| + 2·|1-.935|) / 9
    //     = (.85 + .35 + .55 + .45 + .35 + .75 + .15 + .13) / 9 = 3.58 / 9
    expect(cal.ece).toBeCloseTo(3.58 / 9, 10);
    expect(cal.mce).toBeCloseTo(0.85, 10);
    expect(cal.meanConfidence).toBeCloseTo(5.62 / 9, 10);
    expectRate(cal.accuracy, 7, 9);
  });

  describe('per language', () => {
    it('en: r1 r2 r3 r4 r5 r11', () => {
      if (!en) throw new Error('no en group');
      // category r1 ✓ r2 ✓ r3 ✗ r4 ✓ r5 ✓; classes drugs (F1 1), firearms (0), wildlife (1), fraud (1)
      expectRate(en.category.accuracy, 4, 5);
      expect(en.category.classes.map((c) => [c.name, c.f1])).toEqual([['drugs', 1], ['firearms', 0], ['wildlife', 1], ['fraud', 1]]);
      expect(en.category.macroF1).toBeCloseTo(0.75, 10);
      expectRate(en.subcategory.accuracy, 2, 4); // r1 ✓ r2 ✗ r3 ✗ r4 ✓
      expectRate(en.origin.accuracy, 4, 5); // r1 r2 r3 r11 ✓, r4 ✗
      expectRate(en.origin.accuracyNonNull, 3, 3);
      expectRate(en.origin.presence.precision, 3, 4); // predicted r1 r3 r4 r11
      expectRate(en.origin.presence.recall, 3, 3);
      expect([en.shipping.tp, en.shipping.fp, en.shipping.fn, en.shipping.f1]).toEqual([3, 1, 1, 0.75]); // r1 r2 r3 r5
      expect([en.carriers.tp, en.carriers.fp, en.carriers.fn, en.carriers.f1]).toEqual([2, 0, 0, 1]);
      expectRate(en.price.accuracy, 3, 4); // r1 r2 r4 ✓, r3 ✗
      expectRate(en.price.accuracyNonNull, 2, 3);
      expectRate(en.price.presence.precision, 3, 3);
      expectRate(en.price.presence.recall, 3, 3);
      expectRate(en.lang.accuracy, 5, 6); // r4 und
      // ECE over r1 .95 ✓, r2 .85 ✓, r4 .55 ✓, r5 .65 ✓: (.05 + .15 + .45 + .35) / 4 = 0.25
      expect(en.calibration.n).toBe(4);
      expect(en.calibration.missing).toBe(1);
      expect(en.calibration.ece).toBeCloseTo(0.25, 10);
    });

    it('nl: r6 r7 r8 r9', () => {
      if (!nl) throw new Error('no nl group');
      const c = nl.category;
      expectRate(c.accuracy, 2, 4); // r7 r8 ✓
      // drugs: tp r7, fp r9, fn r6 → 0.5; counterfeit 1; other 0: macro 1.5 / 3
      expect(c.classes.map((x) => [x.name, x.f1])).toEqual([['drugs', 0.5], ['counterfeit', 1], ['other', 0]]);
      expect(c.macroF1).toBeCloseTo(0.5, 10);
      // firearms is only predicted in nl: it gets a column after the labelled classes
      expect(c.confusion.predictions).toEqual(['drugs', 'counterfeit', 'other', 'firearms', '(none)']);
      expect(c.confusion.counts).toEqual([
        [1, 0, 0, 1, 0],
        [0, 1, 0, 0, 0],
        [1, 0, 0, 0, 0],
      ]);
      // target: drugs (tp r7, fp r9, fn r6) 0.5, rest (tp r8, fn r9) 2/3: macro over the two labelled classes
      expect(c.target.classes.map((x) => x.name)).toEqual(['drugs', 'rest']);
      expect(c.target.macroF1).toBeCloseTo((0.5 + 2 / 3) / 2, 10);
      expectRate(nl.subcategory.accuracy, 1, 4);
      expectRate(nl.origin.accuracy, 2, 4); // r7 r8 ✓
      expectRate(nl.origin.accuracyNonNull, 2, 3);
      expectRate(nl.origin.presence.precision, 2, 3); // predicted r7 r8 r9
      expectRate(nl.origin.presence.recall, 2, 3);
      expect([nl.shipping.tp, nl.shipping.fp, nl.shipping.fn]).toEqual([2, 0, 1]);
      expect(nl.shipping.f1).toBeCloseTo(0.8, 10);
      expect([nl.carriers.tp, nl.carriers.fp, nl.carriers.fn]).toEqual([2, 1, 0]);
      expect(nl.carriers.f1).toBeCloseTo(0.8, 10);
      expectRate(nl.price.accuracy, 1, 3); // r8 ✓
      expectRate(nl.price.accuracyNonNull, 1, 2);
      expectRate(nl.price.presence.precision, 2, 3);
      expectRate(nl.price.presence.recall, 2, 2);
      expectRate(nl.lang.accuracy, 3, 4);
      // ECE: (.75 + .08 + .55 + .35) / 4 (r6 .75 ✗, r7 .92 ✓, r8 .45 ✓, r9 .35 ✗)
      expect(nl.calibration.ece).toBeCloseTo(1.73 / 4, 10);
    });
  });

  it('lists wrong records in input order, as many as asked, with the prediction', () => {
    // wrong: r2 r3 r4 r6 r7 r8 r9 (r1 r5 r10 r11 are right wherever labelled)
    expect(report.errors.total).toBe(7);
    expect(report.errors.records.map((r) => r.id)).toEqual(['r2', 'r3', 'r4']);
    const r3 = report.errors.records[1];
    expect(r3?.mistakes).toEqual([
      { field: 'category', expected: 'firearms', got: null },
      { field: 'subcategory', expected: 'firearms/handguns', got: '(none)/(none)' },
      { field: 'shipping', expected: ['tracked'], got: [] },
      { field: 'price', expected: { amount: 500, currency: 'USD' }, got: { amount: 503, currency: 'USD' } },
    ]);
    expect(r3?.prediction.evidence).toHaveLength(3);
    expect(r3?.prediction.confidence).toBeNull();
    expect(report.errors.records[2]?.mistakes.map((m) => m.field)).toEqual(['origin', 'lang']);
  });
});

describe('evaluate options and inputs', () => {
  it('errorFields restricts the wrong-record list', async () => {
    const r = await evaluate(RECORDS, fixtureClassify, { errors: 10, errorFields: ['category'] });
    expect(r.errors.total).toBe(3); // r3 r6 r9
    expect(r.errors.records.map((w) => [w.id, w.mistakes.map((m) => m.field)])).toEqual([
      ['r3', ['category']],
      ['r6', ['category']],
      ['r9', ['category']],
    ]);
  });

  it('fields restricts scoring: other fields have n = 0', async () => {
    const r = await evaluate(RECORDS, fixtureClassify, { fields: ['category'] });
    expect(r.fields).toEqual(['category']);
    expectRate(r.all.category.accuracy, 7, 10);
    expectRate(r.all.origin.accuracy, 0, 0);
    expect(r.all.shipping.records).toBe(0);
    expect(r.errors.total).toBe(3);
  });

  it('accepts async iterables and async classifiers, with concurrency, keeping input order', async () => {
    async function* gen(): AsyncGenerator<LabelledRecord> {
      yield* RECORDS;
    }
    const slow = async (text: string): Promise<Prediction> => {
      await new Promise((r) => setTimeout(r, text.length % 3));
      return fixtureClassify(text);
    };
    const progress: number[] = [];
    const r = await evaluate(gen(), slow, { concurrency: 4, errors: 3, onProgress: (n) => progress.push(n) });
    expect(r).toEqual(report);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('reads junk predictions as empty ones, and names the record when classify throws', async () => {
    const recs: LabelledRecord[] = [{ id: 'x', text: 't', category: 'drugs', shipping: ['stealth'] }];
    const junk = (() => 42) as unknown as (t: string) => Prediction;
    const r = await evaluate(recs, junk);
    expectRate(r.all.category.accuracy, 0, 1);
    expect(r.all.category.confusion.counts).toEqual([[0, 1]]); // drugs → (none)
    expect([r.all.shipping.tp, r.all.shipping.fn]).toEqual([0, 1]);
    await expect(
      evaluate(recs, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow(/record "x": boom/);
  });

  it('treats untrusted labels such as __proto__ as plain keys', async () => {
    const recs = [
      { id: '__proto__', text: 'a', category: '__proto__', carriers: ['constructor'] },
      { id: 'constructor', text: 'b', category: 'drugs', carriers: ['__proto__'] },
    ] as unknown as LabelledRecord[];
    const r = await evaluate(recs, (t) => (t === 'a' ? ({ category: 'constructor', carriers: ['CONSTRUCTOR'] } as unknown as Prediction) : { category: 'drugs' }));
    expect(r.all.category.confusion.labels).toEqual(['drugs', '__proto__']);
    expect(r.all.category.confusion.predictions).toEqual(['drugs', '__proto__', 'constructor', '(none)']);
    expect(r.all.carriers.tp).toBe(1);
    expect(r.all.carriers.fn).toBe(1);
  });

  it('rejects bad options', async () => {
    await expect(evaluate(RECORDS, fixtureClassify, { errors: -1 })).rejects.toThrow(RangeError);
    await expect(evaluate(RECORDS, fixtureClassify, { concurrency: 0 })).rejects.toThrow(RangeError);
  });

  it('the TSDoc example runs', async () => {
    const r = await evaluate(
      [{ id: 'a', text: '5g cocaine, ships from NL', lang: 'en', category: 'drugs', origin: 'NL' }],
      (text) => ({ category: /cocaine/i.test(text) ? 'drugs' : null, origin: 'NL', lang: 'en', confidence: 0.9 }),
    );
    expect(r.all.category.accuracy).toMatchObject({ k: 1, n: 1, rate: 1, high: 1 });
    expect(r.all.category.accuracy.low).toBeCloseTo(0.2065, 4);
    expect(r.byLang[0]?.group).toBe('en');
  });

  it("contraband's Result is a Prediction", () => {
    expectTypeOf<Result>().toExtend<Prediction>();
  });
});
