/**
 * The labelled sets every benchmark reads, in the same order and with the same names as
 * benchmarks/accuracy.ts: the project corpus, and the shared sets when ../shared/data is present
 * (or the folder named by CONTRABAND_SHARED_DATA).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonl } from '../../src/eval/index.js';
import type { LabelledRecord } from '../../src/schema/record.js';
import { ROOT } from './env.js';

/** One labelled set: its files (all must exist) and how reports name it. */
export interface SetSpec {
  name: string;
  files: string[];
  description: string;
}

// ../shared/data beside the checkout; CONTRABAND_SHARED_DATA points elsewhere (a path that does not exist
// checks that every script still runs without the shared sets).
const SHARED = process.env['CONTRABAND_SHARED_DATA'] ?? join(ROOT, '..', 'shared', 'data');
const CORPUS = join(ROOT, 'benchmarks', 'corpus');

/** corpus, dev, hansa, torrez. */
export function labelledSets(): SetSpec[] {
  const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(CORPUS, f)) : [];
  return [
    { name: 'corpus', files: corpus, description: 'project corpus (benchmarks/corpus)' },
    { name: 'dev', files: [join(SHARED, 'dev.jsonl')], description: '../shared/data/dev.jsonl' },
    { name: 'hansa', files: [join(SHARED, 'real', 'hansa.jsonl')], description: '../shared/data/real/hansa.jsonl' },
    { name: 'torrez', files: [join(SHARED, 'real', 'torrez.jsonl')], description: '../shared/data/real/torrez.jsonl' },
  ];
}

/** The set's records, or null when a file is absent (the set is then NOT MEASURED). */
export function loadSet(spec: SetSpec): LabelledRecord[] | null {
  if (spec.files.length === 0 || !spec.files.every((f) => existsSync(f))) return null;
  return spec.files.flatMap((f) => parseJsonl(readFileSync(f, 'utf8')).records);
}

/**
 * A deterministic sample of at most `max` items, spread evenly over the input (every k-th item) so
 * that files ordered by category or language keep their mix.
 */
export function spreadSample<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const out: T[] = [];
  const step = items.length / max;
  for (let i = 0; i < max; i++) out.push(items[Math.floor(i * step)]!);
  return out;
}

/** The first line of a listing that has text: its title. */
export function titleOf(text: string): string {
  for (const line of text.split('\n')) if (line.trim() !== '') return line.trim();
  return '';
}
