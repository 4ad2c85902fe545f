/**
 * Prices in folded listing text, and the listing's headline price (FORMAT.md): a market's price field
 * wins; otherwise the first price in reading order (the first tier of a tier table); minimums, fees,
 * add-ons, face values of counterfeit notes, balances, old prices and earnings claims are no price.
 *
 * A pipeline over the shared token scan (numbers.ts), in the manner of chrono: find currency markers
 * and numbers, attach each marker to its number, then refine (code after a symbol, ranges, number
 * words), classify each amount by the cue words around it, link quantities, and pick the headline.
 * Every step looks at a bounded window of tokens, so the whole runs in linear time.
 */
import type { CurrencyLexicon } from '../schema/lexicon.js';
import type { NumberWords } from '../schema/price.js';
import type { WordTable } from '../text/tokenise.js';
import {
  NF,
  PhraseSet,
  compileNumberWords,
  compileUnits,
  isNumberWord,
  parseNumberWords,
  scanText,
  tokenize,
  tokensOnSameLine as sameLine,
  valueIn,
  type CompiledCues,
  type CompiledPrices,
  type CurrencyRef,
  type Marker,
  type OriginalOf,
  type Scan,
  type Token,
} from './numbers.js';
import { scanQuantities, type QuantityFinding, type QuantityHit } from './quantity.js';

export type { CompiledPrices } from './numbers.js';
export type { QuantityFinding } from './quantity.js';

/** One price found in folded text. `start`/`end` are offsets in the folded text. */
export interface PriceFinding {
  amount: number;
  /** ISO 4217 code or crypto ticker. */
  currency: string;
  start: number;
  end: number;
  /** How the price was stated: a market field, a tier of a table, a starting price, a price per unit, or plain. */
  kind: 'field' | 'tier' | 'from' | 'per-unit' | 'plain';
  /** The quantity this price buys ("5g – €42.50" → 5 g), or 1 unit for a price per unit. */
  quantity: { amount: number; unit: string } | null;
  /** The price of one unit: stated ("€45/g") or computed from a tier (€80 for 10 g → €8/g). */
  perUnit: { amount: number; currency: string; unit: string } | null;
  /** The folded text of the price. */
  text: string;
  /** Every currency its symbol can name, when several share it ("$": USD, CAD, AUD…); else just `currency`. */
  alts: readonly string[];
  /** Named by a currency word that needs context ("balles", "¥"): used only when no other price is given. */
  weak: boolean;
  /**
   * The amount read as money is written, where the sign also names a fiat currency and the crypto reading
   * differs ("฿6,900": 6.9 BTC, or 6,900 baht from a vendor in Thailand): see `localise`.
   */
  fiat?: number;
}

export interface PriceExtraction {
  prices: PriceFinding[];
  quantities: QuantityFinding[];
  headline: PriceFinding | null;
}

const MAX_PRICES = 1000; // hostile input cannot make the result grow without bound
// "from 45 to 60 euros", "de 45 à 60 €", "van 45 tot 60 euro": the low end of a range is a starting price
const RANGE_TO = new Set(['to', 'tot', 'a', 'and', 'et', 'en']);
const RANGE_FROM = new Set(['from', 'van', 'de', 'between', 'entre', 'tussen', 'vanaf']);

// Markers that conventionally stand before their number when a number stands on both sides.
const PREFIX_SYMBOLS = new Set(['$', '£', '₿', '¥', '₽', '₹', 'us$', 'ca$', 'au$', 'c$', 'a$', 'nz$', 'hk$', 'r$', '฿']);
const CONNECTOR_SYMS = new Set(['-', ':', '=', '→', '>', '(', ')', '|', '@', '~', '*', '[', ']', '{', '}', '"', "'", '.']);
// between a tier's quantity and its price: "5g = 250 euro", "5g – €42.50", "10 g : 85 €"
const TIER_CONNECTORS = new Set(['-', ':', '=', '→', '>', '@', '~']);
const HARD_STOPS = new Set(['|', ';', '!', '?', '\n']);
const MINIMUM_STOPS = new Set([...HARD_STOPS, ',']);
const EXCHANGE_STOPS = new Set(['/', '|', ',', ';', '!', '?']);
const EXCHANGE_STOP_WORDS = new Set(['or', 'ou', 'of', 'and', 'each', 'per', 'le', 'la', 'les']);
const MASS_UNITS = new Set(['g', 'kg', 'oz', 'lb']);
// (the folded text writes every dash as '-')
const MASS_PRICE_SEPARATORS = new Set([',', '-', '→', ':', '=', '|', '/']);
const WEIGHT_OF = new Set(['of', 'de', 'van', 'd']);
// What writes a price a unit between the amount and the unit: "8,50/g", "3,50 per gram", "5 € le gramme".
const PER_UNIT: ReadonlySet<string> = new Set(['/', 'per', 'par', 'le', 'la', 'the']);
const WEAK_PER = new Set(['le', 'la', 'les', 'l', 'de', 'het', 'a', 'the']);
const FR_ARTICLE_PER = new Set(['le', 'la', 'l']);

// ---------------------------------------------------------------------------------------------
// Compilation

function foldTerm(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Compiles the currency lexicon and number words once per classifier. Both come validated (they are
 * part of the lexicons that `validateLexicons` checks).
 * @example const compiled = compilePrices(currencies, numbers);
 */
export function compilePrices(currencies: CurrencyLexicon, numbers: NumberWords): CompiledPrices {
  const cur = currencies;
  const num = numbers;
  const symCodes = new Map<string, { codes: string[]; safe: string | null; before: boolean }>();
  const words: [string, CurrencyRef][] = [];
  const seenWords = new Set<string>();
  const crypto = new Set<string>();
  const localCurrency = new Map<string, string>();
  const shorthand = new Map<string, CurrencyRef>();
  for (const c of cur.currencies) {
    // (a stablecoin's amounts are written as money is: read the fiat way)
    if (c.crypto === true && c.stable !== true) crypto.add(c.code);
    for (const country of c.countries ?? []) localCurrency.set(country, c.code);
    for (const sh of c.shorthand ?? []) shorthand.set(sh, { code: c.code, alts: [c.code], safe: true, type: 'word' });
    for (const s of c.symbols ?? []) {
      const k = foldTerm(s.symbol);
      const e = symCodes.get(k) ?? { codes: [], safe: null, before: false };
      if (!e.codes.includes(c.code)) e.codes.push(c.code);
      if (s.safe && e.safe === null) e.safe = c.code;
      if (s.before === true) e.before = true;
      symCodes.set(k, e);
    }
    const code = c.code.toLowerCase();
    const cased = new Map<string, string[]>();
    for (const w of c.cased ?? []) {
      const k = foldTerm(w);
      cased.set(k, [...(cased.get(k) ?? []), w]);
    }
    for (const w of [code, ...(c.words ?? []), ...cased.keys()]) {
      const k = foldTerm(w);
      if (seenWords.has(k)) continue;
      seenWords.add(k);
      const written = cased.get(k);
      // a word that counts only as written is read like a code, on either side of the amount ("RM 1,800", "300 DH")
      words.push([k, { code: c.code, alts: [c.code], safe: true, type: k === code || written !== undefined ? 'code' : 'word', ...(written !== undefined ? { written } : {}) }]);
    }
    for (const u of c.units ?? []) {
      const k = foldTerm(u.word);
      if (seenWords.has(k)) continue;
      seenWords.add(k);
      words.push([k, { code: c.code, alts: [c.code], safe: true, type: 'word', factor: u.factor }]);
    }
  }
  const symbols = new Map<string, CurrencyRef>();
  for (const [k, e] of symCodes) symbols.set(k, { code: e.safe ?? e.codes[0]!, alts: e.codes, safe: e.safe !== null, type: 'symbol', ...(e.before ? { before: true } : {}) });
  const symbolLengths = [...new Set([...symbols.keys()].map((k) => k.length))].sort((a, b) => b - a);
  const symbolFirst = new Set([...symbols.keys()].map((k) => tokenize(k)[0]!.text));

  const cues = Object.fromEntries(Object.entries(num.cues).map(([k, list]) => [k, PhraseSet.of(list.map(foldTerm))])) as unknown as CompiledCues;
  const groupLead = new Set<string>();
  const leadLists: (keyof NumberWords['cues'])[] = ['exchange', 'countFor', 'from', 'fieldLabels', 'fillers', 'weakCue', 'notesGlue', 'per', 'each', 'countBefore', 'minimum', 'threshold', 'oldPrice', 'newPrice'];
  for (const key of leadLists) for (const t of num.cues[key]) if (tokenize(t).length === 1) groupLead.add(t);

  const currencyWords = new PhraseSet<CurrencyRef>(words);
  const units = compileUnits(num);
  const phrases = new PhraseSet(num.phrases.flatMap((p) => p.terms.map((t) => [t, p] as const)));
  const vocabulary = new Set([...symbolFirst, ...shorthand.keys(), ...[currencyWords, units, phrases, ...Object.values(cues)].flatMap((set) => set.keys())]);
  return Object.freeze({
    symbols,
    symbolLengths,
    symbolFirst,
    vocabulary,
    currencyWords,
    shorthand,
    crypto,
    localCurrency,
    numberWords: compileNumberWords(num.languages),
    units,
    phrases,
    cues,
    groupLead,
  });
}

// ---------------------------------------------------------------------------------------------
// Internal money mentions

// An emoji: it decorates a listing of notes and stands between its words ("billets 💶 de 50€").
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

interface Money {
  amount: number;
  currency: string;
  /** The currency a code apart from any amount declared ("all prices in USD"). */
  declared?: boolean;
  /** Token range of the whole mention, and of its number. */
  ti: number;
  tj: number;
  nti: number;
  ntj: number;
  marker: Marker | null;
  /** The currencies a mention without a marker may be in ("45,-": euros, or francs from a Swiss vendor). */
  alts?: readonly string[];
  /** Named by a weak word or ambiguous symbol. */
  weak: boolean;
  rangeLow: boolean;
  /** The fiat reading of a crypto amount whose sign a fiat currency shares (see PriceFinding `fiat`). */
  fiat?: number;
  excluded: string | null;
  kind: PriceFinding['kind'];
  quantity: { amount: number; unit: string } | null;
  perUnit: { amount: number; currency: string; unit: string } | null;
  field: boolean;
}

interface Ctx {
  readonly scan: Scan;
  readonly c: CompiledPrices;
  readonly tokens: readonly Token[];
  /** Token → index of the money covering it, or -1. */
  readonly moneyAt: Int32Array;
  readonly moneys: Money[];
  readonly qEnd: Int32Array;
  readonly qStart: Int32Array;
  readonly quantities: readonly QuantityHit[];
  /** Where the text's first amount of money starts (its first token). */
  readonly firstMoney: number;
}

// Signs that separate the segments of a title: "Héro brune 5g – Charleroi – 150 balles".
const SEGMENT_SIGNS = new Set(['-', '–', '—', '|', '/', '•']);

/** Tokens `from..to-1` stand as a segment of their own: a segment sign or the line's edge on either side. */
function segmentAlone(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  const after = tokens[to];
  const open = before === undefined || before.kind === 'nl' || before.line !== tokens[from]!.line || (before.kind === 'sym' && SEGMENT_SIGNS.has(before.text));
  const close = after === undefined || after.kind === 'nl' || after.line !== tokens[to - 1]!.line || (after.kind === 'sym' && SEGMENT_SIGNS.has(after.text));
  // (a segment sign on one side at least: a whole line is no segment)
  return open && close && (before?.kind === 'sym' || after?.kind === 'sym');
}

// Words joining denominations listed together: "€20 en €50", "20€ et 50€".
const JOINER_WORDS = new Set(['and', 'en', 'et', 'or', 'of', 'ou']);

// Signs between the tiers of a list written on one line: "1g 30 / 5g 120 / 10g 200 💶".
const ROW_SEPARATORS = new Set(['|', '/', ';', ',', '•']);

// Signs between a tier's quantity and its amount: "1g — 12,50", "25g – 150", "5g: 40", "1g = 60".
const TIER_SIGNS = new Set(['-', '–', '—', ':', '=', '|', '.', '…', '>', '→']);

// Words before a currency code that declare a listing's currency: "prices in CAD", "prix en CHF".
const DECLARING: ReadonlySet<string> = new Set(['in', 'en']);

/** Sets the currency of amounts written with a shared sign to the one code the listing names on its own, if that is one of the sign's. */
function declaredCurrency(scan: Scan, moneys: Money[]): void {
  if (!moneys.some((m) => m.marker !== null && m.marker.ref.type === 'symbol' && m.marker.ref.alts.length > 1)) return;
  const inMoney = new Uint8Array(scan.tokens.length);
  for (const m of moneys) inMoney.fill(1, m.ti, m.tj);
  const declared = new Set<string>();
  const { tokens } = scan;
  // in brackets ("Price list (AUD)") or after "in"/"en" ("all prices in CAD"): not a route ("CAD-CAD")
  for (const mk of scan.markers) {
    if (mk.ref.type !== 'code' || inMoney[mk.ti] === 1) continue;
    const before = tokens[mk.ti - 1];
    if ((before?.text === '(' && tokens[mk.tj]?.text === ')') || (before?.kind === 'word' && DECLARING.has(before.text))) declared.add(mk.ref.code);
  }
  if (declared.size !== 1) return;
  const code = [...declared][0]!;
  // (declared, the currency is the vendor's word for it: no country reads it otherwise)
  for (const m of moneys) {
    if (m.marker === null || m.marker.ref.type !== 'symbol' || !m.marker.ref.alts.includes(code)) continue;
    m.currency = code;
    m.declared = true;
  }
}

/** Whether a dot leader (three dots or more, "……" folded to dots) ends right before token `ti`, on its line. */
function afterDotLeader(tokens: readonly Token[], ti: number): boolean {
  let dots = 0;
  for (let k = ti - 1; k >= 0 && dots < 3 && tokens[k]!.kind === 'sym' && tokens[k]!.text === '.' && sameLine(tokens, k, ti); k--) dots++;
  return dots >= 3;
}

/**
 * The bare amounts of a tier table, priced from the table itself: lines that each start with a weight or a
 * count of goods and end with a number ("1g   60", "25g – 150"), one after the other. Where some tiers carry
 * one currency ("5g — 50,-") the bare ones take it ("1g — 12,50" is 12.50 EUR); where none does, the line
 * above the table may name it without an amount ("PRICE LIST (EUR):", "Prix (€) :", "Prijzen in euro:").
 * A table with neither stays unpriced: a bare number says no currency.
 */
function tierMoneys(scan: Scan, goodsAmounts: readonly QuantityHit[], moneys: readonly Money[], c: CompiledPrices): Money[] {
  const { tokens, nums, numAt, markers } = scan;
  const { crypto } = c;
  // the lines that start with a weight or count of goods and hold something after it: where each one's
  // amount token stands (a single-line title has one at most, and most listings stop here)
  const rows: { line: number; k: number }[] = [];
  // (a tier list may stand on one line, its segments after the title's words: "Ket 1g 25 / 5g 100 / 10g 180 💶")
  const goodsStart = new Set(goodsAmounts.map((q) => q.ti));
  for (const q of goodsAmounts) {
    const line = tokens[q.ti]!.line;
    let k = q.tj;
    while (k < tokens.length && tokens[k]!.kind === 'sym' && tokens[k]!.line === line && TIER_SIGNS.has(tokens[k]!.text)) k++;
    const t = tokens[k];
    if (t === undefined || t.kind === 'nl' || t.line !== line) continue;
    let b = q.ti - 1;
    // the next segment of a one-line list ("… | 25gr 150 | 50gr 270 (EUR)"), or the first, followed by another
    const segment =
      (b > 0 && tokens[b]!.kind === 'sym' && ROW_SEPARATORS.has(tokens[b]!.text) && tokens[b - 1]!.line === line && (tokens[b - 1]!.kind === 'num' || tokens[b - 1]!.text === ')')) ||
      (t.kind === 'num' && ROW_SEPARATORS.has(tokens[k + 1]?.text ?? '') && goodsStart.has(k + 2) && tokens[k + 2]!.line === line);
    while (!segment && b >= 0 && tokens[b]!.kind === 'sym' && tokens[b]!.line === line) b--;
    if (!segment && b >= 0 && tokens[b]!.kind !== 'nl' && tokens[b]!.line === line) continue;
    rows.push({ line, k });
  }
  if (rows.length < 2) return [];
  const moneyAt = new Int32Array(tokens.length).fill(-1);
  moneys.forEach((m, k) => moneyAt.fill(k, m.ti, m.tj));
  const tiers: { line: number; num: number; currency: string | null }[] = [];
  // a tier ends its line or its segment (a closing bracket after the currency left aside: "270 (EUR)")
  const rowEnd = (j: number, line: number): boolean => {
    // (a price a piece or a unit still ends its tier: "10 stuks – 3,50 per stuk", "5g – 8,50/g")
    const t = tokens[j];
    if (t !== undefined && t.line === line) {
      const each = t.kind === 'word' ? c.cues.each.matchAt(tokens, j) : null;
      if (each !== null) j += each.len;
      else if (PER_UNIT.has(t.text) && tokens[j + 1]?.line === line) {
        const unit = c.units.matchAt(tokens, j + 1);
        if (unit !== null) j += 1 + unit.len;
      }
    }
    while (tokens[j]?.text === ')' && tokens[j]!.line === line) j++;
    const end = tokens[j];
    return end === undefined || end.kind === 'nl' || end.line !== line || (end.kind === 'sym' && ROW_SEPARATORS.has(end.text));
  };
  for (const { line, k } of rows) {
    if (moneyAt[k]! >= 0) {
      const m = moneys[moneyAt[k]!]!;
      if (rowEnd(m.tj, line)) tiers.push({ line, num: -1, currency: m.currency });
      continue;
    }
    const ni = numAt[k]!;
    if (ni < 0 || nums[ni]!.ti !== k || nums[ni]!.flags & NOT_PRICE) continue;
    if (!rowEnd(nums[ni]!.tj, line)) continue;
    tiers.push({ line, num: ni, currency: null });
  }
  if (tiers.length < 2) return [];
  // the currencies named on a line without an amount of their own, by line
  const bareMarkers = new Map<number, Set<string>>();
  for (const m of markers) {
    if (moneyAt[m.ti]! >= 0) continue;
    const line = tokens[m.ti]!.line;
    // a slang word names the currency of a heading that a price label opens: "Prijzen (in pegels):"
    if (!m.ref.safe && !(m.weakWord && c.cues.fieldLabels.matchAt(tokens, scan.lineStarts[line]!) !== null)) continue;
    const set = bareMarkers.get(line) ?? new Set<string>();
    set.add(m.ref.code);
    bareMarkers.set(line, set);
  }
  const out: Money[] = [];
  let listingCurrency: string | null | undefined;
  for (let a = 0; a < tiers.length; ) {
    let z = a + 1;
    // (one after the other: on the next line, or the next segment of the same line)
    while (z < tiers.length && tiers[z]!.line - tiers[z - 1]!.line <= 1) z++;
    const group = tiers.slice(a, z);
    a = z;
    if (group.length < 2 || group.every((t) => t.num === -1)) continue;
    const named = new Set(group.filter((t) => t.currency !== null).map((t) => t.currency!));
    const heading = bareMarkers.get(group[0]!.line - 1);
    // (or one on the table's own lines or the line right below it, a currency of notes and coins only, since
    // "payment in BTC" is no tier's currency: "1g 60 | 2g 110 | 5g 250 (€)", "tarifs en euros : 10g 80, 20g
    // 150", "…\n5g – 250\nalle prijzen in euro")
    const beside = heading?.size === 1 ? undefined : fiatOnly(bareMarkers.get(group[0]!.line), crypto) ?? fiatOnly(bareMarkers.get(group[group.length - 1]!.line), crypto) ?? fiatOnly(bareMarkers.get(group[group.length - 1]!.line + 1), crypto);
    // (with none, the one currency the listing writes elsewhere: "Prijzen:\n10g – 70\n25g – 160" above
    // "bpost aangetekend: +5 euro")
    const currency = named.size === 1 ? [...named][0]! : named.size !== 0 ? null : heading?.size === 1 ? [...heading][0]! : (beside ?? (listingCurrency ??= onlyCurrency(moneys)));
    if (currency === null) continue;
    for (const t of group) {
      if (t.num === -1) continue;
      const num = nums[t.num]!;
      const amount = valueIn(num, crypto.has(currency));
      if (amount === null || amount <= 0) continue;
      out.push({ amount, currency, ti: num.ti, tj: num.tj, nti: num.ti, ntj: num.tj, marker: null, weak: false, rangeLow: false, excluded: null, kind: 'plain', quantity: null, perUnit: null, field: false });
    }
  }
  return out;
}

/** The one currency of `set` when it is a currency of notes and coins, else undefined. */
function fiatOnly(set: ReadonlySet<string> | undefined, crypto: ReadonlySet<string>): string | undefined {
  if (set === undefined || set.size !== 1) return undefined;
  const code = set.values().next().value as string;
  return crypto.has(code) ? undefined : code;
}

/** The one currency of all `moneys`, or null when there are none or several. */
function onlyCurrency(moneys: readonly Money[]): string | null {
  const first = moneys[0]?.currency;
  return first !== undefined && moneys.every((m) => m.currency === first) ? first : null;
}

const NOT_PRICE = NF.MODEL | NF.GLUED_WORD | NF.CALIBRE | NF.TIME | NF.DATE | NF.PERCENT | NF.LEADING_DOT | NF.FRACTION | NF.COUNT_X;

/** Finds currency markers' numbers: which number each marker names. */
function attach(scan: Scan, c: CompiledPrices): Money[] {
  const { tokens, markers, nums, numAt, markerAt } = scan;
  const claimed = new Uint8Array(nums.length);
  const used = new Uint8Array(markers.length);
  const out: Money[] = [];

  const numValid = (k: number, cryptoCur: boolean, side: 'left' | 'right'): boolean => {
    const num = nums[k]!;
    if (claimed[k] || num.flags & NOT_PRICE) return false;
    const v = valueIn(num, cryptoCur);
    if (v === null || v <= 0) return false;
    if (side === 'right') {
      // "€ 5g": a number followed by a unit is a quantity
      const u = c.units.matchAt(tokens, num.tj);
      if (u && sameLine(tokens, num.tj - 1, num.tj) && markerAt[num.tj] === -1) return false;
    }
    return true;
  };
  const leftOf = (m: Marker): number => {
    const k = m.ti > 0 ? numAt[m.ti - 1]! : -1;
    if (k >= 0 && nums[k]!.tj === m.ti && sameLine(tokens, m.ti - 1, m.ti)) return k;
    // "45 (EUR)": a code in brackets after the number
    if (m.ref.type === 'code' && tokens[m.ti - 1]?.text === '(' && tokens[m.tj]?.text === ')' && m.ti > 1) {
      const b = numAt[m.ti - 2]!;
      if (b >= 0 && nums[b]!.tj === m.ti - 1 && sameLine(tokens, m.ti - 2, m.tj)) return b;
    }
    // "9.50/g EUR": a code or a currency's name after the unit of a price a unit
    if (m.ref.type !== 'symbol' && m.ref.safe && m.ti > 2 && tokens[m.ti - 2]!.text === '/' && c.units.has(tokens[m.ti - 1]!.text)) {
      const b = numAt[m.ti - 3]!;
      if (b >= 0 && nums[b]!.tj === m.ti - 2 && sameLine(tokens, m.ti - 3, m.ti)) return b;
    }
    return -1;
  };
  const rightOf = (m: Marker): number => {
    const k = m.tj < tokens.length ? numAt[m.tj]! : -1;
    return k >= 0 && nums[k]!.ti === m.tj && sameLine(tokens, m.tj - 1, m.tj) ? k : -1;
  };
  // a number preceded by a word that is neither a unit nor a cue reads as part of a name ("glock 19 € 480")
  const nameLike = (k: number): boolean => {
    const i = nums[k]!.ti;
    const p = tokens[i - 1];
    if (!p || p.kind !== 'word' || !sameLine(tokens, i - 1, i) || markerAt[i - 1]! >= 0) return false;
    return !c.groupLead.has(p.text) && !c.units.has(p.text);
  };
  // a crypto-currency's amounts are read as crypto decimals ("0.015"), unless written in a smaller unit
  // ("45,000 sats"), which is written as money is
  const readsAsCrypto = (ref: CurrencyRef): boolean => c.crypto.has(ref.code) && ref.factor === undefined;
  const make = (m: Marker | null, k: number, amount: number, currency: string, weak: boolean): Money => {
    const num = nums[k]!;
    const ti = m ? Math.min(m.ti, num.ti) : num.ti;
    let tj = m ? Math.max(m.tj, num.tj) : num.tj;
    if (m && tokens[tj]?.text === ')' && tokens[m.ti - 1]?.text === '(' && m.ti > num.ti) tj++;
    // (an amount in a smaller unit, "45,000 sats", is the currency's amount times the unit's factor)
    const scaled = m?.ref.factor === undefined ? amount : Number((amount * m.ref.factor).toPrecision(12));
    return { amount: scaled, currency, ti, tj, nti: num.ti, ntj: num.tj, marker: m, weak, rangeLow: false, excluded: null, kind: 'plain', quantity: null, perUnit: null, field: false };
  };
  const take = (mi: number, k: number): void => {
    const m = markers[mi]!;
    const cryptoCur = readsAsCrypto(m.ref);
    claimed[k] = 1;
    used[mi] = 1;
    const money = make(m, k, valueIn(nums[k]!, cryptoCur)!, m.ref.code, !m.ref.safe);
    if (cryptoCur && m.ref.alts.some((a) => !c.crypto.has(a))) {
      const fiat = valueIn(nums[k]!, false);
      if (fiat !== null && fiat !== money.amount) money.fiat = fiat;
    }
    out.push(money);
  };

  // pass 1: markers whose number is clear; pass 2: markers with a number on both sides
  let prefixVotes = 0;
  let suffixVotes = 0;
  const deferred: number[] = [];
  for (let mi = 0; mi < markers.length; mi++) {
    const m = markers[mi]!;
    const cryptoCur = readsAsCrypto(m.ref);
    const canRight = m.ref.type !== 'word' && (!m.weakWord || m.ref.before === true);
    const l = leftOf(m);
    const r = canRight ? rightOf(m) : -1;
    const lv = l >= 0 && numValid(l, cryptoCur, 'left');
    const rv = r >= 0 && numValid(r, cryptoCur, 'right');
    const lAdj = lv && !tokens[m.ti]!.space;
    const rAdj = rv && !tokens[m.tj]!.space;
    // "3€50": euros and cents around the symbol
    if (lAdj && rAdj && nums[l]!.int && nums[r]!.int && tokens[nums[r]!.ti]!.text.length === 2 && nums[r]!.tj === nums[r]!.ti + 1) {
      claimed[l] = 1;
      claimed[r] = 1;
      used[mi] = 1;
      const money = make(m, l, nums[l]!.value! + nums[r]!.value! / 100, m.ref.code, !m.ref.safe);
      money.tj = nums[r]!.tj;
      money.ntj = nums[r]!.tj;
      out.push(money);
      continue;
    }
    if (lv && !rv) {
      take(mi, l);
      suffixVotes++;
    } else if (rv && !lv) {
      take(mi, r);
      prefixVotes++;
    } else if (lv && rv) {
      if (lAdj && !rAdj) take(mi, l);
      else if (rAdj && !lAdj) take(mi, r);
      else deferred.push(mi);
    }
  }
  for (const mi of deferred) {
    const m = markers[mi]!;
    const cryptoCur = readsAsCrypto(m.ref);
    const l = leftOf(m);
    const r = rightOf(m);
    const lv = l >= 0 && numValid(l, cryptoCur, 'left');
    const rv = r >= 0 && numValid(r, cryptoCur, 'right');
    if (lv && rv) {
      let right: boolean;
      if (nameLike(l) && !nameLike(r)) right = true;
      else if (prefixVotes !== suffixVotes) right = prefixVotes > suffixVotes;
      else right = PREFIX_SYMBOLS.has(m.ref.type === 'symbol' ? scan.folded.slice(m.start, m.end) : '');
      take(mi, right ? r : l);
    } else if (lv) take(mi, l);
    else if (rv) take(mi, r);
  }

  // number words before a currency word: "forty dollars", "vijfenveertig euro", "quatre-vingts euros"
  for (let mi = 0; mi < markers.length; mi++) {
    if (used[mi]) continue;
    const m = markers[mi]!;
    const idxs: number[] = [];
    const words: string[] = [];
    let k = m.ti - 1;
    while (k >= 0 && m.ti - k <= 10) {
      const t = tokens[k]!;
      if (t.kind === 'word' && markerAt[k] === -1 && sameLine(tokens, k, m.ti) && isNumberWord(c.numberWords, t.text)) {
        idxs.unshift(k);
        words.unshift(t.text);
        k--;
      } else if (t.kind === 'sym' && t.text === '-' && !t.space && tokens[k - 1]?.kind === 'word' && sameLine(tokens, k, m.ti)) k--;
      else break;
    }
    for (let s = 0; s < words.length; s++) {
      const v = parseNumberWords(c.numberWords, words.slice(s));
      if (v !== null && v > 0) {
        used[mi] = 1;
        out.push({ amount: v, currency: m.ref.code, ti: idxs[s]!, tj: m.tj, nti: idxs[s]!, ntj: m.ti, marker: m, weak: !m.ref.safe, rangeLow: false, excluded: null, kind: 'plain', quantity: null, perUnit: null, field: false });
        break;
      }
    }
  }

  // Dutch "45,-" without a currency: euros
  for (let k = 0; k < nums.length; k++) {
    const num = nums[k]!;
    if (!num.dashEuro || claimed[k] || num.flags & NOT_PRICE || num.value === null || num.value <= 0) continue;
    claimed[k] = 1;
    out.push({ ...make(null, k, num.value, 'EUR', false), alts: DASH_ALTS });
  }

  out.sort((a, b) => a.ti - b.ti);

  // refine: a code next to a symbol picks among the symbol's currencies ("$40.00 USD", "160 $ CAD", "CAD $35");
  // a weak word followed by "(€)" is a real price ("900 balles (€)")
  for (const money of out) {
    const m = money.marker;
    if (!m) continue;
    const tryCode = (j: number, after: boolean): boolean => {
      const mj = markerAt[j];
      if (mj === undefined || mj < 0 || used[mj] || !sameLine(tokens, after ? j - 1 : j + 1, j)) return false;
      const cm = markers[mj]!;
      if (cm.ref.type === 'symbol' && !(m.weakWord && cm.ref.safe)) return false;
      if (m.ref.type === 'symbol' && !m.weakWord) {
        if (!m.ref.alts.includes(cm.ref.code) && cm.ref.code !== m.ref.code) return false;
      } else if (!m.weakWord) {
        if (cm.ref.code !== m.ref.code) return false;
      }
      used[mj] = 1;
      money.currency = cm.ref.code;
      if (m.weakWord) money.weak = false;
      else money.weak = !cm.ref.safe;
      if (after) money.tj = cm.tj;
      else money.ti = cm.ti;
      return true;
    };
    if (m.weakWord) {
      // "balles (€)"
      const j = money.tj;
      if (tokens[j]?.text === '(' && sameLine(tokens, j - 1, j)) {
        const mj = markerAt[j + 1];
        if (mj !== undefined && mj >= 0 && markers[mj]!.ref.safe && tokens[markers[mj]!.tj]?.text === ')') {
          used[mj] = 1;
          money.currency = markers[mj]!.ref.code;
          money.weak = false;
          money.tj = markers[mj]!.tj + 1;
        }
      }
      continue;
    }
    if (m.ref.type !== 'symbol') continue;
    if (!tryCode(money.tj, true)) tryCode(money.ti - 1, false);
  }

  // ranges "40-60€": the low end is a price too, first in reading order
  const extra: Money[] = [];
  for (const money of out) {
    const dash = money.nti - 1;
    const d = tokens[dash];
    if (!d || !sameLine(tokens, dash, money.nti)) continue;
    const k = numAt[dash - 1];
    if (k === undefined || k < 0 || claimed[k] || nums[k]!.tj !== dash) continue;
    const low = nums[k]!;
    if (d.kind === 'sym') {
      if (d.text !== '-' || d.space || tokens[money.nti]!.space) continue; // "40-60€"
    } else {
      // "from 45 to 60 euros", "de 45 à 60 €", "van 45 tot 60 euro", "between 45 and 60 dollars"
      if (d.kind !== 'word' || !RANGE_TO.has(d.text)) continue;
      const start = tokens[low.ti - 1];
      const started = !!start && start.kind === 'word' && sameLine(tokens, low.ti - 1, low.ti) && RANGE_FROM.has(start.text) && !c.cues.countBefore.matchEndingAt(tokens, low.ti - 1);
      if (!started && d.text !== 'to' && d.text !== 'tot') continue;
    }
    const cryptoCur = c.crypto.has(money.currency);
    const v = valueIn(low, cryptoCur);
    if (low.flags & NOT_PRICE || v === null || v <= 0 || v >= money.amount) continue;
    claimed[k] = 1;
    const lm = make(money.marker, k, v, money.currency, money.weak);
    lm.ti = low.ti;
    lm.tj = low.tj;
    lm.rangeLow = true;
    extra.push(lm);
  }
  out.push(...extra);
  out.sort((a, b) => a.ti - b.ti);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Context around an amount

function isStop(t: Token | undefined, stops: ReadonlySet<string>): boolean {
  if (!t) return true;
  if (t.kind === 'nl') return true;
  return t.kind === 'sym' && stops.has(t.text);
}

/** The nearest cue phrase ending within `window` tokens before the money, on its line. */
function cueBefore(x: Ctx, money: Money, set: PhraseSet<true>, window: number, stops: ReadonlySet<string> = HARD_STOPS): boolean {
  const { tokens } = x;
  const self = x.moneyAt[money.ti];
  for (let j = money.ti - 1, n = 0; j >= 0 && n < window; j--, n++) {
    const t = tokens[j]!;
    if (t.kind === 'nl') return false;
    if (set.matchEndingAt(tokens, j)) return true;
    if (isStop(t, stops)) return false;
    if (t.kind === 'sym' && t.text === '.' && tokens[j + 1]?.space) return false;
    if (t.kind === 'sym' && t.text === '-' && t.space) return false; // " – " separates parts of a title
    const other = x.moneyAt[j]!;
    if (other >= 0 && other !== self) return false;
    if (t.kind === 'num' && other < 0) return false;
  }
  return false;
}

/** A cue phrase starting within `window` tokens after the money, on its line; skips ranges ("$1k–$2k balance"). */
function cueAfter(x: Ctx, money: Money, set: PhraseSet<true>, window: number, skipMoney = false): boolean {
  return cueEndAfter(x, money, set, window, skipMoney) >= 0;
}

/** As `cueAfter`, but the index of the token right after the cue phrase it found, or -1. */
function cueEndAfter(x: Ctx, money: Money, set: PhraseSet<true>, window: number, skipMoney = false): number {
  const { tokens } = x;
  const self = x.moneyAt[money.ti];
  for (let j = money.tj, n = 0; j < tokens.length && n < window; j++, n++) {
    const t = tokens[j]!;
    if (t.kind === 'nl') return -1;
    const m = set.matchAt(tokens, j);
    if (m) return j + m.len;
    const other = x.moneyAt[j]!;
    if (other >= 0 && other !== self) {
      // skip another amount only when it is joined to this one: "$1k–$2k balance", "20€ & 50€ notes"
      const p = tokens[j - 1]!;
      if (!skipMoney || j === money.tj || p.kind !== 'sym' || !LIST_JOINERS.has(p.text)) return -1;
      j = x.moneys[other]!.tj - 1; // counts as one token of the window
      continue;
    }
    if (t.kind === 'sym' && t.text === '.' && tokens[j + 1]?.space) return -1; // end of a sentence
    const rangeDash = t.kind === 'sym' && t.text === '-' && (!t.space || !tokens[j + 1]?.space);
    if (skipMoney && t.kind === 'sym' && (rangeDash || t.text === '&' || t.text === '/' || t.text === '(' || t.text === ')' || t.text === '+')) continue;
    if (skipMoney && t.kind === 'num' && tokens[j - 1]?.text === '-') continue; // "$5k-10,000 balance"
    if (isStop(t, HARD_STOPS) || (t.kind === 'sym' && (t.text === ',' || t.text === '-'))) return -1;
    if (t.kind === 'num') return -1;
  }
  return -1;
}

/** Index of the money that starts at token `j` (after fillers), or -1. */
function moneyStarting(x: Ctx, j: number): number {
  let k = j;
  for (let n = 0; n < 2 && x.tokens[k] && x.c.cues.fillers.matchAt(x.tokens, k); n++) k += x.c.cues.fillers.matchAt(x.tokens, k)!.len;
  const mi = x.moneyAt[k];
  if (mi === undefined || mi < 0) return -1;
  return x.moneys[mi]!.ti === k ? mi : -1;
}

/** A money starting at token `j` after connectors ("5g = 250 euro", "5g – €42.50", "5g for €80"), or -1. */
function moneyAfterConnectors(x: Ctx, j: number): number {
  const { tokens, c } = x;
  let k = j;
  for (let n = 0; n < 3 && tokens[k] && sameLine(tokens, j - 1, k); n++) {
    const t = tokens[k]!;
    if (t.kind === 'sym' && TIER_CONNECTORS.has(t.text)) k++;
    else if (t.kind === 'word' && (c.cues.countFor.has(t.text) || c.cues.exchange.has(t.text))) k++;
    else break;
  }
  return sameLine(tokens, j - 1, k) ? moneyStarting(x, k) : -1;
}

/**
 * Rows of a fee table: lines that start with an amount (or a range of amounts, or "under €5k") and end with a
 * percentage, two or more in a row ("under €5k …… 12%", "€5k – €20k …… 10%"): the amounts are the brackets of
 * a commission, not prices. A lone "€45 — 90%" line is a price with a purity. Null when the text has no "%".
 */
function feeBrackets(x: Ctx): ((money: Money) => boolean) | null {
  const { tokens, moneyAt } = x;
  if (!tokens.some((t) => t.kind === 'sym' && t.text === '%')) return null;
  // the shape of each line: does it start with money and end with a percentage, with no other figure?
  const shape = new Map<number, boolean>();
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i]!.kind === 'nl') {
      i++;
      continue;
    }
    const line = tokens[i]!.line;
    let j = i;
    while (j < tokens.length && tokens[j]!.kind !== 'nl') j++;
    // tokens i..j-1 are the line: a bracket is an amount after "under"/"tot"/"over", or a range of two
    // ("€5k – €20k", "€10k–50k"), then only a percentage at the end
    let ok = false;
    let moneys = 0;
    let bounded = false;
    for (let k = i; k < j; k++) {
      const t = tokens[k]!;
      const m = moneyAt[k]!;
      if (m >= 0) {
        const money = x.moneys[m]!;
        if (moneys === 0 && cueBefore(x, money, x.c.cues.threshold, 2)) bounded = true;
        if (++moneys === 2) bounded = true;
        k = money.tj - 1;
        // a range's end written without its currency: "€10k–50k"
        const dash = tokens[k + 1];
        if (dash?.kind === 'sym' && (dash.text === '-' || dash.text === '–') && tokens[k + 2]?.kind === 'num' && moneyAt[k + 2]! < 0 && tokens[k + 3]?.text !== '%') {
          bounded = true;
          k += 2;
          if (tokens[k + 1]?.kind === 'word' && x.c.cues.thousands.has(tokens[k + 1]!.text)) k++;
        }
        continue;
      }
      if (t.kind !== 'num') continue;
      // a figure that is not money: only the last one, followed by "%", may stand here
      ok = moneys > 0 && bounded && tokens[k + 1]?.kind === 'sym' && tokens[k + 1]!.text === '%' && k + 2 >= j;
      break;
    }
    shape.set(line, ok);
    i = j;
  }
  return (money) => {
    const line = tokens[money.ti]!.line;
    return shape.get(line) === true && (shape.get(line - 1) === true || shape.get(line + 1) === true);
  };
}

/** Denominations of notes: "50€ notes", "billets de 20€ et 50€", "biljetten €50", "briefkes van 20 en 50 euro". */
function isDenomination(x: Ctx, money: Money, notesContext: boolean): boolean {
  const { tokens, c } = x;
  const joinerAt = (j: number): boolean => {
    const t = tokens[j];
    return t !== undefined && ((t.kind === 'sym' && (t.text === '/' || t.text === ',' || t.text === '&')) || (t.kind === 'word' && JOINER_WORDS.has(t.text)));
  };
  // one of several amounts listed together: "20€ / 50€ / 100€"
  const inList = (joinerAt(money.tj) && moneyStarting(x, money.tj + 1) >= 0) || (joinerAt(money.ti - 1) && (x.moneyAt[money.ti - 2] ?? -1) >= 0);
  if (notesContext) {
    // in a listing of notes: "100 x 10€", "10€ (1.000€)", and the face total in brackets
    const p = tokens[money.ti - 1];
    if (p && sameLine(tokens, money.ti - 1, money.ti) && ((p.kind === 'word' && p.text === 'x') || (p.kind === 'sym' && p.text === '×'))) return true;
    // ... and "€20 x 50", "50€ x20": a denomination times a count
    const q = tokens[money.tj];
    if (q && ((q.kind === 'word' && q.text === 'x') || (q.kind === 'sym' && q.text === '×')) && tokens[money.tj + 1]?.kind === 'num' && sameLine(tokens, money.tj - 1, money.tj + 1)) return true;
    if (tokens[money.tj]?.text === '(' && sameLine(tokens, money.tj - 1, money.tj)) {
      const inner = moneyStarting(x, money.tj + 1);
      if (inner >= 0 && tokens[x.moneys[inner]!.tj]?.text === ')') return true;
    }
    if (p?.text === '(' && tokens[money.tj]?.text === ')' && (x.moneyAt[money.ti - 2] ?? -1) >= 0) return true;
  }
  // after: up to two plain words before the notes word
  for (let j = money.tj, n = 0; j < tokens.length && n < 3; j++, n++) {
    const t = tokens[j]!;
    if (t.kind === 'nl') break;
    if (c.cues.notes.matchAt(tokens, j)) return true;
    const other = x.moneyAt[j]!;
    if (other >= 0) {
      j = x.moneys[other]!.tj - 1;
      continue;
    }
    // "120 € les 10 billets", "90€ per 5 notes": a price for a count of notes, not a denomination
    if (t.kind === 'word' && c.cues.per.has(t.text) && tokens[j + 1]?.kind === 'num') break;
    if (t.kind === 'word' && (c.cues.notesGlue.has(t.text) || n < 2) && !c.cues.exchange.has(t.text)) continue;
    if (t.kind === 'sym' && c.cues.notesGlue.has(t.text)) continue;
    if (t.kind === 'num') continue;
    break;
  }
  // before: the notes word, then only glue, numbers and other denominations
  for (let j = money.ti - 1, n = 0; j >= 0 && n < 6; j--, n++) {
    const t = tokens[j]!;
    if (t.kind === 'nl') break;
    if (c.cues.notes.matchEndingAt(tokens, j)) return true;
    const other = x.moneyAt[j]!;
    if (other >= 0) {
      j = x.moneys[other]!.ti;
      continue;
    }
    if (t.kind === 'num') continue;
    if (c.cues.notesGlue.has(t.text)) continue;
    if (t.kind !== 'word' && PICTOGRAPH.test(t.text)) continue; // "Faux billets 💶 de 50€"
    if (inList && t.kind === 'sym' && t.text === '-') continue; // "notes – 20€ / 50€ / 100€"
    break;
  }
  return false;
}

/** "A for B" with money on both sides: A is what is bought ("we send £2,000 for £300", "500€ vals voor 150€"). */
function exchangedFor(x: Ctx, money: Money): number {
  const { tokens, c } = x;
  const self = x.moneyAt[money.ti];
  for (let j = money.tj, n = 0; j < tokens.length && n < 8; j++, n++) {
    const t = tokens[j]!;
    if (isStop(t, EXCHANGE_STOPS)) return -1;
    if (t.kind === 'sym' && t.text === '.' && tokens[j + 1]?.space) return -1;
    const other = x.moneyAt[j]!;
    if (other >= 0 && other !== self) return -1;
    if (t.kind === 'num' && !(x.scan.nums[x.scan.numAt[j]!]!.flags & NF.GLUED_WORD)) return -1; // "2,000€ in 20s → 450€"
    if (t.kind === 'word' && (EXCHANGE_STOP_WORDS.has(t.text) || c.units.matchAt(tokens, j))) return -1;
    // "A → B", "A -> B", "A => B"; "10 x 20€ = 180€" (a total)
    if (t.kind === 'sym' && (t.text === '→' || ((t.text === '-' || t.text === '=') && tokens[j + 1]?.text === '>' && !tokens[j + 1]!.space))) {
      return moneyStarting(x, t.text === '→' ? j + 1 : j + 2);
    }
    if (t.kind === 'sym' && t.text === '=' && j === money.tj) return moneyStarting(x, j + 1);
    const e = c.cues.exchange.matchAt(tokens, j);
    if (e) return moneyStarting(x, j + e.len);
  }
  return -1;
}

/** Normalises a unit word after "per" or "/": known units to their unit, other nouns as written. */
function unitWord(x: Ctx, j: number): { unit: string; len: number } | null {
  const { tokens, c } = x;
  const t = tokens[j];
  if (!t || t.kind !== 'word' || x.scan.markerAt[j]! >= 0) return null;
  const u = c.units.matchAt(tokens, j);
  if (u) return { unit: u.value.unit, len: u.len };
  const e = c.cues.each.matchAt(tokens, j);
  if (e) return { unit: 'pieces', len: e.len };
  return { unit: t.text, len: 1 };
}

function knownUnitWord(x: Ctx, j: number): { unit: string; len: number } | null {
  const { tokens, c } = x;
  const t = tokens[j];
  if (!t || t.kind !== 'word') return null;
  const u = c.units.matchAt(tokens, j);
  if (u) return { unit: u.value.unit, len: u.len };
  const e = c.cues.each.matchAt(tokens, j);
  if (e) return { unit: 'pieces', len: e.len };
  return null;
}

function quantityStartingAt(x: Ctx, j: number): QuantityHit | null {
  const q = x.qStart[j];
  if (q === undefined || q < 0) return null;
  const hit = x.quantities[q]!;
  return hit.role === 'amount' ? hit : null;
}

/** What follows the amount: a unit price ("/g", "per gram", "le gramme", "each") or the quantity bought ("(10g)", "/ 10g", "for 1g"). */
function afterAmount(x: Ctx, money: Money): { perUnit?: string; quantity?: QuantityHit } {
  const { tokens, c } = x;
  const j = money.tj;
  const t = tokens[j];
  if (!t || !sameLine(tokens, j - 1, j)) return {};
  const each = c.cues.each.matchAt(tokens, j);
  if (each && t.kind === 'word') return { perUnit: 'pieces' };
  if (t.kind === 'sym' && t.text === '(') {
    const q = quantityStartingAt(x, j + 1);
    if (q && tokens[q.tj]?.text === ')') return { quantity: q };
    return {};
  }
  const per = c.cues.per.matchAt(tokens, j);
  if (per) {
    const k = j + per.len;
    const word = tokens[j]!.text;
    const q = quantityStartingAt(x, k);
    if (q) {
      if (moneyAfterConnectors(x, q.tj) >= 0) return {}; // "1g €55 / 5g €250": the next tier
      if (word === '/' || !WEAK_PER.has(word) || word === 'les') return { quantity: q };
      return {};
    }
    if (x.tokens[k]?.kind === 'num') return {};
    if (word === 'l' && tokens[k]?.text === "'") {
      const u = unitWord(x, k + 1);
      return u ? { perUnit: u.unit } : {};
    }
    if (!WEAK_PER.has(word) || FR_ARTICLE_PER.has(word)) {
      const u = unitWord(x, k);
      if (u && !c.cues.each.has(tokens[k]!.text) && FR_ARTICLE_PER.has(word) && c.cues.stockLabels.has(tokens[k]!.text)) return {};
      return u ? { perUnit: u.unit } : {};
    }
    const u = knownUnitWord(x, k);
    return u ? { perUnit: u.unit } : {};
  }
  const ex = c.cues.countFor.matchAt(tokens, j) ?? c.cues.exchange.matchAt(tokens, j);
  if (ex) {
    const q = quantityStartingAt(x, j + ex.len);
    if (q && moneyAfterConnectors(x, q.tj) < 0) return { quantity: q };
  }
  return {};
}

/** The unit written between the amount and its currency: "9.50/g EUR". */
function perInside(x: Ctx, money: Money): string | null {
  const m = money.marker;
  if (m === null || m.ti !== money.ntj + 2 || x.tokens[money.ntj]!.text !== '/') return null;
  return unitWord(x, money.ntj + 1)?.unit ?? null;
}

/** "per gram €85", "per kilo 600 dollar", "Price per gram: €85". */
function perBefore(x: Ctx, money: Money): string | null {
  const { tokens } = x;
  let j = money.ti - 1;
  if (tokens[j]?.kind === 'sym' && tokens[j]!.text === ':') j--;
  for (let back = 1; back <= 2; back++) {
    const p = j - back;
    const t = tokens[p];
    if (!t || !sameLine(tokens, p, money.ti)) return null;
    if ((t.kind === 'word' && (t.text === 'per' || t.text === 'par' || t.text === 'au' || t.text === 'pro')) || (t.kind === 'sym' && t.text === '/' && tokens[p - 1]?.kind === 'word')) {
      const u = unitWord(x, p + 1);
      if (u && p + u.len === j) return u.unit;
    }
  }
  return null;
}

/** The quantity just before the amount ("5g – €42.50", "10 gram aan 100 euro", "28g for £180", "10 for $250"). */
function quantityBefore(x: Ctx, money: Money): QuantityHit | null {
  const { tokens, c } = x;
  let plainWords = 0;
  let repeats = 0;
  for (let j = money.ti - 1, n = 0; j >= 0 && n < 8; j--, n++) {
    // a run of dots or dashes ("1g ........ €60") counts as one token, up to a bound
    if (tokens[j]!.kind === 'sym' && tokens[j + 1]?.text === tokens[j]!.text && repeats < 64) {
      repeats++;
      n--;
      continue;
    }
    const t = tokens[j]!;
    if (t.kind === 'nl') return null;
    const q = x.qEnd[j]!;
    if (q >= 0) {
      const hit = x.quantities[q]!;
      if (hit.role === 'amount' && hit.unit !== '%') return hit;
      j = hit.ti;
      continue;
    }
    const other = x.moneyAt[j]!;
    if (other >= 0) return null;
    if (t.kind === 'num') {
      // a calibre or model number between the quantity and the price reads as a word ("500 rounds 9mm $180")
      const k = x.scan.numAt[j]!;
      const num = x.scan.nums[k]!;
      if (!(num.flags & (NF.MODEL | NF.GLUED_WORD | NF.CALIBRE | NF.LEADING_DOT)) || ++plainWords > 2) return null;
      j = num.ti;
      continue;
    }
    if (t.kind === 'sym') {
      if (CONNECTOR_SYMS.has(t.text)) continue;
      if (t.text === '/' || t.text === ',') return null;
      continue; // emoji and other decoration
    }
    if (c.cues.countFor.has(t.text) || c.cues.exchange.has(t.text) || c.cues.fillers.has(t.text) || t.text === 'a') continue;
    if (x.scan.markerAt[j]! >= 0) return null;
    if (++plainWords > 2) return null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Fields

/** Token index where a line's label phrase starts, skipping leading bullets and emoji. */
function labelStart(tokens: readonly Token[], ls: number): number {
  let i = ls;
  for (let n = 0; n < 3 && tokens[i] && tokens[i]!.kind === 'sym' && tokens[i]!.text !== ':'; n++) i++;
  return i;
}

/**
 * Token indexes where a field may start: line starts, and the token after a separator, "|" or a dash
 * with spaces on both sides (the folded text writes every dash as "-"), in order.
 */
function fieldStarts(tokens: readonly Token[], lineStarts: readonly number[]): number[] {
  const out: number[] = [];
  let l = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (l < lineStarts.length && lineStarts[l]! <= i) out.push(lineStarts[l++]!);
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.kind !== 'sym' || next === undefined || next.kind === 'nl') continue;
    if (t.text === '|' || (t.text === '-' && t.space && next.space)) out.push(i + 1);
  }
  while (l < lineStarts.length) out.push(lineStarts[l++]!);
  return out;
}

/** Whether a field label ("Prijs:", "Ships to :", "Tarif :") starts at token `i`: up to four words, then a colon. */
function labelled(tokens: readonly Token[], i: number): boolean {
  for (let n = 0; n < 5; n++) {
    const t = tokens[i + n];
    if (t === undefined || t.kind === 'nl') return false;
    if (t.kind === 'sym') return n > 0 && t.text === ':';
    if (t.kind !== 'word') return false;
  }
  return false;
}

/** Value start of a "label: value" line for a set of labels; -1 if the line is not such a field. */
function fieldValue(x: Ctx, ls: number, labels: PhraseSet<true>, needColon: boolean): number {
  const { tokens, c } = x;
  let i = labelStart(tokens, ls);
  let m = labels.matchAt(tokens, i);
  // "Purchase price:", "Unit price:", but not "Old price:"
  for (let lead = 0; !m && lead < 2 && tokens[i]?.kind === 'word'; lead++) {
    if (c.cues.oldPrice.matchAt(tokens, i)) return -1;
    i++;
    m = labels.matchAt(tokens, i);
  }
  if (!m || !sameLine(tokens, ls, i)) return -1;
  let j = i + m.len;
  // up to four more label tokens: "price per gram:", "prix du lot :", "price (usd):"
  for (let n = 0; n <= 4; n++) {
    const t = tokens[j];
    // a label alone on its line, its value an amount opening the next line ("Price\nEUR 85.00": a table
    // as a scraper writes it out)
    if (t !== undefined && t.kind === 'nl' && n === 0 && !needColon) {
      let v = j;
      while (tokens[v]?.kind === 'nl') v++;
      return moneyStarting(x, v) >= 0 ? v : -1;
    }
    if (!t || t.kind === 'nl') return -1;
    if (t.kind === 'sym' && (t.text === ':' || t.text === '=')) {
      let v = j + 1;
      if (tokens[v]?.kind === 'nl' || v >= tokens.length) {
        // value on the next non-empty line
        while (tokens[v]?.kind === 'nl') v++;
      }
      return v;
    }
    if (n === 0 && !needColon && (x.scan.markerAt[j]! >= 0 || x.scan.numAt[j]! >= 0)) return j;
    if (n === 0 && t.kind === 'sym' && t.text === '-' && moneyStarting(x, j + 1) >= 0) return j + 1; // "Price - $45"
    // a label in brackets stands for one with a colon: "[Price] EUR 150.00", "[Prijs] € 40"
    if (t.kind === 'sym' && t.text === ']' && i > ls && tokens[i - 1]!.text === '[' && moneyStarting(x, j + 1) >= 0) return j + 1;
    // a dotted leader stands for the colon: "Listing price ...... $120.00"
    if (t.kind === 'sym' && (t.text === '.' || t.text === '…')) {
      let k = j;
      while (tokens[k]?.kind === 'sym' && (tokens[k]!.text === '.' || tokens[k]!.text === '…')) k++;
      return (k - j >= 3 || (k - j >= 1 && tokens[j]!.text === '…')) && tokens[k] !== undefined && tokens[k]!.kind !== 'nl' ? k : -1;
    }
    if (t.kind === 'word' || t.kind === 'num' || (t.kind === 'sym' && (t.text === '(' || t.text === ')' || t.text === '/'))) {
      j++;
      continue;
    }
    return -1;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Extraction

function roundAmount(v: number, crypto: boolean): number {
  return Number(v.toFixed(crypto ? 8 : 4));
}

/** A quantity as extractPrices reports it: the scan's token indexes left out. */
function quantityOut({ amount, unit, start, end, role }: QuantityHit): QuantityFinding {
  return { amount, unit, start, end, role };
}

/**
 * Finds every price and quantity in folded text and picks the headline price. `words`: the classifier's
 * word table, so that the words of a long page are not copied again (see WordTable). `original`: how a
 * span was written before folding, for the currency words that count only in one case ("150 TRY"); without
 * it they are not read.
 * @example extractPrices('price: 5 gr - eur 42.50', compiled).headline // { amount: 42.5, currency: 'EUR', kind: 'field', quantity: { amount: 5, unit: 'g' }, … }
 */
export function extractPrices(folded: string, compiled: CompiledPrices, words?: WordTable, original?: OriginalOf): PriceExtraction {
  const c = compiled;
  const scan = scanText(folded, c, words, original);
  const { tokens } = scan;
  const quantities = scanQuantities(scan, c);
  // A weak currency word after figures needs a cue before them ("pour 60 balles"; "30 balles" are bullets);
  // spelled-out amounts are money without one ("sixty five pounds", "dix balles"): weights are written in
  // figures. Followed by "of" it is a weight whatever the cue ("two pounds of weed").
  // ... or a weight of goods right before them: "1g 80 balles" is a price, "1g" does not come in bullets.
  // (a count of pills says goods as well, "10 cachets 60 balles", and so does a count of pieces where no
  // rounds are named, "300mg x10 — 50 balles"; "50 cartouches x2 — 50 balles" may be bullets)
  const weakEnds = new Set(scan.markers.filter((m) => m.weakWord).map((m) => m.tj));
  const ammo = quantities.some((q) => q.unit === 'rounds' && !weakEnds.has(q.tj));
  const goods = (q: QuantityHit): boolean => MASS_UNITS.has(q.unit) || q.unit === 'pills' || q.unit === 'tabs' || (q.unit === 'pieces' && !ammo);
  const goodsAmounts = quantities.filter((q) => q.role === 'amount' && goods(q));
  const massEnd = new Set(goodsAmounts.map((q) => q.tj));
  // the lines that weigh or count goods ("Héro brune 5g", "Crack galettes 0.2g x10")
  const goodsLines = new Set(goodsAmounts.map((q) => tokens[q.ti]?.line));
  const moneys = attach(scan, c).filter((m) => {
    if (!m.marker?.weakWord || !m.weak) return true;
    // written before the amount ("Fr. 120.–"), it names no bullets or weights: the amount is its money
    if (m.marker.ref.before === true && m.marker.ti < m.nti) return true;
    const after = tokens[m.marker.tj];
    if (after && after.kind === 'word' && WEIGHT_OF.has(after.text) && sameLine(tokens, m.marker.tj - 1, m.marker.tj)) return false;
    if (tokens[m.nti]!.kind !== 'num') return true;
    if (m.nti > 0 && massEnd.has(m.nti) && sameLine(tokens, m.nti - 1, m.nti)) return true;
    // ... also across one separator ("100g, 350 balles", "5g - 150 balles")
    const sep = tokens[m.nti - 1];
    if (m.nti > 1 && sep!.kind === 'sym' && MASS_PRICE_SEPARATORS.has(sep!.text) && massEnd.has(m.nti - 1) && sameLine(tokens, m.nti - 2, m.nti)) return true;
    // ... or an amount per unit of goods: "40 balles le gramme", "10 balles la pièce"
    // ... or for a weighed amount: "20 balles les 5g"
    if (after && after.kind === 'word' && WEAK_PER.has(after.text) && sameLine(tokens, m.marker.tj - 1, m.marker.tj)) {
      if (c.units.matchAt(tokens, m.marker.tj + 1)) return true;
      if (tokens[m.marker.tj + 1]?.kind === 'num' && MASS_UNITS.has(tokens[m.marker.tj + 2]?.text ?? '') && sameLine(tokens, m.marker.tj, m.marker.tj + 2)) return true;
    }
    // ... or a segment of its own on a line that weighs goods: "Héro brune 5g – Charleroi – 150 balles – GSM"
    if (goodsLines.has(tokens[m.nti]!.line) && segmentAlone(tokens, m.nti, m.marker.tj)) return true;
    // ... or the price column of a list, after a dot leader ("Office 2021 ...... 15 ballen")
    if (afterDotLeader(tokens, m.nti)) return true;
    // ... or a price a piece, where no rounds are named: "12 bucks each", "15 ballen per stuk"
    if (!ammo && after !== undefined && sameLine(tokens, m.marker.tj - 1, m.marker.tj) && c.cues.each.matchAt(tokens, m.marker.tj)) return true;
    return m.nti > 0 && sameLine(tokens, m.nti - 1, m.nti) && !!c.cues.weakCue.matchEndingAt(tokens, m.nti - 1);
  });
  // A currency code the listing names apart from any amount ("Price list (AUD):", "all prices in CAD") says
  // which of a shared sign's currencies its amounts are in: "$150" below "(AUD)" is Australian
  declaredCurrency(scan, moneys);
  // A tier table's bare amounts take the currency of its other tiers or of its heading ("Prices (EUR):")
  const inherited = tierMoneys(scan, goodsAmounts, moneys, c);
  if (inherited.length > 0) {
    moneys.push(...inherited);
    moneys.sort((p, q) => p.ti - q.ti);
  }
  // No amount of money: the quantities are all there is (most titles end here).
  if (moneys.length === 0) return { prices: [], quantities: quantities.map(quantityOut), headline: null };
  const moneyAt = new Int32Array(tokens.length).fill(-1);
  moneys.forEach((m, k) => {
    for (let i = m.ti; i < m.tj; i++) if (moneyAt[i] === -1) moneyAt[i] = k;
  });
  const qEnd = new Int32Array(tokens.length).fill(-1);
  const qStart = new Int32Array(tokens.length).fill(-1);
  quantities.forEach((q, k) => {
    if (moneyAt[q.ti]! >= 0 || moneyAt[q.tj - 1]! >= 0) return; // "60 balles" used as a price
    qEnd[q.tj - 1] = k;
    qStart[q.ti] = k;
  });
  let firstMoney = tokens.length;
  for (const m of moneys) if (m.ti < firstMoney) firstMoney = m.ti;
  const x: Ctx = { scan, c, tokens, moneyAt, moneys, qEnd, qStart, quantities, firstMoney };

  // Fields: fee fields ("Shipping: $10") and price fields ("Price: USD 190.12"). A field starts a line or
  // follows a separator ("Levering: automatisch | Prijs: € 8,00", "Envoi depuis : Suisse — Tarif : 150 CHF");
  // a fee's value runs to the end of its line or to the next labelled field after a separator.
  const segments = fieldStarts(tokens, scan.lineStarts);
  const feeAt = new Uint8Array(tokens.length); // 1 where a token is part of a fee's value
  const fieldFrom: number[] = []; // value start tokens of price fields
  // fields whose value is on a later line than the label ("Tarifs :" over a list of tiers): a field with
  // its value on its own line ("Prix : 95,00 €") wins over them wherever it is
  const nextLineField = new Set<number>();
  const lineStartSet = new Set(scan.lineStarts);
  for (let k = 0; k < segments.length; k++) {
    const ls = segments[k]!;
    if (ls >= tokens.length) continue;
    // in mid-line only a label with a colon opens a field ("— worldwide shipping — 290 EUR" is prose)
    if (!lineStartSet.has(ls) && !labelled(tokens, ls)) continue;
    const fee = fieldValue(x, ls, c.cues.feeLabels, true);
    if (fee >= 0) {
      // up to the next line start (every line start is a segment) or the next labelled field on its line;
      // a value on the next line ("Shipping:\n$10") is measured from that line
      let end = tokens.length;
      for (let q = k + 1; q < segments.length; q++) {
        const next = segments[q]!;
        if (next < fee) continue;
        if (!sameLine(tokens, fee, next) || labelled(tokens, next)) {
          end = next;
          break;
        }
      }
      // ... or a labelled field after the end of a sentence: "Livraison : Monde entier. Prix : 0.0012 BTC"
      for (let q = fee; q + 1 < end; q++) {
        const t = tokens[q]!;
        if (t.kind === 'sym' && (t.text === '.' || t.text === ';') && tokens[q + 1]!.kind === 'word' && labelled(tokens, q + 1)) {
          end = q + 1;
          break;
        }
      }
      feeAt.fill(1, fee, end);
      continue;
    }
    const f = fieldValue(x, ls, c.cues.fieldLabels, false);
    if (f >= 0 && f < tokens.length) {
      fieldFrom.push(f);
      if (!sameLine(tokens, ls, f)) nextLineField.add(f);
    }
  }
  fieldFrom.sort((a, b) => a - b);
  const fieldValueAt = new Set(fieldFrom);

  // a listing of notes: amounts next to counts and brackets are face values
  let notesContext = false;
  for (let i = 0; i < tokens.length && !notesContext; i++) if (tokens[i]!.kind === 'word' && c.cues.notes.matchAt(tokens, i)) notesContext = true;

  const bracket = feeBrackets(x);
  // exclusions
  for (const money of moneys) {
    if (feeAt[money.ti] === 1) money.excluded = 'fee';
    else if (bracket !== null && bracket(money)) money.excluded = 'threshold';
    else if (cueBefore(x, money, c.cues.minimum, 4, MINIMUM_STOPS) || cueAfter(x, money, c.cues.minimum, 1)) money.excluded = 'minimum';
    else if (cueBefore(x, money, c.cues.threshold, 2)) money.excluded = 'threshold';
    else if (cueBefore(x, money, c.cues.oldPrice, 3)) money.excluded = 'old-price';
    else if (cueBefore(x, money, c.cues.earn, 3)) money.excluded = 'earnings';
    else if (cueRightBefore(x, money, c.cues.discountBefore) || cueAfter(x, money, c.cues.discountAfter, 2)) money.excluded = 'discount';
    // (no note is printed in a cryptocurrency: "0.004 BTC per biljet" is what a note costs)
    else if (!c.crypto.has(money.currency) && isDenomination(x, money, notesContext)) money.excluded = 'face-value';
    else if (!c.crypto.has(money.currency) && (cueAfter(x, money, c.cues.faceValue, 4, true) || faceBeforeRange(x, money))) money.excluded = 'face-value';
    else if (struck(x, money)) money.excluded = 'old-price';
    else if (rateOfCrypto(x, money)) money.excluded = 'rate';
    // a price field's own label may also be an add-on word ("Kosten: €1.450,-"): the field's value is the price
    else if (!fieldValueAt.has(money.ti) && addon(x, money)) money.excluded = 'addon';
  }
  // "A for B", "was A now B", "A → B": A is not the price (unless B is itself a face value)
  for (const money of moneys) {
    if (money.excluded) continue;
    const b = exchangedFor(x, money);
    if (b >= 0 && moneys[b]!.excluded !== 'face-value') {
      money.excluded = 'exchanged';
      continue;
    }
    const nw = c.cues.newPrice.matchAt(tokens, money.tj);
    if (nw && sameLine(tokens, money.tj - 1, money.tj) && moneyStarting(x, money.tj + nw.len) >= 0) {
      money.excluded = 'old-price';
      continue;
    }
  }

  // kinds, quantities, unit prices
  for (const money of moneys) {
    if (money.excluded) continue;
    if (fromBefore(x, money)) {
      if (freeBefore(x, money)) {
        money.excluded = 'threshold';
        continue;
      }
      money.kind = 'from';
    }
    if (money.rangeLow) money.kind = 'from';
    const after = afterAmount(x, money);
    const per = after.perUnit ?? perBefore(x, money) ?? perInside(x, money);
    const crypto = c.crypto.has(money.currency);
    if (per) {
      if (money.kind !== 'from') money.kind = 'per-unit';
      money.quantity = { amount: 1, unit: per };
      money.perUnit = { amount: money.amount, currency: money.currency, unit: per };
      continue;
    }
    const q = after.quantity ?? quantityBefore(x, money);
    if (q) {
      money.quantity = { amount: q.amount, unit: q.unit };
      money.perUnit = { amount: roundAmount(money.amount / q.amount, crypto), currency: money.currency, unit: q.unit };
    }
  }
  const accepted = moneys.filter((m) => !m.excluded);
  const withQuantity = accepted.filter((m) => m.quantity && m.kind === 'plain' && !m.weak);
  if (withQuantity.length >= 2) for (const m of withQuantity) m.kind = 'tier';

  // the market's price field
  // (fields and amounts are both in reading order: one pass over each)
  let fieldMoney: Money | null = null;
  for (const sameLineOnly of nextLineField.size > 0 ? [true, false] : [false]) {
    for (let f = 0, p = 0; f < fieldFrom.length && !fieldMoney; f++) {
      const v = fieldFrom[f]!;
      if (sameLineOnly && nextLineField.has(v)) continue;
      while (p < accepted.length && accepted[p]!.ti < v) p++;
      const m = accepted[p];
      if (m && tokens[m.ti]!.line === tokens[v]!.line) fieldMoney = m;
    }
    if (fieldMoney) break;
  }
  if (fieldMoney) {
    fieldMoney.field = true;
    fieldMoney.kind = 'field';
  }

  const findings = new Map<Money, PriceFinding>();
  const toFinding = (m: Money): PriceFinding => {
    let f = findings.get(m);
    if (!f) {
      const start = tokens[m.ti]!.start;
      const end = tokens[m.tj - 1]!.end;
      f = { amount: m.amount, currency: m.currency, start, end, kind: m.kind, quantity: m.quantity, perUnit: m.perUnit, text: folded.slice(start, end), weak: m.weak, alts: m.declared === true ? [m.currency] : (m.marker?.ref.alts ?? m.alts ?? [m.currency]), ...(m.fiat !== undefined ? { fiat: m.fiat } : {}) };
      findings.set(m, f);
    }
    return f;
  };
  const prices = accepted.slice(0, MAX_PRICES).map(toFinding);
  // Reading order, except that an ambiguous symbol ("¥3000 or $25") gives way to a sure currency; a slang
  // word that passed the checks above is sure of its currency ("5g - 50 balles" before "10g - nonante euros")
  const sure = accepted.find((m) => !m.weak || m.marker?.weakWord === true);
  const head = fieldMoney ?? sure ?? accepted[0] ?? null;
  const headline = head ? toFinding(head) : null;
  const qs = quantities.filter((q) => qStart[q.ti] !== -1 || qEnd[q.tj - 1] !== -1).map(quantityOut);
  return { prices, quantities: qs, headline };
}

/**
 * The price in the currency a vendor of `country` means by its symbol: "40$" from Canada is CAD, from
 * Australia AUD (currencies.json `countries`). Unchanged when the symbol names one currency only, and in a
 * market's price field (the market's own currency: "Price: $217.05" on a market that prices in USD).
 */
export function localise(p: PriceFinding, country: string | null, c: CompiledPrices): PriceFinding {
  // a market's field writes its own currency's sign before the amount ("Price: $30.00" is the market's
  // dollar wherever the vendor is); a vendor writes after it ("Prix: 250$", "Prix : 100.–"), in his own.
  // A sign no market prices in names no market currency ("Price: ¥3,200" from China is yuan), and a
  // market writes its crypto amounts as decimals: "Price: ฿6,900" from Thailand is baht, where "฿0.0123"
  // stays bitcoin (a fiat reading exists only for an amount grouped by thousands).
  const marketField = p.kind === 'field' && !p.weak && p.fiat === undefined && !/^[0-9]/.test(p.text);
  const local = country === null || marketField ? undefined : c.localCurrency.get(country);
  if (local === undefined || local === p.currency || !p.alts.includes(local)) return p;
  // a crypto amount read as the vendor's money is read as money is written ("฿6,900" is 6,900 baht)
  if (p.fiat === undefined || c.crypto.has(local)) return { ...p, currency: local, perUnit: p.perUnit && { ...p.perUnit, currency: local } };
  const { fiat: amount, ...rest } = p;
  const per = p.perUnit && { ...p.perUnit, currency: local, amount: p.quantity === null ? amount : roundAmount(amount / p.quantity.amount, false) };
  return { ...rest, amount, currency: local, perUnit: per };
}

// An amount written "45,-" or "120.–" with no currency: euros in the Netherlands and Belgium, francs from a
// Swiss vendor ("Fr. 120.–", "CHF 45.–" is the Swiss way of writing round prices)
const DASH_ALTS: readonly string[] = ['EUR', 'CHF'];

const RANGE_WORDS = new Set(['de', 'from', 'van', 'between', 'entre', 'tussen', 'a', 'to', 'tot', 'et', 'and', 'en', 'up', 'jusqu']);

/**
 * A crypto-currency's rate in money: "BTC $66,980 | XMR $163.70", "1 BTC = € 62.300", "XMR: 151 €" (a market's
 * ticker above the listing). The amount stands right after the ticker, with "=", ":" or "/" between or
 * nothing, and no amount before the ticker but "1". (The other order, "€ 62.300 = 1 BTC", is not read.)
 */
function rateOfCrypto(x: Ctx, money: Money): boolean {
  const { tokens, c } = x;
  if (c.crypto.has(money.currency)) return false;
  let j = money.ti - 1;
  if (j >= 0 && tokens[j]!.kind === 'sym' && (tokens[j]!.text === '=' || tokens[j]!.text === ':' || tokens[j]!.text === '/')) j--;
  const t = tokens[j];
  if (t === undefined || t.kind !== 'word' || !sameLine(tokens, j, money.ti)) return false;
  const m = x.scan.markerAt[j]!;
  if (m < 0 || x.scan.markers[m]!.tj !== j + 1 || !c.crypto.has(x.scan.markers[m]!.ref.code)) return false;
  // "0.004 BTC = €20" converts a price; only the ticker alone or one coin ("1 BTC = …") is a rate
  const before = tokens[j - 1];
  return before === undefined || before.kind !== 'num' || !sameLine(tokens, j - 1, j) || before.text === '1';
}

/** A balance or face-value word before the amount, across a range: "solde (de 200 à 1 000€)", "balance $500". */
function faceBeforeRange(x: Ctx, money: Money): boolean {
  const { tokens, c } = x;
  let j = money.ti - 1;
  for (let n = 0; n < 6 && j >= 0 && sameLine(tokens, j, money.ti); n++) {
    const t = tokens[j]!;
    if (c.cues.faceBefore.matchEndingAt(tokens, j)) return true;
    // the other end of a range written in money: "balance $2k-$5k"
    const other = x.moneyAt[j]!;
    if (other >= 0 && x.moneys[other] !== money) {
      j = x.moneys[other]!.ti - 1;
      continue;
    }
    // a dash joins a range unless spaced on both sides ("1 - 3 days" is prose), or right after money ("€500 - €1000")
    const rangeDash = t.kind === 'sym' && t.text === '-' && (!(t.space && tokens[j + 1]?.space) || (x.moneyAt[j - 1] ?? -1) >= 0);
    if (t.kind === 'num' || (t.kind === 'word' && RANGE_WORDS.has(t.text)) || rangeDash || (t.kind === 'sym' && (t.text === '(' || t.text === ':' || t.text === "'"))) j--;
    else return false;
  }
  return false;
}

const LIST_JOINERS = new Set(['-', '&', '/', '(', '+', ',']);
const CUE_GLUE = new Set([':', '(', '+', '=', '~']);

/** A cue phrase right before the money, or before punctuation right before it ("balance: $500", "tracking (+€5)"). */
function cueRightBefore(x: Ctx, money: Money, set: PhraseSet<true>): boolean {
  const { tokens } = x;
  let j = money.ti - 1;
  for (let n = 0; n < 2 && tokens[j]?.kind === 'sym' && CUE_GLUE.has(tokens[j]!.text); n++) j--;
  return j >= 0 && sameLine(tokens, j, money.ti) && !!set.matchEndingAt(tokens, j);
}

function struck(x: Ctx, money: Money): boolean {
  const { tokens } = x;
  const a = tokens[money.ti - 1];
  const b = tokens[money.ti - 2];
  const before = !!a && !!b && a.text === '~' && b.text === '~' && !a.space && !tokens[money.ti]!.space && sameLine(tokens, money.ti - 2, money.ti);
  const c = tokens[money.tj];
  const d = tokens[money.tj + 1];
  const after = !!c && !!d && c.text === '~' && d.text === '~' && !c.space && !d.space && sameLine(tokens, money.tj - 1, money.tj + 1);
  return before && after;
}

function addon(x: Ctx, money: Money): boolean {
  const { tokens, c } = x;
  // "+5€", "(+€7)"; not "20kg+ – $280", where "+" means "or more"
  const plus = (k: number): boolean => {
    const t = tokens[k];
    return !!t && t.kind === 'sym' && t.text === '+' && sameLine(tokens, k, money.ti) && (t.space || k === 0 || tokens[k - 1]!.kind === 'sym' || tokens[k - 1]!.kind === 'nl');
  };
  const p = tokens[money.ti - 1];
  if (plus(money.ti - 1)) return true;
  if (p && p.kind === 'sym' && p.text === '(' && plus(money.ti - 2)) return true;
  if (cueRightBefore(x, money, c.cues.addonBefore) || addonCueAfter(x, money)) return true;
  // a shipping option names a fee only once a price has come ("10g €80, tracked €5"); before any other
  // amount it says how the item goes ("3.5g USPS tracked $150")
  return x.firstMoney < money.ti && cueRightBefore(x, money, c.cues.addonMethod);
}

/**
 * An add-on phrase after the amount ("5€ de port", "€3 extra"), unless the phrase introduces an amount
 * of its own ("200€ + frais de port 5€": the 5€ is the add-on) or says it is included.
 */
function addonCueAfter(x: Ctx, money: Money): boolean {
  const { tokens } = x;
  const k = cueEndAfter(x, money, x.c.cues.addonAfter, 3);
  if (k < 0) return false;
  const next = tokens[k];
  // words after the phrase that say it is in the price: "200€ (frais de port inclus)"
  if (next !== undefined && next.kind === 'word' && x.c.cues.included.matchAt(tokens, k)) return false;
  // the phrase never spans a line (phrases stop at newlines), so its last token is on the line of its first
  return moneyStarting(x, k) < 0 || !sameLine(tokens, k - 1, k);
}

function fromBefore(x: Ctx, money: Money): boolean {
  const { tokens, c } = x;
  let j = money.ti - 1;
  for (let n = 0; n < 2 && j >= 0; n++) {
    const f = c.cues.fillers.matchEndingAt(tokens, j);
    if (!f) break;
    j -= f.len;
  }
  return j >= 0 && sameLine(tokens, j, money.ti) && !!c.cues.from.matchEndingAt(tokens, j);
}

function freeBefore(x: Ctx, money: Money): boolean {
  const { c } = x;
  return cueBefore(x, money, c.cues.free, 6) || cueBefore(x, money, c.cues.feeLabels, 4);
}
