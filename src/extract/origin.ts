import { FIELD_ONLY_CUE, PROVENANCE_CUE, type CompiledLexicons } from '../lexicon/compile.js';
import type { Match } from '../lexicon/match.js';
import { originalText, type NormalisedText } from '../text/normalise.js';
import { unbroken, type Token } from '../text/tokenise.js';
import { longestPerKey } from '../lexicon/overlap.js';
import { barrierBetween, negationBefore, partnered, postingLines } from './shipping.js';
import { lineAt, linesWhere, lowerBound, newlineOffsets } from '../text/search.js';

/** How sure a mention is to name the ships-from country; the strongest wins, then the earliest. */
const STRENGTH = {
  field: 5, // "Ships from: Germany": a market field wins whatever the prose says
  cue: 4, // "shipping from the Netherlands", "envoi depuis la Belgique"
  provenance: 3.5, // "Herkomst Kameroen", "country of origin Peru": where the goods come from, in prose
  x2x: 3, // "UK2UK", "NL2EU"
  regionAfter: 3, // a region named by the word after it ("EU based", "Balkan stock"): weaker than a cue
  handover: 2.5, // "pickup in Rotterdam", "remise en main propre à Liège"
  flag: 2, // the one flag of a listing
  near: 1.5, // a city said loosely ("10 min van Nijmegen"), or alone in a listing that hands over ("Kalach – Marseille … main propre")
  bare: 1, // a country name standing alone ("Cocaine 1g - Netherlands")
  code: 0.5, // an upper-case code standing alone ("NL")
} as const;
type Strength = (typeof STRENGTH)[keyof typeof STRENGTH];

// Words a short cue may be followed by before the place: articles and prepositions of the three languages.
const FILLERS = new Set(['the', 'la', 'le', 'l', 'les', 'het', 'de', 'den', 'du', 'des', 'd', 'in', 'en', 'a', 'uit', 'van', 'from', 'our', 'ons', 'notre', 'nos']);
// How many words after a cue the place may stand (fillers not counted).
const CUE_REACH = 2;
// How many words into a field's value the place may stand ("Ships from: Germany (Berlin)", "Origin: EU / NL").
const FIELD_REACH = 6;
// Two-letter codes that are also everyday words in English, Dutch or French: trusted lower-case only in a field.
const WORDLIKE_CODES = new Set(['de', 'be', 'us', 'au', 'vs', 'it', 'in', 'no', 'is', 'to', 'me', 'am', 'an', 'at', 'by', 'do', 'es', 'la', 'ma', 'my', 'ne', 'nu', 'or', 'so', 'as', 'et', 'se', 'si', 'ta', 'te', 'tu', 'ca', 'co', 'ci', 'id', 'ga', 'pa', 'mo', 'hu', 'il', 'al', 'om', 'na', 'ja', 'je', 'ik', 'op', 'ou', 'fr', 'ch', 'ao', 'mt', 'dm', 'pm', 'cv', 'hr', 'sk', 'gr', 'lt', 'lu', 'st', 'ml', 'mg', 'kg', 'cm', 'gm']);
/** Whether only "|" and spaces stand between the line's start and `at`: the first cell of a table row. */
function rowStart(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && text[j] === ' ') j--;
  if (j < 0 || text[j] !== '|') return false;
  j--;
  while (j >= 0 && text[j] === ' ') j--;
  return j < 0 || text[j] === '\n';
}

// Words of a hand-over or pickup around a city name ("in Gent", "sur Toulouse", "London area").
const HANDOVER_PRECEDERS = new Set(['in', 'te', 'a', 'op', 'rond', 'around', 'near', 'bij', 'pres', 'omgeving', 'regio', 'region', 'sur', 'rdv']);
// ... and words that put a city near the vendor more loosely: "10 min van Nijmegen", "Dutchies from Maastricht welcome"
const NEAR_PRECEDERS = new Set(['from', 'uit', 'vanuit', 'depuis', 'van']);
const HANDOVER_FOLLOWERS = new Set(['area', 'omgeving', 'regio', 'centrum', 'centre', 'center']);
// How far before a country a method of sending may end for the country to be where it is sent.
const SENDING_REACH = 3;
// A delivery time right before or after a country (folded text, so "ouvres" for "ouvrés"), a country
// list's other members and a preposition allowed between: see besideDeliveryTime.
const DELIVERY_UNIT = '(?:h|hrs?|hours?|u|uur|heures?|j|jours?(?: ouvres)?|jrs|d|days?|business days|working days|dagen|werkdagen|wd)';
const TIME_BEFORE = new RegExp(`\\d\\s*(?:-\\s*\\d+\\s*)?${DELIVERY_UNIT}\\s*(?:(?:en|in|to|naar|au|aux|vers|pour|voor)\\s+)?(?:(?:l'|la|le|les|de|het)\\s*)?(?:[a-z]{2,3}\\s*[/,]\\s*)*$`);
const TIME_AFTER = new RegExp(`^(?:\\s*[/,]\\s*[a-z]{2,3})*\\s*[:=(]?\\s*\\d+\\s*(?:-\\s*\\d+\\s*)?${DELIVERY_UNIT}\\b`);
// Characters read on each side of a country for a delivery time.
const DELIVERY_WINDOW = 32;
// The longest line (in characters) that a field label alone on the line above can govern as its value.
const NEXT_LINE_VALUE = 48;
// Words after a row of countries that make it a border: "NL/BE grens", "FR/BE border", "frontière".
const BORDER_WORDS = new Set(['border', 'borders', 'grens', 'grensgebied', 'grensstreek', 'frontiere', 'frontieres']);
// Places in a row from which on they are a list (see inPlaceList).
const MIN_PLACE_LIST = 3;
// Words that join places in a list ("Germany, Austria and Switzerland", "NL en BE", "France et Belgique").
const LIST_WORDS = new Set(['and', 'or', 'en', 'of', 'et', 'ou', 'plus', 'also', 'ook', 'aussi']);
// Words that take in the whole of a destination after "to": "to the whole EU", "naar heel Europa", "vers toute l'Europe".
const WHOLE_WORDS = new Set(['whole', 'entire', 'all', 'heel', 'hele', 'gans', 'ganse', 'toute', 'tout', 'tous', 'toutes']);
// The end of a sentence inside a field's line: the field's value stops there.
const SENTENCE_END = /[!?]|\.\s/;
// A dot leader between a field label and its value ("Expédition depuis .... France"): no sentence end.
const LEADER = /^\s*\.{3,}\s*/;
// Words that join a product to the country it comes from ("hasj uit Marokko", "Jaune Mousseux du Maroc").
const STYLE_FROM = new Set(['from', 'du', 'de', 'd', 'uit', 'van']);
// "made in", "gemaakt in", "fabriqué en", "hergestellt in": a country after them is where the goods were made.
const MADE_IN_PREPOSITIONS = new Set(['in', 'en']);
const MADE_WORDS = new Set(['made', 'manufactured', 'produced', 'gemaakt', 'geproduceerd', 'vervaardigd', 'fabrique', 'fabriquee', 'fabriques', 'fabriquees', 'produit', 'produite', 'produits', 'hergestellt']);
// Words that say where something comes from: they end a ships-to cue's reach.
const FROM_WORDS = new Set(['from', 'vanuit', 'depuis', 'uit']);
// An arrow between two places of a route, with the spaces around it ("NL ➜ FR", "🇳🇱➡️🌍", "DE -> EU"): right
// after a place, and right before one.
const ARROWS = '(?:→|-->|->|=>|>>|>|➡|➜|➔|➞|➝|➙|➛|⇒|⇨|⟶|⟹|⮕)\ufe0f?';
// (a pictograph may stand between the origin and its arrow: "🇳🇱📦➡️🇫🇷")
const ROUTE_ARROW = new RegExp(`^ ?(?:\\p{Extended_Pictographic}\ufe0f? ?)?${ARROWS} ?`, 'u');
// A two-way field label after a ships-from cue: "Shipping from → to: Australia → Worldwide", "Ships from/to: NL → EU".
const TWO_WAY_LABEL = /^(?:→|->|\/|&|and)?\s*(?:to|naar|vers)\s*:/;
// ... and what stands before its "to": the "to" of "from → to:" is no field of its own
const TWO_WAY_BEFORE = /(?:from|vanuit|depuis)\s*(?:→|->|\/|&|and)?\s*$/;

/**
 * Whether the "to" or arrow before a place belongs to a two-way field label ("Shipping from → to: Australia",
 * "Ships from/to: NL → EU"): the label's colon stands between it and the place.
 */
function labelTo(text: string, cueEnd: number, placeStart: number): boolean {
  const colon = text.indexOf(':', cueEnd);
  return colon !== -1 && colon < placeStart && /^[\s\p{Extended_Pictographic}\ufe0f]*$/u.test(text.slice(colon + 1, placeStart)) && /(?:\bto|naar|vers|→|->|>)\s*$/.test(text.slice(cueEnd, colon));
}

// What joins two countries a cue names as alternatives: "NL / BE", "NL and DE", "Belgique ou France".
const ALTERNATIVES = /^ ?(?:\/|&|\+|,|and|en|et|or|of|ou|oder|und) ?$/;
// Signs joining the destinations of a route: "🇧🇪➡️🇧🇪/🇳🇱", "NL → BE, DE".
const ROUTE_JOINER = /^ ?[/,+&] ?/;
const ARROW_BEFORE = new RegExp(`${ARROWS} ?$`);
// What lies between two lines of one list: a line break and bullets, no sentence end.
const NEXT_LINE_ONLY = /^[^.!?;]*\n[^.!?;]*$/;
// Places read after a route's destination, joined to it (a page of "NL→BE/DE/FR/…" stays bounded).
const MAX_ROUTE_DESTINATIONS = 8;
// Words that lead from an origin to a destination ("from Germany to Austria", "vanuit NL naar BE").
const TO_WORDS = new Set(['to', 'naar', 'vers', 'into', 'towards']);
// Last words of a ships-to cue that place the delivery inside a city rather than send it there ("bezorgen in").
const LOCAL_CUE_ENDS = new Set(['in', 'binnen', 'dans', 'sur', 'a', 'au', 'within', 'around']);
// A pickup phrase this many words before a city makes the city the hand-over place ("afhalen Rotterdam").
const PICKUP_REACH = 4;

export interface PlaceMention {
  readonly code: string | null;
  readonly region: string | null;
  readonly match: Match;
  readonly strength: Strength;
  readonly how: keyof typeof STRENGTH;
}

// What separates the segments of a title: "Ketamine 1g – Gent – 25 euro", "Coke | Liège".
const TITLE_SEPARATORS: ReadonlySet<string> = new Set(['-', '–', '—', '|', '•', '·', '/']);

// Units written like a country's code: gigabytes (GB), milligrams (MG, Madagascar), kilos (KG, Kyrgyzstan),
// grams (GR, Greece), pounds (LB, Lebanon), millilitres (ML, Mali), millimetres (MM, Myanmar), kilometres (KM, Comoros).
const UNIT_CODES = new Set(['gb', 'mg', 'kg', 'gr', 'lb', 'ml', 'mm', 'km']);

// Two-letter US state codes that are also country codes (CA Canada, DE Germany, IN India...).
const US_STATES = new Set(['al', 'ar', 'ca', 'co', 'de', 'ga', 'id', 'il', 'in', 'la', 'ma', 'md', 'me', 'mn', 'mt', 'nc', 'ne', 'pa', 'sc', 'tn', 'va']);

// Words that add a destination to others: "ook naar België", "France also", "livraison aussi en Belgique".
const ALSO_WORDS = new Set(['also', 'ook', 'aussi']);
function saysAlso(m: Match): boolean {
  return m.term.split(' ').some((w) => ALSO_WORDS.has(w));
}

/** A mention of a place, as strong as the way it was found (an object literal: spreading `c` was slow here). */
function mentionOf(c: { code: string | null; region: string | null }, match: Match, how: keyof typeof STRENGTH): PlaceMention {
  return { code: c.code, region: c.region, match, strength: STRENGTH[how], how };
}

export interface OriginExtraction {
  readonly origin: PlaceMention | null;
  readonly origins: PlaceMention[];
  readonly region: PlaceMention | null;
  readonly destinations: PlaceMention[];
  readonly destinationRegions: PlaceMention[];
  /** Places a negated ships-to cue governs ("niet naar NL", "No shipping to FR"): where it is not sent. */
  readonly excluded: PlaceMention[];
  /**
   * Hand-over places that a delivery phrase names, in prose ("levering in Brussel", "livraison sur Namur",
   * "Livraison Bruxelles & Charleroi"): the vendor delivers there himself.
   */
  readonly localDelivery: PlaceMention[];
  /**
   * A destination said to be served as well ("ook naar België", "France also", "livraison aussi en
   * Belgique"): the vendor ships beyond his own country, even when the text never names it.
   */
  readonly alsoAbroad: boolean;
}

/**
 * The ships-from country: a market field first, then cue phrases, X2X shorthand, hand-over places, a lone
 * flag, a bare country name, an upper-case code. Nationalities and styles ("Dutch quality") are adjectives
 * and never count; regions (EU, Worldwide) are reported apart; "ships to" places are destinations.
 *
 * A pipeline of steps over one listing's places (`OriginReading`): cues, the zones ships-to cues govern,
 * X2X shorthand, routes after cue-claimed origins, places standing on their own, then the choice. Each
 * step is a function of its own: besides reading better, a single function of all of them was the
 * largest one the optimising compiler met, and compiling it cost the process more peak memory than any
 * other stage.
 */
export function extractOrigin(matches: readonly Match[], words: readonly Token[], n: NormalisedText, lex: CompiledLexicons): OriginExtraction {
  // Every step below looks things up by position (maps, sorted sweeps), never by scanning all matches
  // for each match: a page with thousands of places and cues stays linear.
  const categorySpans = matches.filter((m) => m.item.kind === 'category').sort((a, b) => a.start - b.start);
  const places = placesOf(matches, categorySpans, words, lex);
  // No place and no "uk2uk": nothing below can find an origin or a destination.
  if (places.length === 0 && !words.some((w) => isX2X(w.text)) && !adjectiveAfter(matches)) return { origin: null, origins: [], region: null, destinations: [], destinationRegions: [], excluded: [], localDelivery: [], alsoAbroad: false };
  const r = new OriginReading(matches, categorySpans, places, words, n, lex);
  r.readCues();
  const zones = r.destinationZones();
  r.readX2X();
  r.readRoutesAfterCues();
  r.readLonePlaces(zones.inDestination, zones.inExcluded);
  r.readAdjectivesAfter();
  return r.choose();
}

/** Whether a nationality and an origin-after word are both matched ("swiss domestic"): see readAdjectivesAfter. */
function adjectiveAfter(matches: readonly Match[]): boolean {
  return matches.some((m) => m.item.kind === 'adjective') && matches.some((m) => m.item.kind === 'originAfter');
}

// Style words read between a country's adjective and its flag ("Dutch lab quality 🇳🇱").
const MAX_STYLE_WORDS = 2;

/** A country's name written right after a style word, in its sentence: the product's style ("qualité suisse"), no place. */
function styledName(m: Match, words: readonly Token[], lex: CompiledLexicons): boolean {
  return m.item.kind === 'country' && words[m.first]!.kind === 'word' && m.first > 0 && !words[m.first]!.brk && lex.styleWords.has(words[m.first - 1]!.text);
}

/** The place matches that count: sorted by start, none inside a longer product term or a style, no US state before its country. */
function placesOf(matches: readonly Match[], categorySpans: readonly Match[], words: readonly Token[], lex: CompiledLexicons): Match[] {
  // a place inside a longer product term is part of its name ("Amsterdam Haze" listed as a strain)
  const places: Match[] = [];
  let ci = 0;
  let reach = -1;
  let reachStart = -1;
  // (a place inside a longer place is part of its name: "Congo (RDC)" is the DR Congo, not the Congo)
  let placeReach = -1;
  for (const m of matches.filter((x) => PLACE_KINDS.has(x.item.kind)).sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.end <= placeReach && m.item.kind === 'country') continue;
    if (m.item.kind === 'country') placeReach = Math.max(placeReach, m.end);
    while (ci < categorySpans.length && categorySpans[ci]!.start <= m.start) {
      const c = categorySpans[ci]!;
      if (c.end > reach) {
        reach = c.end;
        reachStart = c.start;
      }
      ci++;
    }
    if (reach > m.end || (reach === m.end && reachStart < m.start)) continue;
    if (styledName(m, words, lex)) continue;
    places.push(m);
  }
  // a region inside a carrier's name is the carrier: "Mondial Relay" is not worldwide
  // (one sweep in start order, as above: a page of thousands of carriers and regions stays linear)
  const carriers = matches.filter((x) => x.item.kind === 'carrier').sort((a, b) => a.start - b.start);
  if (carriers.length > 0 && places.some((m) => m.item.kind === 'region')) {
    let k = 0;
    let carrierReach = -1;
    const kept: Match[] = [];
    for (const m of places) {
      while (k < carriers.length && carriers[k]!.start <= m.start) carrierReach = Math.max(carrierReach, carriers[k++]!.end);
      if (m.item.kind !== 'region' || carrierReach < m.end) kept.push(m);
    }
    for (let i = 0; i < kept.length; i++) places[i] = kept[i]!;
    places.length = kept.length;
  }
  // a unit after a number is the unit, not the country that shares its code: "80 GB", "10 MG", "2 KG", "5 GR"
  for (let i = places.length - 1; i >= 0; i--) {
    const m = places[i]!;
    if (m.item.kind !== 'countryShort' || m.first === 0 || words[m.first]!.brk || !UNIT_CODES.has(words[m.first]!.text)) continue;
    if (/^[0-9]+$/.test(words[m.first - 1]!.text)) places.splice(i, 1);
  }
  // a US state's code right before the country is the state, not the country it shares a code with:
  // "ships from CA, USA" is California, "TX, USA" Texas
  for (let i = places.length - 2; i >= 0; i--) {
    const m = places[i]!;
    const next = places[i + 1]!;
    if (m.item.kind !== 'countryShort' || !US_STATES.has(words[m.first]!.text) || next.first !== m.last + 1 || words[next.first]!.brk) continue;
    if ((next.item.kind === 'country' || next.item.kind === 'countryShort') && lex.countries[next.item.ref]!.code === 'US' && !(next.item.kind === 'countryShort' && next.term === m.term)) places.splice(i, 1);
  }
  return places;
}

type Zone = { from: number; lastFirst: number };

/**
 * One listing's places and what stands around them, looked up by word or offset in typed arrays (not
 * Sets or Maps: a page of a hundred thousand flags made hash tables of that size, slower per entry as
 * they grew), and the mentions the steps have found so far.
 */
class OriginReading {
  private readonly text: string;
  private readonly categoryAtWord: Uint8Array;
  private readonly documentEndAtWord: Uint8Array;
  private readonly categoryEndAtWord: Uint8Array;
  /** The country (ref + 1) of the nationality adjective ending at a word, 0 for none. */
  private readonly adjectiveAtWord: Int32Array;
  /** The country (ref + 1) of a name used as a style ending at a word ("qualité suisse"; see `styledName`), 0 for none. */
  private readonly styledNameAtWord: Int32Array;
  /** The first place starting at a folded offset / at a word: its index in `places` + 1, 0 for none. */
  private readonly placeAtOffset: Int32Array;
  private readonly placeAtWord: Int32Array;
  /** Words inside a product term of several words. */
  private readonly inTerm: Uint8Array;
  private readonly pickups: Match[];
  private readonly pickupWords: Uint8Array;
  private readonly pickupLast: Set<number>;
  private readonly pickupFirst: Set<number>;
  private newlines: number[] | undefined;
  /** Where the first line ends: found on first need. */
  private titleEnd: number | undefined;
  private shippingLines: Set<number> | undefined;
  private postingLines: Set<number> | undefined;
  private rows: Map<number, { members: Match[]; last: number }> | undefined;
  private sendingLast: Set<number> | undefined;
  private readonly cueList: Match[];
  private readonly destAfterAt: Set<number>;
  private readonly alsoAfterAt: Set<number>;
  private readonly originAfterAt: Set<number>;
  private readonly placeWords: Uint8Array;
  /**
   * Three or more places in a row ("Works in USA, UK, Canada", "NL, BE, DE, FR, UK") say where something
   * is sold, valid or delivered, not where it ships from: none of them is a bare origin.
   */
  private readonly inPlaceList: Uint8Array;
  /** Two places in a row at least: "BE/NL", "in Antwerp and Rotterdam". `runOf` numbers each place's row. */
  private readonly inPlacePair: Uint8Array;
  private readonly runOf = new Map<Match, number>();
  /** Shipping negations by their last word. */
  private readonly shipNegByLast = new Map<number, Match>();
  private readonly negatedCues: Set<Match>;
  private readonly found: PlaceMention[] = [];
  private readonly destinations: PlaceMention[] = [];
  private readonly excluded: PlaceMention[] = [];
  private readonly localDelivery: PlaceMention[] = [];
  private readonly claimed = new Set<Match>();
  /** Places a cue names beside another country as alternatives ("NL / BE", "NL and DE"): see `choose`. */
  private readonly alternatives = new Set<Match>();
  private alsoAbroad = false;

  constructor(
    private readonly matches: readonly Match[],
    categorySpans: readonly Match[],
    private readonly places: readonly Match[],
    private readonly words: readonly Token[],
    private readonly n: NormalisedText,
    private readonly lex: CompiledLexicons,
  ) {
    const text = (this.text = n.text);
    this.categoryAtWord = new Uint8Array(words.length + 1);
    this.documentEndAtWord = new Uint8Array(words.length + 1);
    this.categoryEndAtWord = new Uint8Array(words.length + 1);
    for (const c of categorySpans) {
      this.categoryAtWord[c.first] = 1;
      this.categoryEndAtWord[c.last] = 1;
      if (lex.entries[c.item.ref]?.category === 'documents') this.documentEndAtWord[c.last] = 1;
    }
    this.adjectiveAtWord = new Int32Array(words.length + 1);
    this.styledNameAtWord = new Int32Array(words.length + 1);
    for (const m of matches) {
      if (m.item.kind === 'adjective') this.adjectiveAtWord[m.last] = m.item.ref + 1;
      else if (styledName(m, words, lex)) this.styledNameAtWord[m.last] = m.item.ref + 1;
    }
    this.placeAtOffset = new Int32Array(text.length + 1);
    this.placeAtWord = new Int32Array(words.length + 1);
    places.forEach((p, k) => {
      if (this.placeAtOffset[p.start] === 0) this.placeAtOffset[p.start] = k + 1;
      if (this.placeAtWord[p.first] === 0) this.placeAtWord[p.first] = k + 1;
    });
    // a cue word inside a product term of several words is part of the product ("crypto naar cash")
    this.inTerm = new Uint8Array(words.length);
    for (const m of matches) if (m.item.kind === 'category' && m.last > m.first) this.inTerm.fill(1, m.first, m.last + 1);
    // a ships-to cue whose words run into a pickup phrase is that phrase: "livraison en main propre Bruxelles"
    // is a hand-over in Brussels, not delivery to it
    this.pickups = matches.filter((m) => m.item.kind === 'method' && lex.methods[m.item.ref]!.method === 'pickup');
    this.pickupWords = new Uint8Array(words.length);
    for (const m of this.pickups) this.pickupWords.fill(1, m.first, m.last + 1);
    // keep the longest cue where cues overlap ("ships from" over "from")
    this.cueList = longestPerKey(
      matches.filter((m) => (this.isCue(m) || this.countryNext(m)) && !this.partOfTerm(m) && !this.intoPickup(m)),
      () => 'cue',
    ).sort((a, b) => a.start - b.start);
    this.destAfterAt = new Set(matches.filter((m) => m.item.kind === 'destAfter').map((m) => m.first));
    this.alsoAfterAt = new Set(matches.filter((m) => m.item.kind === 'destAfter' && saysAlso(m)).map((m) => m.first));
    this.originAfterAt = new Set(matches.filter((m) => m.item.kind === 'originAfter').map((m) => m.first));
    this.placeWords = new Uint8Array(words.length);
    for (const p of places) this.placeWords.fill(1, p.first, p.last + 1);
    this.inPlaceList = new Uint8Array(words.length);
    this.inPlacePair = new Uint8Array(words.length);
    this.numberRuns();
    this.pickupLast = new Set(this.pickups.map((m) => m.last));
    this.pickupFirst = new Set(this.pickups.map((m) => m.first));
    // A ships-to cue with a shipping negation right before it ("niet naar NL", "pas d'envoi vers la Belgique",
    // "we don't ship to FR") names where the parcel does not go: neither a destination nor an origin.
    for (const m of matches) if (m.item.kind === 'shipNegation' && partnered(m, words, lex)) this.shipNegByLast.set(m.last, m);
    this.negatedCues = new Set(this.cueList.filter((c) => c.item.kind === 'destCue' && this.negated(c)));
  }

  /** Fills `runOf`, `inPlacePair` and `inPlaceList`: the rows of places next to each other. */
  private numberRuns(): void {
    const { places, words, text } = this;
    let runStart = 0;
    let count = 0;
    let prevLast = -2;
    const flush = (to: number): void => {
      // "UK-UK", "USA - USA" is a route within one country, not a pair
      const pair = count >= 2 && new Set(places.slice(runStart, to).map((q) => this.codeOf(q).code)).size >= 2;
      for (let k = runStart; k < to; k++) {
        this.runOf.set(places[k]!, runStart);
        if (pair) this.inPlacePair.fill(1, places[k]!.first, places[k]!.last + 1);
        if (count >= MIN_PLACE_LIST) this.inPlaceList.fill(1, places[k]!.first, places[k]!.last + 1);
      }
    };
    for (let k = 0; k < places.length; k++) {
      const p = places[k]!;
      if (p.first <= prevLast) continue; // overlaps the previous place
      const gap = p.first - prevLast - 1;
      // (a list word may open the next line of a bulleted list: "- regio Den Haag / Zoetermeer\n- of Antwerpen")
      const joined =
        count > 0 &&
        !words[p.first]!.brk &&
        (gap === 0 || (gap === 1 && LIST_WORDS.has(words[prevLast + 1]!.text) && (!words[prevLast + 1]!.brk || NEXT_LINE_ONLY.test(text.slice(words[prevLast]!.end, words[prevLast + 1]!.start)))));
      if (joined) count++;
      else {
        flush(k);
        runStart = k;
        count = 1;
      }
      prevLast = p.last;
    }
    flush(places.length);
  }

  /**
   * A code listed with "EN" in capitals ("Communiquez en FR, EN ou NL", "Support: EN/NL"): the languages a
   * vendor writes in, not a place.
   */
  private besideEnglish(p: Match): boolean {
    const { words } = this;
    for (const k of [p.first - 1, p.first - 2, p.last + 1, p.last + 2]) {
      const w = words[k];
      if (w !== undefined && (w.text === 'en' || w.text === 'eng') && writtenUpper(this.n, w)) return true;
    }
    return false;
  }

  /** A document right before, or a document and its nationality ("Permis de conduire français 🇫🇷"): the issuer. */
  private afterDocument(p: Match): boolean {
    return p.first > 0 && (this.documentEndAtWord[p.first - 1] === 1 || (p.first > 1 && this.adjectiveAtWord[p.first - 1]! > 0 && this.documentEndAtWord[p.first - 2] === 1));
  }

  private placeByStart(at: number): Match | undefined {
    const k = this.placeAtOffset[at];
    return k ? this.places[k - 1] : undefined;
  }

  private placeByFirst(w: number): Match | undefined {
    const k = this.placeAtWord[w];
    return k ? this.places[k - 1] : undefined;
  }

  private partOfTerm(c: Match): boolean {
    for (let w = c.first; w <= c.last; w++) if (this.inTerm[w] === 0) return false;
    return true;
  }

  /**
   * Where a cue's value ends: its line's end, or the next line's for a field label that stands alone on its
   * line when that line is a short value ("Verzending naar:\nEU (behalve Zweden)"), not a paragraph
   * ("Levering:\nWij zitten in Nederland en versturen …").
   */
  private valueEnd(cue: Match): number {
    const end = this.lineEnd(cue.end);
    if (end >= this.text.length || TO_WORDS.has(cue.term) || !/^[\s:–-]*$/.test(this.text.slice(cue.end, end)) || !this.isFieldCue(cue)) return end;
    const nextEnd = this.lineEnd(end + 1);
    if (nextEnd - end > NEXT_LINE_VALUE || SENTENCE_END.test(this.text.slice(end + 1, nextEnd).replace(/\.\s*$/, ''))) return end;
    // the value line starts with a place: "EU (behalve Zweden)", "Europe sauf Scandinavie"
    const first = cue.last + 1;
    return first < this.words.length && this.words[first]!.start < nextEnd && this.placeByFirst(first) !== undefined ? nextEnd : end;
  }

  /** The first exception word ("except", "behalve", "sauf") among words `from..to`, or -1. */
  private exceptionWithin(from: number, to: number): number {
    const exceptions = this.lex.destinationExceptions;
    if (exceptions.size === 0) return -1;
    for (let w = from; w <= to && w < this.words.length; w++) if (exceptions.has(this.words[w]!.text)) return w;
    return -1;
  }

  /** An exception word stands between a ships-to cue and the place: "Ships to: Worldwide except Australia". */
  private excepted(cue: Match, p: Match): boolean {
    return this.exceptionWithin(cue.last + 1, p.first - 1) !== -1;
  }

  /**
   * A cue followed by ":" (or " - ") opens a market field; so does a cue alone on its line whose next line
   * opens with a place ("Ships From\nGermany": a table as a scraper writes it out).
   */
  private isFieldCue(cue: Match): boolean {
    const { text } = this;
    let k = cue.end;
    while (k < text.length && text[k] === ' ') k++;
    if (text[k] === ':' || (text[k] === '-' && text[k + 1] === ' ')) return true;
    // a dot leader from label to value: "Expédition depuis .... France"
    if (text.startsWith('...', k)) return true;
    // a two-way label: "Shipping from → to: Australia → Worldwide", "Ships from/to: NL → EU"
    if (TWO_WAY_LABEL.test(text.slice(k, k + 16))) return true;
    // a table row as a scraper writes it out: "| Pays d'expédition | France |" (looking back over the
    // spaces only, so a long line of cues stays linear)
    if (text[k] === '|') return rowStart(text, cue.start);
    if (text[k] !== '\n' || !/^[ \t•*>-]*$/.test(text.slice(text.lastIndexOf('\n', cue.start - 1) + 1, cue.start))) return false;
    const value = this.placeByFirst(cue.last + 1);
    return value !== undefined && this.lineOf(value.start) === this.lineOf(cue.start) + 1;
  }

  private isCue(m: Match): boolean {
    return (m.item.kind === 'originCue' || m.item.kind === 'destCue') && (m.item.ref !== FIELD_ONLY_CUE || (this.isFieldCue(m) && !this.twoWayTo(m)));
  }

  /** Whether a field-only "to" is the second half of a two-way label ("Shipping from → to: Australia → …"). */
  private twoWayTo(m: Match): boolean {
    return TWO_WAY_BEFORE.test(this.text.slice(Math.max(0, m.start - 16), m.start));
  }

  private intoPickup(c: Match): boolean {
    return c.item.kind === 'destCue' && this.pickupWords[c.last] === 1;
  }

  /** The line an offset is on: newline offsets found once, then a binary search. */
  private lineOf(at: number): number {
    this.newlines ??= newlineOffsets(this.text);
    return lineAt(this.newlines, at);
  }

  /** Whether a match stands on a line that names a carrier or a way of sending or handing over (not only a digital delivery). */
  private onPostingLine(c: Match): boolean {
    this.postingLines ??= postingLines(this.matches, this.lex, (this.newlines ??= newlineOffsets(this.text)));
    return this.postingLines.has(this.lineOf(c.start));
  }

  /** A country's name, or its code in capitals that is no shipping negation ("NO Europe"), not a flag. */
  private listedCountry(p: Match): boolean {
    if (this.words[p.first]!.kind === 'emoji') return false;
    return p.item.kind === 'country' || (p.item.kind === 'countryShort' && this.upper(p) && !this.shipNegByLast.has(p.last));
  }

  /**
   * Whether the row of places `p` stands in holds another country of that kind, with another code: "BE /
   * FR / DE", "Belgique / France". A lower-case word that is also a code ("envoi de Belgique", "bij de
   * IND") makes no row, and a row before "border" names a border ("regio Limburg (NL/BE grens)").
   */
  private listedWithOther(p: Match): boolean {
    const { words } = this;
    if (this.rows === undefined) {
      this.rows = new Map();
      for (const q of this.places) {
        const run = this.runOf.get(q);
        if (run === undefined) continue;
        const row = this.rows.get(run) ?? { members: [], last: q.last };
        row.last = q.last;
        if (this.listedCountry(q) && row.members.length < 2) row.members.push(q);
        this.rows.set(run, row);
      }
    }
    const run = this.runOf.get(p);
    const row = run === undefined ? undefined : this.rows.get(run);
    if (row === undefined) return false;
    const after = words[row.last + 1];
    if (after !== undefined && !after.brk && BORDER_WORDS.has(after.text)) return false;
    const code = this.codeOf(p).code;
    return row.members.some((q) => q !== p && this.codeOf(q).code !== code);
  }

  /** Whether a match is on a line that speaks of sending: a shipping method, a carrier or a ships-from/ships-to phrase. */
  private onShippingLine(c: Match): boolean {
    this.shippingLines ??= linesWhere(
      this.matches,
      (m) => {
        const k = m.item.kind;
        return k === 'method' || k === 'carrier' || k === 'originCue' || (k === 'destCue' && !TO_WORDS.has(m.term));
      },
      (this.newlines ??= newlineOffsets(this.text)),
    );
    return this.shippingLines.has(this.lineOf(c.start));
  }

  /**
   * A field-only ships-to label in prose right before a country name is a ships-to cue after all
   * ("Livraison Belgique, France, Luxembourg", "Levering België en Nederland"); before a city it is a local
   * delivery or a hand-over ("livraison Bruxelles") and says nothing.
   */
  private countryNext(c: Match): boolean {
    const { words } = this;
    // (a preposition says where a parcel goes only on a line about sending: "shipping from Mozambique by air
    // cargo to Asia", not "cash-out to EU bank accounts")
    if (c.item.kind !== 'destCue' || c.item.ref !== FIELD_ONLY_CUE || (TO_WORDS.has(c.term) && !this.onShippingLine(c)) || this.twoWayTo(c)) return false;
    let w = c.last + 1;
    while (w < words.length && !words[w]!.brk && FILLERS.has(words[w]!.text)) w++;
    const p = this.placeByFirst(w);
    // (a code in capitals too: "Livraison BE, FR, NL", "Levering NL/BE/FR")
    return p !== undefined && !words[w]!.brk && (p.item.kind === 'country' || p.item.kind === 'region' || (p.item.kind === 'countryShort' && writtenUpper(this.n, p))) && words[p.first]!.kind !== 'emoji';
  }

  private lineEnd(at: number): number {
    const e = this.text.indexOf('\n', at);
    return e === -1 ? this.text.length : e;
  }

  private upper(m: Match): boolean {
    return writtenUpper(this.n, m);
  }

  private codeOf(m: Match): { code: string | null; region: string | null } {
    const { lex } = this;
    switch (m.item.kind) {
      case 'country':
      case 'countryShort':
        return { code: lex.countries[m.item.ref]!.code, region: null };
      case 'place':
        return { code: lex.places[m.item.ref]!.country, region: null };
      case 'region':
        return { code: null, region: lex.regions[m.item.ref]!.id };
      default:
        return { code: null, region: null };
    }
  }

  /** An originAfter word ("domestic") right after the place, in the same sentence: the vendor is there. */
  private originWordAfter(p: Match): boolean {
    const next = this.words[p.last + 1];
    return next !== undefined && !next.brk && this.originAfterAt.has(p.last + 1);
  }

  /** A pickup phrase ends a few words before the place (after word `from`), in one sentence: "afhalen in Gent". */
  private afterPickup(p: Match, from = -1): boolean {
    for (let k = p.first - 1; k >= p.first - PICKUP_REACH && k > from; k--) if (this.pickupLast.has(k) && unbroken(this.words, k + 1, p.first)) return true;
    return false;
  }

  /**
   * A method of sending (not a hand-over, not a digital delivery) ends at most SENDING_REACH words before
   * the place in one clause, with no "from" word between: "livraison express 24h en Belgique", "DHL Express
   * Belgique". The methods are indexed by their last word, so each place looks back a few words only.
   */
  private afterSending(p: Match): boolean {
    const { words } = this;
    if (this.sendingLast === undefined) {
      this.sendingLast = new Set();
      for (const m of this.matches) {
        if (m.item.kind !== 'method') continue;
        const method = this.lex.methods[m.item.ref]!.method;
        if (method !== 'pickup' && method !== 'digital') this.sendingLast.add(m.last);
      }
    }
    for (let k = p.first - 1; k >= p.first - SENDING_REACH && k >= 0; k--) {
      if (words[k + 1]!.brk || FROM_WORDS.has(words[k]!.text) || STYLE_FROM.has(words[k]!.text)) return false;
      if (this.sendingLast.has(k)) return !barrierBetween(this.text, words[k]!.end, p.start);
    }
    return false;
  }

  /**
   * A delivery time right before the country or right after it, in its clause: "5-7 jours Belgique/Suisse",
   * "sous 3-5 jours en France", "Levertijd NL/BE 2-3 werkdagen", "Belgium: 1-2 days". A time says how long
   * it takes to get there: the country is where it is sent.
   */
  private besideDeliveryTime(p: Match): boolean {
    const { text } = this;
    const before = text.slice(Math.max(0, p.start - DELIVERY_WINDOW), p.start);
    const after = text.slice(p.end, p.end + DELIVERY_WINDOW);
    return TIME_BEFORE.test(before) || TIME_AFTER.test(after);
  }

  /** "from", "vanuit", "depuis" right before the place, or before its article ("from the UK"), in one sentence. */
  private fromBefore(p: Match): boolean {
    const { words } = this;
    let b = p.first - 1;
    if (b >= 0 && !words[b + 1]!.brk && FILLERS.has(words[b]!.text) && !FROM_WORDS.has(words[b]!.text)) b--;
    return b >= 0 && !words[b + 1]!.brk && FROM_WORDS.has(words[b]!.text);
  }

  /** The shipping negation standing right before a match, if any (see `negationBefore`). */
  private negationOf(m: Match): Match | undefined {
    return negationBefore(m, this.shipNegByLast, this.words, this.text);
  }

  private negated(m: Match): boolean {
    return this.negationOf(m) !== undefined;
  }

  /** Whether a negation ends on the word right before the match ("no Canada"). */
  private negatedRightBefore(m: Match): boolean {
    return this.negationOf(m)?.last === m.first - 1;
  }

  /** Whether a negation that starts at or after `from` stands right before the match. */
  private negatedAfter(m: Match, from: number): boolean {
    const n = this.negationOf(m);
    return n !== undefined && n.start >= from;
  }

  /** The places after places[pi] joined to it by "to" (then "and", "or", "&"): destinations. */
  private destinationsAfterTo(pi: number, stop: number): void {
    const { places, words } = this;
    let last = places[pi]!.last;
    let sawTo = false;
    for (let qi = pi + 1; qi < places.length; qi++) {
      const q = places[qi]!;
      if (q.start >= stop || q.first <= last) break;
      // the origin's own flag right after its name ("the UK 🇬🇧 to …") is the same mention
      if (!sawTo && q.first === last + 1 && !words[q.first]!.brk && this.codeOf(q).code !== null && this.codeOf(q).code === this.codeOf(places[pi]!).code) {
        last = q.last;
        continue;
      }
      let ok = unbroken(words, last + 1, q.first);
      for (let w = last + 1; w < q.first && ok; w++) {
        const t = words[w]!.text;
        if (TO_WORDS.has(t)) sawTo = true;
        else if (!(sawTo && (LIST_WORDS.has(t) || FILLERS.has(t) || WHOLE_WORDS.has(t)))) ok = false;
      }
      if (!ok || !sawTo) break;
      this.claimed.add(q);
      this.destinations.push(mentionOf(this.codeOf(q), q, 'field'));
      last = q.last;
    }
  }

  /** 1–2. Cues: in a field ("Ships from: X", up to the next cue or the end of the line) or in prose (the next words). */
  readCues(): void {
    const { cueList, places, words, text, found, destinations } = this;
    for (let ci = 0; ci < cueList.length; ci++) {
      const cue = cueList[ci]!;
      const isField = this.isFieldCue(cue);
      const next = cueList[ci + 1];
      const stop = Math.min(this.valueEnd(cue), next ? next.start : text.length);
      const isDest = cue.item.kind === 'destCue';
      const notThere = this.negatedCues.has(cue);
      let taken = 0;
      for (let pi = firstPlaceFrom(places, cue.end); pi < places.length; pi++) {
        const p = places[pi]!;
        if (p.start >= stop) break;
        // a field's value names the place first: a word far into the line is prose, not the value
        if (isField && p.first - cue.last > FIELD_REACH) break;
        // ... and ends with its sentence: "Origin: Belgium 🇧🇪. Belgium & Netherlands only."
        if (isField && SENTENCE_END.test(text.slice(cue.end, p.start).replace(LEADER, ' '))) break;
        if (!isField) {
          // prose: the place must follow within a couple of words, fillers aside
          let gap = 0;
          for (let w = cue.last + 1; w < p.first; w++) if (!FILLERS.has(words[w]!.text)) gap++;
          if (gap >= CUE_REACH) break;
          if (!unbroken(words, cue.last + 1, p.first)) continue;
        }
        if (p.item.kind === 'countryShort' && !this.upper(p) && WORDLIKE_CODES.has(words[p.first]!.text) && (!isField || p.first !== cue.last + 1)) continue;
        const c = this.codeOf(p);
        this.claimed.add(p);
        const mention = mentionOf(c, p, isField ? 'field' : cue.item.kind === 'originCue' && cue.item.ref === PROVENANCE_CUE ? 'provenance' : 'cue');
        // "Ships from: Netherlands to EU": in a ships-from field, a place after "to" is where it goes
        // (or after an arrow: "Ships from: DE → EU")
        // (a "to" inside the label is the label's: "Shipping from → to: Australia → Worldwide")
        if (!isDest && p.first > cue.last + 1 && (TO_WORDS.has(words[p.first - 1]!.text) || ARROW_BEFORE.test(text.slice(Math.max(0, p.start - 8), p.start))) && unbroken(words, cue.last + 1, p.first) && !labelTo(text, cue.end, p.start)) {
          destinations.push(mentionOf(c, p, 'field'));
          continue;
        }
        // "Ships to: Ireland only (no NI, no UK)": a place a negation stands right before is not sent to
        // (a negation the cue's own words hold, "geen verzending buiten", "pas d'envoi hors", is the cue's
        // meaning, and one before the cue negates the cue: only a negation after it speaks for the place)
        if (notThere || (isDest && (this.negatedAfter(p, cue.end) || this.excepted(cue, p)))) this.excluded.push(mention);
        else if (isDest && p.item.kind === 'place' && (isField ? this.pickupLast.size > 0 && this.afterPickup(p, cue.last) : LOCAL_CUE_ENDS.has(words[cue.last]!.text))) {
          // a vendor who delivers in a city ("bezorging in Rotterdam-Zuid tot 03:00", "levering in Gent en
          // omstreken") delivers there himself: the city is a hand-over place, not a parcel's destination ("naar
          // Frankfurt", a trip, still is one); in a delivery field, a city right after a pickup phrase is where
          // the vendor hands over ("Delivery: DHL or in person in Amsterdam")
          const h = mentionOf(c, p, 'handover');
          found.push(h);
          if (!isField) this.localDelivery.push(h);
        } else if (isDest) {
          destinations.push(mention);
          if (saysAlso(cue)) this.alsoAbroad = true;
          // "Delivery: UK domestic": a ships-to country followed by "domestic" is also where the vendor is
          if (this.originWordAfter(p) && (p.item.kind === 'country' || p.item.kind === 'countryShort')) {
            found.push(mentionOf(c, p, 'cue'));
          }
        } else {
          found.push(mention);
          // "Verzonden vanuit: Nederland / België", "stock in NL and DE", "Ships from: United Kingdom,
          // Netherlands": a cue naming two countries as alternatives says the vendor ships from either, not
          // which (a comma lists them only in a field, and a code after it must be written as one: in prose it
          // starts a clause, "verzonden vanuit Nederland, België ook mogelijk", "ships from India, no rx")
          const other = places[pi + 1];
          const between = other === undefined ? '' : text.slice(p.end, other.start);
          const listed = !between.includes(',') || (isField && (other!.item.kind !== 'countryShort' || this.upper(other!)));
          if (other !== undefined && other.start < stop && ALTERNATIVES.test(between) && listed) {
            const oc = this.codeOf(other).code;
            if (oc !== null && c.code !== null && oc !== c.code) this.alternatives.add(p);
          }
        }
        taken++;
        if (!isField && taken >= 1) {
          // "ships from the UK to UK and Europe", "ship from Canada to Canada & USA": in prose, the places
          // after "to" that continue the phrase are where it goes
          if (!isDest) this.destinationsAfterTo(pi, stop);
          break;
        }
      }
    }
  }

  /**
   * A place is a destination when a ships-to cue governs it: a field ("Ships to: A, B") up to the end of its
   * line, or a prose cue a few words before it ("livraison vers la France").
   * Each ships-to cue governs the words up to `lastFirst`: a place starting there or before (and after the
   * cue) is a destination; one a negated cue governs is excluded (see `governed`).
   */
  destinationZones(): { inDestination: (m: Match) => boolean; inExcluded: (m: Match) => boolean } {
    const { cueList, words } = this;
    const originCueAt = new Set(cueList.filter((c) => c.item.kind === 'originCue').map((c) => c.first));
    const zones: Zone[] = [];
    const notZones: Zone[] = [];
    for (const c of cueList) {
      if (c.item.kind !== 'destCue') continue;
      const end = this.valueEnd(c);
      let lastFirst = c.last;
      if (this.isFieldCue(c)) {
        for (let w = c.last + 1; w < words.length && words[w]!.start < end && !originCueAt.has(w); w++) lastFirst = w;
      } else {
        // prose: the place follows the cue, or continues a list of places that does ("to Germany, Austria and Switzerland")
        let gap = 0;
        for (let w = c.last + 1; w < words.length && words[w]!.start < end && !originCueAt.has(w); w++) {
          lastFirst = w;
          const t = words[w]!.text;
          if (words[w]!.brk && w > c.last + 1) {
            lastFirst = w - 1;
            break;
          }
          // "we ship only EU, discreet, from NL": a from-word ends what the cue governs
          if (FROM_WORDS.has(t)) {
            lastFirst = w - 1;
            break;
          }
          if (FILLERS.has(t) || LIST_WORDS.has(t) || this.placeWords[w] === 1) continue;
          if (++gap >= CUE_REACH + 1) break;
        }
      }
      // "Worldwide except Australia", "EU (behalve Zweden)", "Europe sauf Scandinavie": what follows an
      // exception word is not sent to
      if (!this.negatedCues.has(c)) {
        const w = this.exceptionWithin(c.last + 1, lastFirst);
        if (w !== -1) {
          notZones.push({ from: words[w]!.end, lastFirst });
          lastFirst = w - 1;
        }
      }
      (this.negatedCues.has(c) ? notZones : zones).push({ from: c.end, lastFirst });
    }
    return { inDestination: governed(zones), inExcluded: governed(notZones) };
  }

  /** 3. X2X shorthand: "uk2uk", "nl2eu", "eu2eu", and spaced out in capitals, "UK 2 UK". */
  readX2X(): void {
    const { words, lex } = this;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!.text;
      let x = isX2X(w) ? X2X.exec(w) : null;
      let last = i;
      if (!x && w.length >= 2 && w.length <= 3 && i + 2 < words.length && words[i + 1]!.text === '2' && this.spacedX2X(i)) {
        x = X2X.exec(`${w}2${words[i + 2]!.text}`);
        last = i + 2;
      } else if (!x && w.length >= 2 && w.length <= 3 && i + 1 < words.length && words[i + 1]!.text === w && this.dashedSame(i)) {
        // "UK-UK", "US - US": a route within one country, written with a dash (two different codes so joined
        // are a pair of places, "NL-BE", not a route)
        x = X2X.exec(`${w}2${w}`);
        last = i + 1;
      }
      if (!x) continue;
      const src = x[1]!;
      const code = lex.countryByShort.get(src);
      const region = lex.regionByName.get(src);
      if (code === undefined && region === undefined) continue;
      const m: Match = { item: { kind: code ? 'countryShort' : 'region', ref: 0, exact: true, lang: 'any' }, term: src, start: words[i]!.start, end: words[i]!.start + src.length, first: i, last, how: 'exact' };
      this.found.push({ code: code ?? null, region: code ? null : region ?? null, match: m, strength: STRENGTH.x2x, how: 'x2x' });
      // the second half is where it goes: "NL2EU" ships abroad, "UK2UK" does not; a region is several
      // countries, so "EU2EU" ships across borders too
      const dst = x[2]!;
      const dstCode = lex.countryByShort.get(dst);
      const dstRegion = lex.regionByName.get(dst);
      if ((dstCode && dstCode !== code) || dstRegion) {
        const dm: Match = { ...m, term: dst, start: words[last]!.end - dst.length, end: words[last]!.end };
        this.destinations.push({ code: dstCode ?? null, region: dstCode ? null : dstRegion ?? null, match: dm, strength: STRENGTH.field, how: 'field' });
      }
    }
  }

  /**
   * Whether a place stands alone between separators on the first line: a dash, a bar or a bullet before it
   * (or the line's start) and after it (or the line's end), "Ketamine 1g – Gent – 25 euro", "Coke | Liège".
   */
  private titleSegment(p: Match): boolean {
    const { text } = this;
    const lineEnd = (this.titleEnd ??= this.lineEnd(0));
    if (p.end > lineEnd) return false;
    let a = p.start - 1;
    // (the apostrophe of "'t Stad" is not a word's)
    while (a >= 0 && (text[a] === ' ' || text[a] === "'")) a--;
    let b = p.end;
    while (b < lineEnd && text[b] === ' ') b++;
    const before = a < 0 || TITLE_SEPARATORS.has(text[a]!);
    const after = b >= lineEnd || TITLE_SEPARATORS.has(text[b]!);
    // one separator at least: a title that is only the city's name says nothing of a vendor
    return before && after && (a >= 0 || b < lineEnd);
  }

  /** Words i, i+1, i+2 read "XX 2 YY": single spaces between, one sentence, both codes written in capitals. */
  private spacedX2X(i: number): boolean {
    const { words, text } = this;
    const a = words[i]!;
    const b = words[i + 2]!;
    if (words[i + 1]!.brk || b.brk || text.slice(a.end, b.start) !== ' 2 ' || !/^[a-z]+$/.test(a.text) || !/^[a-z]{2,3}$/.test(b.text)) return false;
    return writtenUpper(this.n, a) && writtenUpper(this.n, b);
  }

  /** Words i and i+1 read "UK-UK" or "US - US": the same code twice in capitals, joined by a dash, one sentence. */
  private dashedSame(i: number): boolean {
    const { words, text } = this;
    const a = words[i]!;
    const b = words[i + 1]!;
    if (b.brk || !/^ ?[-–] ?$/.test(text.slice(a.end, b.start)) || !/^[a-z]+$/.test(a.text)) return false;
    return writtenUpper(this.n, a) && writtenUpper(this.n, b);
  }

  /** The arrow right after a place, with its spaces ("NL ➜ FR", "🇳🇱 → 🌍", "DE->EU"), or null. */
  private arrowAfter(p: Match): string | null {
    return ROUTE_ARROW.exec(this.text.slice(p.end, p.end + 12))?.[0] ?? null;
  }

  /** Whether a place can end a route: a region, a country name (not a flag), a code in capitals or not a word. */
  private routeEnd(m: Match | undefined): m is Match {
    const { words } = this;
    return (
      m !== undefined &&
      (m.item.kind === 'region' || (m.item.kind === 'country' && words[m.first]!.kind !== 'emoji') || (m.item.kind === 'countryShort' && (this.upper(m) || !WORDLIKE_CODES.has(words[m.first]!.text))))
    );
  }

  /** "NL → FR", "NL > EU", "nl->be", "UK to UK", "NL naar BE": a route names the origin first; its destination. */
  private routeTo(p: Match): Match | null {
    const { words } = this;
    const m = this.arrowAfter(p);
    if (m) return this.placeByStart(p.end + m.length) ?? null;
    // in words: two places joined by "to" ("US to US only"), neither a product's style ("Dutch")
    const to = words[p.last + 1];
    if (!this.routeEnd(p) || to === undefined || to.brk || !TO_WORDS.has(to.text) || words[p.last + 2]?.brk !== false) return null;
    const q = this.placeByFirst(p.last + 2);
    return this.routeEnd(q) ? q : null;
  }

  /**
   * "Ships from Germany to Austria", "Ships from: Netherlands to EU": a place after "to" following a
   * cue-claimed origin is a destination.
   */
  readRoutesAfterCues(): void {
    const { words, claimed } = this;
    for (const f of [...this.found]) {
      if (f.how !== 'cue' && f.how !== 'field') continue;
      // ... or after an arrow ("Ships from: DE → EU")
      const arrow = this.arrowAfter(f.match);
      if (arrow !== null) {
        const q = this.placeByStart(f.match.end + arrow.length);
        if (q !== undefined && !claimed.has(q)) {
          claimed.add(q);
          this.destinations.push(mentionOf(this.codeOf(q), q, 'field'));
        }
        continue;
      }
      const nextWord = words[f.match.last + 1];
      if (!nextWord || nextWord.brk || !TO_WORDS.has(nextWord.text)) continue;
      const q = [this.placeByFirst(f.match.last + 2), this.placeByFirst(f.match.last + 3)].find((x) => x !== undefined && !claimed.has(x));
      if (q) {
        claimed.add(q);
        this.destinations.push(mentionOf(this.codeOf(q), q, 'field'));
      }
    }
  }

  /**
   * A flag right after its own country's adjective is a style, like the adjective: "Peruvian 🇵🇪", "Marokkaanse
   * 🇲🇦", also across style words ("Dutch lab quality 🇳🇱") and after a name made a style by one ("fabrication
   * suisse 🇨🇭").
   */
  private styleFlag(p: Match): boolean {
    const { words, lex } = this;
    let k = p.first - 1;
    if (k < 0 || words[p.first]!.brk) return false;
    for (let gap = 0; gap < MAX_STYLE_WORDS && k > 0 && !words[k]!.brk && lex.styleWords.has(words[k]!.text); gap++) k--;
    return this.adjectiveAtWord[k] === p.item.ref + 1 || this.styledNameAtWord[k] === p.item.ref + 1;
  }

  /** 4–7. Places standing on their own. */
  readLonePlaces(inDestination: (m: Match) => boolean, inExcluded: (m: Match) => boolean): void {
    const { places, words, claimed, found, destinations, lex, n } = this;
    const flags = places.filter((p) => p.item.kind === 'country' && words[p.first]!.kind === 'emoji' && !claimed.has(p) && !inDestination(p) && !inExcluded(p) && !this.afterDocument(p) && !this.styleFlag(p));
    const flagCodes = new Set(flags.map((f) => lex.countries[f.item.ref]!.code));
    let flagTaken = false;
    const bareCodes = new Set<string>();
    // rows of places whose first is a hand-over place: "meet in Antwerp or Rotterdam" offers both
    const handoverRuns = new Set<number>();
    const loneCities: Match[] = [];
    const localLabelLast = new Set<number>();
    // (a "to" is no delivery label: "Also NOT to Hawaii" names where parcels do not go)
    for (const m of this.matches) if (m.item.kind === 'destCue' && m.item.ref === FIELD_ONLY_CUE && !this.isFieldCue(m) && !TO_WORDS.has(m.term)) localLabelLast.add(m.last);
    for (const p of places) {
      if (claimed.has(p)) continue;
      // (in a ships-to zone, a negation right before a place leaves it out: "ship within the US — no Canada, no EU")
      if (inExcluded(p) || (inDestination(p) && this.negatedRightBefore(p))) {
        this.excluded.push(mentionOf(this.codeOf(p), p, 'field'));
        continue;
      }
      if (inDestination(p)) {
        // a city right after a pickup phrase is where the vendor hands over, even inside a delivery field
        // ("Delivery: DHL Express or in person in Amsterdam")
        if (p.item.kind === 'place' && this.afterPickup(p)) {
          found.push(mentionOf(this.codeOf(p), p, 'handover'));
          continue;
        }
        // a lower-case code that is also a word ("in de Randstad", "to WA at the moment") is that word
        if (p.item.kind === 'countryShort' && !this.upper(p) && WORDLIKE_CODES.has(words[p.first]!.text)) continue;
        destinations.push(mentionOf(this.codeOf(p), p, 'field'));
        continue;
      }
      const c = this.codeOf(p);
      const w = words[p.first]!;
      // a route names the origin first, in words or in flags: "NL → BE", "🇳🇱➡️🇧🇪"
      const arrow = this.routeTo(p);
      if (arrow) {
        found.push(mentionOf(c, p, 'x2x'));
        // "NL naar BE": the ships-to cue may have taken the destination already
        if (!claimed.has(arrow)) destinations.push(mentionOf(this.codeOf(arrow), arrow, 'field'));
        claimed.add(arrow);
        // ... and the places joined to its destination: "🇧🇪➡️🇧🇪/🇳🇱" also goes to the Netherlands
        for (let q = arrow, k = 0; k < MAX_ROUTE_DESTINATIONS; k++) {
          const joiner = ROUTE_JOINER.exec(this.text.slice(q.end, q.end + 3));
          const next = joiner === null ? undefined : this.placeByStart(q.end + joiner[0].length);
          if (next === undefined || claimed.has(next)) break;
          destinations.push(mentionOf(this.codeOf(next), next, 'field'));
          claimed.add(next);
          q = next;
        }
        continue;
      }
      // A country a few words after a way of sending, with no "from" ("livraison express 24h en Belgique")
      // is where it is sent, not where it leaves
      if (this.listedCountry(p) && (this.afterSending(p) || this.besideDeliveryTime(p)) && !this.negated(p)) {
        destinations.push(mentionOf(c, p, 'field'));
        continue;
      }
      // Two or more countries in a row on a line that posts something, with no cue ("DHL tracked for BE /
      // FR / DE", "arrive en 2-3 jours en Belgique / France", "next day NL/BE/DE") are where it is sent;
      // standing as a segment of the title ("Os de tigre – 2 kg – Laos / Vietnam – envoi EMS") they may
      // as well be where it comes from, and say nothing
      if (this.listedCountry(p) && this.inPlacePair[p.first] === 1 && this.onPostingLine(p) && !this.negated(p) && !this.titleSegment(p) && this.listedWithOther(p)) {
        destinations.push(mentionOf(c, p, 'field'));
        continue;
      }
      if (p.item.kind === 'country' && w.kind === 'emoji') {
        if (this.styleFlag(p)) continue;
        // one flag mention is enough: the first is the one the choice below would keep (a page of a thousand flags)
        if (flagCodes.size === 1 && !flagTaken) {
          found.push(mentionOf(c, p, 'flag'));
          flagTaken = true;
        }
        continue;
      }
      const before = p.first > 0 && !w.brk ? words[p.first - 1]!.text : '';
      if (p.item.kind === 'place') {
        const after = p.last + 1 < words.length && !words[p.last + 1]!.brk ? words[p.last + 1]!.text : '';
        // a delivery label before a city in prose is a local delivery: "Livraison Bruxelles & Charleroi par nos soins"
        let label = p.first - 1;
        while (label >= 0 && !words[label + 1]!.brk && FILLERS.has(words[label]!.text)) label--;
        const labelled = label >= 0 && !words[label + 1]!.brk && localLabelLast.has(label);
        let nearPickup = this.afterPickup(p) || labelled;
        for (let k = p.last + 1; k <= p.last + 2 && !nearPickup; k++) {
          if (this.pickupFirst.has(k) && unbroken(words, p.last + 2, k)) nearPickup = true;
        }
        const run = this.runOf.get(p);
        if (HANDOVER_PRECEDERS.has(before) || HANDOVER_FOLLOWERS.has(after) || nearPickup || (run !== undefined && handoverRuns.has(run))) {
          const h = mentionOf(c, p, 'handover');
          found.push(h);
          if (labelled) this.localDelivery.push(h);
          if (run !== undefined) handoverRuns.add(run);
          continue;
        }
        if (NEAR_PRECEDERS.has(before)) {
          found.push(mentionOf(c, p, 'near'));
          continue;
        }
      }
      // "USA domestic only", "AU domestic", "UK stock": the word after the place says the vendor is there. A
      // region so named ("EU based", "Balkan stock") says less than a cue: it does not outweigh a country
      // the text hands over in ("Balkan stock … Hand delivery only, Germany")
      // A city so named says it too ("Ghent-based vendor", "Antwerp based").
      if (this.originWordAfter(p) && (p.item.kind === 'place' || this.routeEnd(p))) {
        found.push(mentionOf(c, p, p.item.kind === 'region' ? 'regionAfter' : 'cue'));
        continue;
      }
      // (a lower-case code that is also a word, "de", "be", is no place here: "onder de goudprijs, alleen ...")
      if ((this.destAfterAt.has(p.last + 1) || this.destAfterAt.has(p.last + 2)) && this.routeEnd(p)) {
        destinations.push(mentionOf(c, p, 'field'));
        if (this.alsoAfterAt.has(p.last + 1) || this.alsoAfterAt.has(p.last + 2)) this.alsoAbroad = true;
        continue;
      }
      if (p.item.kind === 'place') {
        // a city that is a segment of the title of its own ("Ketamine 1g – Gent – 25 euro") is where the vendor is
        if (this.titleSegment(p)) found.push(mentionOf(c, p, 'near'));
        else loneCities.push(p);
        continue;
      }
      // "Royal Mail Tracked 48 from the UK, dispatched Mon-Fri": a code in capitals after "from" on a line
      // about sending is where the parcel leaves, even where it does not stand alone
      if (p.item.kind === 'countryShort' && this.upper(p) && this.fromBefore(p) && this.onShippingLine(p)) {
        found.push(mentionOf(c, p, 'near'));
        continue;
      }
      if (p.item.kind === 'country') {
        // a country name directly before a product term is a style or a strain ("Peru cocaine"), and one
        // directly after a document names its issuer ("rijbewijs België", "passport France"): not an origin
        const after = this.categoryAtWord[p.last + 1] === 1;
        // ... and so is one joined to the product term before it by "from" ("Jaune Mousseux du Maroc",
        // "hasj uit Marokko", "coke from Peru"): where the product comes from, not where the parcel leaves
        const provenance = p.first > 1 && STYLE_FROM.has(before) && this.categoryEndAtWord[p.first - 2] === 1 && !words[p.first - 1]!.brk;
        // "made in India", "gemaakt in China", "fabriqué en Autriche": where the goods were made, which a
        // parcel need not leave from (a market field or a cue still says where it does)
        const madeIn = p.first > 1 && MADE_IN_PREPOSITIONS.has(before) && !words[p.first - 1]!.brk && MADE_WORDS.has(words[p.first - 2]!.text);
        // the first bare mention of a country is the one the choice below keeps: later ones add nothing
        if (!after && !provenance && !madeIn && !this.afterDocument(p) && this.inPlaceList[p.first] !== 1 && !bareCodes.has(c.code!)) {
          found.push(mentionOf(c, p, 'bare'));
          bareCodes.add(c.code!);
        }
        continue;
      }
      // A shipping area (places.json `shippingArea`) on a line that posts something, with no cue ("Letter
      // post EU", "Express DPD 24-48h within EU", "alleen Benelux, met bpost"), is where the parcels go. Not
      // negated ("NO Europe"), not after a figure ("60 eu" is a price), and a short name in capitals only
      // ("jamais eu de saisie" is French for "never had").
      if (
        p.item.kind === 'region' &&
        lex.regions[p.item.ref]!.shippingArea &&
        this.onPostingLine(p) &&
        !this.negated(p) &&
        !(p.first > 0 && !w.brk && /^[0-9]/.test(words[p.first - 1]!.text)) &&
        (p.term.length > 3 || w.kind === 'emoji' || this.upper(p))
      ) {
        destinations.push(mentionOf(c, p, 'field'));
        continue;
      }
      // A code standing alone ("USA CVV", "UK accounts", "PL vendor") names a nationality or a market
      // more often than where a parcel leaves from: it counts only as a lone title word before a break,
      // and not beside another place ("ING BE/NL", "panel FR/NL": the markets it serves).
      // A code in brackets on the title's line is an old market's ships-from tag ("[NL] GBL 500ml",
      // "[US]-[Worldwide] LSD", "(DE) Speed 50g"): it counts as such a code does. A code that is also a word
      // and ends in "!" or "?" is that word ("CBD? NO! Real THC weed").
      if (
        p.item.kind === 'countryShort' &&
        this.upper(p) &&
        this.inPlacePair[p.first] !== 1 &&
        ((!shouting(words, p.first, n) &&
          standsAlone(words, p) &&
          !this.besideEnglish(p) &&
          !(WORDLIKE_CODES.has(words[p.first]!.text) && EXCLAMATION.test(this.text.slice(p.end, p.end + 1)))) ||
          this.titleTag(p))
      ) {
        found.push(mentionOf(c, p, 'code'));
      }
    }

    // A listing that hands over in person names its city without a cue ("Kalach AK-47 – Marseille … remise en
    // main propre", "Coke Genève ❄️ livraison en main propre"): its lone cities are near the vendor.
    if (loneCities.length > 0 && !found.some((f) => f.strength >= STRENGTH.handover) && this.pickups.some((m) => !this.negated(m))) {
      for (const p of loneCities) found.push(mentionOf(this.codeOf(p), p, 'near'));
    }
  }

  /** A code in square or round brackets on the first line: "[NL] GBL 500ml", "Speed 50g (DE)". */
  private titleTag(p: Match): boolean {
    const t = this.text;
    const open = t[p.start - 1];
    const close = t[p.end];
    return ((open === '[' && close === ']') || (open === '(' && close === ')')) && p.end <= (this.titleEnd ??= this.lineEnd(0));
  }

  /**
   * "swiss domestic", "Dutch based vendor", "German stock": a nationality followed by a word that says the
   * vendor is there names the country as a place would ("UK domestic"); alone it is a style ("Dutch quality").
   */
  readAdjectivesAfter(): void {
    const { words, lex } = this;
    for (const m of this.matches) {
      if (m.item.kind !== 'adjective' || m.last + 1 >= words.length || words[m.last + 1]!.brk || !this.originAfterAt.has(m.last + 1)) continue;
      this.found.push(mentionOf({ code: lex.countries[m.item.ref]!.code, region: null }, m, 'cue'));
    }
  }

  /** The choice: the strongest country mention, then the earliest; regions apart. */
  choose(): OriginExtraction {
    const { found, destinations } = this;
    const countries = found.filter((f) => f.code !== null);
    const regions = found.filter((f) => f.region !== null);
    let best = countries.reduce<PlaceMention | null>((b, f) => (!b || f.strength > b.strength || (f.strength === b.strength && f.match.start < b.match.start) ? f : b), null);
    // hand-over places in two countries ("à Paris ou à Bruxelles", "NL/BE") do not say where the vendor is
    // (only there: two bare country names are often a product's style beside the origin, "Bolivia ... Belgium")
    if (best !== null && (best.strength === STRENGTH.handover || best.strength === STRENGTH.near) && countries.some((f) => f.strength === best!.strength && f.code !== best!.code)) best = null;
    // ... nor does a cue that names two countries as alternatives, when nothing stronger says which
    if (best !== null && this.alternatives.has(best.match) && !countries.some((f) => f.strength > best!.strength)) best = null;
    const strongRegion = regions.reduce<PlaceMention | null>((b, f) => (!b || f.strength > b.strength ? f : b), null);
    // A region in a ships-from field beats a weaker country guess from the prose.
    // (a country a ships-from phrase names stands: "Origin country: EU … All orders are sent from Germany")
    const origin = best && strongRegion && strongRegion.strength > best.strength && strongRegion.strength >= STRENGTH.cue && best.strength < STRENGTH.cue ? null : best;
    const origins: PlaceMention[] = [];
    if (origin) {
      const seen = new Set<string>();
      for (const f of countries.filter((f) => f.strength >= Math.min(origin.strength, STRENGTH.cue)).sort((a, b) => a.match.start - b.match.start)) {
        if (!seen.has(f.code!)) {
          seen.add(f.code!);
          origins.push(f);
        }
      }
    }
    return {
      origin,
      origins,
      region: origin ? null : strongRegion,
      destinations: destinations.filter((d) => d.code !== null),
      destinationRegions: destinations.filter((d) => d.region !== null),
      excluded: this.excluded,
      localDelivery: this.localDelivery,
      alsoAbroad: this.alsoAbroad,
    };
  }
}

/**
 * Whether a place stands in one of the zones a ships-to cue governs (from the cue's end to the first word of
 * its last place). Zones are swept in order with a running maximum, so a lookup is O(log n).
 */
function governed(zones: { from: number; lastFirst: number }[]): (m: Match) => boolean {
  zones.sort((a, b) => a.from - b.from);
  const reach: number[] = [];
  for (let i = 0, mx = -1; i < zones.length; i++) reach.push((mx = Math.max(mx, zones[i]!.lastFirst)));
  return (m) => {
    let lo = 0;
    let hi = zones.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (zones[mid]!.from <= m.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! >= m.first;
  };
}

const PLACE_KINDS: ReadonlySet<string> = new Set(['country', 'countryShort', 'place', 'region']);
const X2X = /^([a-z]{2,3})2([a-z]{2,3})$/;
/** Whether a word can be X2X shorthand ("uk2uk", "nl2eu"): the length and the 2 checked before the expression. */
function isX2X(w: string): boolean {
  return w.length >= 5 && w.length <= 7 && w.includes('2') && X2X.test(w);
}

/** Whether a match or word is written in capitals in the original text ("NL", not "nl" or "de"). */
export function writtenUpper(n: NormalisedText, m: { readonly start: number; readonly end: number }): boolean {
  const s = originalText(n, m.start, m.end);
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

/** True when the words around are upper case too: a shouted title, where "US" or "IT" are just words. */
function shouting(words: readonly Token[], i: number, n: NormalisedText): boolean {
  let caps = 0;
  let total = 0;
  for (let k = Math.max(0, i - 3); k <= Math.min(words.length - 1, i + 3); k++) {
    if (k === i || words[k]!.kind !== 'word' || !/[a-z]/.test(words[k]!.text) || words[k]!.text.length < 3) continue;
    total++;
    const s = originalText(n, words[k]!.start, words[k]!.end);
    if (s === s.toUpperCase()) caps++;
  }
  return total > 0 && caps / total > 0.5;
}

/** Index of the first place starting at or after a folded offset (places are sorted by start). */
function firstPlaceFrom(places: readonly Match[], at: number): number {
  return lowerBound(places.length, (i) => places[i]!.start < at);
}

// What ends an exclamation or a question right after a word.
const EXCLAMATION = /^[!?]/;

/** A code at the end of a line or sentence, or in brackets: "Cocaine 90% – NL", "(NL)". */
function standsAlone(words: readonly Token[], p: Match): boolean {
  const next = words[p.last + 1];
  return next === undefined || next.brk;
}
