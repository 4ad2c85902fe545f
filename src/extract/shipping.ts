import type { ShippingMethod } from '../schema/taxonomy.js';
import { SHIPPING_METHODS } from '../schema/taxonomy.js';
import { NEGATION_EXCEPTION, type CompiledLexicons } from '../lexicon/compile.js';
import type { Match } from '../lexicon/match.js';
import type { VocabItem } from '../lexicon/compile.js';
import { unbroken, type Token } from '../text/tokenise.js';
import { longestPerKey } from '../lexicon/overlap.js';
import { originalText, type NormalisedText } from '../text/normalise.js';
import { lineAt, linesWhere, lowerBound, newlineOffsets } from '../text/search.js';

// Words that join two names in a list ("DHL or Hermes", "Hermes ou DPD", "PostNL en Hermes").
const LIST_JOINERS = new Set(['or', 'and', 'ou', 'et', 'of', 'en', 'oder', 'und']);

/** Whether word `b` follows word `a` in one sentence, next to it or with one list word between. */
function joined(words: readonly Token[], a: number, b: number): boolean {
  if (b === a + 1) return !words[b]!.brk;
  return b === a + 2 && LIST_JOINERS.has(words[a + 1]!.text) && !words[a + 1]!.brk && !words[b]!.brk;
}

function hasCapital(n: NormalisedText, m: Match): boolean {
  const t = originalText(n, m.start, m.end);
  return t !== t.toLowerCase();
}

// Words that may stand between a refusal and the carrier it refuses: "we do NOT use DHL", "niet via DHL",
// "Not using FedEx", "jamais par Chronopost", "no more UPS", "we do NOT ship with DHL", "on n'envoie pas par La Poste".
const CARRIER_REFUSAL_FILLERS = new Set(['via', 'par', 'per', 'met', 'with', 'by', 'through', 'use', 'using', 'used', 'utilise', 'utilisons', 'gebruiken', 'more', 'meer', 'plus', 'any', 'the', 'ship', 'shipping', 'send', 'sending', 'post', 'verzenden', 'versturen', 'sturen', 'envoi', 'envoyer', 'expedier', 'expedition']);
// ... at most this many of them.
const CARRIER_REFUSAL_GAP = 2;

// A negation reaches this many words ahead: "no tracking", "geen track & trace", "pas de suivi".
const NEGATION_REACH = 3;
// An exception ("unless", "tenzij", "sauf") this close after the method takes the negation back.
const EXCEPTION_REACH = 4;
// A refusing answer ("Afhalen in Amsterdam: nee") comes within this many words after the method.
const ANSWER_REACH = 4;
// Words between an emoji bullet and the phrase it heads ("🤝 no meetups", "🤝 Remise en main propre").
const BULLET_REACH = 3;
// What separates a method from its answer: a colon, a dash (or en or em dash) with a space on either side,
// a dot leader, or a table's column bar ("| Express | — | NOT AVAILABLE |").
const ANSWER_SEPARATOR = /:|(^|\s)[-\u2013\u2014](\s|$)|\.{3,}|\|/;
// Column bars of one table row, with nothing but dashes in the cells between.
const TABLE_CELLS = /^[ \t\-\u2013\u2014]*\|[ \t|\-\u2013\u2014]*$/;
const ANSWER_ITEM: VocabItem = { kind: 'shipNegationAfter', ref: 0, exact: true, lang: 'any' };

export interface MethodFinding {
  readonly method: ShippingMethod;
  readonly match: Match;
  /** The entry that named it where that is not `lex.methods[match.item.ref]`: an option word's id. */
  readonly id?: string;
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
export interface RefusedCarrier extends CarrierFinding {
  /** The negation that rules it out ("no", "GEEN", "pas de"). */
  readonly by: Match;
}

export interface ShippingExtraction {
  readonly methods: MethodFinding[];
  readonly negated: NegatedMethod[];
  /** Carriers the text names and does not rule out. */
  readonly carriers: CarrierFinding[];
  /** Carriers named only to be ruled out: "No DHL (seizures)", "GEEN PostNL", "PAS de Colissimo", "NIET via DHL/UPS". */
  readonly refused: RefusedCarrier[];
}


/** A negation does not reach past a comma, a bracket, a colon, a plus or a spaced dash: "No tracking, letter post only"; a slash joins ("geen THC/CBD"). Glued to a word by a hyphen, it negates that word alone. */
export function barrierBetween(folded: string, from: number, to: number): boolean {
  // a negation glued to its word by a hyphen is a prefix of that word only: "Non-VoIP SMS verification",
  // "no-log VPN" negate neither the verification nor the VPN
  const glued = folded[from] === '-' && folded[from + 1] !== ' ';
  for (let i = from; i < to; i++) {
    const c = folded[i];
    if (glued && c === ' ') return true;
    if (c === ',' || c === '(' || c === ')' || c === ':' || c === '+') return true;
    // a dash with a space either side separates clauses: "pas un produit – ne pas commander"
    if (c === '-' && folded[i - 1] === ' ' && folded[i + 1] === ' ') return true;
    // so does an emoji: "provenance à ne pas demander 😏 Envoi recommandé"
    const code = folded.charCodeAt(i);
    if ((code >= 0xd800 && code <= 0xdbff) || (code >= 0x2600 && code <= 0x27bf)) return true;
  }
  return false;
}

/** A term glued by an underscore to a word: part of a user name ("Tulip_Express", "dhl_guy"), not a method or carrier. */
function inHandle(folded: string, m: Match): boolean {
  return (m.start > 1 && folded[m.start - 1] === '_' && /[\p{L}\p{N}]/u.test(folded[m.start - 2]!)) || (folded[m.end] === '_' && /[\p{L}\p{N}]/u.test(folded[m.end + 1] ?? ''));
}

/** A method of sending or handing over goods (a digital delivery sends none). */
function sendingMethod(m: Match, lex: CompiledLexicons): boolean {
  return m.item.kind === 'method' && lex.methods[m.item.ref]!.method !== 'digital';
}

/** A carrier, or a method of sending or handing over goods (a digital delivery sends none). */
export function sendsGoods(m: Match, lex: CompiledLexicons): boolean {
  return m.item.kind === 'carrier' || sendingMethod(m, lex);
}

/** The lines (see `lineAt`) that post or hand over goods: a carrier or a way of sending is named there. */
export function postingLines(matches: readonly Match[], lex: CompiledLexicons, newlines: readonly number[]): Set<number> {
  return linesWhere(matches, (m) => sendsGoods(m, lex), newlines);
}

// How far before a one-word negation its partner may stand ("on n'envoie jamais pas": n … pas).
const PARTNER_REACH = 4;

/**
 * Whether a shipping negation may negate: a one-word negation of `negationPartners` ("pas") needs one of its
 * partners ("ne", "n") at most PARTNER_REACH words before it in its sentence; other negations always may.
 */
export function partnered(m: Match, words: readonly Token[], lex: CompiledLexicons): boolean {
  const partners = m.first === m.last ? lex.negationPartners.get(m.term) : undefined;
  if (partners === undefined) return true;
  if (words[m.first]!.brk) return false;
  for (let k = m.first - 1; k >= m.first - PARTNER_REACH && k >= 0; k--) {
    if (partners.has(words[k]!.text)) return true;
    if (words[k]!.brk) return false;
  }
  return false;
}

/**
 * The shipping negation ending at most NEGATION_REACH words before `m` in the same clause ("no tracking",
 * "niet naar NL", "pas d'envoi vers"), from the negations indexed by the word they end.
 */
export function negationBefore(m: Match, negByLast: ReadonlyMap<number, Match>, words: readonly Token[], folded: string): Match | undefined {
  for (let k = m.first - 1; k >= m.first - NEGATION_REACH && k >= 0; k--) {
    const c = negByLast.get(k);
    if (c && unbroken(words, c.last + 1, m.first) && !barrierBetween(folded, c.end, m.start) && !answersBefore(folded, c)) return c;
  }
  return undefined;
}

/** A negation right after a colon answers what stands before it: "Express: no / Stealth: yes" refuses no stealth. */
function answersBefore(folded: string, c: Match): boolean {
  let i = c.start - 1;
  while (i >= 0 && folded.charCodeAt(i) === 0x20) i--;
  if (folded.charCodeAt(i) !== 0x3a) return false;
  // (only a one-word answer: "Shipping: no tracking" still refuses the tracking)
  return c.first === c.last && /^\s*[/|]/.test(folded.slice(c.end, c.end + 3));
}

// The smallest count of a packaging term that is goods for sale ("100 mylar bags"); fewer is layers ("2x vac").
const GOODS_COUNT = 5;

/**
 * Whether a match stands on a line that names a shipping method or a carrier of its own (not a brand-like
 * name) and no category term: a shipping line, where a brand-like name is the carrier.
 */
function shippingLines(matches: readonly Match[], named: readonly { match: Match; paired: boolean }[], newlines: readonly number[], lex: CompiledLexicons): (m: Match) => boolean {
  const shipping = linesWhere(matches, (m) => sendingMethod(m, lex), newlines);
  const goods = linesWhere(matches, (m) => m.item.kind === 'category', newlines);
  for (const c of named) if (!c.paired) shipping.add(lineAt(newlines, c.match.start));
  return (m) => {
    const line = lineAt(newlines, m.start);
    return shipping.has(line) && !goods.has(line);
  };
}

/** The method matches, without those of a `withPlace` entry on a line that names no city or region of a country. */
function withPlaces(methods: Match[], matches: readonly Match[], newlines: () => readonly number[], lex: CompiledLexicons): Match[] {
  if (!methods.some((m) => lex.methods[m.item.ref]!.withPlace)) return methods;
  const offsets = newlines();
  const placeLines = linesWhere(matches, (m) => m.item.kind === 'place', offsets);
  return methods.filter((m) => !lex.methods[m.item.ref]!.withPlace || placeLines.has(lineAt(offsets, m.start)));
}

/** A count of goods right before the term, only a space between: "100 mylar bags", "50x vacuum bags" (not "80€ – discreet"). */
function countedGoods(m: Match, words: readonly Token[], folded: string): boolean {
  if (m.first === 0 || words[m.first]!.brk) return false;
  const prev = words[m.first - 1]!;
  const count = /^([0-9]{1,5})x?$/.exec(prev.text);
  // (an amount of money is no count: "$140 discreet packaging")
  return count !== null && Number(count[1]) >= GOODS_COUNT && /^ +$/.test(folded.slice(prev.end, words[m.first]!.start)) && !/\p{Sc}/u.test(folded.slice(Math.max(0, prev.start - 2), prev.start));
}

/**
 * Shipping methods and carriers from their phrases in any language. A method preceded by a negation
 * ("no tracking", "GEEN afhalen") is not offered, unless an exception follows ("unless you pay 8€").
 */
export function extractShipping(matches: readonly Match[], words: readonly Token[], n: NormalisedText, lex: CompiledLexicons): ShippingExtraction {
  const folded = n.text;
  // the text's newline offsets, found on first need (most listings never need them)
  let newlines: number[] | undefined;
  const lines = (): readonly number[] => (newlines ??= newlineOffsets(folded));
  // negations indexed by the word they end (before a method) or start (after it): lookups stay local,
  // so the cost is linear however many phrases a page holds
  const negByLast = new Map<number, Match>();
  const negAfterByFirst = new Map<number, Match>();
  const exceptionAt = new Set<number>();
  // words inside a decoy phrase ("seizure letter", "lettre des douanes"): a method there names none
  let decoyWords: Uint8Array | undefined;
  // words of a set phrase that negates nothing (context.json negationExceptions: "no problem", "geen
  // issue", "pas de souci"): a shipping negation there refuses no method ("geen issue binnen de EU")
  let setPhraseWords: Uint8Array | undefined;
  for (const m of matches) if (m.item.kind === 'negation' && m.item.ref === NEGATION_EXCEPTION) (setPhraseWords ??= new Uint8Array(words.length)).fill(1, m.first, m.last + 1);
  for (const m of matches) {
    if (m.item.kind === 'shipDecoy') (decoyWords ??= new Uint8Array(words.length)).fill(1, m.first, m.last + 1);
    if (m.item.kind === 'shipNegation' && setPhraseWords?.[m.first] !== 1 && partnered(m, words, lex)) negByLast.set(m.last, m);
    else if (m.item.kind === 'shipNegationAfter') negAfterByFirst.set(m.first, m);
    else if (m.item.kind === 'shipNegException') exceptionAt.add(m.first);
  }
  /** A `negationsAfter` phrase starting at most NEGATION_REACH words after `m`, in its clause: "Afhalen niet mogelijk". */
  const negationAfter = (m: Match): Match | undefined => {
    for (let k = m.last + 1; k <= m.last + NEGATION_REACH; k++) {
      const c = negAfterByFirst.get(k);
      if (c !== undefined && unbroken(words, m.last + 1, c.first) && !barrierBetween(folded, m.end, c.start)) return c;
    }
    return undefined;
  };
  /** A refusal sign among the answers ("❌"): it answers with no separator and may follow a word answer. */
  const answerSign = (w: Token): boolean => w.kind === 'emoji' && lex.negationAnswers.has(w.text);
  /**
   * "Afhalen: NEEN", "Remise en main propre : NON, jamais", "Local meet in Antwerp — NO.": a refusal that
   * answers the method after a colon or a spaced dash on its line, standing alone there (or a phrase of
   * `negationsAfter`: "Afhalen in Amsterdam — niet mogelijk"). "Tracked: no signature needed" is no answer.
   */
  const answeredNo = (m: Match): Match | undefined => {
    for (let k = m.last + 1; k <= m.last + ANSWER_REACH && k < words.length; k++) {
      const w = words[k]!;
      const gap = folded.slice(words[k - 1]!.end, w.start);
      // (a question mark breaks the sentence but asks what follows: "Expres? Nee.")
      const asked = /^\s*\?\s*$/.test(gap);
      // (a leader of dots is no sentence end: "Pick-up ........ NO")
      const leader = /^[\s.]*\.{3,}[\s.]*$/.test(gap);
      // (nor are a table's column bars, with empty cells between: "| Express | — | — | NOT AVAILABLE |")
      const cells = TABLE_CELLS.test(gap);
      if (w.brk && !asked && !leader && !cells) return undefined;
      // (a sign right after the method answers with no separator: "Afhalen ❌")
      const sign = k === m.last + 1 && answerSign(w);
      if (!asked && !sign && !ANSWER_SEPARATOR.test(gap)) continue;
      const phrase = negAfterByFirst.get(k);
      if (phrase !== undefined) return phrase;
      if (!lex.negationAnswers.has(w.text)) return undefined;
      const next = words[k + 1];
      // (the answer stands alone, or with a sign: "NO ❌")
      // (a sign is an answer on its own, "Express ❌ Discret ✅"; a slash or a bar ends a word's answer,
      // "Tracked: yes / Express: no / Stealth: yes")
      if (!answerSign(w) && next !== undefined && !next.brk && !/[,;()!/|]/.test(folded.slice(w.end, next.start)) && !answerSign(next)) return undefined;
      return { item: ANSWER_ITEM, term: w.text, start: w.start, end: w.end, first: k, last: k, how: 'exact' };
    }
    return undefined;
  };
  const methods: MethodFinding[] = [];
  const negated: NegatedMethod[] = [];
  // Longest phrase wins where phrases of one method overlap ("met track & trace" over "track & trace");
  // different methods on one span both stay ("lettre suivie" is letter and tracked).
  const ms = longestPerKey(
    withPlaces(matches.filter((m) => m.item.kind === 'method'), matches, lines, lex),
    (m) => lex.methods[m.item.ref]!.method,
  );
  // An emoji term ("🤝") that heads a phrase of its own method on its line is that phrase's bullet: it
  // shares its fate ("🤝 no meetups", "🤝 Remise en main propre : NON" offer no pickup).
  let phraseStarts: Map<number, ShippingMethod[]> | undefined;
  for (const m of ms) {
    if (words[m.first]!.kind === 'emoji') continue;
    phraseStarts ??= new Map();
    const list = phraseStarts.get(m.first);
    if (list === undefined) phraseStarts.set(m.first, [lex.methods[m.item.ref]!.method]);
    else list.push(lex.methods[m.item.ref]!.method);
  }
  const bullet = (m: Match, method: ShippingMethod): boolean => {
    for (let k = m.last + 1; k <= m.last + BULLET_REACH && k < words.length && !words[k]!.brk; k++) if (phraseStarts?.get(k)?.includes(method)) return true;
    return false;
  };
  for (const m of ms) {
    if (decoyWords !== undefined && decoyWords[m.first] === 1 && decoyWords[m.last] === 1) continue;
    if (inHandle(folded, m)) continue;
    const method = lex.methods[m.item.ref]!.method;
    if (words[m.first]!.kind === 'emoji' && bullet(m, method)) continue;
    // packaging counted out is the goods sold, not how they travel: "100 mylar bags", "50x vacuum bags"
    // ("2x vacuum sealed" is how a parcel is packed)
    if (method === 'stealth' && countedGoods(m, words, folded)) continue;
    const neg = negationBefore(m, negByLast, words, folded) ?? negationAfter(m) ?? answeredNo(m);
    if (neg) {
      let exc = false;
      for (let k = m.last + 1; k <= m.last + EXCEPTION_REACH && !exc; k++) if (exceptionAt.has(k) && unbroken(words, m.last + 1, k)) exc = true;
      if (!exc) {
        negated.push({ method, match: m, by: neg });
        continue;
      }
    }
    methods.push({ method, match: m });
  }
  if (lex.optionWords.size > 0) methods.push(...optionLabels(matches, words, folded, lex, methods, negated));
  /**
   * The negation right before a carrier, across a few filler words only ("NO DHL", "we do NOT use DHL", "GEEN
   * PostNL", "PAS de Colissimo"): a method word between them takes the negation ("no tracking with DHL"
   * offers DHL without tracking). Or a refusal after it ("Correos gebruik ik niet meer").
   */
  const refusal = (m: Match): Match | undefined => {
    let k = m.first - 1;
    for (let gap = 0; k >= 0 && gap < CARRIER_REFUSAL_GAP && !negByLast.has(k) && CARRIER_REFUSAL_FILLERS.has(words[k]!.text); gap++) k--;
    const c = negByLast.get(k);
    if (c !== undefined && unbroken(words, c.last + 1, m.first) && !barrierBetween(folded, c.end, m.start)) return c;
    // ... or the refusal right after it: "Correos gebruik ik niet meer", "DHL not available"
    return negationAfter(m);
  };
  const named: (CarrierFinding & { by: Match | undefined; paired: boolean })[] = [];
  // the longer name wins where two overlap: "La Poste suisse" is Swiss Post
  for (const m of longestPerKey(
    matches.filter((x) => x.item.kind === 'carrier'),
    () => 'carrier',
  ).sort((a, b) => a.start - b.start)) {
    const carrier = lex.carriers[m.item.ref]!;
    if (carrier.capitalised && !hasCapital(n, m)) continue;
    if (inHandle(folded, m)) continue;
    // "no meet ups", "pick ups": the word before makes it a plural, not the company
    if (m.first > 0 && !words[m.first]!.brk && carrier.notAfter.has(words[m.first - 1]!.text)) continue;
    // "TNT blokken", "TNT militaire", "TNT 200g block": the word after (an amount aside) makes it the
    // explosive, not the company
    let after = words[m.last + 1];
    if (after !== undefined && !after.brk && /^[0-9]/.test(after.text)) after = words[m.last + 2];
    if (after !== undefined && !after.brk && carrier.notBefore.has(after.text)) continue;
    // a refusal carries along a list of names: "No FedEx / UPS ever", "NIET via DHL/UPS", "geen DHL of GLS"
    const prev = named[named.length - 1];
    const by = refusal(m) ?? (prev?.by !== undefined && joined(words, prev.match.last, m.first) && !barrierBetween(folded, prev.match.end, m.start) ? prev.by : undefined);
    named.push({ name: carrier.name, match: m, by, paired: carrier.paired.has(m.term) });
  }
  // a name that is also a brand ("Hermes") counts beside another carrier ("DHL or Hermes", "Hermes ou
  // DPD"), or on a line that names another carrier or a method and no goods ("DHL Paket or Hermes, your
  // choice", "Hermes (goedkoper, ook tracking) . €7"): "Hermès Birkin 35, DHL" is the brand
  let shippingLine: ((p: Match) => boolean) | undefined;
  const counted = named.filter(
    (p) =>
      !p.paired ||
      named.some((c) => !c.paired && c.name !== p.name && (joined(words, c.match.last, p.match.first) || joined(words, p.match.last, c.match.first))) ||
      (shippingLine ??= shippingLines(matches, named, lines(), lex))(p.match),
  );
  const carriers: CarrierFinding[] = counted.filter((c) => c.by === undefined).map(({ name, match }) => ({ name, match }));
  const refused: RefusedCarrier[] = counted.filter((c) => c.by !== undefined).map(({ name, match, by }) => ({ name, match, by: by! }));
  return { methods, negated, carriers, refused };
}

// What may close an option's label: a bracket, a comma, a colon or a dash ("Standard (5–7 days)",
// "(standaard, zonder T&T)", "Standard: brievenbus", "– standaard, gratis").
// (or its price: "Standard €8 / Express €18", "Standaard +€4")
const LABEL_END = /^\s*(?:[(),:/–—€$£+]|-(?:\s|$))/;
// What may open one: the same, or a bullet ("• Standard", "> Standard").
const LABEL_START = /(?:[(,:/–—•*>]|(?:^|\s)-)\s*$/;
// A delivery time on the option's line: "5-8 days", "(7–14 jours)", "2-3 werkdagen", "48h".
const DELIVERY_TIME = /\d\s*(?:(?:business|working|werk)\s*)?(?:days?|dagen|jours?|j|d|h|uur|heures?)\b/;

/**
 * Option words (shipping.json `optionWords`: "standard", "standaard") that label one of the shipping
 * options on a line: opening a clause or right after a carrier ("Correos standard (5-8 days)"), closed by
 * a bracket, comma, colon or dash or followed by another method or carrier ("standaard of express"), on a
 * line that also names a method, a carrier or a delivery time. "Standard (7–14 jours) : gratuit" and
 * "lettre verte (standard, non suivie)" are standard post; "T&T standaard inbegrepen", "as standard",
 * "standard dose" and "UPS Standard (tracked)" (a product name) are not.
 */
function optionLabels(matches: readonly Match[], words: readonly Token[], folded: string, lex: CompiledLexicons, found: readonly MethodFinding[], negated: readonly NegatedMethod[]): MethodFinding[] {
  // (a page has thousands of words and a few option words: their lengths rule most words out at once, and
  // a listing without one, most titles, builds nothing)
  const { shortest, longest } = lex.optionWordLengths;
  let first = -1;
  for (let i = 0; i < words.length && first === -1; i++) {
    const t = words[i]!.text;
    if (t.length >= shortest && t.length <= longest && lex.optionWords.has(t)) first = i;
  }
  if (first === -1) return [];
  const out: MethodFinding[] = [];
  // first and last words of the methods and carriers named, and the words inside a method's phrase
  const termAt = new Set<number>();
  const carrierEnd = new Set<number>();
  const termStarts: number[] = [];
  let inside: Uint8Array | undefined;
  for (const m of matches) {
    if (m.item.kind !== 'method' && m.item.kind !== 'carrier') continue;
    termAt.add(m.first);
    termStarts.push(m.start);
    if (m.item.kind === 'carrier') carrierEnd.add(m.last);
    else (inside ??= new Uint8Array(words.length)).fill(1, m.first, m.last + 1);
  }
  const named = new Set<ShippingMethod>([...found, ...negated].map((f) => f.method));
  // whether a line (by its start) names a method, a carrier or a delivery time: read once per line
  const lineOk = new Map<number, boolean>();
  termStarts.sort((a, b) => a - b);
  // the first method or carrier at or after `from` starts before `to` (one never spans a line break)
  const termWithin = (from: number, to: number): boolean => {
    const k = lowerBound(termStarts.length, (i) => termStarts[i]! < from);
    return k < termStarts.length && termStarts[k]! < to;
  };
  // the start of the line being read, moved forward only: linear however many option words a page holds
  let lineStart = 0;
  let nextBreak = folded.indexOf('\n');
  for (let i = first; i < words.length; i++) {
    const w = words[i]!;
    if (w.text.length < shortest || w.text.length > longest) continue;
    const option = lex.optionWords.get(w.text);
    if (option === undefined || inside?.[i] === 1 || named.has(option.method)) continue;
    const next = words[i + 1];
    const before = i === 0 || w.brk ? '' : folded.slice(words[i - 1]!.end, w.start);
    const after = next === undefined || next.brk ? '' : folded.slice(w.end, next.start);
    const afterCarrier = i > 0 && !w.brk && carrierEnd.has(i - 1) && /^\s+$/.test(before);
    // (or after the number of an option list: "1) Brief (bpost) – gratis", "2. Standaard – €4")
    const numbered = i > 0 && (i === 1 || words[i - 1]!.brk) && /^[0-9]{1,2}$/.test(words[i - 1]!.text) && /^[).]\s*$/.test(before);
    if (!(i === 0 || w.brk || LABEL_START.test(before) || afterCarrier || numbered)) continue;
    // (right after a carrier, only a list word may join: "UPS Standard avec suivi" is UPS's product, tracked)
    const joinedTerm = next !== undefined && !next.brk && /^\s+$/.test(after) && ((termAt.has(i + 1) && !afterCarrier) || (LIST_JOINERS.has(next.text) && termAt.has(i + 2) && !words[i + 2]!.brk));
    const closed = next === undefined || next.brk || LABEL_END.test(after);
    // after a carrier, a bracket must hold a delivery time: "UPS Standard (tracked)" is UPS's product
    if (!(joinedTerm || (closed && !(afterCarrier && /\(/.test(after) && !/^\d/.test(next?.text ?? ''))))) continue;
    // the line names a method, a carrier or a delivery time beside the word
    while (nextBreak !== -1 && nextBreak < w.start) {
      lineStart = nextBreak + 1;
      nextBreak = folded.indexOf('\n', lineStart);
    }
    let ok = lineOk.get(lineStart);
    if (ok === undefined) {
      const lineEnd = nextBreak === -1 ? folded.length : nextBreak;
      ok = termWithin(lineStart, lineEnd) || DELIVERY_TIME.test(folded.slice(lineStart, lineEnd));
      lineOk.set(lineStart, ok);
    }
    if (!ok) continue;
    out.push({ method: option.method, id: option.id, match: { item: { kind: 'method', ref: lex.methods.findIndex((m) => m.method === option.method), exact: true, lang: 'any' }, term: w.text, start: w.start, end: w.end, first: i, last: i, how: 'exact' } });
    named.add(option.method);
  }
  return out;
}

/** Distinct methods in vocabulary order. */
export function methodSet(found: readonly { method: ShippingMethod }[]): ShippingMethod[] {
  const s = new Set(found.map((f) => f.method));
  return SHIPPING_METHODS.filter((m) => s.has(m));
}
