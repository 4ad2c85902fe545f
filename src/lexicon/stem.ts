// Deep imports of natural's stemmers only: natural's root import prints to stdout, reads ./.env and
// loads database drivers (../shared/ECOSYSTEM.md). tsup bundles these few files into dist.
// @ts-expect-error natural ships no types for deep paths
import PorterEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
// @ts-expect-error natural ships no types for deep paths
import PorterNl from 'natural/lib/natural/stemmers/porter_stemmer_nl.js';
// @ts-expect-error natural ships no types for deep paths
import PorterFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import type { Language } from '../schema/taxonomy.js';

interface Stemmer {
  stem(word: string): string;
}
const STEMMERS: Record<Language, Stemmer> = { en: PorterEn as Stemmer, nl: PorterNl as Stemmer, fr: PorterFr as Stemmer };

/** Names the stemmers, so a stem cache made with other ones is not trusted. */
export const STEMMER_ID = 'natural-8.1-porter-en-nl-fr';

/** Shortest word that is stemmed: shorter words only match as written. */
export const MIN_STEM_LENGTH = 4;

/** Stem keys of an alphabetic word in every language ("en:pistol", "nl:pistol"...), deduplicated. */
export type StemKeys = readonly string[];

/**
 * Creates a memoised stemmer (the memo belongs to one classifier). `seed` is a precomputed table of
 * stem keys (lexicons/stems.json), so compiling the lexicons does not stem every term again.
 */
export function createStemmer(seed?: ReadonlyMap<string, StemKeys>): (word: string) => StemKeys {
  const memo = new Map<string, StemKeys>(seed ?? []);
  const NONE: StemKeys = [];
  return (word: string): StemKeys => {
    if (word.length < MIN_STEM_LENGTH || !/^[a-z]+$/.test(word)) return NONE;
    let keys = memo.get(word);
    if (keys === undefined) {
      const set = new Set<string>();
      for (const lang of ['en', 'nl', 'fr'] as const) {
        let s: string;
        try {
          s = STEMMERS[lang].stem(word);
        } catch {
          s = word;
        }
        // a stem shorter than 3 letters conflates too many words to be evidence
        if (s.length >= 3) set.add(`${lang}:${s}`);
      }
      keys = [...set];
      if (memo.size < 200_000) memo.set(word, keys);
    }
    return keys;
  };
}
