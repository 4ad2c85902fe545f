import * as z from 'zod';
import { lazySchema } from '../schema/lazy.js';
import { rate, RateSchema } from './wilson.js';

/** One bin of a reliability table: confidences in [low, high) (the last bin includes 1). */
export const ReliabilityBinSchema = lazySchema(() => z.object({
  low: z.number(),
  high: z.number(),
  count: z.number().int().min(0),
  /** Mean confidence of the decisions in the bin; null for an empty bin. */
  meanConfidence: z.number().nullable(),
  /** Share of the bin's decisions that were right. */
  accuracy: RateSchema,
}));
/** One bin of a reliability table; see {@link ReliabilityBinSchema}. */
export type ReliabilityBin = z.infer<typeof ReliabilityBinSchema>;

/**
 * A reliability table: how often decisions with a given confidence were right. For a calibrated
 * classifier, accuracy ≈ mean confidence in every bin.
 */
export const ReliabilitySchema = lazySchema(() => z.object({
  bins: z.array(ReliabilityBinSchema),
  /** Decisions with a usable confidence (a finite number in [0, 1]). */
  n: z.number().int().min(0),
  /** Decisions left out because the prediction had no usable confidence. */
  missing: z.number().int().min(0),
  /** Expected calibration error: Σ (count/n) · |accuracy − mean confidence| over the bins; null when n = 0. */
  ece: z.number().nullable(),
  /** Maximum calibration error: the largest |accuracy − mean confidence| over non-empty bins. */
  mce: z.number().nullable(),
  meanConfidence: z.number().nullable(),
  accuracy: RateSchema,
}));
/** A reliability table; see {@link ReliabilitySchema}. */
export type Reliability = z.infer<typeof ReliabilitySchema>;

/** Accumulates (confidence, right?) pairs into a reliability table. */
export interface ReliabilityTally {
  /** One decision; a confidence that is not a finite number in [0, 1] counts as missing. */
  add(confidence: number | null | undefined, correct: boolean): void;
  result(): Reliability;
}

/** Bins of a reliability table by default: equal-width tenths, the usual choice for ECE. */
export const DEFAULT_BINS = 10;

/** Creates a {@link ReliabilityTally} with `bins` equal-width bins over [0, 1]. */
export function createReliabilityTally(bins: number = DEFAULT_BINS): ReliabilityTally {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`bins must be a positive integer, got ${bins}`);
  const count = new Array<number>(bins).fill(0);
  const right = new Array<number>(bins).fill(0);
  const sum = new Array<number>(bins).fill(0);
  let missing = 0;

  return {
    add(confidence, correct) {
      if (typeof confidence !== 'number' || !Number.isFinite(confidence) || confidence < 0 || confidence > 1) {
        missing++;
        return;
      }
      // The epsilon keeps 0.3 in bin 3 although 0.3 * 10 may land a hair below 3 in binary.
      const b = Math.min(bins - 1, Math.floor(confidence * bins + 1e-9));
      count[b] = (count[b] ?? 0) + 1;
      sum[b] = (sum[b] ?? 0) + confidence;
      if (correct) right[b] = (right[b] ?? 0) + 1;
    },
    result() {
      const n = count.reduce((a, b) => a + b, 0);
      let ece = 0;
      let mce = 0;
      let totalConf = 0;
      let totalRight = 0;
      const table: ReliabilityBin[] = count.map((c, i) => {
        const s = sum[i] ?? 0;
        const r = right[i] ?? 0;
        totalConf += s;
        totalRight += r;
        if (c > 0) {
          const gap = Math.abs(r / c - s / c);
          ece += (c / n) * gap;
          mce = Math.max(mce, gap);
        }
        return { low: i / bins, high: (i + 1) / bins, count: c, meanConfidence: c === 0 ? null : s / c, accuracy: rate(r, c) };
      });
      return {
        bins: table,
        n,
        missing,
        ece: n === 0 ? null : ece,
        mce: n === 0 ? null : mce,
        meanConfidence: n === 0 ? null : totalConf / n,
        accuracy: rate(totalRight, n),
      };
    },
  };
}

/**
 * A reliability table of decisions, each with its confidence (possibly missing) and whether it was right.
 *
 * @example
 * reliability([{ confidence: 0.95, correct: true }, { confidence: 0.55, correct: false }]).ece; // (0.05 + 0.55) / 2 = 0.3
 */
export function reliability(
  decisions: Iterable<{ confidence?: number | null | undefined; correct: boolean }>,
  options: { bins?: number } = {},
): Reliability {
  const tally = createReliabilityTally(options.bins);
  for (const d of decisions) tally.add(d.confidence, d.correct);
  return tally.result();
}
