// Fits the confidence calibration on the project's own corpus (benchmarks/corpus/*.jsonl) and writes
// lexicons/calibration.json. Isotonic regression (pool adjacent violators) of "category right" on the
// raw confidence; the fitted blocks become interpolation points.
// Usage: npx tsx scripts/fit-calibration.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClassifier } from '../src/classifier.js';
import { defaultLexiconsDir, loadLexiconsFromDir } from '../src/lexicon/load.js';
import { LabelledRecordSchema } from '../src/schema/record.js';

const corpusDir = new URL('./corpus/', import.meta.url).pathname;
const records = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(join(corpusDir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => LabelledRecordSchema.parse(JSON.parse(l))));

const { calibration: _old, ...lexicons } = loadLexiconsFromDir(defaultLexiconsDir());
// Without a calibration, confidence is the raw score share.
const raw = createClassifier({ lexicons });
// Fallback decisions (no category term) have no score: each kind gets its own rate, and they stay out of
// the isotonic fit, where their zero score would pool with thin-evidence decisions.
const fallbackCounts = new Map<string, { right: number; n: number }>();
const pairs = records
  .filter((r) => r.category !== undefined)
  .flatMap((r) => {
    const res = raw.classify(r.text);
    const y = res.category === r.category ? 1 : 0;
    const fb = res.evidence.find((e) => e.source.startsWith('fallback:'));
    if (fb) {
      const kind = fb.source.slice('fallback:'.length);
      const c = fallbackCounts.get(kind) ?? { right: 0, n: 0 };
      c.right += y;
      c.n++;
      fallbackCounts.set(kind, c);
      return [];
    }
    return [{ x: res.confidence, y }];
  })
  .sort((a, b) => a.x - b.x);

// Pool adjacent violators: blocks of [sumY, count, minX, maxX] with non-decreasing means.
const blocks: { sum: number; n: number; lo: number; hi: number }[] = [];
for (const p of pairs) {
  blocks.push({ sum: p.y, n: 1, lo: p.x, hi: p.x });
  while (blocks.length > 1) {
    const b = blocks[blocks.length - 1]!;
    const a = blocks[blocks.length - 2]!;
    if (a.sum / a.n <= b.sum / b.n) break;
    blocks.splice(blocks.length - 2, 2, { sum: a.sum + b.sum, n: a.n + b.n, lo: a.lo, hi: b.hi });
  }
}
// Small blocks are noisy: a Laplace-style shrink toward the overall rate keeps 1.0 and 0.0 out of reach
// unless many records support them.
const overall = pairs.reduce((s, p) => s + p.y, 0) / Math.max(1, pairs.length);
const PRIOR = 2;
const points: [number, number][] = [];
for (const b of blocks) {
  const p = (b.sum + PRIOR * overall) / (b.n + PRIOR);
  const mid = Math.round(((b.lo + b.hi) / 2) * 1000) / 1000;
  points.push([mid, Math.round(p * 1000) / 1000]);
}
points.unshift([0, points[0]![1]]);
points.push([1, points[points.length - 1]![1]]);
// keep x strictly increasing
const clean: [number, number][] = [];
for (const p of points) {
  const last = clean[clean.length - 1];
  if (last && p[0] <= last[0]) last[1] = Math.max(last[1], p[1]);
  else clean.push(p);
}
// and y non-decreasing after the shrink
for (let i = 1; i < clean.length; i++) if (clean[i]![1] < clean[i - 1]![1]) clean[i]![1] = clean[i - 1]![1];

// A fallback rate from a handful of records: Laplace's rule of succession, (right + 1) / (n + 2), so a
// kind seen a few times stays near one half rather than at 0 or 1. Both kinds are always written.
const fallbacks: Record<string, number> = {};
for (const kind of ['no-term', 'unplaced']) {
  const c = fallbackCounts.get(kind) ?? { right: 0, n: 0 };
  fallbacks[kind] = Math.round(((c.right + 1) / (c.n + 2)) * 1000) / 1000;
}
const fallbackRecords = [...fallbackCounts.values()].reduce((s, c) => s + c.n, 0);
const out = { fittedOn: 'benchmarks/corpus/*.jsonl (category decision)', records: pairs.length + fallbackRecords, points: clean, fallbacks };
writeFileSync(join(defaultLexiconsDir(), 'calibration.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log(`fitted on ${pairs.length} scored records, overall accuracy ${overall.toFixed(3)}, ${clean.length} points`);
for (const [kind, c] of fallbackCounts) console.log(`fallback ${kind}: ${c.right}/${c.n} right -> ${fallbacks[kind]}`);
