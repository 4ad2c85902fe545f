import type { LexiconEntry } from '../schema/lexicon.js';
import { CATEGORIES, type Category, type Subcategory } from '../schema/taxonomy.js';
import { unbroken, type Token } from '../text/tokenise.js';
import type { Match } from '../lexicon/match.js';
import { ADD_ON_BEFORE, ADD_ON_INCLUDED, ADD_ON_REVIEWS, ADD_ON_SECTION, NEGATION_AFTER } from '../lexicon/compile.js';
import { barrierBetween } from '../extract/shipping.js';

// A repeated term adds a quarter of its weight per repeat, up to four repeats: repetition is weak
// evidence (vendors repeat keywords for search), but a page that keeps naming a product is about it.
const REPEAT_SHARE = 0.25;
const MAX_REPEATS = 4;
// Terms in the title line (the first line) count more: a market title names what is sold, while a
// long description also mentions other listings, policies and what is not sold.
const TITLE_BOOST = 1.5;
// A title that names one category firmly (a term of weight 1.5, or two) says what is sold: below it, the
// terms of other categories (what a reagent kit detects, what the vendor also sells, a page's boilerplate)
// count this share of their weight.
const BODY_SHARE = 0.5;
const TITLE_MIN = 2.25;
// A title score below this (one weak term: weight 0.5, boosted) names no second category beside a firm one.
const WEAK_TITLE = 1;
// A second category is "also offered" when it scores at least this much in absolute terms and
// relative to the winner: a bundle names both products, a passing mention does not.
const ALSO_MIN_SCORE = 2;
const ALSO_MIN_SHARE = 0.5;

/** A category term that counted, with what it added. */
export interface Counted {
  readonly match: Match;
  readonly entry: LexiconEntry;
  readonly contribution: number;
}

/** A term that held back a category: a negated term, or a context term that dampens another category. */
export interface Suppression {
  readonly match: Match;
  readonly entry: LexiconEntry;
  readonly effect: string;
}

export interface ScoreOutcome {
  readonly scores: Record<Category, number>;
  readonly category: Category | null;
  readonly subcategory: Subcategory | null;
  readonly alsoOffered: Category[];
  readonly counted: Counted[];
  readonly suppressed: Suppression[];
  /** Uncalibrated confidence in (0, 1): the winner's share of the top two scores, shrunk toward zero on thin evidence. */
  readonly raw: number;
  /** No term counted: the category (if any) is the fallback for a text with words but no vocabulary. */
  readonly fallback: boolean;
}

/**
 * Keeps the longest of overlapping category matches; equal spans (a term shared by two categories) all
 * stay, once per category, and so do terms of different categories that share only some words ("Instagram
 * account" and "account hacken"). Linear in the matched text: accepted spans mark the characters they cover.
 *
 * A longer term never counts for less than a term of its own category that it contains: "UK passport"
 * (a country phrase, weight 0.5) carries the weight of "passport" (2), "compatible glock" (parts) that
 * of "glock". The longer term keeps its subcategory; the kept match then has `weight` set. A weight-0
 * term (a decoy phrase such as "coco aarde") absorbs nothing: its purpose is to cancel the word.
 */
export function resolveOverlaps(matches: readonly Match[], entries: readonly LexiconEntry[]): Match[] {
  const weightOf = (m: Match): number => entries[m.item.ref]!.weight ?? 1;
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || weightOf(b) - weightOf(a) || a.start - b.start);
  let size = 0;
  for (const m of matches) if (m.end > size) size = m.end;
  // which kept match covers a character (its index + 1, 0 for none)
  const coveredBy = new Int32Array(size);
  // Kept spans never start at the same place unless equal, so a start names at most one of them, with the
  // categories that share it.
  // Typed arrays by offset, not objects and Maps: a page of 100k terms made that many of them.
  const spanEnd = new Int32Array(size + 1); // end + 1 of the span kept at this start, 0 for none
  const spanCategory = new Uint8Array(size + 1); // its first category (1-based number)
  let moreCategories: Map<number, number[]> | undefined; // further categories of a span, by start (rare)
  const categoryIds = new Map<string, number>();
  const kept: Match[] = [];
  // weight lent to a kept match by the shorter terms it absorbed (by kept index; made on first need)
  let lent: Float64Array | undefined;
  for (const m of sorted) {
    const category = entries[m.item.ref]!.category;
    let id = categoryIds.get(category);
    if (id === undefined) categoryIds.set(category, (id = categoryIds.size + 1));
    if (spanEnd[m.start] === m.end + 1) {
      // the same words count once per category
      const more = moreCategories?.get(m.start);
      if (spanCategory[m.start] !== id && !more?.includes(id)) {
        if (more) more.push(id);
        else (moreCategories ??= new Map()).set(m.start, [id]);
        kept.push(m);
      } else absorb(m);
      continue;
    }
    let overlap = false;
    let inside = false;
    for (let p = m.start; p < m.end; p++) {
      const k = coveredBy[p]!;
      if (k !== 0) {
        overlap = true;
        const host = kept[k - 1]!;
        // within a kept term, or straddling one of its own category: the kept term has these words
        if ((host.start <= m.start && host.end >= m.end) || entries[host.item.ref]!.category === category) {
          inside = true;
          break;
        }
      }
    }
    if (inside) {
      absorb(m);
      continue;
    }
    // straddling a kept term of another category ("Instagram account" | "account hacken"), it is another
    // reading of the shared words: both count
    kept.push(m);
    if (overlap) {
      for (let p = m.start; p < m.end; p++) if (coveredBy[p] === 0) coveredBy[p] = kept.length;
    } else coveredBy.fill(kept.length, m.start, m.end);
    spanEnd[m.start] = m.end + 1;
    spanCategory[m.start] = id;
  }
  if (lent !== undefined) {
    for (let k = 0; k < kept.length; k++) if (lent[k]! > 0) kept[k] = { ...kept[k]!, weight: lent[k]! };
  }
  return kept.sort((a, b) => a.start - b.start);

  /** A dropped match inside a kept one of its category lends that one its weight, when greater. */
  function absorb(m: Match): void {
    const k = coveredBy[m.start]! - 1;
    const host = kept[k];
    if (host === undefined || host.end < m.end) return;
    const w = weightOf(m);
    const own = weightOf(host);
    if (own === 0 || w <= own || (lent !== undefined && w <= lent[k]!)) return;
    if (entries[host.item.ref]!.category !== entries[m.item.ref]!.category) return;
    (lent ??= new Float64Array(matches.length))[k] = w;
  }
}

// The firearms subcategories of a whole gun, whose name beside a part's names what the part fits.
const GUN_SUBCATEGORIES: ReadonlySet<string> = new Set(['handguns', 'long-guns', 'automatic']);

/**
 * The gun matches right beside a firearms part match, with only spaces between: after it ("Holster Glock
 * 19", "Magazijn Glock 17") or before it ("Beretta 92 holster", "Glock 19 mags"); undefined when there is
 * none. `matches` are in text order.
 */
function gunsBesideParts(matches: readonly Match[], entries: readonly LexiconEntry[], folded: string): Set<Match> | undefined {
  let out: Set<Match> | undefined;
  const gun = (e: LexiconEntry): boolean => e.category === 'firearms' && !e.generic && GUN_SUBCATEGORIES.has(e.subcategory);
  const part = (e: LexiconEntry): boolean => e.category === 'firearms' && !e.generic && e.subcategory === 'parts';
  // (the gap between two matches is read only for a gun and a part: a page of thousands of terms makes no
  // string per gap)
  const spaces = (from: number, to: number): boolean => {
    if (to <= from) return false;
    for (let i = from; i < to; i++) if (folded.charCodeAt(i) !== 0x20) return false;
    return true;
  };
  for (let k = 0; k + 1 < matches.length; k++) {
    const m = matches[k]!;
    const n = matches[k + 1]!;
    const e = entries[m.item.ref]!;
    const f = entries[n.item.ref]!;
    if (gun(e) && part(f) && spaces(m.end, n.start)) (out ??= new Set()).add(m);
    else if (part(e) && gun(f) && spaces(m.end, n.start)) (out ??= new Set()).add(n);
  }
  return out;
}

/** A score of 0 for every category, in taxonomy order (a literal: this runs for every listing). */
function zeroScores(): Record<Category, number> {
  return { drugs: 0, firearms: 0, wildlife: 0, counterfeit: 0, fraud: 0, documents: 0, digital: 0, services: 0, other: 0 };
}

/**
 * Scores categories from the category matches: a sum of entry weights (repeats diminishing, title terms
 * boosted), negated terms left out, context terms dampening the categories they name. Pure.
 */
export function scoreMatches(
  matches: readonly Match[],
  negations: readonly Match[],
  words: readonly Token[],
  folded: string,
  entries: readonly LexiconEntry[],
  negationWindow: number,
  titleEnd: number,
  allowed: ReadonlySet<Category>,
  hasContent: boolean,
  addOns: AddOns = NO_ADD_ONS,
  bundles: Bundles = NO_BUNDLES,
): ScoreOutcome {
  const scores = zeroScores();
  const subScores = new Map<string, number>();
  const counted: Counted[] = [];
  const suppressed: Suppression[] = [];
  const seen = new Map<number, number>();
  const dampen = new Map<Category, { factor: number; by: Match; entry: LexiconEntry; opens: boolean }>();
  const negByLast = new Map<number, Match>();
  let negByFirst: Map<number, Match> | undefined; // negations after their term ("rifle not included")
  for (const n of negations) {
    if (n.item.ref === NEGATION_AFTER) (negByFirst ??= new Map()).set(n.first, n);
    else negByLast.set(n.last, n);
  }
  // a negation that opens a list with a colon negates the rest of its line: "WE DO NOT SELL: fentanyl,
  // heroin, anything cut"; each word is marked once, by the first such negation on its line
  let listNegation: (Match | undefined)[] | undefined;
  for (const n of negations) {
    let k = n.end;
    while (folded.charCodeAt(k) === 0x20) k++;
    if (folded.charCodeAt(k) !== 0x3a) continue;
    listNegation ??= new Array<Match | undefined>(words.length);
    for (let w = n.last + 1; w < words.length && !words[w]!.brk && listNegation[w] === undefined; w++) listNegation[w] = n;
  }
  // add-on cues before a term, by the word they end; after a term, by the word they start
  const addBefore = new Map<number, Match>();
  const addAfter = new Map<number, Match>();
  // an add-on needs a main product named before it: "FREE tutorial" or "Free sample MDMA" is what is sold
  let firstTerm = Infinity;
  for (const m of matches) if (m.start < firstTerm) firstTerm = m.start;
  for (const a of addOns.cues) {
    if (a.start <= firstTerm || a.item.ref === ADD_ON_SECTION || a.item.ref === ADD_ON_REVIEWS) continue;
    (a.item.ref === ADD_ON_BEFORE ? addBefore.set(a.last, a) : addAfter.set(a.first, a));
  }
  // below the heading of the vendor's other listings, every term is somebody else's product
  const section = addOns.section;

  // the title's first word: emoji before it ("⚠️ SCAM WARNING", "🔥🔥 How to …") open nothing
  let firstWord = 0;
  while (firstWord < words.length && words[firstWord]!.kind === 'emoji') firstWord++;
  // a bundle led by a physical good: the other categories' items after its first joiner are its extras
  // ("Hasj Ketama 10g + pakje vloei + filtertips" is hash with papers)
  const bundle = bundles.categories.size > 0 ? bundleLead(matches, entries, titleEnd, folded, bundles) : undefined;
  // a gun's name right beside a part's ("Beretta 92 holster", "Glock 19 mags", "Holster Glock 19") names
  // the gun the part fits: it counts for the part
  const fitsPart = gunsBesideParts(matches, entries, folded);
  // the entry whose `opening` frames the title ("How To Bypass Paypal Phone Verification" is a guide)
  let opener: LexiconEntry | undefined;
  let termWords: Uint8Array | undefined;
  for (const m of matches) {
    const own = entries[m.item.ref]!;
    // (made only for the rare gun beside a part: the entry stays the lexicon's everywhere else)
    const entry: LexiconEntry = fitsPart?.has(m) ? { ...own, subcategory: 'parts' } : own;
    if (!allowed.has(entry.category)) continue;
    if (entry !== own) suppressed.push({ match: m, entry: own, effect: 'names the gun the part beside it fits: counts for parts' });
    const neg = listNegation?.[m.first] ?? negationBefore(m, negByLast, words, folded, negationWindow, true) ?? (negByFirst && negationAfter(m, negByFirst, words, folded));
    if (neg) {
      suppressed.push({ match: m, entry, effect: `negated by "${neg.term}"` });
      continue;
    }
    // a free add-on ("+ FREE grinder", "balance offerte") counts a share and dampens nothing; an included
    // one of an illicit kind ("guide included") counts a share and dampens as usual
    let addOn = section !== undefined && m.start >= section.end ? section : addBefore.size + addAfter.size === 0 ? null : addOnOf(m, addBefore, addAfter, words, folded, negationWindow, (termWords ??= termWordsOf(matches, words.length)));
    const included = addOn !== null && addOn.item.ref === ADD_ON_INCLUDED;
    // what comes with an item and is harmless describes it ("certificat de neutralisation fourni"): it counts in full
    if (included && entry.category === 'other') addOn = null;
    if (addOn) suppressed.push({ match: m, entry, effect: addOn === section ? `listed among the vendor's other listings ("${addOn.term}") ×${addOns.factor}` : `${included ? 'included add-on' : 'add-on'} ("${addOn.term}") ×${addOns.factor}` });
    // an extra of a bundle counts as a free add-on does (a decoy, a harmless term that dampens a category,
    // describes the item and is no extra: "'Speed Boost' met vitamine C" is a supplement)
    const extra = !addOn && bundle !== undefined && m.start >= bundle.from && m.start < titleEnd && entry.category !== bundle.lead && !(entry.category === 'other' && entry.dampens !== undefined);
    if (extra) suppressed.push({ match: m, entry, effect: `an extra of a bundle led by ${bundle.lead} ×${addOns.factor}` });
    const discounted = addOn !== null || extra;
    // a term that opens the title frames it ("How to card Amazon" is a guide): the entry's `opening` counts
    const opening = m.first === firstWord ? entry.opening : undefined;
    if (opening !== undefined && !entry.generic) opener ??= entry;
    if (!discounted || included) {
      for (const [cat, factor] of Object.entries(opening?.dampens ?? entry.dampens ?? {}) as [Category, number][]) {
        const cur = dampen.get(cat);
        if (!cur || factor < cur.factor) dampen.set(cat, { factor, by: m, entry, opens: opening?.dampens !== undefined });
      }
    }
    const n = seen.get(m.item.ref) ?? 0;
    seen.set(m.item.ref, n + 1);
    if (n > MAX_REPEATS) continue;
    const base = (opening?.weight ?? m.weight ?? entry.weight ?? 1) * (discounted ? addOns.factor : 1);
    const contribution = base * (n === 0 ? 1 : REPEAT_SHARE) * (m.start < titleEnd ? TITLE_BOOST : 1);
    if (contribution === 0) continue;
    scores[entry.category] += contribution;
    if (!entry.generic) {
      const key = `${entry.category}/${entry.subcategory}`;
      // weight lent by an absorbed term counts for the category, not for the subcategory: "rounds for
      // Glock" names ammunition, though "for Glock" took the weight of the gun's name
      const share = m.weight !== undefined && entry.weight !== undefined && m.weight > entry.weight ? (contribution * entry.weight) / m.weight : contribution;
      subScores.set(key, (subScores.get(key) ?? 0) + share);
    }
    counted.push({ match: m, entry, contribution });
  }
  const titleCategories = new Set<Category>();
  const titleScores = zeroScores();
  for (const c of counted) {
    if (c.match.start >= titleEnd) continue;
    titleScores[c.entry.category] += c.contribution;
    // (a form word names no product: "whole pieces and powder" in a rhino horn title names wildlife alone;
    // nor does an emoji name it firmly: "🐯" heads a tiger-print scarf as well as tiger claws)
    if (!c.entry.generic && words[c.match.first]?.kind !== 'emoji') titleCategories.add(c.entry.category);
  }
  // the one category a title names firmly: below it, other categories' terms count BODY_SHARE (another
  // category the title names only by weak words, "Snapchat account hacken – service", does not count)
  let only: Category | undefined;
  let named = 0;
  for (const c of titleCategories) {
    if (titleScores[c] < WEAK_TITLE) continue;
    named++;
    if (titleScores[c] >= TITLE_MIN) only = c;
  }
  if (named !== 1) only = undefined;
  if (only !== undefined && titleEnd < folded.length) {
    for (let k = 0; k < counted.length; k++) {
      const c = counted[k]!;
      if (c.match.start < titleEnd || c.entry.category === only) continue;
      const cut = c.contribution * (1 - BODY_SHARE);
      scores[c.entry.category] -= cut;
      if (!c.entry.generic) {
        const key = `${c.entry.category}/${c.entry.subcategory}`;
        subScores.set(key, (subScores.get(key) ?? 0) - cut);
      }
      counted[k] = { ...c, contribution: c.contribution - cut };
      suppressed.push({ match: c.match, entry: c.entry, effect: `below a title that names only ${only} ×${BODY_SHARE}` });
    }
  }
  for (const [cat, d] of dampen) {
    // the title says what is sold: a context term below it (a page's policy, "we sell no weed", "test your
    // stuff") does not dampen the one category the title names ("E-BOOK: WIET KWEKEN … GEEN drugs verkocht"
    // names two, and is dampened)
    if (d.by.start >= titleEnd && titleCategories.size === 1 && titleCategories.has(cat)) {
      suppressed.push({ match: d.by, entry: d.entry, effect: `would dampen ${cat} ×${d.factor}; not below a title that names only ${cat}` });
      continue;
    }
    if (scores[cat] > 0) {
      scores[cat] *= d.factor;
      for (const [k, v] of subScores) if (k.startsWith(`${cat}/`)) subScores.set(k, v * d.factor);
      suppressed.push({ match: d.by, entry: d.entry, effect: `dampens ${cat} ×${d.factor}${d.opens ? ' (opens the title)' : ''}` });
    }
  }
  for (const c of CATEGORIES) scores[c] = Math.round(scores[c] * 1000) / 1000;

  let best: Category | null = null;
  let top = 0;
  let second = 0;
  for (const c of CATEGORIES) {
    const s = scores[c];
    if (s > top) {
      second = top;
      top = s;
      best = c;
    } else if (s > second) second = s;
  }
  // a tie between a category and the one whose term damped it goes to the damper: what damped a
  // category frames it ("CREDIT CARD FRAUD, A BEGINNERS GUIDE" is the guide)
  if (best !== null && second === top) {
    const by = dampen.get(best)?.entry.category;
    if (by !== undefined && by !== best && scores[by] === top) best = by;
  }
  if (best === null) {
    // Words but no term: the listing sells something we have no word for.
    const fallback: Category | null = hasContent && allowed.has('other') ? 'other' : null;
    return { scores, category: fallback, subcategory: fallback === 'other' ? 'other' : null, alsoOffered: [], counted, suppressed, raw: 0, fallback: fallback !== null };
  }
  let subcategory: Subcategory | null = null;
  let subBest = 0;
  for (const [k, v] of subScores) {
    if (k.startsWith(`${best}/`) && v > subBest) {
      subBest = v;
      subcategory = k.slice(best.length + 1) as Subcategory;
    }
  }
  // The title names what is sold: when its terms name one subcategory of the winner, that is the one, however
  // much the page below says of others ("Amnesia Haze 5g … we do not sell fentanyl … see my MDMA listing").
  let titleSub: string | null | undefined;
  // (a subcategory the title names only by weak words after a firm one, "Glock 19 Gen 5 – 2 mags", is
  // not a second one; named first, "Mushrooms + MDMA", it leads a bundle)
  const titleSubScores = new Map<string, { score: number; first: number }>();
  for (const c of counted) {
    if (c.match.start >= titleEnd || c.entry.generic || c.entry.category !== best) continue;
    const t = titleSubScores.get(c.entry.subcategory);
    titleSubScores.set(c.entry.subcategory, { score: (t?.score ?? 0) + c.contribution, first: Math.min(t?.first ?? Infinity, c.match.start) });
  }
  let firmFrom = Infinity;
  for (const t of titleSubScores.values()) if (t.score >= TITLE_MIN && t.first < firmFrom) firmFrom = t.first;
  for (const [sub, t] of titleSubScores) {
    if (t.score < WEAK_TITLE && t.first > firmFrom) continue;
    if (titleSub === undefined) titleSub = sub;
    else if (titleSub !== sub) titleSub = null;
  }
  if (titleSub) subcategory = titleSub as Subcategory;
  // ... and when it names several, a bundle's first item is what is sold, the rest its accessories or extras
  // ("Glock 17 + 3 mags + 100 rounds", "50g pep + 10 XTC")
  else if (titleSub === null && bundles.categories.has(best)) subcategory = (leadSubcategory(counted, best, titleEnd, folded, bundles) as Subcategory | null) ?? subcategory;
  // a term that opens the title and frames it names the subcategory too, when it names the category
  if (opener !== undefined && opener.category === best) subcategory = opener.subcategory as Subcategory;
  if (best === 'other') subcategory = 'other';
  const alsoOffered = CATEGORIES.filter((c) => c !== best && scores[c] >= ALSO_MIN_SCORE && scores[c] >= ALSO_MIN_SHARE * top);
  // share of the top two, shrunk by 1 point of pseudo-evidence so one weak term is not certainty
  const raw = top / (top + second + 1);
  return { scores, category: best, subcategory, alsoOffered, counted, suppressed, raw, fallback: false };
}

/** How a title joins a bundle's items, and the categories whose bundles lead with their first item (context.json `bundles`). */
export interface Bundles {
  /** Join a bundle's items, for the subcategory and across categories. */
  readonly joiners: ReadonlySet<string>;
  /** Join a bundle's items for the subcategory only ("and", "en", "et"). */
  readonly listJoiners: ReadonlySet<string>;
  readonly categories: ReadonlySet<Category>;
}
const NO_BUNDLES: Bundles = { joiners: new Set(), listJoiners: new Set(), categories: new Set() };

/**
 * The one subcategory of `category` that the title's terms name before the first bundle joiner between two
 * of them, or null: no joiner, or the part before it names several (or only generic terms). Each gap
 * between consecutive title terms is read once, so the cost is linear in the title's length.
 */
function leadSubcategory(counted: readonly Counted[], category: Category, titleEnd: number, folded: string, bundles: Bundles): string | null {
  let lead: string | null = null;
  let prevEnd = -1;
  for (const c of counted) {
    if (c.match.start >= titleEnd || c.entry.category !== category) continue;
    if (prevEnd >= 0 && c.match.start > prevEnd && joinsBundle(folded, prevEnd, c.match.start, bundles.joiners, bundles.listJoiners)) return lead;
    if (!c.entry.generic) {
      if (lead === null) lead = c.entry.subcategory;
      else if (lead !== c.entry.subcategory) return null;
    }
    prevEnd = Math.max(prevEnd, c.match.end);
  }
  return null;
}

/**
 * The category that leads a bundle in the title: the one category (of `bundles.categories`) that the terms
 * before the first joiner name, with where the rest begins; undefined
 * when there is no joiner, or the part before it names none or several. Linear in the title, as
 * `leadSubcategory`.
 */
function bundleLead(matches: readonly Match[], entries: readonly LexiconEntry[], titleEnd: number, folded: string, bundles: Bundles): { lead: Category; from: number } | undefined {
  let lead: Category | null = null;
  let prev: Match | undefined;
  for (const m of matches) {
    if (m.start >= titleEnd) break;
    const entry = entries[m.item.ref]!;
    if (prev !== undefined && m.start > prev.end && joinsBundle(folded, prev.end, m.start, bundles.joiners)) {
      if (lead === null || !bundles.categories.has(lead)) return undefined;
      return { lead, from: m.start };
    }
    if (!entry.generic) {
      if (lead === null) lead = entry.category;
      else if (lead !== entry.category) return undefined;
    }
    if (prev === undefined || m.end > prev.end) prev = m;
  }
  return undefined;
}

const GAP_TOKEN = /[+&]|[\p{L}\p{N}]+/gu;

/** Whether the text between two terms holds a bundle joiner: a listed sign, or a listed word standing whole. */
function joinsBundle(folded: string, from: number, to: number, joiners: ReadonlySet<string>, more?: ReadonlySet<string>): boolean {
  for (const m of folded.slice(from, to).matchAll(GAP_TOKEN)) if (joiners.has(m[0]) || more?.has(m[0]) === true) return true;
  return false;
}

/** 1 for every word a category term covers. */
function termWordsOf(matches: readonly Match[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (const m of matches) out.fill(1, m.first, m.last + 1);
  return out;
}

/** Add-on cues of a text and what an add-on's term counts (context.json `addOns`). */
export interface AddOns {
  readonly cues: readonly Match[];
  readonly factor: number;
  /** The heading of the vendor's other listings, if the text has one (see `crossSellHeading`). */
  readonly section?: Match | undefined;
}

// A heading line is this short at most: "— Balkanski vend aussi —", "Other listings by this vendor:".
const MAX_HEADING = 60;

/**
 * The first `sections` add-on cue that heads a line of its own below the title: a short line without
 * figures ("— PaperTrailless also sells —", "<h3>Autres annonces du vendeur</h3>"). Prose that mentions
 * other products ("we also sell coke, 10g for €60") is longer or carries figures, and is left to the
 * add-on cues around its terms.
 */
export function crossSellHeading(cues: readonly Match[], folded: string, titleEnd: number): Match | undefined {
  // each line is looked at once, however many cues it holds (a page of one long line of "also sells")
  let seen = titleEnd;
  for (const a of cues) {
    if (a.item.ref !== ADD_ON_SECTION || a.start <= seen) continue;
    const from = folded.lastIndexOf('\n', a.start - 1) + 1;
    let to = folded.indexOf('\n', a.end);
    if (to === -1) to = folded.length;
    seen = to;
    const line = folded.slice(from, to).replace(/<[^>]*>/g, '').trim();
    // (the cue opens its line: "Silencieux (filetage requis) – voir autre annonce" points to a listing)
    const before = folded.slice(from, a.start).replace(/<[^>]*>/g, '');
    if (line.length <= MAX_HEADING && !/[0-9]/.test(line) && !/[\p{L}\p{N}]/u.test(before)) return a;
  }
  return undefined;
}
const NO_ADD_ONS: AddOns = { cues: [], factor: 1 };

/**
 * The add-on cue that makes `m` a free extra: one ending within `window` words before it, or one starting
 * right after it or after the other terms that follow it ("guide PDF offert": "PDF" is a term too).
 */
function addOnOf(m: Match, before: ReadonlyMap<number, Match>, after: ReadonlyMap<number, Match>, words: readonly Token[], folded: string, window: number, termWords: Uint8Array): Match | null {
  const b = negationBefore(m, before, words, folded, window);
  if (b) return b;
  let k = m.last + 1;
  while (k < words.length && k - m.last <= MAX_TERMS_BEFORE_CUE && termWords[k] === 1 && !after.has(k)) k++;
  const a = after.get(k);
  return a !== undefined && !barrierBetween(folded, m.end, a.start) && unbroken(words, m.last + 1, a.first) ? a : null;
}
// Term words that may stand between a term and the add-on cue after it ("guide PDF offert").
const MAX_TERMS_BEFORE_CUE = 2;

// "or" between two words carries a negation on to the second: "geen been of kunsthars", "no bone or resin"
const OR_WORDS: ReadonlySet<string> = new Set(['or', 'of', 'ou', 'ni', 'nor', 'noch']);

/** A negation right after a term, a word at most between, in its sentence: "rifle not included", "gun is not included". */
function negationAfter(m: Match, byFirst: ReadonlyMap<number, Match>, words: readonly Token[], folded: string): Match | null {
  for (let first = m.last + 1; first <= m.last + 2; first++) {
    const n = byFirst.get(first);
    if (n === undefined || barrierBetween(folded, m.end, n.start)) continue;
    if (unbroken(words, m.last + 1, n.first)) return n;
  }
  return null;
}

function negationBefore(m: Match, byLast: ReadonlyMap<number, Match>, words: readonly Token[], folded: string, window: number, orReach = false): Match | null {
  // one word further when the term is the second of an "X or Y" pair
  const reach = orReach && m.first > 0 && OR_WORDS.has(words[m.first - 1]!.text) ? window + 1 : window;
  for (let last = m.first - 1; last >= m.first - reach && last >= 0; last--) {
    const n = byLast.get(last);
    if (n === undefined || barrierBetween(folded, n.end, m.start)) continue;
    if (unbroken(words, n.last + 1, m.first)) return n;
  }
  return null;
}
