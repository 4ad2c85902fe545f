import * as z from 'zod';
import { lazySchema } from '../schema/lazy.js';
import { rate, RateSchema, type Rate } from './wilson.js';

// Every tally here is keyed by label text from data files, so every key goes through a Map:
// a label "__proto__" or "constructor" is a label like any other.

/** The confusion-matrix column for a prediction that gave no value (no category). It always counts as wrong. */
export const NONE = '(none)';

/** F1 from counts: 2tp / (2tp + fp + fn); null when there was nothing to find and nothing was found. */
export function f1(tp: number, fp: number, fn: number): number | null {
  const d = 2 * tp + fp + fn;
  return d === 0 ? null : (2 * tp) / d;
}

/** The mean of the non-null values; null when there are none. */
export function mean(values: readonly (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null);
  return v.length === 0 ? null : v.reduce((a, b) => a + b, 0) / v.length;
}

/**
 * Precision, recall and F1 of one class (or one value of a set field).
 * `precision` is tp of (tp + fp), `recall` tp of (tp + fn) = tp of `support`.
 */
export const ClassMetricsSchema = lazySchema(() => z.object({
  name: z.string(),
  /** Records labelled with this class (or labelled sets containing this value). */
  support: z.number().int().min(0),
  /** Records predicted as this class. */
  predicted: z.number().int().min(0),
  tp: z.number().int().min(0),
  fp: z.number().int().min(0),
  fn: z.number().int().min(0),
  precision: RateSchema,
  recall: RateSchema,
  f1: z.number().nullable(),
}));
/** Precision, recall and F1 of one class; see {@link ClassMetricsSchema}. */
export type ClassMetrics = z.infer<typeof ClassMetricsSchema>;

/** Builds {@link ClassMetrics} from counts. */
export function classMetrics(name: string, tp: number, fp: number, fn: number): ClassMetrics {
  return {
    name,
    support: tp + fn,
    predicted: tp + fp,
    tp,
    fp,
    fn,
    precision: rate(tp, tp + fp),
    recall: rate(tp, tp + fn),
    f1: f1(tp, fp, fn),
  };
}

/** A confusion matrix: `counts[i][j]` records labelled `labels[i]` were predicted `predictions[j]`. */
export const ConfusionSchema = lazySchema(() => z.object({
  labels: z.array(z.string()),
  /** The labels' classes first, then classes only predicted, then {@link NONE}. */
  predictions: z.array(z.string()),
  counts: z.array(z.array(z.number().int().min(0))),
}));
/** A confusion matrix; see {@link ConfusionSchema}. */
export type Confusion = z.infer<typeof ConfusionSchema>;

/** Single-label classification scores: accuracy, macro-F1 over the labelled classes, per class, confusion. */
export const ClassificationSchema = lazySchema(() => z.object({
  accuracy: RateSchema,
  /** Mean F1 over the classes present in the labels (a class never labelled has no defined recall). */
  macroF1: z.number().nullable(),
  /** One row per class present in the labels, in `order` then alphabetical order. */
  classes: z.array(ClassMetricsSchema),
  confusion: ConfusionSchema,
}));
/** Single-label classification scores; see {@link ClassificationSchema}. */
export type Classification = z.infer<typeof ClassificationSchema>;

/** Accumulates single-label decisions; `result()` may be called at any time. */
export interface ClassificationTally {
  /** One decision: the label and the prediction (null when the prediction gave none). */
  add(label: string, predicted: string | null): void;
  result(): Classification;
}

function ordered(values: Iterable<string>, order: readonly string[]): string[] {
  const rank = new Map(order.map((v, i) => [v, i]));
  return [...values].sort((a, b) => {
    const ra = rank.get(a);
    const rb = rank.get(b);
    if (ra !== undefined && rb !== undefined) return ra - rb;
    if (ra !== undefined) return -1;
    if (rb !== undefined) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/**
 * A tally for single-label classification. `order` fixes the order of known classes in tables
 * (taxonomy order); unknown values follow alphabetically.
 */
export function createClassificationTally(order: readonly string[] = []): ClassificationTally {
  // label → prediction (or NONE) → count
  const cells = new Map<string, Map<string, number>>();
  const predictedValues = new Set<string>();
  let n = 0;
  let correct = 0;

  return {
    add(label, predicted) {
      const p = predicted ?? NONE;
      n++;
      if (predicted !== null && predicted === label) correct++;
      let row = cells.get(label);
      if (!row) cells.set(label, (row = new Map()));
      row.set(p, (row.get(p) ?? 0) + 1);
      if (predicted !== null) predictedValues.add(predicted);
    },
    result() {
      const labels = ordered(cells.keys(), order);
      const labelSet = new Set(labels);
      const predictions = [...labels, ...ordered([...predictedValues].filter((p) => !labelSet.has(p)), order), NONE];
      const counts = labels.map((l) => predictions.map((p) => cells.get(l)?.get(p) ?? 0));
      const classes = labels.map((l) => {
        const tp = cells.get(l)?.get(l) ?? 0;
        let support = 0;
        for (const c of cells.get(l)?.values() ?? []) support += c;
        let predictedAs = 0;
        for (const row of cells.values()) predictedAs += row.get(l) ?? 0;
        return classMetrics(l, tp, predictedAs - tp, support - tp);
      });
      return {
        accuracy: rate(correct, n),
        macroF1: mean(classes.map((c) => c.f1)),
        classes,
        confusion: { labels, predictions, counts },
      };
    },
  };
}

/**
 * Micro-averaged scores of a set-valued field (shipping methods, carriers): tp, fp and fn summed
 * over the records, precision tp of (tp + fp), recall tp of (tp + fn), F1 from the sums.
 */
export const SetMetricsSchema = lazySchema(() => z.object({
  /** Records scored (the field labelled). */
  records: z.number().int().min(0),
  /** Records whose predicted set equals the labelled set. */
  exact: RateSchema,
  tp: z.number().int().min(0),
  fp: z.number().int().min(0),
  fn: z.number().int().min(0),
  precision: RateSchema,
  recall: RateSchema,
  f1: z.number().nullable(),
  /** Per value, labelled or predicted, in `order` then alphabetical order. */
  values: z.array(ClassMetricsSchema),
}));
/** Micro-averaged scores of a set-valued field; see {@link SetMetricsSchema}. */
export type SetMetrics = z.infer<typeof SetMetricsSchema>;

/** Accumulates set-valued decisions. */
export interface SetTally {
  /** One record: returns true when the sets are equal (after folding). */
  add(expected: readonly string[], got: readonly string[]): boolean;
  result(): SetMetrics;
}

/**
 * A tally for a set-valued field, micro-averaged. `fold` maps a value to its comparison key
 * (lower case for carriers); tables show the labelled spelling, else the first predicted one.
 */
export function createSetTally(options: { fold?: (s: string) => string; order?: readonly string[] } = {}): SetTally {
  const fold = options.fold ?? ((s: string) => s);
  const per = new Map<string, { name: string; tp: number; fp: number; fn: number }>();
  let records = 0;
  let exact = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const entry = (key: string, name: string, labelled: boolean) => {
    let e = per.get(key);
    if (!e) per.set(key, (e = { name, tp: 0, fp: 0, fn: 0 }));
    else if (labelled) e.name = name;
    return e;
  };

  return {
    add(expected, got) {
      // Keyed by folded value; the first spelling of a value is the one shown.
      const want = new Map<string, string>();
      for (const v of expected) if (!want.has(fold(v))) want.set(fold(v), v);
      const have = new Map<string, string>();
      for (const v of got) if (!have.has(fold(v))) have.set(fold(v), v);
      records++;
      let wrong = 0;
      for (const [key, name] of want) {
        const e = entry(key, name, true);
        if (have.has(key)) {
          tp++;
          e.tp++;
        } else {
          fn++;
          e.fn++;
          wrong++;
        }
      }
      for (const [key, name] of have) {
        if (want.has(key)) continue;
        fp++;
        entry(key, name, false).fp++;
        wrong++;
      }
      if (wrong === 0) exact++;
      return wrong === 0;
    },
    result() {
      // fold(name) is the key, so names are unique as keys are.
      const byName = new Map([...per.values()].map((e) => [e.name, e]));
      const values = ordered(byName.keys(), options.order ?? []).map((name) => {
        const e = byName.get(name);
        return classMetrics(name, e?.tp ?? 0, e?.fp ?? 0, e?.fn ?? 0);
      });
      return {
        records,
        exact: rate(exact, records),
        tp,
        fp,
        fn,
        precision: rate(tp, tp + fp),
        recall: rate(tp, tp + fn),
        f1: f1(tp, fp, fn),
        values,
      };
    },
  };
}

/** Whether a field is filled: predicted non-null vs labelled non-null, whatever the value. */
export const PresenceSchema = lazySchema(() => z.object({
  /** Labelled non-null among the records predicted non-null. */
  precision: RateSchema,
  /** Predicted non-null among the records labelled non-null. */
  recall: RateSchema,
}));
/** Presence precision and recall; see {@link PresenceSchema}. */
export type Presence = z.infer<typeof PresenceSchema>;

/** A counter of k of n. */
export interface Counter {
  add(correct: boolean): void;
  result(): Rate;
}

/** Counts right decisions out of all. */
export function createCounter(): Counter {
  let k = 0;
  let n = 0;
  return {
    add(correct) {
      n++;
      if (correct) k++;
    },
    result: () => rate(k, n),
  };
}

/** Counts presence agreement for a nullable field. */
export interface PresenceTally {
  add(labelledPresent: boolean, predictedPresent: boolean): void;
  result(): Presence;
}

/** Creates a {@link PresenceTally}. */
export function createPresenceTally(): PresenceTally {
  let both = 0;
  let predicted = 0;
  let labelled = 0;
  return {
    add(l, p) {
      if (l) labelled++;
      if (p) predicted++;
      if (l && p) both++;
    },
    result: () => ({ precision: rate(both, predicted), recall: rate(both, labelled) }),
  };
}
