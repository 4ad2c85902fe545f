import type { Calibration } from '../schema/lexicon.js';

/**
 * Maps a raw confidence to the probability of being right with the fitted calibration points (linear
 * interpolation between them); the raw value itself when no calibration applies.
 */
export function calibrate(raw: number, calibration: Calibration | undefined): number {
  if (!calibration) return clamp(raw);
  const pts = calibration.points;
  if (raw <= pts[0]![0]) return clamp(pts[0]![1]);
  for (let i = 1; i < pts.length; i++) {
    const [x1, y1] = pts[i]!;
    const [x0, y0] = pts[i - 1]!;
    if (raw <= x1) return clamp(x1 === x0 ? y1 : y0 + ((raw - x0) / (x1 - x0)) * (y1 - y0));
  }
  return clamp(pts[pts.length - 1]![1]);
}

/**
 * The confidence of a fallback decision (`source` is `fallback:<kind>`): the rate fitted for that kind, or
 * the calibrated value of a zero score when the calibration has none; 0 without a calibration.
 */
export function fallbackConfidence(source: string, calibration: Calibration | undefined): number {
  if (!calibration) return 0;
  const rate = calibration.fallbacks?.[source.slice(source.indexOf(':') + 1)];
  return rate ?? calibrate(0, calibration);
}

function clamp(x: number): number {
  return Math.min(1, Math.max(0, x));
}
