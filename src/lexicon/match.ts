// fast-levenshtein 3 calls this same function for plain distances; its own module only adds an
// Intl.Collator, built at load (~9 ms of start-up) for a locale mode contraband never uses.
import { distance } from 'fastest-levenshtein';
import { LETTER_OR_DIGIT, type Token } from '../text/tokenise.js';
import type { CompiledLexicons, Pattern, VocabItem } from './compile.js';

/** How a term met the text. */
export type MatchHow = 'exact' | 'stem' | 'deobfuscated' | 'compound' | 'fuzzy' | 'suffix';

/** A vocabulary item found in the text. Offsets are in folded text; `first`/`last` index the word tokens. */
export interface Match {
  readonly item: VocabItem;
  readonly term: string;
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
  readonly how: MatchHow;
  /** The weight it counts with, when not its entry's: see `resolveOverlaps`. */
  readonly weight?: number;
}

const NO_STEMS: readonly string[] = [];
/** Units that vendors glue between an amount and the term ("10gcoke", "5grmdma"), longest first. */
const GLUED_UNITS = ['gram', 'gr', 'mg', 'kg', 'ml', 'g'];
/** Matches kept per term and text; see `room` in matchAll. */
export const MAX_PER_TERM = 256;
/**
 * Matches kept per cue and text. A negation or a field cue acts where it stands, so far more of them are
 * kept than of a term; but past a few thousand of one cue, a page is built to be slow, not to be read.
 */
export const MAX_PER_CUE = 4096;
const CUE_KINDS: ReadonlySet<VocabItem['kind']> = new Set(['negation', 'shipNegation', 'shipNegException', 'shipNegationAfter', 'originCue', 'destCue', 'destAfter', 'originAfter', 'addOn', 'shipDecoy']);

/** A Dutch compound split: the head (last part) and the modifier that count, and where they meet. */
export interface CompoundSplit {
  readonly kind: 'compound';
  readonly at: number;
  readonly head: readonly Pattern[] | null;
  readonly modifier: readonly Pattern[] | null;
}
/** What an unknown word turned out to be; memoised per classifier. */
export type WordAnalysis =
  | CompoundSplit
  | { readonly kind: 'fuzzy' | 'suffix'; readonly pattern: Pattern }
  /** A disguised term: a glued count ("100xtc"), leetspeak ("sp33d"), repeated letters ("cooooke"). */
  | { readonly kind: 'deobfuscated'; readonly patterns: readonly Pattern[] }
  | { readonly kind: 'none' };
const NONE: WordAnalysis = { kind: 'none' };

/**
 * What the lexicons say about one word, worked out once per classifier: the patterns that start with it,
 * its stem keys, the patterns its stems reach, and (when first needed) what it is if nothing matched it
 * exactly. One memo lookup per word instead of one per index.
 */
export interface WordInfo {
  /** The word. */
  readonly text: string;
  /**
   * The word the lexicons know it as: the word itself, or a leetspeak word of no term read as the lexicon
   * word it spells ("p0stnl" → postnl, "m1x1ng" → mixing), so multi-word terms, carriers and cues match
   * it too. The text other stages read keeps its digits.
   */
  readonly alias: string;
  /** The language the word is typical of (lexicons/languages.json), if any. */
  readonly lang: 'en' | 'nl' | 'fr' | undefined;
  /** Patterns whose first token is this word. */
  readonly surface: readonly Pattern[];
  /** Its stem keys (none when no pattern stem starts with its first three letters). */
  readonly stems: readonly string[];
  /** Patterns reached through its stems whose first token is another word, each once. */
  readonly byStem: readonly Pattern[];
  /** What the word is when no term claimed it: filled on first need. */
  analysis: WordAnalysis | undefined;
  /** Its patterns sorted by what their second word must be: filled on first need (see `followersOf`). */
  followers: Followers | undefined;
  /**
   * The patterns worth trying when a given memo word follows (numbers as in `Followers`), kept per
   * following word: a page repeats its word pairs, and one identity lookup replaces the text and stem
   * lookups of `followers`. Bounded by MAX_NEXT.
   */
  next: Map<WordInfo, readonly number[]> | undefined;
  /** Whether the memo keeps this entry (only kept entries keep groupings and pairs). */
  kept: boolean;
}

/**
 * A word's patterns (`surface` then `byStem`, numbered in that order) by what must come next. A common
 * word starts many multi-word terms ("a" starts dozens): trying each at every occurrence cost more than
 * the rest of matching on long pages, so only those whose second word can meet the next word are tried.
 */
interface Followers {
  /** Numbers of the one-word patterns: always tried. */
  readonly single: readonly number[];
  /** Numbers of the multi-word patterns by the text of their second token. */
  readonly byText: ReadonlyMap<string, readonly number[]>;
  /** Numbers of the multi-word patterns by each stem key of their second token. */
  readonly byStem: ReadonlyMap<string, readonly number[]>;
}
/** The per-classifier word memo (bounded: see MAX_MEMO). */
export type WordMemo = Map<string, WordInfo>;
const NO_PATTERNS: readonly Pattern[] = [];
// Words remembered per classifier: beyond this the memo stops growing (a batch of millions of listings
// keeps its memory flat; later new words are looked up each time).
const MAX_MEMO = 200_000;
// Numbers and codes with digits up to this length are kept in the memo like words (MAX_MEMO still bounds it).
const MAX_KEPT_CODE = 4;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g' };
const SEPARATORS = ' .-_*/+~';

/** Digits read as the letters they stand for in leetspeak ("c0ke" → "coke"); other characters kept. */
function unleet(s: string): string {
  return s.replace(/[0-9]/g, (d) => LEET[d] ?? d);
}
/**
 * The readings of a word with digits that are letters only, in order: each digit its letter, then "1" as
 * l too ("c0ca1ne", "a1ways"). None when a digit stands for no letter ("2cb").
 */
function leetReadings(t: string): string[] {
  const out: string[] = [];
  const a = unleet(t);
  if (/^[a-z]+$/.test(a)) out.push(a);
  if (t.includes('1')) {
    const b = t.replace(/[0-9]/g, (d) => (d === '1' ? 'l' : LEET[d] ?? d));
    if (/^[a-z]+$/.test(b)) out.push(b);
  }
  return out;
}
// Signs that stand for a letter between letters: "x@n@x", "co$ta", "s!lencer".
const LETTER_SIGNS: Record<string, string> = { '@': 'a', $: 's', '!': 'i' };
// Obfuscated or misspelt candidates are looked up only on words this long: shorter ones collide with
// ordinary words too easily.
const MIN_DEOBFUSCATED = 4;
// Longest unknown word that is tried as a compound or a misspelling.
const MAX_ANALYSED = 48;

const NO_NUMBERS: readonly number[] = [];
// Following words remembered per memo word (a word that starts terms and is followed by thousands of
// different words keeps the first ones; the others are worked out each time).
const MAX_NEXT = 64;

/** The numbers of the patterns of `f` whose second word can be `next`, in order, each once. */
function candidates(f: Followers, next: WordInfo): readonly number[] {
  const byText = f.byText.get(next.alias);
  let out: number[] | undefined;
  for (const key of next.stems) {
    const list = f.byStem.get(key);
    if (list !== undefined) (out ??= []).push(...list);
  }
  if (byText === undefined && out === undefined) return f.single;
  out = [...f.single, ...(byText ?? NO_NUMBERS), ...(out ?? NO_NUMBERS)].sort((a, b) => a - b);
  return out.filter((k, t) => t === 0 || out![t - 1] !== k);
}

function followersOf(info: WordInfo): Followers {
  const single: number[] = [];
  const byText = new Map<string, number[]>();
  const byStem = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, k: number): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [k]);
    else if (list[list.length - 1] !== k) list.push(k);
  };
  [...info.surface, ...info.byStem].forEach((p, k) => {
    const second = p.tokens[1];
    if (second === undefined) {
      single.push(k);
      return;
    }
    add(byText, second.text, k);
    for (const key of second.stems) add(byStem, key, k);
  });
  return { single, byText, byStem };
}

function stemsMeet(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (x === y) return true;
  return false;
}

/**
 * Finds every vocabulary item in the word tokens: exact and stemmed token sequences for every kind,
 * and for category terms also de-obfuscated candidates (leetspeak, repeated letters, spaced-out
 * letters), Dutch compound parts and bounded fuzzy matches. Candidates never rewrite the text: the
 * match keeps the span of what was written. Cost is linear in the number of tokens.
 */
export function matchAll(all: readonly Token[], folded: string, lex: CompiledLexicons, wordMemo: WordMemo): { words: Token[]; matches: Match[]; infos: WordInfo[] } {
  // the classifier tokenises without symbols: then there is nothing to leave out
  const words = all.some((t) => t.kind === 'symbol') ? all.filter((t) => t.kind !== 'symbol') : (all as Token[]);
  const matches: Match[] = [];
  const n = words.length;
  const infos = words.map((w) => infoOf(w));
  const categoryHit = new Uint8Array(n);
  // How often each term has been emitted: past MAX_PER_TERM a repeat changes no result (a score counts
  // five, origin and shipping need one) and only fills memory on a page built of one term repeated.
  // Counted by item (one per term), and only once the text has MAX_PER_TERM matches in all: before
  // that no term can have reached its cap, and most listings never get there.
  let emitted: Map<VocabItem, number> | undefined;
  const room = (p: Pattern): boolean => {
    if (emitted === undefined) {
      if (matches.length < MAX_PER_TERM) return true;
      emitted = new Map();
      for (const m of matches) emitted.set(m.item, (emitted.get(m.item) ?? 0) + 1);
    }
    const c = emitted.get(p.item) ?? 0;
    if (c >= (CUE_KINDS.has(p.item.kind) ? MAX_PER_CUE : MAX_PER_TERM)) return false;
    emitted.set(p.item, c + 1);
    return true;
  };

  const tryPattern = (p: Pattern, i: number, firstHow: 'exact' | 'stem' | 'deobfuscated'): void => {
    const m = p.tokens.length;
    if (i + m > n) return;
    let how = firstHow;
    for (let j = 1; j < m; j++) {
      const w = words[i + j]!;
      if (w.brk) return;
      const pt = p.tokens[j]!;
      if (w.text === pt.text) continue;
      if (infos[i + j]!.alias === pt.text) {
        how = 'deobfuscated';
        continue;
      }
      if (pt.stems.length > 0 && stemsMeet(pt.stems, infos[i + j]!.stems)) {
        if (how === 'exact') how = 'stem';
        continue;
      }
      return;
    }
    const last = i + m - 1;
    if (room(p)) matches.push({ item: p.item, term: p.term, start: words[i]!.start, end: words[last]!.end, first: i, last, how });
    if (p.item.kind === 'category') for (let k = i; k <= last; k++) categoryHit[k] = 1;
  };

  for (let i = 0; i < n; i++) {
    const info = infos[i]!;
    const ns = info.surface.length;
    if (ns + info.byStem.length === 0) continue;
    const exact = info.alias === info.text ? 'exact' : 'deobfuscated';
    // grouped once per memo entry; a word the memo does not keep tries its few patterns one by one
    if (!info.kept) {
      for (const p of info.surface) tryPattern(p, i, exact);
      for (const p of info.byStem) tryPattern(p, i, 'stem');
      continue;
    }
    const f = (info.followers ??= followersOf(info));
    const follower = i + 1 < n && !words[i + 1]!.brk ? infos[i + 1]! : undefined;
    let tried: readonly number[] = f.single;
    // a word that starts only one-word terms tries them all whatever follows: no pairs to remember
    if (follower !== undefined && (f.byText.size > 0 || f.byStem.size > 0)) {
      const known = follower.kept ? info.next?.get(follower) : undefined;
      if (known !== undefined) tried = known;
      else {
        tried = candidates(f, follower);
        if (follower.kept && (info.next ??= new Map()).size < MAX_NEXT) info.next.set(follower, tried);
      }
    }
    for (const k of tried) {
      if (k < ns) tryPattern(info.surface[k]!, i, exact);
      else tryPattern(info.byStem[k - ns]!, i, 'stem');
    }
  }

  /** Records the terms a disguised run of words i..j spells. */
  const emitSpelt = (ps: readonly Pattern[], i: number, j: number, start = words[i]!.start, end = words[j]!.end): void => {
    for (const p of ps) if (room(p)) matches.push({ item: p.item, term: p.term, start, end, first: i, last: j, how: 'deobfuscated' });
    for (let k = i; k <= j; k++) categoryHit[k] = 1;
  };

  // Spaced-out letters: "k e t a", "c.o.k.e", "m-d-m-a".
  for (let i = 0; i < n; i++) {
    if (words[i]!.text.length !== 1 || categoryHit[i]) continue;
    let j = i;
    let joined = words[i]!.text;
    // letters only: a digit after spaced-out letters is a quantity ("k e t a 2 gram")
    if (!/[a-z]/.test(words[i]!.text)) continue;
    // (a digit among them is a leet letter when a spaced letter follows it: "C.0.K.E", "G l 0 c k")
    const spacedAt = (k: number): boolean => k < n && words[k]!.text.length === 1 && words[k]!.start - words[k - 1]!.end === 1;
    while (j + 1 < n && spacedAt(j + 1) && (/[a-z]/.test(words[j + 1]!.text) || (LEET[words[j + 1]!.text] !== undefined && spacedAt(j + 2) && /[a-z]/.test(words[j + 2]!.text)))) {
      const sep = folded[words[j]!.end] ?? '';
      const letter = LETTER_SIGNS[sep];
      if (!SEPARATORS.includes(sep) && letter === undefined) break;
      j++;
      joined += (letter ?? '') + (LEET[words[j]!.text] ?? words[j]!.text);
      // no term is longer: a page of "k e k e k e …" must not be walked again from every letter
      if (joined.length > MAX_ANALYSED) break;
    }
    const ps = j - i >= 2 && joined.length >= 3 ? spelt(joined) : null;
    if (ps) {
      emitSpelt(ps, i, j);
      i = j;
    }
  }

  // Signs standing for letters inside a word: "c0c@ine", "v@liums", "xan@x", "h@sch", "c@$h", "$peed".
  // The tokeniser cut the word at the sign; the pieces either side of one or two signs are joined again,
  // the signs read as letters and digits as leetspeak. Only single-word category terms are looked up.
  for (let i = 0; i < n; i++) {
    if (categoryHit[i] || words[i]!.kind !== 'word') continue;
    const w = words[i]!;
    const lead = w.start > 0 ? LETTER_SIGNS[folded[w.start - 1]!] : undefined;
    const leadOk = lead !== undefined && (w.start < 2 || !LETTER_OR_DIGIT.test(folded[w.start - 2]!));
    let j = i;
    let joined = leadOk ? lead + w.text : w.text;
    while (j + 1 < n && words[j + 1]!.kind === 'word' && !categoryHit[j + 1]) {
      const gap = words[j + 1]!.start - words[j]!.end;
      if (gap < 1 || gap > 2) break;
      let letters = '';
      for (let k = words[j]!.end; k < words[j + 1]!.start; k++) {
        const l = LETTER_SIGNS[folded[k]!];
        if (l === undefined) break;
        letters += l;
      }
      if (letters.length !== gap) break;
      joined += letters + words[j + 1]!.text;
      j++;
      // no term is longer: and a page of "a@a@a@…" must not be walked again from every word
      if (joined.length > MAX_ANALYSED) break;
    }
    // ... and a sign ending the word, where no letter or digit follows it: "V1agr@", "tin@"
    const end = words[j]!.end;
    const trail = LETTER_SIGNS[folded[end]!];
    // (never after a figure alone: "800$" is a price)
    const trailOk = trail !== undefined && !LETTER_OR_DIGIT.test(folded[end + 1] ?? ' ') && /[a-z]/.test(words[j]!.text);
    if (trailOk) joined += trail;
    if (j === i && !leadOk && !trailOk) continue;
    if (joined.length > MAX_ANALYSED) continue;
    const plain = unleet(joined);
    if (plain.length < MIN_DEOBFUSCATED || !/^[a-z]+$/.test(plain)) continue;
    const ps = spelt(plain) ?? speltByStem(plain);
    if (ps) {
      emitSpelt(ps, i, j, leadOk ? w.start - 1 : w.start, trailOk ? end + 1 : undefined);
      i = j;
    }
  }

  // One word at a time: what each word is is worked out once per classifier (the memo), so a long page
  // that repeats its words pays for each distinct word once.
  for (let i = 0; i < n; i++) {
    if (categoryHit[i]) continue;
    const t = words[i]!.text;
    if (words[i]!.kind !== 'word' || t.length < MIN_DEOBFUSCATED) continue;
    const info = infos[i]!;
    let a = info.analysis;
    if (a === undefined) {
      a = info.analysis = analyse(t);
      // a code with digits that spelt a term ("100xtc", "sp33d") is worth keeping after all
      if (a.kind !== 'none' && !wordMemo.has(t)) keep(info);
    }
    if (a.kind === 'none') continue;
    if (a.kind === 'compound') emitCompound(a, i);
    else if (a.kind === 'deobfuscated') emitSpelt(a.patterns, i, i);
    else {
      if (room(a.pattern)) matches.push({ item: a.pattern.item, term: a.pattern.term, start: words[i]!.start, end: words[i]!.end, first: i, last: i, how: a.kind });
      categoryHit[i] = 1;
    }
  }

  /**
   * The memo's entry for a word, made on first sight. Kept: words of ordinary length. Not kept: words
   * longer than any term (an attacker's megabyte word would stay in memory), and numbers and codes with
   * digits longer than MAX_KEPT_CODE ("20160512", "1000mg") unless a term starts with them, which are many
   * and cheap to look at again. Short ones ("1", "250", "10g") are kept: a page of prices and amounts repeats
   * them, and an entry made per occurrence outlived the young generation on a long page.
   */
  function infoOf(w: Token): WordInfo {
    const t = w.text;
    const known = wordMemo.get(t);
    if (known !== undefined) return known;
    let surface = lex.bySurface.get(t) ?? NO_PATTERNS;
    const alias = surface.length === 0 && w.kind === 'word' ? leetAlias(t) : t;
    if (alias !== t) surface = lex.bySurface.get(alias)!;
    const stems = w.kind === 'word' && lex.stemPrefixes.has(alias.slice(0, 3)) ? lex.stem(alias) : NO_STEMS;
    let byStem = NO_PATTERNS;
    if (stems.length > 0) {
      const reached: Pattern[] = [];
      for (const k of stems) {
        for (const p of lex.byStem.get(k) ?? []) {
          // patterns whose first token is this very word come through `surface`; a stem may repeat across languages
          if (p.tokens[0]!.text !== alias && !reached.includes(p)) reached.push(p);
        }
      }
      if (reached.length > 0) byStem = reached;
    }
    const info: WordInfo = { text: t, alias, lang: w.kind === 'word' ? lex.languageWords.get(t) : undefined, surface, stems, byStem, analysis: undefined, followers: undefined, next: undefined, kept: false };
    // emoji are kept too: there are few distinct ones, and a page of them repeats each thousands of times
    // (the length first: a megabyte word is not scanned for digits)
    if (t.length <= MAX_ANALYSED && (surface.length > 0 || t.length <= MAX_KEPT_CODE || !/[0-9]/.test(t))) keep(info);
    return info;
  }

  /**
   * The lexicon word a leetspeak word spells ("p0stnl", "m1x1ng", "3xpress"), or the word itself: words of
   * four characters or more mixing two letters or more with digits, read only when the reading is a word
   * some lexicon term starts with (amounts and codes such as "10mg", "3mmc" or "1ste" read as none).
   */
  function leetAlias(t: string): string {
    if (t.length < 4 || t.length > MAX_ANALYSED || !/[0-9]/.test(t) || !/[a-z].*[a-z]/.test(t)) return t;
    return leetReadings(t).find((r) => lex.bySurface.has(r)) ?? t;
  }

  /** Puts an entry in the memo, within its bounds (entry count, word length), and marks it kept. */
  function keep(info: WordInfo): void {
    if (wordMemo.size >= MAX_MEMO || info.text.length > MAX_ANALYSED) return;
    wordMemo.set(info.text, info);
    info.kept = true;
  }

  /** The single-token category terms a disguised candidate spells (exact terms included: the disguise was deliberate). */
  function spelt(cand: string): readonly Pattern[] | null {
    const ps = (lex.bySurface.get(cand) ?? []).filter((p) => p.item.kind === 'category' && p.tokens.length === 1);
    return ps.length > 0 ? ps : null;
  }

  /** The single-token category terms a candidate reaches through its stems ("valiums" → valium). */
  function speltByStem(cand: string): readonly Pattern[] | null {
    if (!lex.stemPrefixes.has(cand.slice(0, 3))) return null;
    const out: Pattern[] = [];
    for (const k of lex.stem(cand)) {
      for (const p of lex.byStem.get(k) ?? []) if (p.item.kind === 'category' && p.tokens.length === 1 && !out.includes(p)) out.push(p);
    }
    return out.length > 0 ? out : null;
  }

  function analyse(t: string): WordAnalysis {
    // longer than any disguised term could be ("cooooooke" stretched four times over): junk, and every
    // rewrite below would cost its length
    if (t.length > 4 * MAX_ANALYSED) return NONE;
    const found = (ps: readonly Pattern[] | null): WordAnalysis | null => (ps ? { kind: 'deobfuscated', patterns: ps } : null);
    // A count glued to its term: "100XTC", "5xMDMA" (the term, or the term after a multiplier x).
    const glued = /^[0-9]+(x?)([a-z]{3,})$/.exec(t);
    if (glued) {
      const rest = (glued[1] ?? '') + glued[2]!;
      const hit = found(spelt(rest)) ?? (rest !== glued[2] ? found(spelt(glued[2]!)) : null);
      if (hit) return hit;
    }
    // An amount and its unit glued to the term, a purity after it: "10gCOKE90%", "5grmdma", "1kgspeed".
    const run = /^[0-9]+([a-z]{4,})[0-9]*$/.exec(t);
    if (run) {
      const letters = run[1]!;
      for (const unit of GLUED_UNITS) {
        if (!letters.startsWith(unit) || letters.length - unit.length < 3) continue;
        const hit = found(spelt(letters.slice(unit.length)));
        if (hit) return hit;
      }
    }
    // Leetspeak: only words mixing letters and digits; the digits stay in the text other stages see.
    if (/[0-9]/.test(t) && /[a-z]/.test(t)) {
      for (const r of leetReadings(t)) {
        const hit = found(spelt(r));
        if (hit) return hit;
      }
    }
    // Repeated letters: "cooooke" → "coke", "cooke".
    if (/(.)\1\1/.test(t)) {
      const hit = found(spelt(t.replace(/(.)\1{2,}/g, '$1'))) ?? found(spelt(t.replace(/(.)\1{2,}/g, '$1$1')));
      if (hit) return hit;
    }
    // no lexicon word is this long: a longer token is junk, and splitting it would cost its length squared
    if (t.length > MAX_ANALYSED || !/^[a-z]+$/.test(t)) return NONE;
    // A Dutch compound split where both sides are known words, else a bounded fuzzy match (one edit on
    // 6–8 letters, two on 9+, same first letter), else a word ending of a chemical class.
    return (t.length >= 7 ? splitCompound(t) : null) ?? (t.length >= 6 ? nearest(t) : null) ?? bySuffix(t) ?? NONE;
  }

  function emitCompound(c: CompoundSplit, i: number): void {
    const w = words[i]!;
    const emit = (ps: readonly Pattern[], start: number, end: number): void => {
      for (const p of ps) {
        if (p.item.kind !== 'category') continue;
        if (room(p)) matches.push({ item: p.item, term: p.term, start: w.start + start, end: w.start + end, first: i, last: i, how: 'compound' });
        categoryHit[i] = 1;
      }
    };
    if (c.head) emit(c.head, c.at, w.end - w.start);
    if (c.modifier) emit(c.modifier, 0, c.at);
  }

  // Morphology: an unknown chemical name ending like a known class ("ethyltryptamine", "flubromazolam").
  function bySuffix(t: string): WordAnalysis | null {
    for (const { suffix, pattern } of lex.suffixes) if (t.length >= suffix.length + 3 && t.endsWith(suffix)) return { kind: 'suffix', pattern };
    return null;
  }

  // Two letters changed in two places of a word of the same length ("snelheden" against "snellezen") make
  // another word more often than a typo; a typo swaps or doubles neighbours ("cocaien", "ketamien").
  function apartSubstitutions(a: string, b: string): boolean {
    if (a.length !== b.length) return false;
    let first = -1;
    for (let k = 0; k < a.length; k++) {
      if (a.charCodeAt(k) === b.charCodeAt(k)) continue;
      if (first === -1) first = k;
      else return k > first + 1;
    }
    return false;
  }

  function nearest(t: string): WordAnalysis | null {
    const maxD = t.length >= 9 ? 2 : 1;
    let bestD = maxD + 1;
    let best: Pattern | null = null;
    for (const p of lex.fuzzy.get(t[0]!) ?? []) {
      const term = p.tokens[0]!.text;
      if (Math.abs(term.length - t.length) > maxD) continue;
      const d = distance(term, t);
      if (d <= maxD && d < bestD && (d < 2 || !apartSubstitutions(term, t))) {
        bestD = d;
        best = p;
      }
    }
    return best ? { kind: 'fuzzy', pattern: best } : null;
  }

  // A compound side: a compound part ('part'), a lexicon term ('term'), in the plural or with a linking letter.
  function partOf(s: string): 'part' | 'term' | null {
    for (const c of [s, s.replace(/(en|s|e)$/, '')]) {
      if (c.length < 3) continue;
      if (lex.compoundParts.has(c)) return 'part';
      if (lex.compoundTerms.has(c)) return 'term';
    }
    return null;
  }
  function termOf(s: string): readonly Pattern[] | undefined {
    return lex.compoundTerms.get(s) ?? (s.length > 4 && /(en|s)$/.test(s) ? lex.compoundTerms.get(s.replace(/(en|s)$/, '')) : undefined);
  }

  function splitCompound(t: string): CompoundSplit | null {
    // The head of a Dutch compound is its last part ("pistoolmunitie" is ammunition): a lexicon term on the
    // right wins; the left part also counts when the head is only a form word ("xtcpillen": xtc + pills).
    // Both sides must be known words: a lexicon term, or a listed compound part, in the plural or with a
    // linking s/e/en.
    let best: { at: number; head: readonly Pattern[] | undefined; modifier: readonly Pattern[] | undefined; score: number } | null = null;
    for (let k = 3; k <= t.length - 3; k++) {
      const left = t.slice(0, k);
      const right = t.slice(k);
      const rp = termOf(right);
      const lp = termOf(left);
      if (!rp && !lp) continue;
      const leftKnown = lp !== undefined || partOf(left) !== null;
      const rightKnown = rp !== undefined || partOf(right) !== null || (right.startsWith('s') && partOf(right.slice(1)) !== null);
      if (!leftKnown || !rightKnown) continue;
      // prefer a lexicon head, then the longest lexicon side
      const score = (rp ? 1000 + right.length : 0) + (lp ? left.length : 0);
      if (!best || score > best.score) best = { at: k, head: rp, modifier: lp, score };
    }
    if (!best) return null;
    const isForm = (ps: readonly Pattern[]): boolean => ps.every((p) => p.item.kind !== 'category' || lex.entries[p.item.ref]?.generic === true);
    // a form word before an ordinary noun names that noun's kind, not a product: "pillendoos" is a pill box
    if (!best.head && best.modifier && isForm(best.modifier)) return null;
    const headIsForm = best.head ? isForm(best.head) : true;
    return { kind: 'compound', at: best.at, head: best.head ?? null, modifier: best.modifier && headIsForm ? best.modifier : null };
  }

  return { words, matches, infos };
}
