/**
 * Quantities in folded listing text: an amount sold ("5g", "1/4 lb", "half an ounce", "100 stuks"),
 * a dose per unit ("250ug", "200mg tablets") or a purity ("92%"). Works on the shared token scan,
 * so it runs in linear time and agrees with the price extractor about which numbers are prices.
 */
import type { CompiledPrices, Scan, UnitRef } from './numbers.js';
import { NF, isNumberWord, parseNumberWords, scanText, tokensOnSameLine as sameLine } from './numbers.js';

/** A quantity found in folded text. `start`/`end` are offsets in the folded text. */
export interface QuantityFinding {
  amount: number;
  /** Normalised unit: g, kg, mg, ug, ml, l, oz, lb, pills, tabs, rounds, pieces, or "%" for a purity. */
  unit: string;
  start: number;
  end: number;
  role: 'amount' | 'dose' | 'purity';
}

/** A quantity with the token range it covers, for the price extractor. */
export interface QuantityHit extends QuantityFinding {
  readonly ti: number;
  readonly tj: number;
}

const MAX_QUANTITIES = 1000; // hostile input cannot make the result grow without bound
const MAX_COUNT = 1_000_000;
const MG_AMOUNT = 1000; // from a gram up, milligrams are an amount sold rather than a dose

const ARTICLES = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'it', 'this', 'that', 'le', 'la', 'les', 'de', 'het', 'een']);
const NOT_BEFORE_PHRASE = new Set(['in', 'per', 'every', 'each', 'last', 'next', 'this', 'first', 'third', 'past']);
const PHRASE_END_SYMS = new Set(['-', '|', ',', '.', ':', '(', ')', '=', '/', '@', ';', '!', '?', '*', '~', '+']);
const PHRASE_NEXT_WORDS = new Set(['for', 'of', 'voor', 'pour', 'at', 'van', 'de', 'only', 'is', 'costs', 'kost', 'coute', 'aan']);

// removes float noise from products such as 0.1 × 3 (quantities stay far below 1e6)
function round(v: number): number {
  return Math.round(v * 1e9) / 1e9;
}

/** Lines that hold stock or statistics ("Quantity left: 500", "Sold: 1,207"): their numbers are no quantity sold. */
export function stockLines(scan: Scan, c: CompiledPrices): Set<number> {
  const out = new Set<number>();
  const { tokens } = scan;
  for (const ls of scan.lineStarts) {
    let i = ls;
    let skipped = 0;
    while (i < tokens.length && tokens[i]!.kind === 'sym' && tokens[i]!.text !== ':' && skipped < 3) {
      i++;
      skipped++;
    }
    const m = c.cues.stockLabels.matchAt(tokens, i);
    if (!m) continue;
    const after = tokens[i + m.len];
    if (after && after.kind === 'sym' && after.text === ':' && sameLine(tokens, i, i + m.len)) out.add(tokens[i]!.line);
  }
  return out;
}

/** Whether a price starts at token `j`: a currency marker, or a number followed by one. */
export function moneyStartsAt(scan: Scan, j: number): boolean {
  const { tokens, markerAt, numAt, nums } = scan;
  if (!tokens[j] || tokens[j]!.kind === 'nl') return false;
  if (markerAt[j]! >= 0) return true;
  const k = numAt[j]!;
  if (k >= 0) {
    const num = nums[k]!;
    if (num.dashEuro) return true;
    const after = num.tj;
    return markerAt[after] !== undefined && markerAt[after]! >= 0 && sameLine(tokens, num.tj - 1, after);
  }
  return false;
}

function weakCueBefore(scan: Scan, c: CompiledPrices, ti: number): boolean {
  return ti > 0 && sameLine(scan.tokens, ti - 1, ti) && !!c.cues.weakCue.matchEndingAt(scan.tokens, ti - 1);
}

/** The count unit named within a few tokens after `from` ("pills", "tabs", "rounds"), if any. */
function countUnitAfter(scan: Scan, c: CompiledPrices, from: number, span: number): string | null {
  const { tokens } = scan;
  for (let j = from; j < from + span && j < tokens.length; j++) {
    if (tokens[j]!.kind === 'nl') break;
    const u = c.units.matchAt(tokens, j);
    if (u && u.value.count) return u.value.unit;
  }
  return null;
}

function hasDoseAfter(scan: Scan, c: CompiledPrices, from: number): boolean {
  const { tokens, numAt, nums } = scan;
  let j = from;
  if (tokens[j]?.kind === 'sym' && tokens[j]!.text === '(') j++;
  const k = numAt[j];
  if (k === undefined || k < 0) return false;
  const u = c.units.matchAt(tokens, nums[k]!.tj);
  return !!u && u.value.dose && sameLine(tokens, j, nums[k]!.tj);
}

/**
 * Finds quantities in a scan. Internal form of `extractQuantities`, with token ranges.
 */
export function scanQuantities(scan: Scan, c: CompiledPrices): QuantityHit[] {
  const { tokens, nums, markerAt } = scan;
  const stock = stockLines(scan, c);
  const out: QuantityHit[] = [];
  const used = new Uint8Array(tokens.length);
  const push = (ti: number, tj: number, amount: number, unit: string, role: QuantityFinding['role']): void => {
    if (out.length >= MAX_QUANTITIES || !Number.isFinite(amount) || amount <= 0) return;
    for (let q = ti; q < tj; q++) if (used[q]) return;
    for (let q = ti; q < tj; q++) used[q] = 1;
    out.push({ amount: round(amount), unit, start: tokens[ti]!.start, end: tokens[tj - 1]!.end, role, ti, tj });
  };
  const unitAt = (j: number, numTok: number): { len: number; value: UnitRef } | null => {
    if (!sameLine(tokens, numTok, j)) return null;
    const u = c.units.matchAt(tokens, j);
    if (!u) return null;
    // a unit term that ends inside a longer word never matches: tokens are whole words already
    return u;
  };

  for (const num of nums) {
    if (out.length >= MAX_QUANTITIES) break;
    if (stock.has(num.line)) continue;
    const bad = NF.MODEL | NF.GLUED_WORD | NF.CALIBRE | NF.TIME | NF.DATE | NF.LEADING_DOT;
    if (num.flags & bad || num.value === null) continue;
    const v = num.value;

    if (num.flags & NF.PERCENT) {
      const pct = num.tj;
      const nextWord = c.cues.notPurity.matchAt(tokens, pct + 1);
      const prevWord = num.ti > 0 && sameLine(tokens, num.ti - 1, num.ti) ? c.cues.notPurity.matchEndingAt(tokens, num.ti - 1) : null;
      const prevSym = tokens[num.ti - 1];
      const signed = !!prevSym && prevSym.kind === 'sym' && (prevSym.text === '+' || prevSym.text === '-') && !num.flags;
      if (v <= 100 && !(nextWord && sameLine(tokens, pct, pct + 1)) && !prevWord && !signed) push(num.ti, pct + 1, v, '%', 'purity');
      continue;
    }

    const u = unitAt(num.tj, num.tj - 1);
    if (u) {
      const m = markerAt[num.tj]!;
      if (m >= 0 && scan.markers[m]!.weakWord && weakCueBefore(scan, c, num.ti)) continue; // "pour 60 balles" is a price
      if (m >= 0 && !scan.markers[m]!.weakWord) continue;
      if (tokens[num.tj]!.text === 'gr' && c.cues.grainContext.matchAt(tokens, num.tj + u.len) && sameLine(tokens, num.tj, num.tj + u.len)) continue; // "124gr FMJ": grains
      const amount = v * u.value.factor;
      let role: QuantityFinding['role'] = 'amount';
      if (u.value.dose) {
        role = 'dose';
        if (u.value.unit === 'mg' && amount >= MG_AMOUNT) {
          const ctx = c.cues.doseContext.matchAt(tokens, num.tj + u.len);
          if (!ctx) role = 'amount';
        }
      }
      push(num.ti, num.tj + u.len, amount, u.value.unit, role);
      continue;
    }

    if (!num.int || v > MAX_COUNT || v < 1 || !Number.isInteger(v)) continue;

    // "50x (30mg)", "50x"
    if (num.flags & NF.COUNT_X && tokens[num.tj]?.text === 'x') {
      const after = num.tj + 1;
      const dose = hasDoseAfter(scan, c, after);
      const unit = countUnitAfter(scan, c, after, 6) ?? (dose ? 'pills' : 'pieces');
      push(num.ti, num.tj + 1, v, unit, 'amount');
      continue;
    }
    // "10 x 10mg", "4 x 30rd"
    const xt = tokens[num.tj];
    if (xt && sameLine(tokens, num.tj - 1, num.tj) && ((xt.kind === 'word' && xt.text === 'x') || (xt.kind === 'sym' && xt.text === '×')) && xt.space) {
      const dose = hasDoseAfter(scan, c, num.tj + 1);
      const k = scan.numAt[num.tj + 1];
      const second = k !== undefined && k >= 0 ? nums[k]! : null;
      const secondUnit = second ? unitAt(second.tj, second.tj - 1) : null;
      if (dose || secondUnit) {
        const unit = dose ? (countUnitAfter(scan, c, num.tj + 1, 7) ?? 'pills') : 'pieces';
        push(num.ti, num.tj + 1, v, unit, 'amount');
        continue;
      }
    }
    // "x10", "x 5", "19.4g x 12 jars"
    const px = tokens[num.ti - 1];
    if (px && sameLine(tokens, num.ti - 1, num.ti) && ((px.kind === 'word' && px.text === 'x') || (px.kind === 'sym' && px.text === '×'))) {
      const beforeX = tokens[num.ti - 2];
      const calibre = beforeX && beforeX.kind === 'num' && !px.space;
      const wordGlued = beforeX && beforeX.kind === 'word' && !px.space && beforeX.line === px.line;
      if (!calibre && !wordGlued) {
        push(num.ti - 1, num.tj, v, countUnitAfter(scan, c, num.tj, 2) ?? 'pieces', 'amount');
        continue;
      }
    }
    // "lot de 20", "pack of 10", "doos van 50"
    if (num.ti > 0 && sameLine(tokens, num.ti - 1, num.ti)) {
      const cb = c.cues.countBefore.matchEndingAt(tokens, num.ti - 1);
      if (cb) {
        push(num.ti, num.tj, v, countUnitAfter(scan, c, num.tj, 2) ?? 'pieces', 'amount');
        continue;
      }
    }
    // "10 for $250", "3 for 14,85 EUR", "10 pour 70€"
    const cf = sameLine(tokens, num.tj - 1, num.tj) ? c.cues.countFor.matchAt(tokens, num.tj) : null;
    if (cf && moneyStartsAt(scan, num.tj + cf.len) && (num.ti === 0 || markerAt[num.ti - 1] === -1)) {
      const prev = tokens[num.ti - 1];
      const isMoneyBefore = prev && prev.kind === 'sym' && markerAt[num.ti - 1]! >= 0;
      if (!isMoneyBefore) push(num.ti, num.tj, v, 'pieces', 'amount');
    }
  }

  // fixed phrases ("half an ounce", "an eighth") and number words before a unit ("vijf gram")
  for (let i = 0; i < tokens.length && out.length < MAX_QUANTITIES; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' && t.kind !== 'num') continue;
    if (stock.has(t.line)) continue;
    const ph = c.phrases.matchAt(tokens, i);
    if (ph) {
      const e = i + ph.len;
      let ok = true;
      if (ph.value.drugContext) {
        const prev = tokens[i - 1];
        if (prev && prev.kind === 'word' && sameLine(tokens, i - 1, i) && NOT_BEFORE_PHRASE.has(prev.text)) ok = false;
        const nx = tokens[e];
        if (ok && nx && nx.kind !== 'nl') {
          if (nx.kind === 'sym') ok = PHRASE_END_SYMS.has(nx.text) || markerAt[e]! >= 0;
          else if (nx.kind === 'num') ok = true;
          else if (markerAt[e]! >= 0) ok = true;
          else if (PHRASE_NEXT_WORDS.has(nx.text)) {
            const after = tokens[e + 1];
            ok = nx.text !== 'of' || !(after && after.kind === 'word' && ARTICLES.has(after.text));
          } else ok = false;
        }
      }
      if (ok) {
        push(i, e, ph.value.amount, ph.value.unit, 'amount');
        i = e - 1;
        continue;
      }
    }
    if (t.kind === 'word' && markerAt[i] === -1 && i > 0 && tokens[i - 1]!.kind === 'word' && sameLine(tokens, i - 1, i)) {
      const u = c.units.matchAt(tokens, i);
      if (!u || t.text.length < 3) continue;
      // collect number words backwards: "twenty-five grams", "vijf gram", "een ons"
      const words: string[] = [];
      const idxs: number[] = [];
      let k = i - 1;
      while (k >= 0 && i - k <= 8) {
        const w = tokens[k]!;
        if (w.kind === 'word' && markerAt[k] === -1 && w.line === t.line && isNumberWord(c.numberWords, w.text)) {
          words.unshift(w.text);
          idxs.unshift(k);
          k--;
        } else if (w.kind === 'sym' && w.text === '-' && !w.space && tokens[k - 1]?.kind === 'word') {
          k--;
        } else break;
      }
      // the longest suffix of the run that reads as one number
      for (let s = 0; s < words.length; s++) {
        const val = parseNumberWords(c.numberWords, words.slice(s));
        if (val !== null && val > 0) {
          const amount = val * u.value.factor;
          const role: QuantityFinding['role'] = u.value.dose && !(u.value.unit === 'mg' && amount >= MG_AMOUNT) ? 'dose' : 'amount';
          push(idxs[s]!, i + u.len, amount, u.value.unit, role);
          break;
        }
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Finds the quantities of a listing in folded text: amounts sold, doses and purities.
 * @example extractQuantities('50x (30mg) pills', compiled) // [{amount: 50, unit: 'pills', role: 'amount'…}, {amount: 30, unit: 'mg', role: 'dose'…}]
 */
export function extractQuantities(folded: string, compiled: CompiledPrices): QuantityFinding[] {
  const scan = scanText(folded, compiled);
  return scanQuantities(scan, compiled).map(({ amount, unit, start, end, role }) => ({ amount, unit, start, end, role }));
}
