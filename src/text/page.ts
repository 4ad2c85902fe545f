/**
 * The layout of a scraped page: which of its lines are the market's (menus, tickers, the header above the
 * listing, sidebars of sections and "top sellers") and where the listing's title is. The market's lines
 * name every section it has ("Home | Drugs | Firearms | Wildlife…") and its best sellers: read as the
 * listing's words, they vote for what is not sold here. The vocabulary is context.json's `chrome*` data.
 *
 * One pass over the words, line by line; the header is looked for in the first MAX_HEADER_LINES lines.
 */
import type { Token } from './tokenise.js';

/** Phrases looked for at the start of a line, folded: the first words of each, to skip most lines at once. */
export interface LinePhrases {
  readonly phrases: ReadonlySet<string>;
  readonly first: ReadonlySet<string>;
  /** The longest phrase, in words. */
  readonly longest: number;
}

/** The market's vocabulary (context.json `chrome`, `chromeTickers`, `chromeSections`, `chromeHeadings`, `chromeStatus`, `chromeCrumbs`), folded. */
export interface PageVocabulary {
  /** Words of menus and footers: "home", "login", "forum", "inloggen", "accueil". */
  readonly words: ReadonlySet<string>;
  /** Currency codes of an exchange-rate ticker. */
  readonly tickers: ReadonlySet<string>;
  /** Names of a market's sections: "drugs", "firearms", "wapens", "contrefacons". */
  readonly sections: ReadonlySet<string>;
  /** Headings of the market's blocks: "categories", "top sellers this week", "populair deze week". */
  readonly headings: LinePhrases;
  /** Starts of the market's status lines: "logged in as", "news", "scam alert", "ingelogd als", "cours". */
  readonly status: LinePhrases;
  /** First items of a breadcrumb: "home", "market", "start", "accueil", "you are here". */
  readonly crumbs: LinePhrases;
}

export interface PageLayout {
  /** The market's lines, as sorted, disjoint [start, end) spans of the folded text. */
  readonly chrome: [number, number][];
  /**
   * The same lines less the tickers below the header (a vendor's price tiers look like one): what
   * extraction leaves out, since a header's news names carriers and countries ("PostNL strikes this
   * week") and its ticker and best sellers name prices. Sorted, disjoint.
   */
  readonly market: [number, number][];
  /** Where the listing's title starts (folded offset), or -1 when the text has no content line. */
  readonly title: number;
}

/** Builds a LinePhrases from folded phrases. */
export function linePhrases(phrases: Iterable<string>): LinePhrases {
  const set = new Set<string>();
  const first = new Set<string>();
  let longest = 0;
  for (const p of phrases) {
    const ws = p.split(' ').filter((w) => w !== '');
    if (ws.length === 0) continue;
    set.add(ws.join(' '));
    first.add(ws[0]!);
    longest = Math.max(longest, ws.length);
  }
  return { phrases: set, first, longest };
}

// A line of a market's menus or footers holds at least this many of its words (`chrome`).
const MIN_CHROME_WORDS = 3;
// What separates a menu's items ("Home | Browse | Vendors"), in folded text.
// ("•" and "·" fold to a space: "Home · Forum" is folded "home   forum", three spaces)
const MENU_SEPARATORS = /[|/•·>»]|::| {3}/g;
// A menu of section names has at least this many items, nearly all of them the market's words.
const MIN_SECTION_ITEMS = 4;
// Between two items of a menu, in folded text: a bar, slash, angle or box sign, a spaced dash, or the run
// of spaces a bullet folds to ("Drugs • Guns", "Fraud (9,011)   Digital").
const ITEM_GAP = /[|/>"›▪◦‣┃¦║]|\s-\s|\s\s/;
// Between two items of a breadcrumb: "Home > Drugs", "Home » Drugs" (» folds to "), "Market / Weapons".
const CRUMB_GAP = /^\s*(?:>{1,2}|"|›|→|\/)\s*$/;
// The header is the market's lines above the listing: looked for in this many lines from the top.
const MAX_HEADER_LINES = 40;
// Text lines allowed in a header without a breadcrumb: the market's name and motto above its first
// status line or menu, and one line at a time between two of them.
const MAX_MASTHEAD_LINES = 2;
// (in characters, not words: "║ G L A S S H O U S E   M A R K E T ║" is a name of 16 one-letter words)
const MAX_MASTHEAD_CHARS = 80;
const MAX_INNER_TEXT_LINES = 2;
// A block under a heading ends at a blank line, a breadcrumb, or after this many lines.
const MAX_BLOCK_LINES = 25;
// A breadcrumb has this many items at most, each of this many words at most.
const MAX_CRUMB_ITEMS = 8;
const MAX_CRUMB_ITEM_WORDS = 4;

// Line kinds.
const BLANK = 0; // nothing but spaces
const RULE = 1; // signs, no word ("=====", "└────┘")
const TEXT = 2;
const MENU = 3; // a menu, a footer, a ticker, a list of sections
const HEADING = 4; // a block heading alone on its line ("CATEGORIES", "┌ Populair deze week ┐")
const HEADED = 5; // a block heading, a colon, the block on the same line ("Meilleures ventes : 1. …")
const STATUS = 6; // a status line: market's only in the header ("Logged in as …", "News: …")
const CRUMB = 7; // a breadcrumb ("Home > Wildlife > Ivory")
const TICKER = 8; // an exchange-rate ticker; a vendor's price tiers look the same ("10 pills: 0.0041 BTC (~$270 USD)")

const isDigit = (w: Token): boolean => {
  const c = w.text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
};

/** How many words at the line's start (after its emoji and signs) make the longest phrase of `p`, or 0. */
function leading(p: LinePhrases, words: readonly Token[], from: number, to: number): { n: number; end: number } {
  let k = from;
  while (k < to && words[k]!.kind !== 'word') k++;
  if (k === to || !p.first.has(words[k]!.text)) return { n: 0, end: -1 };
  let s = words[k]!.text;
  let best = p.phrases.has(s) ? { n: 1, end: k } : { n: 0, end: -1 };
  for (let n = 2, j = k + 1; n <= p.longest && j < to; n++, j++) {
    s += ' ' + words[j]!.text;
    if (p.phrases.has(s)) best = { n, end: j };
  }
  return best;
}

/**
 * Whether the line's words are a breadcrumb: two items or more, joined by ">", "»", "›", "→" or "/" and
 * nothing else, short, the first one a crumb root ("Home", "Market", "Accueil", "You are here:") or, with
 * three items or more, a section name ("Drugs > Stimulants > Cocaine").
 */
function isCrumb(words: readonly Token[], from: number, to: number, folded: string, v: PageVocabulary): boolean {
  while (from < to && words[from]!.kind !== 'word') from++;
  if (to - from < 2 || !(v.crumbs.first.has(words[from]!.text) || v.sections.has(words[from]!.text))) return false;
  let items = 1;
  let itemWords = 1;
  let firstEnd = to; // the first item's words end here (exclusive)
  // (the gaps between words: signs a menu uses may be emoji tokens, "▪", "→")
  for (let k = from + 1, prev = from; k < to; k++) {
    if (words[k]!.kind !== 'word') continue;
    const gap = folded.slice(words[prev]!.end, words[k]!.start);
    prev = k;
    if (CRUMB_GAP.test(gap)) {
      if (items === 1) firstEnd = k;
      items++;
      itemWords = 1;
      if (items > MAX_CRUMB_ITEMS) return false;
    } else if (ITEM_GAP.test(gap) && !gap.includes(':')) return false;
    else if (++itemWords > MAX_CRUMB_ITEM_WORDS) return false;
  }
  if (items < 2) return false;
  if (leading(v.crumbs, words, from, firstEnd).n > 0) return true;
  if (items < 3) return false;
  for (let k = from; k < firstEnd; k++) if (!v.sections.has(words[k]!.text)) return false;
  return true;
}

/**
 * The market's lines on a scraped page and where the listing's title is.
 *
 * - Anywhere: a line of menu or footer words ("Home | Browse | Forum", at least MIN_CHROME_WORDS of
 *   them and half its words), an exchange-rate ticker (two currency codes beside figures), a menu of
 *   section names (MIN_SECTION_ITEMS items or more, three in four of its words the market's), and a block
 *   under a heading of the market's ("CATEGORIES", "Top sellers this week") down to a blank line.
 * - At the top, the header: everything above a breadcrumb that has one of those lines above it; without a
 *   breadcrumb, the run of those lines and status lines ("Logged in as …", "News: …") from the top, with
 *   the market's name above them and a line or two of its own between them.
 *
 * The title is the first line below the header that is none of these, nor a breadcrumb, nor a line of
 * nothing but the market's words and figures ("Listing #84411"). A text without any of these lines keeps
 * its first line as the title.
 */
export function pageLayout(words: readonly Token[], folded: string, v: PageVocabulary): PageLayout {
  // per line: where it starts, its kind, its first word's index and one past its last (typed arrays: a
  // page of a million empty lines is a million lines)
  let count = 1;
  for (let i = folded.indexOf('\n'); i !== -1; i = folded.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  const kinds = new Uint8Array(count);
  const firstWord = new Int32Array(count);
  const endWord = new Int32Array(count);
  let any = false;
  let crumbs = false;

  const lineKinds: number[] = [];
  let wi = 0;
  for (let lineStart = 0, line = 0; lineStart <= folded.length; line++) {
    let lineEnd = folded.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = folded.length;
    while (wi < words.length && words[wi]!.start < lineStart) wi++;
    let to = wi;
    // the line's words: 1 a menu word, 2 a currency code, 3 a figure, 4 a section name, 0 another word
    if (lineKinds.length !== 0) lineKinds.length = 0;
    while (to < words.length && words[to]!.start < lineEnd) {
      const w = words[to]!;
      if (w.kind === 'word') lineKinds.push(isDigit(w) ? 3 : v.words.has(w.text) ? 1 : v.tickers.has(w.text) ? 2 : v.sections.has(w.text) ? 4 : 0);
      to++;
    }
    let hits = 0;
    let sections = 0;
    let letters = 0;
    let codes = 0;
    for (let k = 0; k < lineKinds.length; k++) {
      const t = lineKinds[k]!;
      if (t === 3) continue;
      letters++;
      if (t === 1) hits++;
      else if (t === 4) sections++;
      // a code counts within two words of a figure: "BTC/USD 58,450", "1 XMR = € 145"
      else if (t === 2 && (lineKinds[k - 1] === 3 || lineKinds[k + 1] === 3 || lineKinds[k + 2] === 3)) codes++;
    }
    let kind: number;
    if (to === wi) kind = folded.slice(lineStart, lineEnd).trim() === '' ? BLANK : RULE;
    else kind = lineKind(words, wi, to, lineStart, lineEnd, folded, v, hits, sections, letters, codes);
    if (kind === CRUMB) crumbs = true;
    else if (kind >= MENU) any = true;
    starts[line] = lineStart;
    kinds[line] = kind;
    firstWord[line] = wi;
    endWord[line] = to;
    wi = to;
    lineStart = lineEnd + 1;
  }
  if (!any && !crumbs) return { chrome: [], market: [], title: folded.search(/\S/) };

  const lines = kinds.length;
  const endOfLine = (i: number): number => (i + 1 < lines ? starts[i + 1]! - 1 : folded.length);
  const chromeLine = new Uint8Array(lines);
  // menus anywhere, and blocks under a heading
  for (let i = 0; i < lines; i++) {
    const k = kinds[i]!;
    if (k === MENU || k === TICKER || k === HEADED) chromeLine[i] = 1;
    else if (k === HEADING) {
      chromeLine[i] = 1;
      let j = i + 1;
      for (; j < lines && j <= i + MAX_BLOCK_LINES && kinds[j] !== BLANK && kinds[j] !== CRUMB; j++) chromeLine[j] = 1;
      // (a heading inside the block is the block's: each line is looked at once)
      i = j - 1;
    }
  }
  const marketLine = (i: number): boolean => chromeLine[i] === 1 || kinds[i] === STATUS;
  const top = Math.min(lines, MAX_HEADER_LINES);
  const next = (i: number): number => {
    let j = i + 1;
    while (j < top && (kinds[j] === BLANK || kinds[j] === RULE)) j++;
    return j;
  };

  // the header
  let headerEnd = -1; // its last line
  let crumb = -1;
  let seen = false;
  for (let i = 0; i < top; i++) {
    if (kinds[i] === CRUMB && seen) {
      crumb = i;
      break;
    }
    if (marketLine(i)) seen = true;
  }
  let i: number;
  if (crumb !== -1) {
    headerEnd = crumb - 1;
    i = crumb + 1;
  } else {
    // the market's name and motto, when the market's lines follow
    i = 0;
    while (i < top && (kinds[i] === BLANK || kinds[i] === RULE)) i++;
    let m = i;
    let named = 0;
    while (m < top && kinds[m] === TEXT && named < MAX_MASTHEAD_LINES && endOfLine(m) - starts[m]! <= MAX_MASTHEAD_CHARS) {
      named++;
      m = next(m);
    }
    if (named > 0 && m < top && marketLine(m) && kinds[m] !== TICKER && next(m) < top && marketLine(next(m))) i = m;
    else if (named > 0) i = top; // the first line is the title: no header
  }
  let inner = 0;
  let marketLines = 0;
  let ownLines = 0; // market lines other than tickers
  for (; i < top; i++) {
    const k = kinds[i]!;
    if (k === BLANK || k === RULE) continue;
    if (marketLine(i)) {
      headerEnd = i;
      marketLines++;
      if (k !== TICKER) ownLines++;
      continue;
    }
    // a line of the market's own between two of its lines ("PGP verify: fingerprint …"); below a
    // breadcrumb the listing has begun, and a ticker-like line may be its price ("0.0041 BTC (~$270)")
    const j = next(i);
    if (k === TEXT && crumb === -1 && marketLines > 0 && inner < MAX_INNER_TEXT_LINES && j === i + 1 && j < top && marketLine(j) && kinds[j] !== TICKER) {
      inner++;
      continue;
    }
    break;
  }
  // one line is not a header ("News: we ship to Belgium" is a vendor's), nor are tickers alone (price tiers)
  if (crumb === -1 && (marketLines < 2 || ownLines === 0)) headerEnd = -1;
  for (let h = 0; h <= headerEnd; h++) if (kinds[h] !== CRUMB) chromeLine[h] = 1;

  // the title: the first line below the header that is the listing's
  let title = -1;
  for (let t = headerEnd + 1; t < lines && title === -1; t++) {
    const k = kinds[t]!;
    if (chromeLine[t] === 1 || k === BLANK || k === RULE || k === CRUMB) continue;
    let own = false;
    for (let w = firstWord[t]!; w < endWord[t]! && !own; w++) {
      const x = words[w]!;
      if (x.kind === 'word' && !isDigit(x) && x.text.length >= 2 && !v.words.has(x.text)) own = true;
      else if (x.kind === 'emoji') own = true;
    }
    if (own) title = starts[t]! + folded.slice(starts[t]!, endOfLine(t)).search(/\S/);
  }

  const chrome: [number, number][] = [];
  const market: [number, number][] = [];
  const add = (spans: [number, number][], a: number, b: number): void => {
    const last = spans[spans.length - 1];
    if (last !== undefined && last[1] + 1 >= a) last[1] = b;
    else spans.push([a, b]);
  };
  for (let c = 0; c < lines; c++) {
    if (chromeLine[c] !== 1) continue;
    add(chrome, starts[c]!, endOfLine(c));
    if (kinds[c] !== TICKER || c <= headerEnd) add(market, starts[c]!, endOfLine(c));
  }
  return { chrome, market, title };
}

function lineKind(words: readonly Token[], from: number, to: number, lineStart: number, lineEnd: number, folded: string, v: PageVocabulary, hits: number, sections: number, letters: number, codes: number): number {
  // (a menu separates its items: "Home | Browse | Vendors"; a title of account words does not, "Binance
  // account login + wallet + support", unless nearly all its words are the market's)
  if (hits >= MIN_CHROME_WORDS && hits * 2 >= letters && (hits * 4 >= letters * 3 || (folded.slice(lineStart, lineEnd).match(MENU_SEPARATORS)?.length ?? 0) >= 1)) return MENU;
  if (codes >= 2 && letters - codes <= 2) return TICKER;
  if (isCrumb(words, from, to, folded, v)) return CRUMB;
  if (hits + sections >= MIN_SECTION_ITEMS && (hits + sections) * 4 >= letters * 3) {
    let gaps = 0;
    for (let k = from + 1, prev = from; k < to; k++) {
      if (words[k]!.kind !== 'word') continue;
      if (words[prev]!.kind === 'word' && ITEM_GAP.test(folded.slice(words[prev]!.end, words[k]!.start))) gaps++;
      prev = k;
    }
    if (gaps + 1 >= MIN_SECTION_ITEMS) return MENU;
  }
  const h = leading(v.headings, words, from, to);
  if (h.n > 0) {
    let rest = 0;
    for (let k = h.end + 1; k < to; k++) if (words[k]!.kind === 'word' && !isDigit(words[k]!)) rest++;
    // a one-word heading with a colon heads a vendor's own list ("Populair:", "Bestsellers:")
    if (rest === 0 && (h.n > 1 || !/^\s*:/.test(folded.slice(words[h.end]!.end, lineEnd)))) return HEADING;
    if (/^\s*:/.test(folded.slice(words[h.end]!.end, words[h.end + 1]!.start))) return HEADED;
  }
  if (leading(v.status, words, from, to).n > 0) return STATUS;
  return TEXT;
}
