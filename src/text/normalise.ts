import { NAMED_ENTITIES } from './entities.js';

/**
 * Folded text and the way back to the original. `text` is lower case, without diacritics, NFKC-like
 * compatibility forms folded, HTML tags and entities resolved, zero-width characters removed and
 * look-alike letters mapped to Latin. Every folded UTF-16 unit `i` came from `original.slice(starts[i], ends[i])`.
 */
export interface NormalisedText {
  readonly original: string;
  readonly text: string;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

/** Maps a span of folded text back to the span of the original it came from. */
export function toOriginalSpan(n: NormalisedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < n.starts.length ? n.starts[start]! : n.original.length;
    return [at, at];
  }
  return [n.starts[start]!, n.ends[end - 1]!];
}

/** How a span of folded text was written in the original: "TRY" for the folded "try". */
export function originalText(n: NormalisedText, start: number, end: number): string {
  const [s, e] = toOriginalSpan(n, start, end);
  return n.original.slice(s, e);
}

// Letters that NFKD does not decompose but readers see as Latin letters (or pairs of them).
const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŀ: 'l',
  // Cyrillic and Greek look-alikes, used to dodge keyword filters.
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ɡ: 'g',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c',
  // Small capitals ("ʟsᴅ ᴛᴀʙs"), a favourite of fancy-text generators: NFKD leaves them alone.
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm',
  ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z', µ: 'u', μ: 'u',
  // Punctuation variants: one dash, one apostrophe, one double quote.
  '–': '-', '—': '-', '‒': '-', '―': '-', '−': '-', '‐': '-', '‑': '-', '⁃': '-',
  '’': "'", '‘': "'", '‚': "'", '`': "'", '´': "'", 'ʼ': "'", '′': "'",
  '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '″': '"',
  '•': ' ', '·': ' ', '…': '...',
  // vulgar fractions: "1½ oz" must not fold to "11⁄2"
  '½': ' 1/2', '¼': ' 1/4', '¾': ' 3/4', '⅛': ' 1/8', '⅓': ' 1/3',
};

function isMark(cp: number): boolean {
  return (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x1dc0 && cp <= 0x1dff) || (cp >= 0x20d0 && cp <= 0x20ff) || (cp >= 0xfe20 && cp <= 0xfe2f);
}

function isInvisible(cp: number): boolean {
  // zero-width space/joiners, word joiner, BOM, soft hyphen, variation selectors, bidi controls
  return (
    cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff || cp === 0x00ad ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x200e && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) || cp === 0x180e
  );
}

/** Folds one non-ASCII code point. Pure; results are memoised by the caller's cache. */
function foldCodePoint(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (isInvisible(cp)) return '';
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0xfffd) return ' ';
  if ((cp >= 0xd800 && cp <= 0xdfff)) return ' '; // lone surrogate
  if (/\s/u.test(ch)) return ' ';
  const special = SPECIAL[ch] ?? SPECIAL[ch.toLowerCase()];
  if (special !== undefined) return special;
  // Emoji and other symbols pass through untouched (NFKD would not change them anyway).
  const lower = ch.toLowerCase().normalize('NFKD');
  let out = '';
  for (const c of lower) {
    const ccp = c.codePointAt(0)!;
    if (isMark(ccp)) continue;
    const s = SPECIAL[c];
    out += s ?? c.toLowerCase();
  }
  return out;
}

// Mojibake: UTF-8 bytes that a scraper decoded as Windows-1252 or Latin-1 ("Ã©" for "é", "â‚¬" for "€",
// "ðŸ’Š" for "💊"). The byte each such character stood for: Latin-1 is U+0080..U+00FF itself,
// Windows-1252 puts these letters and signs on 0x80..0x9F.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CP1252_BYTE = new Map<number, number>([...CP1252_HIGH].map((ch, k) => [ch.charCodeAt(0), 0x80 + k]));

/** The byte a character of misdecoded UTF-8 stood for, or -1. */
function byteOf(c: number): number {
  if (c >= 0xa0 && c <= 0xff) return c;
  if (c >= 0x80 && c < 0xa0) return CP1252_BYTE.has(c) ? -1 : c; // a C1 control kept by a Latin-1 reader
  return CP1252_BYTE.get(c) ?? -1;
}

/**
 * The code point and length of a UTF-8 sequence written as misdecoded characters at `i`, or null. Only a
 * complete, well-formed sequence counts (lead byte, then exactly the continuation bytes it announces, no
 * overlong form, no surrogate), so ordinary accented text ("été", "Ça", "à côté") is never touched.
 */
function mojibakeAt(s: string, i: number): { cp: number; width: number } | null {
  const lead = s.charCodeAt(i);
  const more = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
  if (more === 0 || i + more >= s.length) return null;
  let cp = lead & (more === 1 ? 0x1f : more === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= more; k++) {
    const b = byteOf(s.charCodeAt(i + k));
    if (b < 0x80 || b > 0xbf) return null;
    cp = (cp << 6) | (b & 0x3f);
  }
  if ((more === 2 && cp < 0x800) || (more === 3 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return { cp, width: more + 1 };
}

// U+0336 COMBINING LONG STROKE OVERLAY: "4̶0̶€̶" is 40€ struck through
const STROKE = 0x336;
const MAX_TAG = 256;
const EMPTY = new Uint32Array(0);
const MAX_ENTITY = 12;

/**
 * Creates a normaliser with its own memo of folded code points (no module-level state).
 */
export function createNormaliser(): (original: string) => NormalisedText {
  return createNormaliserWith(true) as (original: string) => NormalisedText;
}

/**
 * Folds text without building the offset map: for lexicon terms, where only the folded text is needed
 * and thousands of short strings would otherwise each allocate two typed arrays.
 */
export function createFolder(): (original: string) => string {
  const n = createNormaliserWith(false);
  return (s: string) => n(s).text;
}

function createNormaliserWith(track: boolean): (original: string) => NormalisedText {
  const memo = new Map<number, string>();
  const fold = (ch: string, cp: number): string => {
    let f = memo.get(cp);
    if (f === undefined) {
      f = foldCodePoint(ch);
      if (memo.size < 65536) memo.set(cp, f);
    }
    return f;
  };

  return function normalise(original: string): NormalisedText {
    const n = original.length;
    const out: string[] = [];
    let starts = track ? new Uint32Array(Math.max(16, n + 8)) : EMPTY;
    let ends = track ? new Uint32Array(starts.length) : EMPTY;
    let len = 0;
    /** Makes room in the offset map for `need` folded characters. */
    const reserve = (need: number): void => {
      if (need <= starts.length) return;
      let size = starts.length * 2;
      while (size < need) size *= 2;
      const ns = new Uint32Array(size);
      ns.set(starts);
      starts = ns;
      const ne = new Uint32Array(size);
      ne.set(ends);
      ends = ne;
    };
    const push = (s: string, from: number, to: number): void => {
      if (track) {
        reserve(len + s.length);
        for (let k = 0; k < s.length; k++) {
          starts[len] = from;
          ends[len] = to;
          len++;
        }
      }
      out.push(s);
    };

    // A run of printable ASCII and newlines (no tag, entity or backtick) folds as itself lowercased, one to one.
    const pushRun = (from: number, to: number): void => {
      if (track) {
        reserve(len + (to - from));
        for (let k = from; k < to; k++) {
          starts[len] = k;
          ends[len] = k + 1;
          len++;
        }
      }
      out.push(original.slice(from, to).toLowerCase());
    };

    let i = 0;
    while (i < n) {
      const c = original.charCodeAt(i);
      // letters struck through one by one with a combining stroke ("£̶6̶0̶ £45", a fancy-text generator's
      // strikethrough) read as Markdown marks a struck span, "~~£60~~", so an old price is read as one
      if (original.charCodeAt(i + 1) === STROKE) {
        // a struck space is a space: the span starts at its first struck sign
        if (c === 0x20) {
          push(' ', i, i + 2);
          i += 2;
          continue;
        }
        push('~~', i, i);
        let j = i;
        while (j + 1 < n && original.charCodeAt(j + 1) === STROKE) {
          const b = original.charCodeAt(j);
          const f = b < 0x80 ? (b >= 0x41 && b <= 0x5a ? String.fromCharCode(b + 32) : b < 0x20 ? ' ' : original[j]!) : fold(original[j]!, b);
          if (f.length > 0) push(f, j, j + 2);
          j += 2;
          while (j < n && original.charCodeAt(j) === STROKE) j++;
        }
        push('~~', j, j);
        i = j;
        continue;
      }
      if ((c >= 0x20 && c < 0x7f && c !== 0x3c && c !== 0x26 && c !== 0x60) || c === 0x0a) {
        let j = i + 1;
        for (; j < n; j++) {
          const d = original.charCodeAt(j);
          if ((d < 0x20 && d !== 0x0a) || d >= 0x7f || d === 0x3c || d === 0x26 || d === 0x60) break;
        }
        // the character before a combining stroke starts a struck span of its own
        if (j < n && original.charCodeAt(j) === STROKE && j - 1 > i) j--;
        pushRun(i, j);
        i = j;
        continue;
      }
      // ASCII fast path
      if (c < 0x80 && c !== 0x3c && c !== 0x26) {
        if (c >= 0x41 && c <= 0x5a) push(String.fromCharCode(c + 32), i, i + 1);
        else if (c < 0x20 || c === 0x7f) push(c === 0x0a ? '\n' : ' ', i, i + 1);
        else if (c === 0x60) push("'", i, i + 1);
        else push(original[i]!, i, i + 1);
        i++;
        continue;
      }
      if (c === 0x3c) {
        // HTML tag: a bounded scan for '>' so a stray '<' costs O(MAX_TAG) at most.
        const next = original.charCodeAt(i + 1);
        const looksTag = (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a) || next === 0x2f || next === 0x21;
        if (looksTag) {
          const close = original.indexOf('>', i + 1);
          if (close !== -1 && close - i <= MAX_TAG) {
            const tag = original.slice(i + 1, Math.min(close, i + 12)).toLowerCase();
            // block-level tags break lines, so a title stays apart from the body; a struck-through span
            // (<s>, <del>, <strike>) is marked as Markdown marks it, "~~", so that an old price struck
            // through on a web page is read as one ("<s>$520</s> $390")
            const block = /^\/?(br|p|div|li|tr|h[1-6]|ul|ol|table|td|th)\b/.test(tag);
            const strike = !block && /^\/?(s|del|strike)\b/.test(tag);
            push(block ? '\n' : strike ? '~~' : ' ', i, close + 1);
            i = close + 1;
            continue;
          }
        }
        push('<', i, i + 1);
        i++;
        continue;
      }
      if (c === 0x26) {
        const semi = original.indexOf(';', i + 1);
        if (semi !== -1 && semi - i <= MAX_ENTITY) {
          const body = original.slice(i + 1, semi);
          let decoded: string | undefined;
          if (body.startsWith('#x') || body.startsWith('#X')) {
            const v = Number.parseInt(body.slice(2), 16);
            if (/^[0-9a-f]+$/i.test(body.slice(2)) && v > 0 && v <= 0x10ffff) decoded = String.fromCodePoint(v);
          } else if (body.startsWith('#')) {
            const v = Number.parseInt(body.slice(1), 10);
            if (/^[0-9]+$/.test(body.slice(1)) && v > 0 && v <= 0x10ffff) decoded = String.fromCodePoint(v);
          } else {
            decoded = NAMED_ENTITIES.get(body) ?? NAMED_ENTITIES.get(body.toLowerCase());
          }
          if (decoded !== undefined) {
            let folded = '';
            for (const ch of decoded) {
              const cp = ch.codePointAt(0)!;
              folded += cp < 0x80 ? (cp < 0x20 ? ' ' : ch.toLowerCase()) : fold(ch, cp);
            }
            if (folded.length > 0) push(folded, i, semi + 1);
            i = semi + 1;
            continue;
          }
        }
        push('&', i, i + 1);
        i++;
        continue;
      }
      // Non-ASCII: one code point (a lone surrogate counts as one unit).
      let cp = c;
      let w = 1;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = original.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          w = 2;
        }
      }
      if (c >= 0xc2 && c <= 0xf4) {
        const m = mojibakeAt(original, i);
        if (m !== null) {
          const f = fold(String.fromCodePoint(m.cp), m.cp);
          if (f.length > 0) push(f, i, i + m.width);
          i += m.width;
          continue;
        }
      }
      const ch = original.slice(i, i + w);
      const f = fold(ch, cp);
      if (f.length > 0) push(f, i, i + w);
      i += w;
    }
    return { original, text: out.join(''), starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
  };
}

/** Normalises a lexicon term the same way as input text, with single spaces and no edges. */
export function normaliseTerm(term: string, normalise: (s: string) => NormalisedText): string {
  return normalise(term).text.replace(/\s+/g, ' ').trim();
}
