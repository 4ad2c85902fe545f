import type { Lexicons, LexiconEntry } from '../schema/lexicon.js';
import type { Category, ShippingMethod, Subcategory } from '../schema/taxonomy.js';
import { tokenise } from '../text/tokenise.js';
import { createFolder, type NormalisedText } from '../text/normalise.js';
import { linePhrases, type PageVocabulary } from '../text/page.js';
import { createStemmer, STEMMER_ID, type StemKeys } from './stem.js';

/** What a vocabulary item is for; one index serves every stage. */
export type VocabKind =
  | 'category'
  | 'method'
  | 'carrier'
  | 'country'
  | 'countryShort'
  | 'place'
  | 'region'
  | 'adjective'
  | 'originCue'
  | 'destCue'
  | 'destAfter'
  | 'originAfter'
  | 'shipNegation'
  | 'shipNegException'
  | 'shipNegationAfter'
  | 'negation'
  | 'addOn'
  | 'shipDecoy'
  | 'physical';

export interface VocabItem {
  readonly kind: VocabKind;
  /** Index into the table of its kind (category entries, methods, carriers, countries...). */
  readonly ref: number;
  readonly exact: boolean;
  readonly lang: 'any' | 'en' | 'nl' | 'fr';
}

export interface PatternToken {
  readonly text: string;
  readonly stems: StemKeys;
}

export interface Pattern {
  readonly item: VocabItem;
  readonly tokens: readonly PatternToken[];
  /** The term as written in the lexicon. */
  readonly term: string;
}

export interface CompiledCountry {
  readonly code: string;
  readonly flag: string | null;
  /** The `category/subcategory` of goods named after the country (places.json `styleOf`). */
  readonly styleOf: ReadonlySet<string>;
}

/** A read-only list lookup: a Map, or a snapshot's lazily decoded index. */
export interface PatternLookup {
  get(key: string): readonly Pattern[] | undefined;
  has(key: string): boolean;
}

/** Everything a classifier needs, built once from validated lexicons. Never mutated after compile. */
/** A carrier of shipping.json, compiled. */
export interface CompiledCarrier {
  readonly name: string;
  readonly capitalised: boolean;
  readonly notAfter: ReadonlySet<string>;
  readonly notBefore: ReadonlySet<string>;
  readonly paired: ReadonlySet<string>;
  readonly canonical: boolean;
  /** By vendor country: the carrier the name means there, or null where it is no carrier (shipping.json `local`). */
  readonly local: ReadonlyMap<string, { readonly name: string; readonly canonical: boolean } | null>;
}

export interface CompiledLexicons {
  readonly source: Lexicons;
  readonly entries: readonly LexiconEntry[];
  readonly methods: readonly { id: string; method: ShippingMethod; withPlace: boolean }[];
  readonly carriers: readonly CompiledCarrier[];
  /** One-word answers that refuse the method before them after a colon or dash (shipping.json `negationAnswers`). */
  readonly negationAnswers: ReadonlySet<string>;
  /** One-word shipping negations that need a partner word before them in their clause (shipping.json `negationPartners`). */
  readonly negationPartners: ReadonlyMap<string, ReadonlySet<string>>;
  /** Words in a ships-to zone after which places are not sent to (shipping.json `destinationExceptions`). */
  readonly destinationExceptions: ReadonlySet<string>;
  /** Words of a product's style or make (places.json `styleWords`): a country's flag or name beside them is a style. */
  readonly styleWords: ReadonlySet<string>;
  /** Option-label words by their folded text: the method they name and their entry id (shipping.json `optionWords`). */
  readonly optionWords: ReadonlyMap<string, { readonly id: string; readonly method: ShippingMethod }>;
  /** The shortest and longest option word, to rule most words out by their length. */
  readonly optionWordLengths: { readonly shortest: number; readonly longest: number };
  readonly countries: readonly CompiledCountry[];
  readonly places: readonly { name: string; country: string }[];
  readonly regions: readonly { id: string; shippingArea: boolean }[];
  /** Short country code → ISO code, for shorthand such as "uk2uk". */
  readonly countryByShort: ReadonlyMap<string, string>;
  /** Region name → region id. */
  readonly regionByName: ReadonlyMap<string, string>;
  /** First-token surface → patterns. */
  readonly bySurface: PatternLookup;
  /** First-token stem key → patterns (non-exact items only). */
  readonly byStem: PatternLookup;
  /** Single-token, non-exact category terms by first letter, for bounded fuzzy matching. */
  readonly fuzzy: PatternLookup;
  /** Word endings of category entries, longest first, for unknown words. */
  readonly suffixes: readonly { suffix: string; pattern: Pattern }[];
  /** Quantity hints, each with the synthetic generic entry it counts as (an index into `entries`). */
  readonly quantityHints: readonly { units: ReadonlySet<string>; roles: ReadonlySet<string>; ref: number; min: number; max: number; namesSubcategory: boolean; unless: ReadonlySet<string> }[];
  /** Words typical of exactly one language (lexicons/languages.json). */
  readonly languageWords: ReadonlyMap<string, 'en' | 'nl' | 'fr'>;
  /** Words that may stand beside a category term in a Dutch compound. */
  readonly compoundParts: ReadonlySet<string>;
  /** A market's own words on a scraped page (context.json `chrome…`), folded: see text/page.ts. */
  readonly page: PageVocabulary;
  /** Single-token category terms usable as one side of a compound. */
  readonly compoundTerms: PatternLookup;
  readonly negationWindow: number;
  /** context.json `addOns.factor`: what a free add-on's term counts (1 when there are no add-on cues). */
  readonly addOnFactor: number;
  /**
   * context.json `bundles`: the words and signs (folded) that join a bundle's items in a title, and the
   * categories whose bundles lead with their first item (`goods.physical`).
   */
  readonly bundles: { readonly joiners: ReadonlySet<string>; readonly listJoiners: ReadonlySet<string>; readonly categories: ReadonlySet<Category> };
  /** context.json `goods`: the categories that sell physical goods and those that sell data. */
  readonly goods: { readonly physical: ReadonlySet<Category>; readonly data: ReadonlySet<Category>; readonly provenance: ReadonlySet<Category> };
  /** context.json `priceFieldOnly`: "category/subcategory" keys whose price only a price field gives. */
  readonly priceFieldOnly: ReadonlySet<string>;
  /** context.json `unplacedFallback`: the category of a text with no term and nothing physical in it. */
  readonly unplacedFallback: { readonly category: Category; readonly subcategory: Subcategory } | null;
  /** First three letters of every pattern stem: a text word whose start is not here cannot stem-match, so it is not stemmed. */
  readonly stemPrefixes: ReadonlySet<string>;
  readonly stem: (word: string) => StemKeys;
  readonly normalise: (s: string) => NormalisedText;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** The stem cache shipped with the lexicons (lexicons/stems.json), when it was made by these stemmers. */
function stemCacheOf(lex: Lexicons): ReadonlyMap<string, StemKeys> | undefined {
  return lex.stems?.stemmer === STEMMER_ID ? new Map(Object.entries(lex.stems.stems)) : undefined;
}

/**
 * Tokenises and stems every term of the lexicons. Terms are tokenised exactly like input text, so a
 * term and a listing meet on equal terms; a term with a hyphen or digits also matches its parts joined.
 */
export function buildPatterns(lex: Lexicons, stem: (word: string) => StemKeys = createStemmer(stemCacheOf(lex))): Pattern[] {
  const fold = createFolder();
  const patterns: Pattern[] = [];
  const add = (term: string, item: VocabItem): void => {
    const folded = fold(term);
    const words = tokenise(folded).filter((t) => t.kind !== 'symbol');
    if (words.length === 0) return;
    const variants: string[][] = [words.map((t) => t.text)];
    if (words.length > 1 && (/[-]/.test(folded) || words.some((w) => /[0-9]/.test(w.text)))) {
      variants.push([words.map((t) => t.text).join('')]);
    }
    // a term of one language inflects in that language, and in English, whose stemmer takes the plurals
    // French and Dutch ones miss ("ailerons"): not in a third one, where an English "coke" shares the Dutch
    // stem "cok" of "cook"; a term of every language stems in all three
    const stems = (t: string): StemKeys => (item.exact ? [] : item.lang === 'any' ? stem(t) : stem(t).filter((k) => k.startsWith(`${item.lang}:`) || k.startsWith('en:')));
    for (const v of variants) patterns.push({ item, tokens: v.map((t) => ({ text: t, stems: stems(t) })), term });
  };
  forEachTerm(lex, add);
  return patterns;
}

/** The lists of the index: by first-token surface, by first-token stem, fuzzy by first letter, compound parts. */
export interface PatternIndex<T> {
  readonly bySurface: Map<string, T[]>;
  readonly byStem: Map<string, T[]>;
  readonly fuzzy: Map<string, T[]>;
  readonly compoundTerms: Map<string, T[]>;
  readonly stemPrefixes: Set<string>;
}

/** Files every pattern under its keys; `value` says what the lists hold (the pattern, or its number). */
export function indexPatterns<T>(patterns: readonly Pattern[], value: (p: Pattern, i: number) => T): PatternIndex<T> {
  const index: PatternIndex<T> = { bySurface: new Map(), byStem: new Map(), fuzzy: new Map(), compoundTerms: new Map(), stemPrefixes: new Set() };
  patterns.forEach((p, i) => {
    const { item, tokens } = p;
    const v = value(p, i);
    push(index.bySurface, tokens[0]!.text, v);
    for (const k of tokens[0]!.stems) push(index.byStem, k, v);
    for (const t of tokens) for (const k of t.stems) index.stemPrefixes.add(k.slice(k.indexOf(':') + 1, k.indexOf(':') + 4));
    if (item.kind === 'category' && tokens.length === 1) {
      const w = tokens[0]!.text;
      if (!item.exact && w.length >= 6 && /^[a-z]+$/.test(w)) push(index.fuzzy, w[0]!, v);
      if (w.length >= 3 && /^[a-z0-9]+$/.test(w)) push(index.compoundTerms, w, v);
    }
  });
  return index;
}

/** The index as the matcher reads it: built from patterns, or decoded lazily from a snapshot. */
export type PrebuiltIndex = Pick<CompiledLexicons, 'bySurface' | 'byStem' | 'fuzzy' | 'compoundTerms' | 'stemPrefixes'>;

/**
 * Builds the lookup index of every vocabulary item. `prebuilt`, when given, is the index of exactly
 * these lexicons taken from a snapshot (see snapshot.ts); otherwise patterns are built here, with `seed`
 * as a stem cache.
 */
export function compileLexicons(
  lex: Lexicons,
  normalise: (s: string) => NormalisedText,
  prebuilt?: PrebuiltIndex,
  seed?: ReadonlyMap<string, StemKeys>,
): CompiledLexicons {
  // one memo for the terms and the words of listings; from a snapshot the terms were stemmed already
  const stem = createStemmer(prebuilt ? undefined : (seed ?? stemCacheOf(lex)));
  const { bySurface, byStem, fuzzy, compoundTerms, stemPrefixes } = prebuilt ?? indexPatterns(buildPatterns(lex, stem), (p) => p);
  const entries: LexiconEntry[] = [];
  const suffixes: { suffix: string; pattern: Pattern }[] = [];
  for (const file of lex.categories) {
    for (const e of file.entries) {
      const ref = entries.length;
      entries.push(e);
      for (const sfx of e.suffixes ?? []) {
        const item: VocabItem = { kind: 'category', ref, exact: true, lang: 'any' };
        suffixes.push({ suffix: sfx, pattern: { item, tokens: [{ text: sfx, stems: [] }], term: `-${sfx}` } });
      }
    }
  }
  suffixes.sort((a, b) => b.suffix.length - a.suffix.length);
  const quantityHints = (lex.context.quantityHints ?? []).map((h) => {
    const ref = entries.length;
    entries.push({ id: h.id, category: h.category, subcategory: h.subcategory, terms: {}, weight: h.weight, generic: h.generic !== false, note: 'quantity hint (context.json)' });
    return { units: new Set(h.units), roles: new Set<string>(h.roles ?? ['amount']), ref, min: h.min ?? 0, max: h.max ?? Infinity, namesSubcategory: h.namesSubcategory === true, unless: new Set((h.unless ?? []).map((w) => normalise(w).text.trim())) };
  });
  const methods = lex.shipping.methods.map((m) => ({ id: m.id, method: m.method, withPlace: m.withPlace === true }));
  // what a name means from a vendor in a country: another carrier (canonical as that carrier is) or no carrier
  const canonicalByName = new Map(lex.shipping.carriers.map((c) => [c.name, c.canonical !== false]));
  const carriers = lex.shipping.carriers.map((c): CompiledCarrier => ({
    name: c.name,
    capitalised: c.capitalised === true,
    notAfter: foldedWords(c.notAfter, normalise),
    notBefore: foldedWords(c.notBefore, normalise),
    paired: foldedWords(c.paired, normalise),
    canonical: c.canonical !== false,
    local: new Map(Object.entries(c.local ?? {}).map(([country, name]) => [country, name === null ? null : { name, canonical: canonicalByName.get(name) ?? c.canonical !== false }])),
  }));
  const negationAnswers = foldedSet(lex.shipping.negationAnswers, normalise);
  const destinationExceptions = foldedSet(lex.shipping.destinationExceptions, normalise);
  const styleWords = foldedSet(lex.places.styleWords, normalise);
  const goods = { physical: new Set(lex.context.goods?.physical ?? []), data: new Set(lex.context.goods?.data ?? []), provenance: new Set(lex.context.goods?.provenance ?? []) };
  const optionWords = new Map((lex.shipping.optionWords ?? []).flatMap((o) => [...langsOf(o.terms)].map(([, t]) => [normalise(t).text.trim(), { id: o.id, method: o.method }] as const)));
  const countryByShort = new Map<string, string>();
  const regionByName = new Map<string, string>();
  const countries = lex.places.countries.map((c) => {
    for (const t of c.short ?? []) countryByShort.set(t, c.code);
    return { code: c.code, flag: c.flag ? normalise(c.flag).text : null, styleOf: new Set(c.styleOf ?? []) };
  });
  const places = lex.places.places.map((p) => ({ name: p.name, country: p.country }));
  const regions = lex.places.regions.map((r) => {
    for (const t of r.names) regionByName.set(t, r.id);
    return { id: r.id, shippingArea: r.shippingArea === true };
  });

  return {
    source: lex,
    entries,
    methods,
    carriers,
    negationAnswers,
    destinationExceptions,
    styleWords,
    negationPartners: new Map(Object.entries(lex.shipping.negationPartners ?? {}).map(([k, v]) => [normalise(k).text.trim(), new Set(v.map((w) => normalise(w).text.trim()))])),
    optionWords,
    optionWordLengths: { shortest: Math.min(...[...optionWords.keys()].map((k) => k.length)), longest: Math.max(0, ...[...optionWords.keys()].map((k) => k.length)) },
    countries,
    places,
    regions,
    countryByShort,
    regionByName,
    bySurface,
    byStem,
    fuzzy,
    languageWords: new Map((['en', 'nl', 'fr'] as const).flatMap((l) => (lex.languages?.[l] ?? []).map((w) => [w, l] as [string, 'en' | 'nl' | 'fr']))),
    compoundParts: new Set(lex.context.compoundParts),
    page: {
      words: foldedSet(lex.context.chrome, normalise),
      tickers: foldedWords(lex.context.chromeTickers, normalise),
      sections: foldedSet(lex.context.chromeSections, normalise),
      headings: linePhrases(foldedSet(lex.context.chromeHeadings, normalise)),
      status: linePhrases(foldedSet(lex.context.chromeStatus, normalise)),
      crumbs: linePhrases(foldedSet(lex.context.chromeCrumbs, normalise)),
    },
    suffixes,
    quantityHints,
    compoundTerms,
    negationWindow: lex.context.negationWindow,
    addOnFactor: lex.context.addOns?.factor ?? 1,
    bundles: {
      joiners: foldedSet(lex.context.bundles?.joiners, normalise),
      listJoiners: foldedSet(lex.context.bundles?.listJoiners, normalise),
      categories: goods.physical,
    },
    goods,
    priceFieldOnly: new Set(lex.context.priceFieldOnly ?? []),
    unplacedFallback: (lex.context.unplacedFallback as CompiledLexicons['unplacedFallback'] | undefined) ?? null,
    stemPrefixes,
    stem,
    normalise,
  };
}

/** The terms of every language of `terms`, folded, as a set (blank ones left out). */
function foldedSet(terms: Partial<Record<string, readonly string[] | undefined>> | undefined, normalise: (s: string) => NormalisedText): ReadonlySet<string> {
  return new Set(Object.values(terms ?? {}).flatMap((list) => (list ?? []).map((t) => normalise(t).text.trim())).filter((t) => t !== ''));
}

/** The words of one list, folded as the text is (see `foldedSet`). */
function foldedWords(list: readonly string[] | undefined, normalise: (s: string) => NormalisedText): ReadonlySet<string> {
  return foldedSet({ list }, normalise);
}

/** The `ref` of a ships-to cue that counts only as a field label (followed by ":"); other cues have 0. */
export const FIELD_ONLY_CUE = 1;
/** The `ref` of an origin cue that names where goods come from (shipping.json `provenanceCues`). */
export const PROVENANCE_CUE = 2;
/** `ref` of an add-on cue before the term it discounts ("FREE grinder"), and after it ("balance offerte"). */
export const ADD_ON_BEFORE = 0;
export const ADD_ON_AFTER = 1;
/** An `included` add-on cue: after its term, like ADD_ON_AFTER, but the term keeps its dampening. */
export const ADD_ON_INCLUDED = 2;
/** A `sections` add-on cue: the heading of the vendor's other listings (see `crossSellStart`). */
export const ADD_ON_SECTION = 3;
/** A `reviews` add-on cue: the heading of buyers' reviews on a scraped page (see `reviewSpans` in classifier.ts). */
export const ADD_ON_REVIEWS = 4;
/** `ref` of a negation item that is a fixed phrase taking a negation back ("no cut", "pas de coupe"). */
export const NEGATION_EXCEPTION = 1;
/** `ref` of a negation item that follows the term it negates ("rifle not included"). */
export const NEGATION_AFTER = 2;

const langsOf = (terms: Record<string, string[] | undefined>): [VocabItem['lang'], string][] =>
  (['any', 'en', 'nl', 'fr'] as const).flatMap((l) => (terms[l] ?? []).map((t) => [l, t] as [VocabItem['lang'], string]));

/** Calls `add` for every term of every vocabulary item, in a fixed order (the order of the index's lists). */
function forEachTerm(lex: Lexicons, add: (term: string, item: VocabItem) => void): void {
  let ref = 0;
  for (const file of lex.categories) {
    for (const e of file.entries) {
      for (const [lang, t] of langsOf(e.terms)) add(t, { kind: 'category', ref, exact: e.exact === true, lang });
      for (const em of e.emoji ?? []) add(em, { kind: 'category', ref, exact: true, lang: 'any' });
      ref++;
    }
  }
  lex.shipping.methods.forEach((m, ref) => {
    for (const [lang, t] of langsOf(m.terms)) add(t, { kind: 'method', ref, exact: m.exact === true, lang });
  });
  lex.shipping.carriers.forEach((c, ref) => {
    for (const t of [...c.terms, ...(c.paired ?? [])]) add(t, { kind: 'carrier', ref, exact: c.exact === true, lang: 'any' });
  });
  for (const [lang, t] of langsOf(lex.shipping.negations)) add(t, { kind: 'shipNegation', ref: 0, exact: true, lang });
  for (const [lang, t] of langsOf(lex.shipping.negationsAfter ?? {})) add(t, { kind: 'shipNegationAfter', ref: 0, exact: true, lang });
  for (const [lang, t] of langsOf(lex.shipping.negationExceptions ?? {})) add(t, { kind: 'shipNegException', ref: 0, exact: true, lang });
  for (const [lang, t] of langsOf(lex.shipping.decoys ?? {})) add(t, { kind: 'shipDecoy', ref: 0, exact: false, lang });
  for (const [lang, t] of langsOf(lex.shipping.originCues)) add(t, { kind: 'originCue', ref: 0, exact: false, lang });
  for (const [lang, t] of langsOf(lex.shipping.destinationCues)) add(t, { kind: 'destCue', ref: 0, exact: false, lang });
  for (const [lang, t] of langsOf(lex.shipping.destinationFieldCues ?? {})) add(t, { kind: 'destCue', ref: FIELD_ONLY_CUE, exact: false, lang });
  for (const [lang, t] of langsOf(lex.shipping.originFieldCues ?? {})) add(t, { kind: 'originCue', ref: FIELD_ONLY_CUE, exact: true, lang });
  for (const [lang, t] of langsOf(lex.shipping.provenanceCues ?? {})) add(t, { kind: 'originCue', ref: PROVENANCE_CUE, exact: false, lang });
  for (const [lang, t] of langsOf(lex.shipping.destinationAfter ?? {})) add(t, { kind: 'destAfter', ref: 0, exact: true, lang });
  for (const [lang, t] of langsOf(lex.shipping.originAfter ?? {})) add(t, { kind: 'originAfter', ref: 0, exact: true, lang });
  for (const [lang, t] of langsOf(lex.context.negations)) add(t, { kind: 'negation', ref: 0, exact: true, lang });
  for (const [lang, t] of langsOf(lex.context.negationExceptions ?? {})) add(t, { kind: 'negation', ref: NEGATION_EXCEPTION, exact: true, lang });
  for (const [lang, t] of langsOf(lex.context.negationsAfter ?? {})) add(t, { kind: 'negation', ref: NEGATION_AFTER, exact: true, lang });
  for (const [lang, t] of langsOf(lex.context.addOns?.before ?? {})) add(t, { kind: 'addOn', ref: ADD_ON_BEFORE, exact: true, lang });
  for (const [lang, t] of langsOf(lex.context.addOns?.after ?? {})) add(t, { kind: 'addOn', ref: ADD_ON_AFTER, exact: true, lang });
  for (const [lang, t] of langsOf(lex.context.addOns?.included ?? {})) add(t, { kind: 'addOn', ref: ADD_ON_INCLUDED, exact: true, lang });
  for (const [lang, t] of langsOf(lex.context.addOns?.sections ?? {})) add(t, { kind: 'addOn', ref: ADD_ON_SECTION, exact: false, lang });
  for (const [lang, t] of langsOf(lex.context.addOns?.reviews ?? {})) add(t, { kind: 'addOn', ref: ADD_ON_REVIEWS, exact: true, lang });
  // words of a physical good (context.json unplacedFallback.physical): they vote for no language
  for (const [, t] of langsOf(lex.context.unplacedFallback?.physical ?? {})) add(t, { kind: 'physical', ref: 0, exact: true, lang: 'any' });
  lex.places.countries.forEach((c, ref) => {
    // names match as written: a stem would turn "hollandse" (a style) into Holland (a place)
    for (const t of c.names) add(t, { kind: 'country', ref, exact: true, lang: 'any' });
    for (const t of c.short ?? []) add(t, { kind: 'countryShort', ref, exact: true, lang: 'any' });
    for (const t of c.adjectives ?? []) add(t, { kind: 'adjective', ref, exact: false, lang: 'any' });
    if (c.flag) add(c.flag, { kind: 'country', ref, exact: true, lang: 'any' });
  });
  lex.places.places.forEach((p, ref) => add(p.name, { kind: 'place', ref, exact: true, lang: 'any' }));
  lex.places.regions.forEach((r, ref) => {
    for (const t of r.names) add(t, { kind: 'region', ref, exact: true, lang: 'any' });
  });
}
