/**
 * The pieces of the baselines, pure so tests can check them: the token fold the Bayes baseline reads,
 * a seeded k-fold split, the majority class, category scores per language group, and a typed handle on
 * natural's BayesClassifier (loaded by its deep path: natural's root import prints to stdout and loads
 * database drivers).
 */
import { createRequire } from 'node:module';
import { createClassificationTally, type Rate } from '../../src/eval/index.js';
import { CATEGORIES, LANGUAGES } from '../../src/schema/taxonomy.js';

/**
 * Lower case, diacritics stripped (NFD, then combining marks dropped), split on anything that is not a
 * letter or a digit. natural's own tokenizers are not used: they split accented words (cocaïne → coca + ne).
 *
 * @example
 * foldTokens('Cocaïne 90% — ÉCSTASY!'); // ['cocaine', '90', 'ecstasy']
 */
export function foldTokens(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

import { seededRandom } from '../../src/eval/random.js';

export { seededRandom };

/** Fisher–Yates in place with the given generator. */
function shuffle<T>(xs: T[], random: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = xs[i]!;
    xs[i] = xs[j]!;
    xs[j] = t;
  }
  return xs;
}

/**
 * Splits record indices 0..labels.length-1 into `k` test folds. Stratified: each label's records are
 * shuffled (seeded) and dealt round-robin, continuing where the previous label stopped, so every fold
 * gets its share of every label and fold sizes differ by at most one. Each index is in exactly one fold;
 * each fold is sorted. Labels are visited in sorted order, so the result depends only on the labels and
 * the seed, not on Map iteration order.
 *
 * @example
 * kFold(['a', 'a', 'b', 'b'], 2, 1); // two folds of one 'a' and one 'b' each
 */
export function kFold(labels: readonly string[], k: number, seed: number, stratified = true): number[][] {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`kFold: k must be an integer >= 2, got ${k}`);
  const random = seededRandom(seed);
  const groups = new Map<string, number[]>();
  labels.forEach((l, i) => {
    const key = stratified ? l : '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);
  });
  const folds: number[][] = Array.from({ length: k }, () => []);
  let next = 0;
  for (const key of [...groups.keys()].sort()) {
    for (const i of shuffle(groups.get(key)!, random)) {
      folds[next]!.push(i);
      next = (next + 1) % k;
    }
  }
  for (const f of folds) f.sort((a, b) => a - b);
  return folds;
}

/** The most frequent label; a tie goes to the label first in sorted order (deterministic). Null when empty. */
export function majorityLabel(labels: Iterable<string>): string | null {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [l, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== null && l < best)) {
      best = l;
      bestCount = c;
    }
  }
  return best;
}

/** One labelled decision, with the record's language (null when it has none). */
export interface Decision {
  label: string;
  predicted: string | null;
  lang: string | null;
}

/** Category accuracy (k of n with a 95% Wilson interval) and macro-F1 of one group of records. */
export interface GroupScore {
  group: string;
  records: number;
  accuracy: Rate;
  /** Mean F1 over the classes present in the labels, as in the accuracy report. */
  macroF1: number | null;
}

/**
 * Scores decisions for the whole set (`all`) and per language (en, nl, fr first, then others sorted),
 * with the same tally, and so the same definitions, as `evaluate`. Records without a language count in
 * `all` only.
 *
 * @example
 * scoreGroups([{ label: 'drugs', predicted: 'drugs', lang: 'en' }])[0]; // { group: 'all', records: 1, accuracy: { k: 1, n: 1, … }, macroF1: 1 }
 */
export function scoreGroups(decisions: readonly Decision[]): GroupScore[] {
  const all = createClassificationTally(CATEGORIES);
  const byLang = new Map<string, ReturnType<typeof createClassificationTally>>();
  const counts = new Map<string, number>();
  for (const d of decisions) {
    all.add(d.label, d.predicted);
    if (d.lang === null) continue;
    let t = byLang.get(d.lang);
    if (!t) byLang.set(d.lang, (t = createClassificationTally(CATEGORIES)));
    t.add(d.label, d.predicted);
    counts.set(d.lang, (counts.get(d.lang) ?? 0) + 1);
  }
  const rank = new Map<string, number>(LANGUAGES.map((l, i) => [l, i]));
  const langs = [...byLang.keys()].sort((a, b) => (rank.get(a) ?? 99) - (rank.get(b) ?? 99) || (a < b ? -1 : a > b ? 1 : 0));
  const score = (group: string, records: number, t: ReturnType<typeof createClassificationTally>): GroupScore => {
    const r = t.result();
    return { group, records, accuracy: r.accuracy, macroF1: r.macroF1 };
  };
  return [score('all', decisions.length, all), ...langs.map((l) => score(l, counts.get(l)!, byLang.get(l)!))];
}

/** A trained multinomial naive Bayes: the label with the highest posterior, or null when it knows no label. */
export interface MultinomialNB {
  predict(tokens: readonly string[]): string | null;
  labels: readonly string[];
  vocabulary: number;
}

/**
 * Textbook multinomial naive Bayes with add-`alpha` (Laplace) smoothing over the training vocabulary,
 * in log space; tokens never seen in training are ignored; a tie goes to the label first in sorted order.
 * A reference beside natural's BayesClassifier, whose scoring favours small classes (see `bayesPredict`).
 *
 * @example
 * const nb = trainMultinomialNB([{ tokens: ['glock'], label: 'firearms' }, { tokens: ['weed'], label: 'drugs' }]);
 * nb.predict(['weed', 'weed']); // 'drugs'
 */
export function trainMultinomialNB(docs: Iterable<{ tokens: readonly string[]; label: string }>, alpha = 1): MultinomialNB {
  const counts = new Map<string, Map<string, number>>();
  const tokenTotals = new Map<string, number>();
  const docTotals = new Map<string, number>();
  const vocabulary = new Set<string>();
  let n = 0;
  for (const d of docs) {
    n++;
    docTotals.set(d.label, (docTotals.get(d.label) ?? 0) + 1);
    let c = counts.get(d.label);
    if (!c) counts.set(d.label, (c = new Map()));
    for (const t of d.tokens) {
      c.set(t, (c.get(t) ?? 0) + 1);
      vocabulary.add(t);
    }
    tokenTotals.set(d.label, (tokenTotals.get(d.label) ?? 0) + d.tokens.length);
  }
  const labels = [...docTotals.keys()].sort();
  const v = vocabulary.size;
  const logPrior = labels.map((l) => Math.log(docTotals.get(l)! / n));
  const logDenominator = labels.map((l) => Math.log(tokenTotals.get(l)! + alpha * v));
  return {
    labels,
    vocabulary: v,
    predict(tokens) {
      let best: string | null = null;
      let bestScore = -Infinity;
      for (let i = 0; i < labels.length; i++) {
        const c = counts.get(labels[i]!)!;
        let score = logPrior[i]!;
        for (const t of tokens) if (vocabulary.has(t)) score += Math.log((c.get(t) ?? 0) + alpha) - logDenominator[i]!;
        if (score > bestScore) {
          bestScore = score;
          best = labels[i]!;
        }
      }
      return best;
    },
  };
}

/** natural's BayesClassifier, as far as the baselines use it (token arrays in, no stemmer run). */
export interface NaturalBayes {
  addDocument(tokens: string[], label: string): void;
  train(): void;
  getClassifications(tokens: string[]): { label: string; value: number }[];
}

const require = createRequire(import.meta.url);

/** A new, untrained natural BayesClassifier (default smoothing 1). */
export function createNaturalBayes(): NaturalBayes {
  const Ctor = require('natural/lib/natural/classifiers/bayes_classifier.js') as new () => NaturalBayes;
  return new Ctor();
}

/**
 * natural's prediction for one token list, and whether it was a blind pick: natural multiplies the
 * per-token likelihoods back out of log space (`prior · exp(Σ log p)`), so on a long text every class
 * underflows to 0 and the sort leaves the first class it saw on top.
 *
 * Read its scores with care: natural (through `apparatus`) scores only the features present in the text,
 * each as (documents of the class containing it + 1) / (documents of the class + 1), and an unseen one as
 * 1 / (documents of the class + 1). An unseen word thus costs a small class far less than a large one,
 * so texts with rare words go to the smallest classes; it can score below the majority class.
 */
export function bayesPredict(model: NaturalBayes, tokens: string[]): { label: string | null; underflow: boolean } {
  const c = model.getClassifications(tokens);
  const top = c[0];
  if (!top) return { label: null, underflow: false };
  return { label: top.label, underflow: top.value === 0 };
}
