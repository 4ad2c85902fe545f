import { OTHER_CODES, OUR_CODES, SCORED_CODES } from './codes.js';
import { createTrigramScorer, rank } from './trigrams.js';
import type { DetectedLanguage, Language } from '../schema/taxonomy.js';
import type { Token } from '../text/tokenise.js';
import { inSpans } from '../text/search.js';

const ISO3: Record<string, DetectedLanguage> = { eng: 'en', nld: 'nl', fra: 'fr' };
const OTHERS: readonly string[] = OTHER_CODES;
const OURS: readonly string[] = OUR_CODES;
const WIDE = SCORED_CODES;
// Below this many letters of prose, franc's trigrams are noise.
const MIN_PROSE_LETTERS = 12;
// Long enough to trust franc's verdict that the prose is in none of our languages.
const MIN_LETTERS_FOR_OTHER = 60;
// francAll scores are relative (top = 1); a runner-up this close means franc is guessing.
const CLOSE_MARGIN = 0.03;
// Language words decide alone when the winner has at least this many and twice the runner-up:
// franc is then not asked (it is the slowest stage on short titles).
const DECISIVE_WORDS = 2;
// franc reads at most this much prose: its verdict does not change past a few thousand characters.
const MAX_PROSE = 4000;

/** A market field line ("Ships from: Germany", "Prix : 80 €"): its label is the market's, not the vendor's. */
export const FIELD_LINE = /^[ \t]*[^\s:]{1,20}(?:[ \t][^\s:]{1,20}){0,3}[ \t]*:/;

export interface LanguageDecision {
  lang: DetectedLanguage;
  /** Typical words found per language in the prose (market field labels left out). */
  words: Record<Language, number>;
  /** How the decision was taken. */
  by: 'words' | 'franc' | 'lexicon' | 'labels' | 'none';
}

export interface LanguageInput {
  original: string;
  folded: string;
  words: readonly Token[];
  typical: ReadonlyMap<string, Language>;
  /** The typical language of each of `words`, when the caller knows it already (else `typical` is asked). */
  wordLangs?: readonly { readonly lang: Language | undefined }[];
  /**
   * Lexicon matches: those of a language-specific term vote for its language (field labels left out). A
   * ships-from or ships-to cue followed by a colon is a market field label wherever it stands in a line.
   */
  terms: readonly { start: number; end: number; item: { lang: 'any' | Language; kind?: string } }[];
  /** Maps folded offsets back to the original (`normalise`): words written with French accents vote French. */
  spans?: { readonly starts: Uint32Array; readonly ends: Uint32Array };
  /** franc's trigram distances (one scorer per classifier: it builds its language tables on first use). */
  trigrams: TrigramScorer;
}

export type TrigramScorer = ReturnType<typeof createTrigramScorer>;
export { createTrigramScorer };

/**
 * Detects the main language of a listing, in this order: words typical of one language in the prose
 * (lexicons/languages.json; market field labels left out), franc restricted to English, Dutch and French
 * on the prose, language-specific lexicon terms, and last the language of the market's field labels.
 * `und` when nothing tells, or when long prose is in another language.
 */
export function detectLanguage(input: LanguageInput): LanguageDecision {
  const { folded, words, typical } = input;
  // label spans of field lines, in folded offsets (the folded text keeps the original's lines)
  const labels: [number, number][] = [];
  let lineStart = 0;
  while (lineStart <= folded.length) {
    let lineEnd = folded.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = folded.length;
    const line = folded.slice(lineStart, Math.min(lineEnd, lineStart + 100));
    if (FIELD_LINE.test(line)) labels.push([lineStart, lineStart + line.indexOf(':')]);
    lineStart = lineEnd + 1;
  }
  // "MDMA kristallen | Ships from: Netherlands | Ships to: Worldwide": labels after a separator
  // (franc is not shown the rest of such a line either: fields follow fields)
  const midLine: [number, number][] = [];
  for (const m of input.terms) {
    if (m.item.kind !== 'originCue' && m.item.kind !== 'destCue') continue;
    let k = m.end;
    while (folded.charCodeAt(k) === 0x20) k++;
    if (folded.charCodeAt(k) === 0x3a && !inSpans(labels, m.start)) midLine.push([m.start, m.end]);
  }
  const fieldCuts = input.spans === undefined ? [] : midLine.map(([start]) => input.spans!.starts[start]!).sort((a, b) => a - b);
  if (midLine.length > 0) {
    labels.push(...midLine);
    labels.sort((a, b) => a[0] - b[0]);
  }
  const accents = input.spans !== undefined && FRENCH_ACCENT.test(input.original) ? input.spans : undefined;
  const prose: Record<Language, number> = { en: 0, nl: 0, fr: 0 };
  const label: Record<Language, number> = { en: 0, nl: 0, fr: 0 };
  let li = 0;
  const known = input.wordLangs;
  for (let wi = 0; wi < words.length; wi++) {
    const w = words[wi]!;
    if (w.kind !== 'word') continue;
    let l = known !== undefined ? known[wi]!.lang : typical.get(w.text);
    // a word written with a French accent ("pureté", "pièce", "expédié") that no list knows is French;
    // Dutch writes é in few words ("één", "café" is everyone's)
    if (l === undefined && accents !== undefined && w.end - w.start >= 3 && !ACCENTED_ELSEWHERE.has(w.text)) {
      if (FRENCH_ACCENT.test(input.original.slice(accents.starts[w.start]!, accents.ends[w.end - 1]!))) l = 'fr';
    }
    if (l === undefined) continue;
    while (li < labels.length && labels[li]![1] <= w.start) li++;
    const inLabel = li < labels.length && labels[li]![0] <= w.start && w.start < labels[li]![1];
    (inLabel ? label : prose)[l]++;
  }
  const termVotes: Record<Language, number> = { en: 0, nl: 0, fr: 0 };
  for (const m of input.terms) {
    if (m.item.lang === 'any' || inSpans(labels, m.start)) continue;
    termVotes[m.item.lang]++;
  }
  const top = best(prose);
  if (top && prose[top] >= DECISIVE_WORDS && prose[top] >= 2 * secondOf(prose, top)) return { lang: top, words: prose, by: 'words' };

  const proseText = proseOf(input.original, fieldCuts);
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < proseText.length; i++) {
    const c = proseText.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) {
      letters++;
      latin++;
    } else if (proseText.charCodeAt(i) >= 0xc0) {
      const ch = proseText[i]!;
      if (LETTER.test(ch)) {
        letters++;
        if (LATIN.test(ch)) latin++;
      }
    }
  }
  if (letters >= MIN_LETTERS_FOR_OTHER && latin < letters / 2) return { lang: 'und', words: prose, by: 'franc' };
  if (letters < MIN_LETTERS_FOR_OTHER) {
    // Short prose (a product title): trigrams guess; typical words, then language-specific lexicon terms,
    // then the market's field labels are surer signs, in that order.
    if (top && prose[top] > secondOf(prose, top)) return { lang: top, words: prose, by: 'words' };
    const termShort = best(termVotes);
    if (termShort) return { lang: termShort, words: prose, by: 'lexicon' };
    const labelShort = best(label);
    if (labelShort) return { lang: labelShort, words: prose, by: 'labels' };
  }
  if (letters >= MIN_PROSE_LETTERS) {
    const measured = input.trigrams(proseText, letters >= MIN_LETTERS_FOR_OTHER ? WIDE : OURS);
    const ranked = rank(measured, OURS);
    const first = ranked[0];
    if (first && first[0] !== 'und') {
      const margin = first[1] - (ranked[1]?.[1] ?? 0);
      const francLang = ISO3[first[0]] as Language;
      if (letters >= MIN_LETTERS_FOR_OTHER) {
        const wide = rank(measured, WIDE)[0];
        if (wide && OTHERS.includes(wide[0]) && prose.en + prose.nl + prose.fr + label.en + label.nl + label.fr < 3) return { lang: 'und', words: prose, by: 'franc' };
      }
      if (top && prose[top] > secondOf(prose, top) && margin < CLOSE_MARGIN * 3) return { lang: top, words: prose, by: 'words' };
      const termTop = best(termVotes);
      if (margin < CLOSE_MARGIN && termTop) return { lang: termTop, words: prose, by: 'lexicon' };
      return { lang: francLang, words: prose, by: 'franc' };
    }
  }
  const termTop = best(termVotes);
  if (termTop) return { lang: termTop, words: prose, by: 'lexicon' };
  const labelTop = best(label);
  if (labelTop) return { lang: labelTop, words: prose, by: 'labels' };
  return { lang: 'und', words: prose, by: 'none' };
}

/**
 * The first MAX_PROSE characters of prose: lines that are not market fields, each cut where a field label
 * stands in mid-line (`cuts`, original offsets, sorted), digit runs blanked. Reads
 * no further than it needs (a line is cut at 4 × MAX_PROSE before anything else is done with it).
 */
function proseOf(original: string, cuts: readonly number[]): string {
  const kept: string[] = [];
  let size = 0;
  let at = 0;
  let c = 0;
  while (at <= original.length && size < MAX_PROSE) {
    let end = original.indexOf('\n', at);
    if (end === -1) end = original.length;
    // a field label in mid-line ("… | Ships from: NL | Price: …") ends the line's prose
    while (c < cuts.length && cuts[c]! < at) c++;
    const stop = c < cuts.length && cuts[c]! < end ? cuts[c]! : end;
    const line = original.slice(at, Math.min(stop, at + 4 * MAX_PROSE));
    if (!FIELD_LINE.test(line)) {
      const blanked = line.replace(/[0-9]+/g, ' ');
      kept.push(blanked);
      size += blanked.length + 1;
    }
    at = end + 1;
  }
  return kept.join('\n').slice(0, MAX_PROSE);
}

// letters with the accents French writes and English and Dutch (almost) never do
const FRENCH_ACCENT = /[éèêàâçùûîôœÉÈÊÀÂÇÙÛÎÔŒ]/;
// accented words the other two languages write too, folded (ë is left out above: Dutch "België", "financiële")
const ACCENTED_ELSEWHERE: ReadonlySet<string> = new Set(['een', 'eentje', 'cafe', 'rose', 'creme', 'fiance', 'fiancee', 'naive', 'cliche', 'resume', 'entree', 'decor', 'belgie', 'ideeen', 'geinteresseerd', 'zoe', 'noel', 'beyonce', 'pokemon', 'jalapeno', 'deja']);
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

function best(votes: Record<Language, number>): Language | null {
  let b: Language | null = null;
  let n = 0;
  let tie = false;
  for (const l of ['en', 'nl', 'fr'] as const) {
    if (votes[l] > n) {
      b = l;
      n = votes[l];
      tie = false;
    } else if (votes[l] === n && n > 0) tie = true;
  }
  return tie ? null : b;
}

function secondOf(votes: Record<Language, number>, top: Language): number {
  let s = 0;
  for (const l of ['en', 'nl', 'fr'] as const) if (l !== top && votes[l] > s) s = votes[l];
  return s;
}
