/**
 * Numbers in folded listing text: a linear tokenizer, number literals of every locale ("1.250,00",
 * "1,250.00", "1 250,00", "45,-", "0,015", "2k"), number words ("vijfenveertig", "quatre-vingts",
 * "twenty-five"), token phrase sets, and the scan that the price and quantity extractors share.
 *
 * Everything here is a single pass or a bounded look-around over tokens: no regular expression runs
 * over the input, so hostile input ("1.1.1.1,€€$ 9999999 ,,,,", a megabyte of digits) costs linear time.
 */
import type { NumberLanguage, NumberWords, PriceCues, QuantityPhrase } from '../schema/price.js';
import type { WordTable } from '../text/tokenise.js';

// ---------------------------------------------------------------------------------------------
// Tokens

export type TokenKind = 'word' | 'num' | 'sym' | 'nl';

/** One token of folded text. Spaces are not tokens; `space` says whether one came right before. */
export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Whitespace (other than a newline) right before the token. */
  readonly space: boolean;
  /** Line number (0-based). */
  readonly line: number;
  /**
   * false when the text is in none of the phrase sets and symbol tables of the compiled prices (see
   * `CompiledPrices.vocabulary`): their lookups answer at once. Absent when tokenised without them.
   */
  readonly known?: boolean | undefined;
}

/** A number literal as written: digit groups and the separators between them. */
export interface NumberLiteral {
  readonly groups: readonly string[];
  readonly seps: readonly string[];
  /** Dutch price notation "45,-" / "45,--" / "45.-". */
  readonly dashEuro: boolean;
}

const MAX_LITERAL = 40; // longer digit runs are consumed but never read as a number
const MAX_AMOUNT = 1e9; // amounts above this are ignored: no listing asks that much, and floats stay exact

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LETTER_RE = /\p{L}/u;
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 97 && c <= 122) return true;
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  if (c >= 0xd800 && c <= 0xdbff) return false; // astral code points (emoji) are symbols here
  return LETTER_RE.test(s[i]!);
}

/** A surrogate pair at `i` that is not a letter or digit (emoji, regional indicators, other pictographs). */
function isAstralSymbolAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const e = s.charCodeAt(i + 1);
  return e >= 0xdc00 && e <= 0xdfff && !isLetterAt(s, i);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 0xa0;
}

/**
 * Splits folded text into words (letter runs), numbers (digit groups with their separators),
 * symbols (one code point each) and newlines. Linear in the length of the text.
 * @example tokenize('5g – €42.50').map((t) => t.text) // ['5', 'g', '–', '€', '42.50']
 */
export function tokenize(s: string, vocabulary?: ReadonlySet<string>, words?: WordTable): Token[] {
  const out: Token[] = [];
  const n = s.length;
  let i = 0;
  let space = false;
  let line = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 10) {
      out.push({ kind: 'nl', start: i, end: i + 1, text: '\n', space, line, known: undefined });
      line++;
      space = false;
      i++;
      continue;
    }
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    if (isDigit(c)) {
      const start = i;
      // digit groups joined by single separators, then a Dutch ",-" ending; `numberLiteral` reads them back
      let j = i;
      while (j < n && isDigit(s.charCodeAt(j))) j++;
      for (;;) {
        const d = s.charCodeAt(j);
        if ((d === 46 || d === 44 || d === 39) && j + 1 < n && isDigit(s.charCodeAt(j + 1))) {
          j++;
          while (j < n && isDigit(s.charCodeAt(j))) j++;
          continue;
        }
        break;
      }
      const d = s.charCodeAt(j);
      if ((d === 44 || d === 46) && (s.charCodeAt(j + 1) === 45 || s.charCodeAt(j + 1) === 61) && !isDigit(s.charCodeAt(j + 2))) {
        j += 2;
        if (s.charCodeAt(j) === 45 && !isDigit(s.charCodeAt(j + 1))) j++;
      }
      // a repeated number is given the word table's string, as a repeated word is
      out.push({ kind: 'num', start, end: j, text: words !== undefined ? words.word(s, start, j) : s.slice(start, j), space, line, known: undefined });
      space = false;
      i = j;
      continue;
    }
    if (isLetterAt(s, i)) {
      let j = i + 1;
      while (j < n && isLetterAt(s, j)) j++;
      // the classifier's word table gives back the string it already holds for a repeated word
      const text = words !== undefined ? words.word(s, i, j) : s.slice(i, j);
      out.push({ kind: 'word', start: i, end: j, text, space, line, known: vocabulary?.has(text) });
      space = false;
      i = j;
      continue;
    }
    // one code point as a symbol; a run of pictographs outside the Basic Multilingual Plane (emoji, flags:
    // never a currency sign or a separator) as one, so a page of emoji does not make a token per code point
    let w = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const e = s.charCodeAt(i + 1);
      if (e >= 0xdc00 && e <= 0xdfff) {
        w = 2;
        while (i + w + 1 < n && isAstralSymbolAt(s, i + w)) w += 2;
      }
    }
    const text = words !== undefined ? words.word(s, i, i + w) : s.slice(i, i + w);
    out.push({ kind: 'sym', start: i, end: i + w, text, space, line, known: vocabulary?.has(text) });
    space = false;
    i += w;
  }
  return out;
}

/**
 * The digit groups and separators of a `num` token's text, read from the text `tokenize` delimited.
 * The scan parses each number when it reads it rather than keeping a literal per number for the whole
 * pass: on a page of a hundred thousand numbers those kept arrays outlived the young generation and
 * made the collector's work grow faster than the text.
 */
export function numberLiteral(text: string): NumberLiteral {
  const groups: string[] = [];
  const seps: string[] = [];
  let dashEuro = false;
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  groups.push(text.slice(start, i));
  while (i < n) {
    const d = text.charCodeAt(i);
    if ((d === 46 || d === 44 || d === 39) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
      seps.push(text[i]!);
      start = ++i;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      groups.push(text.slice(start, i));
      continue;
    }
    // what is left is the Dutch ",-" / ",--" / ".-" / ",=" ending
    dashEuro = true;
    break;
  }
  return { groups, seps, dashEuro };
}

/**
 * Reads a literal's digit groups and separators as written, without context; null if `text` is not one number.
 * @example literalOf('1.250,00') // { groups: ['1', '250', '00'], seps: ['.', ','], dashEuro: false }
 */
export function literalOf(text: string): NumberLiteral | null {
  const toks = tokenize(text);
  return toks.length === 1 && toks[0]!.kind === 'num' ? numberLiteral(toks[0]!.text) : null;
}

/** Digit groups in the Indian style, lakhs and crores grouped by two: "1,25,000", "2,50,00,000". */
function lakhGrouped(groups: readonly string[]): boolean {
  const n = groups.length;
  if (n < 3 || groups[n - 1]!.length !== 3 || groups[0]!.length > 2 || groups[0]![0] === '0') return false;
  for (let k = 1; k < n - 1; k++) if (groups[k]!.length !== 2) return false;
  return true;
}

/**
 * The value of a number literal. A single separator followed by exactly three digits is a thousands
 * separator ("€1.500", "$1,200"), except in a crypto amount, after a leading zero ("0.015") or after
 * more than three digits; with both "." and "," the last one is the decimal mark. Commas grouping by
 * two before the last three digits are the Indian style ("1,25,000" is 125,000). Returns null for
 * anything that is not a well-formed number ("1.1.1.1", "12,34,5") and for amounts above 1e9.
 * @example numberValue(literalOf('1.250,00')!, false) // 1250
 * @example numberValue(literalOf('0,015')!, true) // 0.015
 */
export function numberValue(lit: NumberLiteral, crypto: boolean): number | null {
  const { groups, seps } = lit;
  if (lit.dashEuro) crypto = false; // "2.200,-" is always euros
  if (groups.length === 0 || groups.length > 8) return null;
  let total = 0;
  for (const g of groups) total += g.length;
  if (total > MAX_LITERAL) return null;
  const g0 = groups[0]!;
  let str: string;
  if (seps.length === 0) {
    str = g0;
  } else {
    const first = seps[0]!;
    const same = seps.every((x) => x === first);
    if (same && seps.length === 1) {
      const g1 = groups[1]!;
      if (first === "'") {
        if (g1.length !== 3 || g0.length > 3) return null;
        str = g0 + g1;
      } else if (g1.length === 3 && !crypto && g0.length <= 3 && g0[0] !== '0') {
        str = g0 + g1;
      } else {
        str = `${g0}.${g1}`;
      }
    } else if (same) {
      if (!(first === ',' && lakhGrouped(groups))) {
        if (g0.length > 3 || g0[0] === '0') return null;
        for (let k = 1; k < groups.length; k++) if (groups[k]!.length !== 3) return null;
      }
      str = groups.join('');
    } else {
      const dec = seps[seps.length - 1]!;
      if (dec === "'") return null;
      const th = seps[0]!;
      if (th === dec) return null;
      for (let k = 0; k < seps.length - 1; k++) if (seps[k] !== th) return null;
      if (!(th === ',' && lakhGrouped(groups.slice(0, -1)))) {
        if (g0.length > 3 || (g0[0] === '0' && g0.length > 1)) return null;
        for (let k = 1; k < groups.length - 1; k++) if (groups[k]!.length !== 3) return null;
      }
      str = `${groups.slice(0, -1).join('')}.${groups[groups.length - 1]!}`;
    }
  }
  const v = Number(str);
  if (!Number.isFinite(v) || v > MAX_AMOUNT || v < 0) return null;
  return v;
}

// ---------------------------------------------------------------------------------------------
// Number words

/** Compiled number words of every language (every language is read on every text). */
export interface NumberWordTable {
  readonly units: ReadonlyMap<string, number>;
  /** Two-word compounds, keyed "quatre-vingt". */
  readonly compounds: ReadonlyMap<string, number>;
  readonly hundred: ReadonlySet<string>;
  readonly scales: ReadonlyMap<string, number>;
  readonly joiners: ReadonlySet<string>;
  readonly articles: ReadonlySet<string>;
  /** Word parts for splitting compounds written as one word ("vijfenveertig", "tweehonderd"). */
  readonly parts: ReadonlySet<string>;
  readonly maxPart: number;
}

/** Merges the number words of every language into one table (every language is read on every text). */
export function compileNumberWords(languages: Record<string, NumberLanguage>): NumberWordTable {
  const units = new Map<string, number>();
  const compounds = new Map<string, number>();
  const hundred = new Set<string>();
  const scales = new Map<string, number>();
  const joiners = new Set<string>();
  const articles = new Set<string>();
  for (const lang of Object.values(languages)) {
    for (const [w, v] of Object.entries(lang.units)) {
      if (w.includes('-') || w.includes(' ')) compounds.set(w.replace(/ /g, '-'), v);
      else if (!units.has(w)) units.set(w, v);
    }
    for (const w of lang.hundred) hundred.add(w);
    for (const [w, v] of Object.entries(lang.scales)) scales.set(w, v);
    for (const w of lang.joiners) joiners.add(w);
    for (const w of lang.articles) articles.add(w);
  }
  const parts = new Set<string>([...units.keys(), ...hundred, ...scales.keys(), ...joiners]);
  for (const c of compounds.keys()) parts.add(c.replace(/-/g, ''));
  let maxPart = 0;
  for (const p of parts) maxPart = Math.max(maxPart, p.length);
  return { units, compounds, hundred, scales, joiners, articles, parts, maxPart };
}

/** Splits a word written in one piece into known number-word parts, fewest parts first. */
function decompose(t: NumberWordTable, w: string): string[] | null {
  const n = w.length;
  if (n < 4 || n > 40) return null;
  const best: number[] = new Array<number>(n + 1).fill(Infinity);
  const from: number[] = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    for (let len = 1; len <= t.maxPart && i + len <= n; len++) {
      if (!t.parts.has(w.slice(i, i + len))) continue;
      if (best[i]! + 1 < best[i + len]!) {
        best[i + len] = best[i]! + 1;
        from[i + len] = i;
      }
    }
  }
  if (best[n] === Infinity || best[n] === 1) return null;
  const out: string[] = [];
  for (let k = n; k > 0; k = from[k]!) {
    const p = from[k]!;
    const part = w.slice(p, k);
    // a compound written without hyphens ("quatrevingt") maps back to its table form
    let found = part;
    for (const c of t.compounds.keys()) if (c.replace(/-/g, '') === part) found = c;
    out.push(found);
  }
  return out.reverse();
}

/** Whether a single word is a number word, a part of one, or a number written in one piece. */
export function isNumberWord(t: NumberWordTable, w: string): boolean {
  return t.units.has(w) || t.hundred.has(w) || t.scales.has(w) || t.joiners.has(w) || t.articles.has(w) || decompose(t, w) !== null;
}

function canFollow(last: number, v: number, joined: boolean): boolean {
  if (last >= 20 && last % 10 === 0 && last < 100 && v > 0 && v < 10) return true; // twenty-five, vingt et un
  if ((last === 60 || last === 80) && v >= 10 && v < 20) return true; // soixante-dix, quatre-vingt-onze
  if (last === 10 && v >= 7 && v <= 9) return true; // dix-sept
  if (joined && last > 0 && last < 10 && v >= 20 && v < 100 && v % 10 === 0) return true; // vijf-en-veertig
  return false;
}

/**
 * The value of a run of number words ("twenty", "five"; "quatre", "vingt", "dix"; "vijfenveertig"),
 * or null when the words do not form one number.
 * @example parseNumberWords(table, ['vijfenveertig']) // 45
 */
export function parseNumberWords(t: NumberWordTable, words: readonly string[]): number | null {
  const flat: string[] = [];
  for (const w of words) {
    if (t.units.has(w) || t.hundred.has(w) || t.scales.has(w) || t.joiners.has(w) || t.articles.has(w) || t.compounds.has(w)) flat.push(w);
    else {
      const parts = decompose(t, w);
      if (!parts) return null;
      flat.push(...parts);
    }
  }
  let total = 0;
  let cur = 0;
  let last: number | null = null;
  let joined = false;
  let any = false;
  for (let k = 0; k < flat.length; k++) {
    let w = flat[k]!;
    let v: number | undefined;
    const pair = k + 1 < flat.length ? `${w}-${flat[k + 1]!}` : '';
    if (pair && t.compounds.has(pair)) {
      v = t.compounds.get(pair)!;
      k++;
      w = pair;
    } else if (t.compounds.has(w)) v = t.compounds.get(w)!;
    if (v === undefined && t.joiners.has(w) && !t.units.has(w)) {
      if (!any || joined) return null;
      joined = true;
      continue;
    }
    if (v === undefined && t.articles.has(w) && !t.units.has(w)) {
      const next = flat[k + 1];
      if (next === undefined || !(t.hundred.has(next) || t.scales.has(next))) return null;
      v = 1;
    }
    if (v === undefined) v = t.units.get(w);
    if (v !== undefined) {
      if (last === null) {
        if (cur % 100 !== 0 && cur !== 0) return null;
        cur += v;
        last = v;
      } else if (canFollow(last, v, joined)) {
        cur += v;
        last = last + v;
      } else return null;
    } else if (t.hundred.has(w)) {
      if (cur >= 100) return null;
      cur = (cur === 0 ? 1 : cur) * 100;
      last = null;
    } else if (t.scales.has(w)) {
      const s = t.scales.get(w)!;
      total += (cur === 0 ? 1 : cur) * s;
      cur = 0;
      last = null;
    } else return null;
    joined = false;
    any = true;
  }
  if (!any || joined) return null;
  const value = total + cur;
  return Number.isFinite(value) && value <= MAX_AMOUNT ? value : null;
}

// ---------------------------------------------------------------------------------------------
// Phrase sets: cue words matched token by token

interface PhraseEntry<V> {
  readonly toks: readonly string[];
  readonly value: V;
}

/** A set of phrases matched as whole tokens, forwards from a token or backwards from one. */
export class PhraseSet<V = true> {
  private readonly byFirst = new Map<string, PhraseEntry<V>[]>();
  private readonly byLast = new Map<string, PhraseEntry<V>[]>();
  readonly size: number;

  constructor(entries: Iterable<readonly [string, V]>) {
    let size = 0;
    for (const [term, value] of entries) {
      const toks = tokenize(term)
        .filter((t) => t.kind !== 'nl')
        .map((t) => t.text);
      if (toks.length === 0) continue;
      const e: PhraseEntry<V> = { toks, value };
      const f = toks[0]!;
      const l = toks[toks.length - 1]!;
      (this.byFirst.get(f) ?? this.byFirst.set(f, []).get(f)!).push(e);
      (this.byLast.get(l) ?? this.byLast.set(l, []).get(l)!).push(e);
      size++;
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.toks.length - a.toks.length);
    this.size = size;
  }

  static of(terms: readonly string[]): PhraseSet<true> {
    return new PhraseSet<true>(terms.map((t) => [t, true] as const));
  }

  /** The longest phrase starting at token `i`, on one line. */
  matchAt(tokens: readonly Token[], i: number): { len: number; value: V } | null {
    const t = tokens[i];
    if (!t || t.kind === 'nl' || t.known === false) return null;
    const list = this.byFirst.get(t.text);
    if (!list) return null;
    outer: for (const e of list) {
      if (i + e.toks.length > tokens.length) continue;
      for (let k = 1; k < e.toks.length; k++) {
        const u = tokens[i + k]!;
        if (u.kind === 'nl' || u.text !== e.toks[k]) continue outer;
      }
      return { len: e.toks.length, value: e.value };
    }
    return null;
  }

  /** The longest phrase ending at token `j` (inclusive), on one line. */
  matchEndingAt(tokens: readonly Token[], j: number): { len: number; value: V } | null {
    const t = tokens[j];
    if (!t || t.kind === 'nl' || t.known === false) return null;
    const list = this.byLast.get(t.text);
    if (!list) return null;
    outer: for (const e of list) {
      const i = j - e.toks.length + 1;
      if (i < 0) continue;
      for (let k = 0; k < e.toks.length - 1; k++) {
        const u = tokens[i + k]!;
        if (u.kind === 'nl' || u.text !== e.toks[k]) continue outer;
      }
      return { len: e.toks.length, value: e.value };
    }
    return null;
  }

  /** The token texts that start or end a phrase (every text `matchAt` or `matchEndingAt` looks up). */
  keys(): string[] {
    return [...this.byFirst.keys(), ...this.byLast.keys()];
  }

  has(word: string): boolean {
    const list = this.byFirst.get(word);
    return !!list && list.some((e) => e.toks.length === 1);
  }
}

// ---------------------------------------------------------------------------------------------
// Compiled data

/** What a currency word or symbol names. */
export interface CurrencyRef {
  readonly code: string;
  /** Every currency that uses this symbol (for "$" that is USD, CAD, AUD…): a code next to it picks one. */
  readonly alts: readonly string[];
  /** Names the currency on its own ("€", "$", "euro") rather than needing context ("¥", "balles"). */
  readonly safe: boolean;
  readonly type: 'symbol' | 'code' | 'word';
  /** A word symbol that is written before the amount too ("Fr. 120.–"): see currencies.json `before`. */
  readonly before?: boolean;
  /** A smaller unit's share of the currency ("mbtc": 0.001 BTC): see currencies.json `units`. */
  readonly factor?: number;
  /** How the word must be written in the original text to name the currency: see currencies.json `cased`. */
  readonly written?: readonly string[];
}

export interface UnitRef {
  readonly unit: string;
  readonly factor: number;
  readonly dose: boolean;
  readonly count: boolean;
}

/** Cue phrase sets, one per list of `cues` in numbers.json. */
export type CompiledCues = { readonly [K in keyof PriceCues]: PhraseSet<true> };

/** Everything the price and quantity extractors need, compiled once per classifier. Immutable. */
export interface CompiledPrices {
  readonly symbols: ReadonlyMap<string, CurrencyRef>;
  readonly symbolLengths: readonly number[];
  /** First tokens of the symbols ("us" of "us$", "$" of "$ us"): only tokens in this set are tried as symbols. */
  readonly symbolFirst: ReadonlySet<string>;
  /** Every token text the phrase sets and symbol tables below look up (see `Token.known`). */
  readonly vocabulary: ReadonlySet<string>;
  readonly currencyWords: PhraseSet<CurrencyRef>;
  /** Letters glued to a whole number that name a currency in a price position ("40e"): see currencies.json. */
  readonly shorthand: ReadonlyMap<string, CurrencyRef>;
  readonly crypto: ReadonlySet<string>;
  /** The currency a shared symbol means from a vendor in this country ("CA" → "CAD"). */
  readonly localCurrency: ReadonlyMap<string, string>;
  readonly numberWords: NumberWordTable;
  readonly units: PhraseSet<UnitRef>;
  readonly phrases: PhraseSet<QuantityPhrase>;
  readonly cues: CompiledCues;
  /** Single words that may stand before a space-grouped number ("pour 1 000 €", "prix 2 150 €"). */
  readonly groupLead: ReadonlySet<string>;
}

/** Unit terms of numbers.json as a phrase set: "gr" → g, "ons" → g × 100, "comprimes" → pills. */
export function compileUnits(words: NumberWords): PhraseSet<UnitRef> {
  const entries: [string, UnitRef][] = [];
  for (const u of words.units) {
    const ref: UnitRef = { unit: u.unit, factor: u.factor ?? 1, dose: u.dose ?? false, count: u.count ?? false };
    for (const t of u.terms) entries.push([t, ref]);
  }
  return new PhraseSet(entries);
}

// ---------------------------------------------------------------------------------------------
// The shared scan: tokens, currency markers and numbers

/** A currency symbol, code or word found in the text. */
export interface Marker {
  /** Token range [ti, tj). */
  readonly ti: number;
  readonly tj: number;
  readonly start: number;
  readonly end: number;
  readonly ref: CurrencyRef;
  /** A word that is a currency only with a cue ("balles", "pond"): alphabetic and not safe. */
  readonly weakWord: boolean;
}

/** Flags of a number that can never be a price. */
export const NF = {
  MODEL: 1, // glued to a word before it: "b525", "ak-47", "#3"
  GLUED_WORD: 2, // glued to a word after it that is no unit: "2nd", "24h", "9mm"
  CALIBRE: 4, // "7.62x39", "9x19"
  TIME: 8, // "14:00", "1:1"
  DATE: 16, // "12/05/2024", "2024-05-12"
  PERCENT: 32, // "90%"
  LEADING_DOT: 64, // ".45", ".357"
  FRACTION: 128, // "1/4"
  COUNT_X: 256, // "50x"
} as const;

/** A number: one literal, or several merged ("1 250,00", "2k", "1/4", "2 mille"). */
export interface NumSpan {
  readonly ti: number;
  readonly tj: number;
  readonly start: number;
  readonly end: number;
  /** Value read the fiat way, and the crypto way (they differ only for "0.015"-like literals). */
  readonly value: number | null;
  readonly crypto: number | null;
  /** Plain integer literal without separators. */
  readonly int: boolean;
  readonly dashEuro: boolean;
  readonly flags: number;
  readonly line: number;
}

export interface Scan {
  readonly folded: string;
  readonly tokens: readonly Token[];
  readonly markers: readonly Marker[];
  /** Token index → marker index, or -1. */
  readonly markerAt: Int32Array;
  readonly nums: readonly NumSpan[];
  /** Token index → index of the number whose span covers it, or -1. */
  readonly numAt: Int32Array;
  /** Token index of the first token of each line. */
  readonly lineStarts: readonly number[];
}

const FRACTION_SLASH = new Set(['/', '\u2044']);

/** The original text of a span of folded text (token offsets): how a word was written. */
export type OriginalOf = (start: number, end: number) => string;

function findMarkers(s: string, tokens: readonly Token[], c: CompiledPrices, original?: OriginalOf): Marker[] {
  const out: Marker[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; ) {
    const t = tokens[i]!;
    if (t.kind === 'nl' || t.kind === 'num') {
      i++;
      continue;
    }
    let best: { tj: number; end: number; ref: CurrencyRef } | null = null;
    if (t.known !== false && c.symbolFirst.has(t.text)) {
      for (const len of c.symbolLengths) {
        const sym = s.slice(t.start, t.start + len);
        const ref = c.symbols.get(sym);
        if (!ref) continue;
        const end = t.start + len;
        let k = i;
        while (k < n && tokens[k]!.end < end) k++;
        if (k < n && tokens[k]!.end === end && tokens[k]!.kind !== 'nl') {
          best = { tj: k + 1, end, ref };
          break;
        }
      }
    }
    if (t.kind === 'word') {
      let m = c.currencyWords.matchAt(tokens, i);
      // (a cased word names the currency only as written: "150 TRY", not "try 2 pills")
      if (m && m.value.written !== undefined && (original === undefined || !m.value.written.includes(original(t.start, tokens[i + m.len - 1]!.end)))) m = null;
      if (m && (!best || i + m.len > best.tj)) best = { tj: i + m.len, end: tokens[i + m.len - 1]!.end, ref: m.value };
      const sh = best || t.known === false ? undefined : c.shorthand.get(t.text);
      if (sh && isShorthand(tokens, i, c)) best = { tj: i + 1, end: t.end, ref: sh };
    }
    if (best) {
      const alpha = isLetterAt(s, t.start);
      out.push({ ti: i, tj: best.tj, start: t.start, end: best.end, ref: best.ref, weakWord: alpha && !best.ref.safe && best.ref.type === 'symbol' });
      i = best.tj;
    } else i++;
  }
  return out;
}

const SHORTHAND_BEFORE = new Set(['-', '\u2013', '\u2014', ':', '/', '|', '(', ')', '=', '~', '>', '*', ',']);
const SHORTHAND_AFTER_WORDS = /^[^\p{L}\p{N}]/u;
// words that follow a price when a count or a unit comes next: "60e le 10", "35e le pack", "20e per stuk"
// (an ordinal is followed by other words: "18e le soir", "3e la nuit")
const SHORTHAND_NEXT_WORDS = new Set(['le', 'la', 'les', 'l', 'pour', 'par', 'per', 'the', 'a']);
const SHORTHAND_PACK_WORDS = new Set(['pack', 'lot', 'boite', 'sachet', 'piece', 'pieces', 'stuk', 'stuks', 'zakje', 'unit', 'unite', 'gramme', 'gram', 'plaquette', 'blister', 'buvard', 'pil', 'pill']);
// words before ordinals ("les 2e et 3e", "voor de 5e", "elke 1e van de maand"): never a price position
const ORDINAL_JOINERS = new Set(['et', 'en', 'and', 'ou', 'of', 'or', 'tot', 'au', 'du', 'de', 'het', 'le', 'la', 'les', 'the', 'op', 'elke', 'chaque', 'every']);

/**
 * Whether the shorthand word at `i` ("e" of "40e") is in a price position: glued to a whole number that
 * follows a dash, colon, slash, price word or quantity (or starts a line), and ends the line or a phrase. Else it
 * is an ordinal or a code: "20e eeuw", "Paris 18e", "3e étage", "A4e".
 */
function isShorthand(tokens: readonly Token[], i: number, c: CompiledPrices): boolean {
  const num = tokens[i - 1];
  if (num === undefined || num.kind !== 'num' || !/^[0-9]+$/.test(num.text)) return false;
  // written apart, only "eu" right after a quantity and before the end of a phrase: "1 gr 25 eu / 5 gr 100 eu"
  if (!glued(tokens, i)) return tokens[i]!.text === 'eu' && spacedEuro(tokens, i, c);
  const next = tokens[i + 1];
  if (!endsPhrase(next) && !(next!.kind === 'word' && SHORTHAND_NEXT_WORDS.has(next!.text) && countOrUnitAt(tokens, i + 2, c))) return false;
  const before = tokens[i - 2];
  if (before === undefined || before.kind === 'nl') return true;
  if (glued(tokens, i - 1) && before.kind !== 'sym') return false; // glued to a word or number before: a code ("A40e"); "1g=35e" is a price
  // a count before it: "x10 20e", "10x 35e"
  if (before.kind === 'num' && tokens[i - 3]?.kind === 'word' && tokens[i - 3]!.text === 'x' && glued(tokens, i - 2)) return true;
  if (before.kind === 'word' && before.text === 'x' && tokens[i - 3]?.kind === 'num' && glued(tokens, i - 2)) return true;
  // the second of a list of ordinals ("Paris 18e / 19e", "le 2e, 3e") is what the first is: walk back to it
  if (before.kind === 'sym' && (before.text === '/' || before.text === ',') && ordinalBefore(tokens, i - 2, c)) return false;
  // a bracketed list of small ordinals is districts, not prices: "Marseille (13e, 14e)", "Paris (18e/19e)"
  if (before.kind === 'sym' && before.text === '(' && ordinalListAfter(tokens, i, c)) return false;
  // an emoji between title words and the price ("🔥 60e le 10") separates them as a dash does
  if (before.kind === 'sym') return SHORTHAND_BEFORE.has(before.text) || before.text.charCodeAt(0) >= 0xd800;
  // a price word ("prix 40e") or a unit that ends a quantity ("10g 80e")
  if (before.kind !== 'word' || ORDINAL_JOINERS.has(before.text)) return false;
  return c.groupLead.has(before.text) || c.units.matchEndingAt(tokens, i - 2) !== null;
}

/** The largest number a district takes ("Paris 20e"): a bracketed list of ordinals up to it is districts. */
const MAX_DISTRICT = 20;

/**
 * Whether the shorthand word at `i` ("e" of "(13e, 14e)") opens a list of small ordinals: the number before
 * it and the next item after a comma or slash ("14e") are both districts' numbers, and no quantity stands
 * before the bracket.
 */
function ordinalListAfter(tokens: readonly Token[], i: number, c: CompiledPrices): boolean {
  // (after a quantity the list is its prices: "Shit 10g (5e, 6e le g)")
  if (c.units.matchEndingAt(tokens, i - 3) !== null) return false;
  const small = (t: Token | undefined): boolean => t !== undefined && t.kind === 'num' && /^[0-9]{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= MAX_DISTRICT;
  const sep = tokens[i + 1];
  if (!small(tokens[i - 1]) || sep === undefined || sep.kind !== 'sym' || (sep.text !== ',' && sep.text !== '/')) return false;
  const next = tokens[i + 2];
  const e = tokens[i + 3];
  return small(next) && e !== undefined && e.kind === 'word' && e.text === tokens[i]!.text && glued(tokens, i + 3);
}

/**
 * Whether the separator at `sep` follows an ordinal ("18e" in "Paris 18e / 19e"): the list is walked back to
 * its first item, which is an ordinal when it is not in a price position itself ("Paris 18e"; "- 60e / 20g -
 * 110e" is a price list). Bounded steps: a page of "1e/2e/3e/…" stays linear.
 */
function ordinalBefore(tokens: readonly Token[], sep: number, c: CompiledPrices): boolean {
  let k = sep;
  for (let steps = 0; steps < 8; steps++) {
    const sh = tokens[k - 1];
    const num = tokens[k - 2];
    if (sh === undefined || num === undefined || sh.kind !== 'word' || num.kind !== 'num' || !glued(tokens, k - 1) || !/^[0-9]+$/.test(num.text)) return false;
    const before = tokens[k - 3];
    if (before === undefined || before.kind === 'nl') return false;
    if (before.kind === 'sym' && (before.text === '/' || before.text === ',')) {
      k -= 3;
      continue;
    }
    // (the first ordinal stands after a word, "Paris 18e / 19e", or opens a bracketed list of districts,
    // "Marseille (13e, 14e)")
    return (before.kind === 'word' || (before.kind === 'sym' && before.text === '(' && ordinalListAfter(tokens, k - 1, c))) && !isShorthand(tokens, k - 1, c);
  }
  return false;
}

/** Nothing, a new line or punctuation after a shorthand: the end of its phrase. */
function endsPhrase(t: Token | undefined): boolean {
  return t === undefined || t.kind === 'nl' || (t.kind === 'sym' && SHORTHAND_AFTER_WORDS.test(t.text));
}

/**
 * "eu" at `i`, apart from its number, before a break: after a quantity's unit ("1 gr 25 eu") or as a
 * segment of its own after a dash or comma ("bpost stealth — 100 eu", "zwaar spul, 20 eu, ophalen"). Before
 * a word it is the Union: "10 eu landen", "27 eu countries".
 */
function spacedEuro(tokens: readonly Token[], i: number, c: CompiledPrices): boolean {
  if (!endsPhrase(tokens[i + 1]) || i < 2) return false;
  const before = tokens[i - 2]!;
  if (before.kind === 'sym') return SPACED_EURO_AFTER.has(before.text) && tokensOnSameLine(tokens, i - 2, i);
  return before.kind === 'word' && c.units.matchEndingAt(tokens, i - 2) !== null;
}
// Signs that open the segment of a spaced "eu" amount.
const SPACED_EURO_AFTER = new Set(['-', '\u2013', '\u2014', ',', '|']);

/** Tokens `a` and `b` both exist, neither is a line break, and they stand on one line. */
export function tokensOnSameLine(tokens: readonly Token[], a: number, b: number): boolean {
  const x = tokens[a];
  const y = tokens[b];
  return !!x && !!y && x.line === y.line && x.kind !== 'nl' && y.kind !== 'nl';
}

/** A count or a unit at `i` ("le 10", "le pack", "per stuk", "la boîte"): what a price is for. */
function countOrUnitAt(tokens: readonly Token[], i: number, c: CompiledPrices): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  return t.kind === 'num' || (t.kind === 'word' && (SHORTHAND_PACK_WORDS.has(t.text) || c.units.has(t.text)));
}

function glued(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && !t.space && t.kind !== 'nl';
}

/**
 * Tokenizes folded text and finds currency markers and numbers, with the flags that rule numbers out
 * as prices. Shared by `extractPrices` and `extractQuantities`.
 */
export function scanText(folded: string, c: CompiledPrices, words?: WordTable, original?: OriginalOf): Scan {
  const tokens = tokenize(folded, c.vocabulary, words);
  const n = tokens.length;
  const markers = findMarkers(folded, tokens, c, original);
  const markerAt = new Int32Array(n).fill(-1);
  markers.forEach((m, k) => {
    for (let i = m.ti; i < m.tj; i++) markerAt[i] = k;
  });
  const lineStarts: number[] = [0];
  for (let i = 0; i < n; i++) if (tokens[i]!.kind === 'nl') lineStarts.push(i + 1);

  const isWord = (i: number, set?: ReadonlySet<string>): boolean => {
    const t = tokens[i];
    return !!t && t.kind === 'word' && markerAt[i] === -1 && (!set || set.has(t.text));
  };
  /** A safe currency sign ("€", "$", "£") glued right before the token at `i`. */
  const safeSymbolBefore = (i: number): boolean => {
    const k = i > 0 && !tokens[i]!.space ? markerAt[i - 1]! : -1;
    if (k < 0) return false;
    const ref = markers[k]!.ref;
    return ref.type === 'symbol' && ref.safe && markers[k]!.tj === i;
  };
  const symIs = (i: number, chars: ReadonlySet<string> | string): boolean => {
    const t = tokens[i];
    if (!t || t.kind !== 'sym') return false;
    return typeof chars === 'string' ? t.text === chars : chars.has(t.text);
  };
  const sameLine = (a: number, b: number): boolean => !!tokens[a] && !!tokens[b] && tokens[a]!.line === tokens[b]!.line;

  const nums: NumSpan[] = [];
  const numAt = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'num' || numAt[i] !== -1) continue;
    const lit = numberLiteral(t.text);
    let tj = i + 1;
    let value = numberValue(lit, false);
    let crypto = numberValue(lit, true);
    const int = lit.seps.length === 0 && !lit.dashEuro;
    let flags = 0;
    let dashEuro = lit.dashEuro;

    // flags from what stands before
    const prev = tokens[i - 1];
    if (prev && !t.space && prev.kind !== 'nl') {
      if (prev.kind === 'word' && prev.text === 'x' && tokens[i - 2]?.kind !== 'num') flags |= NF.COUNT_X; // "x10"
      // (a unit glued between an amount and a priced number is a tier written solid: "5g45€ 10g80€")
      else if (prev.kind === 'word' && markerAt[i - 1] === -1 && !(c.units.has(prev.text) && tokens[i - 2]?.kind === 'num' && glued(tokens, i - 1) && (markerAt[i + 1] ?? -1) !== -1 && glued(tokens, i + 1))) flags |= NF.MODEL;
      else if (prev.kind === 'sym' && prev.text === '#') flags |= NF.MODEL;
      else if (prev.kind === 'sym' && prev.text === '-' && glued(tokens, i - 1) && isWord(i - 2)) flags |= NF.MODEL;
      else if (prev.kind === 'sym' && prev.text === '.' && !(tokens[i - 2]?.kind === 'num' && glued(tokens, i - 1)) && markerAt[i - 2] === -1) flags |= NF.LEADING_DOT;
      else if (prev.kind === 'sym' && prev.text === ':' && tokens[i - 2]?.kind === 'num' && glued(tokens, i - 1)) flags |= NF.TIME;
    }

    // space-grouped thousands: "2 150 €", "€ 1 250,00", "42 000 $" (only next to a currency marker; never
    // after a count, "x30 150€" is thirty for 150 euros)
    if (int && lit.groups[0]!.length <= 3 && lit.groups[0]![0] !== '0' && !(flags & (NF.MODEL | NF.COUNT_X))) {
      const before = tokens[i - 1];
      const leadOk =
        !before ||
        before.kind !== 'word' ||
        markerAt[i - 1] !== -1 ||
        c.groupLead.has(before.text) ||
        c.units.has(before.text) ||
        !sameLine(i - 1, i);
      let k = i;
      let chain = 0;
      while (chain < 3) {
        const u = tokens[k + 1];
        if (!u || u.kind !== 'num' || u.start !== tokens[k]!.end + 1 || folded[tokens[k]!.end] !== ' ') break;
        const ul = numberLiteral(u.text);
        if (ul.groups[0]!.length !== 3) break;
        const after = tokens[k + 2];
        if (after && !after.space && after.kind === 'word' && markerAt[k + 2] === -1) break; // "1 000g"
        k++;
        chain++;
        if (ul.seps.length > 0 || ul.dashEuro) break;
      }
      if (k > i && leadOk) {
        const markerAfter = markerAt[k + 1] !== undefined && markerAt[k + 1]! >= 0 && sameLine(k, k + 1);
        const markerBefore = i > 0 && markerAt[i - 1]! >= 0 && sameLine(i - 1, i);
        if (markerAfter || markerBefore) {
          let joined = '';
          for (let q = i; q <= k; q++) joined += tokens[q]!.text;
          const l2 = literalOf(joined);
          if (l2) {
            value = numberValue(l2, false);
            crypto = numberValue(l2, true);
            dashEuro = l2.dashEuro;
            tj = k + 1;
          }
        }
      }
    }

    // fractions "1/4", "1⁄2"
    if (tj === i + 1 && int && symIs(i + 1, FRACTION_SLASH) && glued(tokens, i + 1) && tokens[i + 2]?.kind === 'num' && glued(tokens, i + 2)) {
      const l2 = numberLiteral(tokens[i + 2]!.text);
      const a = Number(lit.groups[0]);
      const b = l2.seps.length === 0 && !l2.dashEuro ? Number(l2.groups[0]) : NaN;
      const third = symIs(i + 3, '/') && glued(tokens, i + 3) && tokens[i + 4]?.kind === 'num';
      if (!third && b >= 2 && b <= 64 && a >= 1 && a < b) {
        value = a / b;
        crypto = value;
        flags |= NF.FRACTION;
        tj = i + 3;
      } else if (third || (b >= 1 && b <= 31 && a >= 1 && a <= 31 && symIs(i + 3, '/'))) {
        flags |= NF.DATE;
      }
    }
    // dates "2024-05-12", "12.05.2024" is not one literal (it is rejected as a number anyway)
    if (symIs(i + 1, '-') && glued(tokens, i + 1) && tokens[i + 2]?.kind === 'num' && glued(tokens, i + 2) && symIs(i + 3, '-') && glued(tokens, i + 3) && tokens[i + 4]?.kind === 'num' && glued(tokens, i + 4)) {
      flags |= NF.DATE;
    }
    if (prev && prev.kind === 'sym' && (prev.text === '/' || prev.text === '-') && !t.space && tokens[i - 2]?.kind === 'num' && glued(tokens, i - 1)) {
      const pn = numAt[i - 2]!;
      if (pn >= 0 && nums[pn]!.flags & NF.DATE) flags |= NF.DATE;
    }

    // what stands right after
    const next = tokens[tj];
    if (next && !next.space && next.kind !== 'nl') {
      if (next.kind === 'word' && markerAt[tj] === -1) {
        if (c.cues.thousands.has(next.text)) {
          if (value !== null) value = value * 1000 <= MAX_AMOUNT ? value * 1000 : null;
          if (crypto !== null) crypto = crypto * 1000 <= MAX_AMOUNT ? crypto * 1000 : null;
          tj++;
        } else if (next.text === 'x') {
          if (tokens[tj + 1]?.kind === 'num' && glued(tokens, tj + 1)) flags |= NF.CALIBRE;
          else flags |= NF.COUNT_X;
        } else if (!c.units.matchAt(tokens, tj) && !safeSymbolBefore(i)) {
          // (a safe currency sign glued before the number makes it money in a title written without
          // spaces: "10gCocaine€600PeruFlake")
          flags |= NF.GLUED_WORD;
        }
      } else if (next.kind === 'sym' && next.text === ':' && tokens[tj + 1]?.kind === 'num' && glued(tokens, tj + 1)) {
        flags |= NF.TIME;
      } else if (next.kind === 'sym' && (next.text === '×') && tokens[tj + 1]?.kind === 'num' && glued(tokens, tj + 1)) {
        flags |= NF.CALIBRE;
      }
    }
    const after = tokens[tj];
    if (after && after.kind === 'sym' && after.text === '%' && sameLine(tj - 1, tj)) flags |= NF.PERCENT;
    if (prev && prev.kind === 'word' && prev.text === 'x' && !t.space && tokens[i - 2]?.kind === 'num' && glued(tokens, i - 1)) flags |= NF.CALIBRE;

    // "2 mille", "5 thousand", "1,5 miljoen"
    const sc = tokens[tj];
    if (sc && sc.kind === 'word' && sameLine(tj - 1, tj) && c.numberWords.scales.has(sc.text) && markerAt[tj] === -1) {
      const m = c.numberWords.scales.get(sc.text)!;
      if (value !== null) value = value * m <= MAX_AMOUNT ? value * m : null;
      if (crypto !== null) crypto = crypto * m <= MAX_AMOUNT ? crypto * m : null;
      tj++;
    }

    const idx = nums.length;
    nums.push({ ti: i, tj, start: t.start, end: tokens[tj - 1]!.end, value, crypto, int: int && tj === i + 1, dashEuro, flags, line: t.line });
    for (let q = i; q < tj; q++) numAt[q] = idx;
  }
  return { folded, tokens, markers, markerAt, nums, numAt, lineStarts };
}

/** The value a number has in a currency: crypto amounts read "0.015"-like literals as decimals. */
export function valueIn(num: NumSpan, crypto: boolean): number | null {
  return crypto ? num.crypto : num.value;
}
