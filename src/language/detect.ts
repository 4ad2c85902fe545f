import { francAll } from 'franc-min';
import type { DetectedLanguage, Language } from '../schema/taxonomy.js';

const ISO3: Record<string, DetectedLanguage> = { eng: 'en', nld: 'nl', fra: 'fr' };
// Other languages vendors write in: scored beside ours on long prose, so that a German or Spanish
// page comes out `und` instead of being forced into the nearest of ours.
const OTHERS = ['deu', 'spa', 'ita', 'por'];
// Below this many letters of prose, franc's trigrams are noise and lexicon votes decide.
const MIN_PROSE_LETTERS = 12;
// Long enough to trust franc's verdict that the prose is in none of our languages.
const MIN_LETTERS_FOR_OTHER = 60;
// francAll scores are relative (top = 1); a runner-up this close means franc is guessing.
const CLOSE_MARGIN = 0.03;

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** A market field line ("Ships from: Germany", "Prix : 80 €"): left out of the prose franc reads. */
const FIELD_LINE = /^\s*[^\s:]{1,20}(?:\s[^\s:]{1,20}){0,3}\s*:/;

export interface LanguageDecision {
  lang: DetectedLanguage;
  /** franc's relative scores for en/nl/fr (1 for the best), empty when it was not asked. */
  scores: Partial<Record<Language, number>>;
  /** How the decision was taken. */
  by: 'franc' | 'lexicon' | 'none';
}

/**
 * Detects the main language of a listing. franc reads the prose (market field lines left out), restricted
 * to English, Dutch and French; on short or undecided prose the votes of language-specific lexicon terms
 * decide. `und` when neither can tell, or when long prose is in another language.
 */
export function detectLanguage(original: string, votes: Record<Language, number>): LanguageDecision {
  const prose = original
    .split('\n')
    .filter((l) => !FIELD_LINE.test(l))
    .join('\n')
    .replace(/[0-9]+/g, ' ')
    .slice(0, 4000); // franc's verdict does not change past a few thousand characters
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < prose.length; i++) {
    const c = prose.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) {
      letters++;
      latin++;
    } else if (prose.charCodeAt(i) >= 0xc0) {
      const ch = prose[i]!;
      if (LETTER.test(ch)) {
        letters++;
        if (LATIN.test(ch)) latin++;
      }
    }
  }
  const voteBest = bestVote(votes);
  if (letters >= MIN_LETTERS_FOR_OTHER && latin < letters / 2) return { lang: 'und', scores: {}, by: 'franc' };
  if (letters < MIN_PROSE_LETTERS) {
    return voteBest ? { lang: voteBest, scores: {}, by: 'lexicon' } : { lang: 'und', scores: {}, by: 'none' };
  }
  const ranked = francAll(prose, { only: ['eng', 'nld', 'fra'], minLength: 1 });
  const scores: Partial<Record<Language, number>> = {};
  for (const [code, s] of ranked) {
    const l = ISO3[code];
    if (l && l !== 'und') scores[l] = s;
  }
  const top = ranked[0];
  if (!top || top[0] === 'und') return voteBest ? { lang: voteBest, scores, by: 'lexicon' } : { lang: 'und', scores, by: 'none' };
  const second = ranked[1]?.[1] ?? 0;
  if (top[1] - second < CLOSE_MARGIN && voteBest) return { lang: voteBest, scores, by: 'lexicon' };
  if (letters >= MIN_LETTERS_FOR_OTHER) {
    const wide = francAll(prose, { only: ['eng', 'nld', 'fra', ...OTHERS], minLength: 1 })[0];
    if (wide && OTHERS.includes(wide[0]) && (votes.en + votes.nl + votes.fr) < 3) return { lang: 'und', scores, by: 'franc' };
  }
  return { lang: ISO3[top[0]] ?? 'und', scores, by: 'franc' };
}

function bestVote(votes: Record<Language, number>): Language | null {
  let best: Language | null = null;
  let bestN = 0;
  let tie = false;
  for (const l of ['en', 'nl', 'fr'] as const) {
    if (votes[l] > bestN) {
      best = l;
      bestN = votes[l];
      tie = false;
    } else if (votes[l] === bestN && bestN > 0) tie = true;
  }
  return tie ? null : best;
}
