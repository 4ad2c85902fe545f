import { CATEGORIES, LANGUAGES, SHIPPING_METHODS, TARGET_CLASSES, targetClassOf, type Category } from '../schema/taxonomy.js';
import type { LabelledRecord } from '../schema/record.js';
import {
  createClassificationTally,
  createCounter,
  createPresenceTally,
  createSetTally,
  NONE,
} from './metrics.js';
import { createReliabilityTally, DEFAULT_BINS } from './calibration.js';
import { foldCarrier, originMatches, priceMatches, readPrediction, type Classify, type ReadPrediction } from './rules.js';
import { EVAL_FIELDS, type EvalField, type EvalReport, type GroupReport, type Mistake, type WrongRecord } from './report.js';

export type { Classify, Prediction, PredictionEvidence, ReadPrediction } from './rules.js';
export { EvalReportSchema, GroupReportSchema, EVAL_FIELDS, type EvalReport, type GroupReport, type EvalField } from './report.js';

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** How many wrong records the report keeps, in input order, with their prediction (default 20; Infinity keeps all). */
  errors?: number;
  /** Which fields' mistakes make a record "wrong" for that list (default: every scored field). */
  errorFields?: readonly EvalField[];
  /**
   * Fields to score (default: all). Useful for a model that predicts only some fields: a field left out
   * is treated as if no record were labelled for it.
   */
  fields?: readonly EvalField[];
  /** Bins of the reliability table (default 10). */
  bins?: number;
  /** Predictions awaited at once, for an asynchronous classifier (default 1). Results keep input order. */
  concurrency?: number;
  /** Called after each record is scored, with the number scored so far. */
  onProgress?: (done: number) => void;
}

/** The default number of wrong records a report keeps. */
export const DEFAULT_KEPT_ERRORS = 20;

const isCategory = (s: string): s is Category => (CATEGORIES as readonly string[]).includes(s);
/** Target class of any label or prediction text: unknown values are "rest", like every non-target category. */
const targetOf = (s: string): string => (isCategory(s) ? targetClassOf(s) : 'rest');

/** What one record contributed; the same outcome feeds the whole-set group and the record's language group. */
interface Outcome {
  category?: { label: string; predicted: string | null; correct: boolean; confidence: number | null };
  subcategory?: boolean;
  origin?: { labelled: boolean; predicted: boolean; correct: boolean };
  shipping?: { expected: string[]; got: string[] };
  carriers?: { expected: string[]; got: string[] };
  price?: { labelled: boolean; predicted: boolean; correct: boolean };
  lang?: boolean;
  mistakes: Mistake[];
}

function sameSet(a: readonly string[], b: readonly string[], fold: (s: string) => string = (s) => s): boolean {
  const x = new Set(a.map(fold));
  const y = new Set(b.map(fold));
  return x.size === y.size && [...x].every((v) => y.has(v));
}

/** Scores one record against one prediction, field by field, skipping fields the record does not label. */
function scoreRecord(record: LabelledRecord, p: ReadPrediction, fields: ReadonlySet<EvalField>): Outcome {
  const out: Outcome = { mistakes: [] };
  const wrong = (field: EvalField, expected: Mistake['expected'], got: Mistake['got']) => out.mistakes.push({ field, expected, got });

  if (fields.has('category') && typeof record.category === 'string') {
    const correct = p.category !== null && p.category === record.category;
    out.category = { label: record.category, predicted: p.category, correct, confidence: p.confidence };
    if (!correct) wrong('category', record.category, p.category);
  }
  if (fields.has('subcategory') && typeof record.subcategory === 'string') {
    // Right only when the category is right too (when the record labels a category at all).
    const catOk = typeof record.category !== 'string' || p.category === record.category;
    const correct = catOk && p.subcategory === record.subcategory;
    out.subcategory = correct;
    if (!correct) {
      const show = (c: string | null | undefined, s: string | null) =>
        typeof record.category === 'string' ? `${c ?? NONE}/${s ?? NONE}` : s;
      wrong('subcategory', show(record.category, record.subcategory), show(p.category, p.subcategory));
    }
  }
  if (fields.has('origin') && record.origin !== undefined) {
    const correct = originMatches(record.origin, p.origin);
    out.origin = { labelled: record.origin !== null, predicted: p.origin !== null, correct };
    if (!correct) wrong('origin', record.origin, p.origin);
  }
  if (fields.has('shipping') && record.shipping !== undefined) {
    out.shipping = { expected: [...record.shipping], got: p.shipping };
    if (!sameSet(record.shipping, p.shipping)) wrong('shipping', [...record.shipping], p.shipping);
  }
  if (fields.has('carriers') && record.carriers !== undefined) {
    out.carriers = { expected: [...record.carriers], got: p.carriers };
    if (!sameSet(record.carriers, p.carriers, foldCarrier)) wrong('carriers', [...record.carriers], p.carriers);
  }
  if (fields.has('price') && record.price !== undefined) {
    const correct = priceMatches(record.price, p.price);
    out.price = { labelled: record.price !== null, predicted: p.price !== null, correct };
    if (!correct) wrong('price', record.price, p.price);
  }
  if (fields.has('lang') && typeof record.lang === 'string') {
    const correct = p.lang === record.lang;
    out.lang = correct;
    if (!correct) wrong('lang', record.lang, p.lang);
  }
  return out;
}

function createGroupTally(bins: number) {
  const category = createClassificationTally(CATEGORIES);
  const target = createClassificationTally(TARGET_CLASSES);
  const subcategory = createCounter();
  const origin = { all: createCounter(), nonNull: createCounter(), presence: createPresenceTally() };
  const price = { all: createCounter(), nonNull: createCounter(), presence: createPresenceTally() };
  const shipping = createSetTally({ order: SHIPPING_METHODS });
  const carriers = createSetTally({ fold: foldCarrier });
  const lang = createCounter();
  const calibration = createReliabilityTally(bins);
  let records = 0;

  return {
    add(o: Outcome): void {
      records++;
      if (o.category) {
        category.add(o.category.label, o.category.predicted);
        target.add(targetOf(o.category.label), o.category.predicted === null ? null : targetOf(o.category.predicted));
        calibration.add(o.category.confidence, o.category.correct);
      }
      if (o.subcategory !== undefined) subcategory.add(o.subcategory);
      for (const [t, v] of [
        [origin, o.origin],
        [price, o.price],
      ] as const) {
        if (!v) continue;
        t.all.add(v.correct);
        if (v.labelled) t.nonNull.add(v.correct);
        t.presence.add(v.labelled, v.predicted);
      }
      if (o.shipping) shipping.add(o.shipping.expected, o.shipping.got);
      if (o.carriers) carriers.add(o.carriers.expected, o.carriers.got);
      if (o.lang !== undefined) lang.add(o.lang);
    },
    result(group: string): GroupReport {
      return {
        group,
        records,
        category: { ...category.result(), target: target.result() },
        subcategory: { accuracy: subcategory.result() },
        origin: { accuracy: origin.all.result(), accuracyNonNull: origin.nonNull.result(), presence: origin.presence.result() },
        shipping: shipping.result(),
        carriers: carriers.result(),
        price: { accuracy: price.all.result(), accuracyNonNull: price.nonNull.result(), presence: price.presence.result() },
        lang: { accuracy: lang.result() },
        calibration: calibration.result(),
      };
    },
  };
}

async function* batches<T>(items: Iterable<T> | AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function checkCount(name: string, v: number | undefined, min: number): void {
  if (v !== undefined && !(Number.isInteger(v) && v >= min) && v !== Infinity) {
    throw new RangeError(`evaluate: ${name} must be an integer >= ${min}, got ${v}`);
  }
}

/**
 * Runs `classify` on every record's text and scores the predictions against the labels, as FORMAT.md's
 * Scoring section says, for the whole set and for each language.
 *
 * - A field absent from a record was not labelled and is skipped for that record; a field absent from a
 *   prediction counts as null (or an empty set), so it is wrong wherever the label is not null (empty).
 * - Records without `lang` count in `all` only: they join no language group and are not scored for lang
 *   (`report.withoutLang` counts them).
 * - Every rate carries k, n and a 95% Wilson interval; F1 values are plain numbers (null when undefined).
 * - A classifier that throws stops the evaluation with an error naming the record.
 *
 * @example
 * const report = await evaluate(
 *   [{ id: 'a', text: '5g cocaine, ships from NL', lang: 'en', category: 'drugs', origin: 'NL' }],
 *   (text) => ({ category: /cocaine/i.test(text) ? 'drugs' : null, origin: 'NL', lang: 'en', confidence: 0.9 }),
 * );
 * report.all.category.accuracy; // { k: 1, n: 1, rate: 1, low: 0.2065…, high: 1 }
 * report.byLang[0]?.group; // 'en'
 */
export async function evaluate(
  records: Iterable<LabelledRecord> | AsyncIterable<LabelledRecord>,
  classify: Classify,
  options: EvaluateOptions = {},
): Promise<EvalReport> {
  checkCount('errors', options.errors, 0);
  checkCount('concurrency', options.concurrency, 1);
  checkCount('bins', options.bins, 1);
  const fieldList = EVAL_FIELDS.filter((f) => (options.fields ?? EVAL_FIELDS).includes(f));
  const fields = new Set<EvalField>(fieldList);
  const errorFields = new Set<EvalField>(options.errorFields ?? fieldList);
  const keep = options.errors ?? DEFAULT_KEPT_ERRORS;
  const bins = options.bins ?? DEFAULT_BINS;
  const concurrency = options.concurrency === Infinity ? Number.MAX_SAFE_INTEGER : (options.concurrency ?? 1);

  const all = createGroupTally(bins);
  const byLang = new Map<string, ReturnType<typeof createGroupTally>>();
  const kept: WrongRecord[] = [];
  let wrongTotal = 0;
  let done = 0;
  let withoutLang = 0;

  for await (const batch of batches(records, concurrency)) {
    const predictions = await Promise.all(
      batch.map(async (record) => {
        try {
          return readPrediction(await classify(record.text));
        } catch (cause) {
          const why = cause instanceof Error ? cause.message : String(cause);
          throw new Error(`evaluate: classify failed on record "${record.id}": ${why}`, { cause });
        }
      }),
    );
    batch.forEach((record, i) => {
      const prediction = predictions[i] ?? readPrediction(undefined);
      const outcome = scoreRecord(record, prediction, fields);
      all.add(outcome);
      if (typeof record.lang === 'string') {
        let group = byLang.get(record.lang);
        if (!group) byLang.set(record.lang, (group = createGroupTally(bins)));
        group.add(outcome);
      } else {
        withoutLang++;
      }
      const mistakes = outcome.mistakes.filter((m) => errorFields.has(m.field));
      if (mistakes.length > 0) {
        wrongTotal++;
        if (kept.length < keep) {
          kept.push({ id: record.id, lang: record.lang ?? null, text: record.text, mistakes, prediction });
        }
      }
      done++;
      options.onProgress?.(done);
    });
  }

  const langOrder = new Map<string, number>(LANGUAGES.map((l, i) => [l, i]));
  const langs = [...byLang.keys()].sort((a, b) => {
    const d = (langOrder.get(a) ?? LANGUAGES.length) - (langOrder.get(b) ?? LANGUAGES.length);
    return d !== 0 ? d : a < b ? -1 : a > b ? 1 : 0;
  });
  return {
    version: 1,
    records: done,
    withoutLang,
    fields: fieldList,
    all: all.result('all'),
    byLang: langs.map((l) => (byLang.get(l) as ReturnType<typeof createGroupTally>).result(l)),
    errors: { total: wrongTotal, records: kept },
  };
}
