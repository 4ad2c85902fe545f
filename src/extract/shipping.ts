import type { ShippingMethod } from '../schema/taxonomy.js';
import { SHIPPING_METHODS } from '../schema/taxonomy.js';
import type { CompiledLexicons } from '../lexicon/compile.js';
import type { Match } from '../lexicon/match.js';
import type { Token } from '../text/tokenise.js';
import { toOriginalSpan, type NormalisedText } from '../text/normalise.js';

function hasCapital(n: NormalisedText, m: Match): boolean {
  const [s, e] = toOriginalSpan(n, m.start, m.end);
  const t = n.original.slice(s, e);
  return t !== t.toLowerCase();
}

// A negation reaches this many words ahead: "no tracking", "geen track & trace", "pas de suivi".
const NEGATION_REACH = 3;
// An exception ("unless", "tenzij", "sauf") this close after the method takes the negation back.
const EXCEPTION_REACH = 4;

export interface MethodFinding {
  readonly method: ShippingMethod;
  readonly match: Match;
}
export interface NegatedMethod {
  readonly method: ShippingMethod;
  readonly match: Match;
  readonly by: Match;
}
export interface CarrierFinding {
  readonly name: string;
  readonly match: Match;
}

export interface ShippingExtraction {
  readonly methods: MethodFinding[];
  readonly negated: NegatedMethod[];
  readonly carriers: CarrierFinding[];
}

function unbroken(words: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (words[k]!.brk) return false;
  return true;
}

/** A negation does not reach past a comma, a bracket, a colon or a plus: "No tracking, letter post only"; a slash joins ("geen THC/CBD"). */
export function barrierBetween(folded: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = folded[i];
    if (c === ',' || c === '(' || c === ')' || c === ':' || c === '+') return true;
  }
  return false;
}

/**
 * Shipping methods and carriers from their phrases in any language. A method preceded by a negation
 * ("no tracking", "GEEN afhalen") is not offered, unless an exception follows ("unless you pay 8€").
 */
export function extractShipping(matches: readonly Match[], words: readonly Token[], n: NormalisedText, lex: CompiledLexicons): ShippingExtraction {
  const folded = n.text;
  const original = n;
  const negs = matches.filter((m) => m.item.kind === 'shipNegation');
  const negsAfter = matches.filter((m) => m.item.kind === 'shipNegationAfter');
  const exceptions = matches.filter((m) => m.item.kind === 'shipNegException');
  const methods: MethodFinding[] = [];
  const negated: NegatedMethod[] = [];
  // Longest phrase wins where method phrases overlap ("lettre suivie" is both letter and tracked: keep both
  // when they are different phrases of the same span, otherwise the longer).
  const ms = matches.filter((m) => m.item.kind === 'method');
  for (const m of ms) {
    const method = lex.methods[m.item.ref]!.method;
    const inside = ms.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start && lex.methods[o.item.ref]!.method === method);
    if (inside) continue;
    const neg =
      negs.find((n) => n.last < m.first && m.first - n.last <= NEGATION_REACH && unbroken(words, n.last + 1, m.first) && !barrierBetween(folded, n.end, m.start)) ??
      negsAfter.find((n) => n.first > m.last && n.first - m.last <= NEGATION_REACH && unbroken(words, m.last + 1, n.first) && !barrierBetween(folded, m.end, n.start));
    if (neg) {
      const exc = exceptions.some((e) => e.first > m.last && e.first - m.last <= EXCEPTION_REACH && unbroken(words, m.last + 1, e.first));
      if (!exc) {
        negated.push({ method, match: m, by: neg });
        continue;
      }
    }
    methods.push({ method, match: m });
  }
  const carriers: CarrierFinding[] = [];
  const cs = matches.filter((m) => m.item.kind === 'carrier');
  for (const m of cs) {
    const carrier = lex.carriers[m.item.ref]!;
    // the longer name wins where two overlap: "La Poste suisse" is Swiss Post
    if (cs.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)) continue;
    if (carrier.capitalised && !hasCapital(original, m)) continue;
    carriers.push({ name: carrier.name, match: m });
  }
  return { methods, negated, carriers };
}

/** Distinct methods in vocabulary order. */
export function methodSet(found: readonly { method: ShippingMethod }[]): ShippingMethod[] {
  const s = new Set(found.map((f) => f.method));
  return SHIPPING_METHODS.filter((m) => s.has(m));
}
