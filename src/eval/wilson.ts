import * as z from 'zod';
import { lazySchema } from '../schema/lazy.js';

/** The standard normal quantile for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/** A confidence interval for a proportion, both ends within [0, 1]. */
export interface Interval {
  low: number;
  high: number;
}

/**
 * The Wilson score interval for `k` successes out of `n` trials (95% by default).
 * Unlike the normal approximation it stays inside [0, 1] and behaves at 0/n and n/n, which matter here:
 * small per-language groups often score 0 or 100%. For n = 0 it returns the uninformative [0, 1].
 *
 * @example
 * wilson(8, 10); // { low: 0.4902, high: 0.9433 } (rounded)
 */
export function wilson(k: number, n: number, z: number = Z95): Interval {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || n < 0 || k > n) {
    throw new RangeError(`wilson: expected integers 0 <= k <= n, got k=${k}, n=${n}`);
  }
  if (n === 0) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At k = 0 and k = n the interval touches 0 or 1 exactly; floating point would leave 1e-17 crumbs.
  return { low: k === 0 ? 0 : Math.max(0, centre - half), high: k === n ? 1 : Math.min(1, centre + half) };
}

/**
 * A proportion with its counts and 95% Wilson interval: `k` of `n`, `rate` = k/n
 * (null when n = 0), `low`/`high` the interval ([0, 1] when n = 0).
 */
export const RateSchema = lazySchema(() => z.object({
  k: z.number().int().min(0),
  n: z.number().int().min(0),
  rate: z.number().min(0).max(1).nullable(),
  low: z.number().min(0).max(1),
  high: z.number().min(0).max(1),
}));
/** A proportion with its counts and 95% Wilson interval; see {@link RateSchema}. */
export type Rate = z.infer<typeof RateSchema>;

/**
 * Builds a {@link Rate} from counts.
 *
 * @example
 * rate(343, 360); // { k: 343, n: 360, rate: 0.9528, low: 0.9257, high: 0.9703 } (rounded)
 */
export function rate(k: number, n: number): Rate {
  const { low, high } = wilson(k, n);
  return { k, n, rate: n === 0 ? null : k / n, low, high };
}
