import { fnv1a } from './fnv.js';

/** A token of folded text. Offsets are in the folded text; `brk` says a line or sentence break precedes it. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'emoji' | 'symbol';
  /** A newline or sentence punctuation (. ! ? ; |) stands between the previous token and this one. */
  readonly brk: boolean;
}

/** True when no word in `words[from..to]` (both included) starts after a line or sentence break. */
export function unbroken(words: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (words[k]!.brk) return false;
  return true;
}

/** One letter or digit of any script. */
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

function isAsciiWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

function decimalPoint(text: string, i: number): boolean {
  return i > 0 && i + 1 < text.length && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
}

function fileTypeDot(text: string, i: number): boolean {
  const before = i === 0 ? 0x20 : text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  return (before === 0x20 || before === 0x28) && after >= 0x61 && after <= 0x7a;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/** What a non-ASCII code point is to the tokeniser. */
const enum Kind {
  LetterOrDigit = 1,
  Space = 2,
  Pictograph = 3,
  Sign = 4,
}

function kindOf(ch: string): Kind {
  return LETTER_OR_DIGIT.test(ch) ? Kind.LetterOrDigit : /\s/u.test(ch) ? Kind.Space : PICTOGRAPHIC.test(ch) ? Kind.Pictograph : Kind.Sign;
}

/**
 * Splits folded text into word, emoji and symbol tokens with their spans. Linear: one pass, no regex
 * over the whole text. A flag (two regional indicators) is one emoji token. With `symbols: false` the
 * symbol tokens are left out (the words and emoji are the same, with the same `brk`): matching never
 * reads them, and on a long page they were a fifth of the tokens made.
 */
export function tokenise(text: string, { symbols = true, words }: { symbols?: boolean; words?: WordTable } = {}): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let brk = true;
  // the kind of each non-ASCII code point met, worked out once per call: a page repeats its accented
  // letters and emoji, and three Unicode property tests per occurrence were most of a page of emoji
  // (made on the first such code point: most titles are ASCII)
  let kinds: Map<number, Kind> | undefined;
  const kindAt = (cp: number, at: number, w: number): Kind => {
    let k = (kinds ??= new Map()).get(cp);
    if (k === undefined) {
      k = kindOf(text.slice(at, at + w));
      kinds.set(cp, k);
    }
    return k;
  };
  // a word's or an emoji's text: the word table's string when there is a table
  const piece = (from: number, to: number): string => (words !== undefined ? words.word(text, from, to) : text.slice(from, to));
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isAsciiWordChar(c)) {
      const s = i;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isAsciiWordChar(d)) i++;
        else if (d >= 0x80 && d < 0xd800 && kindAt(d, i, 1) === Kind.LetterOrDigit) i++;
        else break;
      }
      tokens.push({ text: piece(s, i), start: s, end: i, kind: 'word', brk });
      brk = false;
      continue;
    }
    if (c === 0x20) {
      i++;
      continue;
    }
    if (c === 0x0a || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x7c) {
      // a decimal point inside a number is not a sentence break, nor the dot of a file type written
      // after a space ("as .txt by email", "levering als .csv")
      if (!(c === 0x2e && (decimalPoint(text, i) || fileTypeDot(text, i)))) brk = true;
      if (c !== 0x0a && symbols) tokens.push({ text: text[i]!, start: i, end: i + 1, kind: 'symbol', brk: false });
      i++;
      continue;
    }
    if (c < 0x80) {
      // a sign keeps a break pending for the word after it: "…zonder tracking\n- Track & trace" starts a
      // new line at "Track" (a bullet does not join the line to the one before)
      if (symbols) tokens.push({ text: text[i]!, start: i, end: i + 1, kind: 'symbol', brk });
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    if (isRegionalIndicator(cp)) {
      const cp2 = text.codePointAt(i + w);
      if (cp2 !== undefined && isRegionalIndicator(cp2)) {
        tokens.push({ text: piece(i, i + 4), start: i, end: i + 4, kind: 'emoji', brk });
        brk = false;
        i += 4;
        continue;
      }
    }
    const kind = kindAt(cp, i, w);
    if (kind === Kind.LetterOrDigit) {
      const s = i;
      i += w;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isAsciiWordChar(d)) {
          i++;
          continue;
        }
        if (d < 0x80) break;
        const cp3 = text.codePointAt(i)!;
        const w3 = cp3 > 0xffff ? 2 : 1;
        if (kindAt(cp3, i, w3) === Kind.LetterOrDigit) i += w3;
        else break;
      }
      tokens.push({ text: piece(s, i), start: s, end: i, kind: 'word', brk });
      brk = false;
      continue;
    }
    if (kind === Kind.Space) {
      i += w;
      continue;
    }
    if (kind === Kind.Pictograph) {
      tokens.push({ text: piece(i, i + w), start: i, end: i + w, kind: 'emoji', brk });
      brk = false;
    } else if (symbols) tokens.push({ text: text.slice(i, i + w), start: i, end: i + w, kind: 'symbol', brk });
    i += w;
  }
  return tokens;
}

/**
 * Words seen before, kept once (per classifier): a word of a listing that is already in the table is
 * given the table's string instead of a new copy. Most words of a long page repeat, and matching
 * looks every word up in the word memo: a string that was hashed before is found without hashing its
 * characters again, and fewer strings are made. Bounded: past `capacity` words it only answers.
 */
export class WordTable {
  private hashes = new Uint32Array(1024);
  private strings: (string | undefined)[] = new Array<string | undefined>(1024).fill(undefined);
  private mask = 1023;
  private size = 0;

  /** `capacity`: how many words the table keeps at most; it starts small and doubles as it fills. */
  constructor(private readonly capacity = 1 << 17) {}

  /** `text.slice(start, end)`, as the table's own string when it has it. */
  word(text: string, start: number, end: number): string {
    // words longer than this are rare and not worth keeping
    if (end - start > 48) return text.slice(start, end);
    const h = fnv1a(text, start, end);
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const known = this.strings[slot];
      if (known === undefined) {
        const made = text.slice(start, end);
        if (this.size < this.capacity) {
          this.strings[slot] = made;
          this.hashes[slot] = h;
          if (++this.size * 2 > this.strings.length && this.size < this.capacity) this.grow();
        }
        return made;
      }
      if (this.hashes[slot] === h && known.length === end - start && sameChars(known, text, start)) return known;
    }
  }

  private grow(): void {
    const { hashes, strings } = this;
    const slots = strings.length * 2;
    this.hashes = new Uint32Array(slots);
    this.strings = new Array<string | undefined>(slots).fill(undefined);
    this.mask = slots - 1;
    for (let k = 0; k < strings.length; k++) {
      const known = strings[k];
      if (known === undefined) continue;
      let slot = hashes[k]! & this.mask;
      while (this.strings[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.strings[slot] = known;
      this.hashes[slot] = hashes[k]!;
    }
  }
}

function sameChars(known: string, text: string, start: number): boolean {
  for (let k = 0; k < known.length; k++) if (known.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
