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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

function isAsciiWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/**
 * Splits folded text into word, emoji and symbol tokens with their spans. Linear: one pass, no regex
 * over the whole text. A flag (two regional indicators) is one emoji token. With `symbols: false` the
 * symbol tokens are left out (the words and emoji are the same, with the same `brk`): matching never
 * reads them, and on a long page they were a fifth of the tokens made.
 */
export function tokenise(text: string, { symbols = true }: { symbols?: boolean } = {}): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let brk = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isAsciiWordChar(c)) {
      const s = i;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isAsciiWordChar(d)) i++;
        else if (d >= 0x80 && d < 0xd800 && LETTER_OR_DIGIT.test(text[i]!)) i++;
        else break;
      }
      tokens.push({ text: text.slice(s, i), start: s, end: i, kind: 'word', brk });
      brk = false;
      continue;
    }
    if (c === 0x20) {
      i++;
      continue;
    }
    if (c === 0x0a || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x7c) {
      // a decimal point inside a number is not a sentence break
      if (!(c === 0x2e && i > 0 && i + 1 < n && /[0-9]/.test(text[i - 1]!) && /[0-9]/.test(text[i + 1]!))) brk = true;
      if (c !== 0x0a && symbols) tokens.push({ text: text[i]!, start: i, end: i + 1, kind: 'symbol', brk: false });
      i++;
      continue;
    }
    if (c < 0x80) {
      if (symbols) tokens.push({ text: text[i]!, start: i, end: i + 1, kind: 'symbol', brk });
      brk = false;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + w);
    if (isRegionalIndicator(cp)) {
      const cp2 = text.codePointAt(i + w);
      if (cp2 !== undefined && isRegionalIndicator(cp2)) {
        tokens.push({ text: text.slice(i, i + 4), start: i, end: i + 4, kind: 'emoji', brk });
        brk = false;
        i += 4;
        continue;
      }
    }
    if (LETTER_OR_DIGIT.test(ch)) {
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
        if (LETTER_OR_DIGIT.test(text.slice(i, i + w3))) i += w3;
        else break;
      }
      tokens.push({ text: text.slice(s, i), start: s, end: i, kind: 'word', brk });
      brk = false;
      continue;
    }
    if (/\s/u.test(ch)) {
      i += w;
      continue;
    }
    if (PICTOGRAPHIC.test(ch)) tokens.push({ text: ch, start: i, end: i + w, kind: 'emoji', brk });
    else if (symbols) tokens.push({ text: ch, start: i, end: i + w, kind: 'symbol', brk });
    brk = false;
    i += w;
  }
  return tokens;
}
