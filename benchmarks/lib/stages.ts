/**
 * The pipeline of `run()` in src/classifier.ts cut into its stages, so each can be timed alone on the
 * same inputs. It calls the source's stage functions exactly as `run()` does; when `run()` changes, change
 * this with it (the whole-classify time beside the stage sum shows when the two drift apart).
 */
import { createNormaliser, type NormalisedText } from '../../src/text/normalise.js';
import { tokenise, WordTable, type Token } from '../../src/text/tokenise.js';
import { createTrigramScorer, detectLanguage, type TrigramScorer } from '../../src/language/detect.js';
import { compileLexicons, type CompiledLexicons } from '../../src/lexicon/compile.js';
import { defaultLexiconsDir, loadLexiconsFromDir } from '../../src/lexicon/load.js';
import { matchAll, type Match, type WordInfo, type WordMemo } from '../../src/lexicon/match.js';
import { resolveOverlaps, scoreMatches } from '../../src/score/score.js';
import { calibrate } from '../../src/score/calibrate.js';
import { extractOrigin } from '../../src/extract/origin.js';
import { extractShipping } from '../../src/extract/shipping.js';
import { compilePrices, extractPrices, type CompiledPrices } from '../../src/extract/price.js';
import { NumberWordsSchema } from '../../src/schema/price.js';
import { CATEGORIES, type Category } from '../../src/schema/taxonomy.js';
import type { Lexicons } from '../../src/schema/lexicon.js';

/** What `createClassifier()` builds with the shipped lexicons, as the stages need it. */
export interface StageContext {
  lex: CompiledLexicons;
  prices: CompiledPrices;
  calibration: Lexicons['calibration'];
  allowed: ReadonlySet<Category>;
  wordMemo: WordMemo;
  wordTable: WordTable;
  trigrams: TrigramScorer;
}

/** Compiles the shipped lexicons as `createClassifier()` does. */
export function createStageContext(): StageContext {
  const lexicons = loadLexiconsFromDir(defaultLexiconsDir());
  const lex = compileLexicons(lexicons, createNormaliser());
  const prices = compilePrices(lexicons.currencies, NumberWordsSchema.parse(lexicons.numbers));
  return { lex, prices, calibration: lexicons.calibration, allowed: new Set(CATEGORIES), wordMemo: new Map(), wordTable: new WordTable(), trigrams: createTrigramScorer() };
}

/** One listing after each stage: the inputs of the next. */
export interface Staged {
  text: string;
  n: NormalisedText;
  tokens: Token[];
  words: Token[];
  matches: Match[];
  infos: WordInfo[];
}

/** A stage: reads a listing's earlier results, returns something (kept so the work is not optimised away). */
export type Stage = (s: Staged, ctx: StageContext) => unknown;

/** The stages in pipeline order, each doing what `run()` does at that point. */
export const STAGES: readonly { name: string; run: Stage }[] = [
  { name: 'normalise', run: (s, ctx) => ctx.lex.normalise(s.text) },
  { name: 'tokenise', run: (s, ctx) => tokenise(s.n.text, { symbols: false, words: ctx.wordTable }) },
  { name: 'match', run: (s, ctx) => matchAll(s.tokens, s.n.text, ctx.lex, ctx.wordMemo) },
  { name: 'detect language', run: (s, ctx) => detectLanguage({ original: s.text, folded: s.n.text, words: s.words, typical: ctx.lex.languageWords, wordLangs: s.infos, terms: s.matches, trigrams: ctx.trigrams, spans: s.n }) },
  {
    name: 'score',
    // run() falls back on quantity hints when no term matched; that helper is private to classifier.ts
    // and not timed here (it only runs on listings without a category term).
    run: (s, ctx) => {
      const categoryMatches = resolveOverlaps(
        s.matches.filter((m) => m.item.kind === 'category'),
        ctx.lex.entries,
      );
      const negations = s.matches.filter((m) => m.item.kind === 'negation');
      const hasContent = s.words.some((w) => w.kind === 'emoji' || (w.kind === 'word' && /\p{L}{2}/u.test(w.text)));
      const firstContent = s.n.text.search(/\S/);
      const nl = firstContent === -1 ? -1 : s.n.text.indexOf('\n', firstContent);
      const titleEnd = nl === -1 ? s.n.text.length : nl;
      const addOns = { cues: s.matches.filter((m) => m.item.kind === 'addOn'), factor: ctx.lex.addOnFactor };
      const scored = scoreMatches(categoryMatches, negations, s.words, s.n.text, ctx.lex.entries, ctx.lex.negationWindow, titleEnd, ctx.allowed, hasContent, addOns, ctx.lex.bundles);
      return scored.category === null ? 0 : calibrate(scored.raw, ctx.calibration);
    },
  },
  { name: 'extract origin', run: (s, ctx) => extractOrigin(s.matches, s.words, s.n, ctx.lex) },
  { name: 'extract shipping', run: (s, ctx) => extractShipping(s.matches, s.words, s.n, ctx.lex) },
  { name: 'extract price', run: (s, ctx) => extractPrices(s.n.text, ctx.prices, ctx.wordTable) },
];

/** Runs the pipeline once over a listing and keeps every stage's inputs (this also fills the word memo). */
export function stage(text: string, ctx: StageContext): Staged {
  const n = ctx.lex.normalise(text);
  const tokens = tokenise(n.text, { symbols: false, words: ctx.wordTable });
  const { words, matches, infos } = matchAll(tokens, n.text, ctx.lex, ctx.wordMemo);
  return { text, n, tokens, words, matches, infos };
}
