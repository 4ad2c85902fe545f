import { ClassifierConfigSchema, ClassifyOptionsSchema, DEFAULT_MAX_INPUT_LENGTH, type ClassifierConfig, type ClassifyOptions } from './schema/options.js';
import type { Lexicons, LexiconEntry } from './schema/lexicon.js';
import { CATEGORIES, type Category, type ShippingMethod } from './schema/taxonomy.js';
import type { Evidence, PriceMention, Quantity, Result } from './schema/result.js';
import { ContrabandInputError, ContrabandOptionsError, formatIssues } from './errors.js';
import { createNormaliser, originalText, toOriginalSpan, type NormalisedText } from './text/normalise.js';
import { tokenise, WordTable, type Token } from './text/tokenise.js';
import { pageLayout } from './text/page.js';
import { createTrigramScorer, detectLanguage, FIELD_LINE, type TrigramScorer } from './language/detect.js';
import { ADD_ON_REVIEWS, ADD_ON_SECTION, compileLexicons, NEGATION_EXCEPTION, type CompiledLexicons, type PrebuiltIndex } from './lexicon/compile.js';
import { hashJson } from './text/hash.js';
import { defaultLexiconsDir, parseLexiconSources, readLexiconSources, sourcesDigest, sourcesStamp, validateLexicons, withStemCache, type LexiconSources } from './lexicon/load.js';
import { lexiconsContentHash, readSnapshot, SNAPSHOT_FILE, stemSeed } from './lexicon/snapshot.js';
import { matchAll, type Match, type WordMemo } from './lexicon/match.js';
import { inSpans, lineAt, linesWhere, lowerBound, newlineOffsets } from './text/search.js';
import { crossSellHeading, resolveOverlaps, scoreMatches } from './score/score.js';
import { calibrate, fallbackConfidence } from './score/calibrate.js';
import { extractShipping, methodSet, postingLines, sendsGoods } from './extract/shipping.js';
import { extractOrigin, writtenUpper, type OriginExtraction } from './extract/origin.js';
import { compilePrices, extractPrices, localise, type CompiledPrices, type PriceExtraction, type PriceFinding } from './extract/price.js';
import { extractQuantities, type QuantityFinding } from './extract/quantity.js';
import { convertPrice, RateTableSchema } from './extract/convert.js';
import { VERSION } from './version.js';

/** A classifier: compiled lexicons and the stages that run over one listing. Immutable. */
export interface Classifier {
  /** The configuration it was built from (plain JSON, frozen). */
  readonly config: Readonly<ClassifierConfig>;
  /** Hash of the lexicons it uses, stamped on every result. */
  readonly lexiconHash: string;
  /** False when lexicons, categories or languages were customised: confidence is then not calibrated. */
  readonly calibrated: boolean;
  /** Classifies one listing. Throws ContrabandInputError when `text` is not a string. */
  classify(text: string, options?: ClassifyOptions): Result;
  /** Like `classify`, never throws: `{ success: true, data }` or `{ success: false, error }`. */
  safeClassify(text: unknown, options?: ClassifyOptions): SafeResult;
  /** Classifies many listings, in order. */
  classifyBatch(texts: Iterable<string>, options?: ClassifyOptions): Result[];
  /** A new classifier with extra lexicon entries; this one is unchanged. */
  withEntries(entries: readonly LexiconEntry[]): Classifier;
  /** A new classifier without the given entry ids or terms; this one is unchanged. */
  without(idsOrTerms: readonly string[]): Classifier;
}

export type SafeResult = { success: true; data: Result } | { success: false; error: Error };

function parseConfig(config: unknown): ClassifierConfig {
  // the default classifier: nothing to validate (and the schema's first use is not free)
  if (config === undefined || (typeof config === 'object' && config !== null && Object.getPrototypeOf(config) === Object.prototype && Object.keys(config).length === 0)) return {};
  const r = ClassifierConfigSchema.safeParse(config ?? {});
  if (!r.success) {
    const issues = formatIssues(r.error.issues);
    throw new ContrabandOptionsError(`invalid classifier config: ${issues.join('; ')}`, issues);
  }
  return r.data;
}

// Distinct per-call option values remembered per classifier, and the longest remembered (a rate table
// for conversion fits; a larger one is validated on every call).
const MAX_OPTIONS_SEEN = 64;
const MAX_OPTIONS_KEY = 100_000;

/**
 * The JSON text of options made only of plain data (objects, arrays, strings, booleans, finite numbers,
 * null), which then stands for their value; undefined for anything else (a function, a Date, NaN, a class
 * instance), which is always validated afresh.
 */
function plainJsonKey(options: unknown): string | undefined {
  let plain = true;
  const key = JSON.stringify(options, function (this: Record<string, unknown>, k: string, v: unknown) {
    // a toJSON method would stand in for the value it was called on
    if (typeof this[k] === 'object' && this[k] !== v) plain = false;
    else if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint' || (typeof v === 'number' && !Number.isFinite(v))) plain = false;
    else if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null) plain = false;
    return v;
  });
  return plain && typeof key === 'string' ? key : undefined;
}

function parseOptions(options: unknown): ClassifyOptions {
  if (options === undefined) return {};
  const r = ClassifyOptionsSchema.safeParse(options);
  if (!r.success) {
    const issues = formatIssues(r.error.issues);
    throw new ContrabandOptionsError(`invalid options: ${issues.join('; ')}`, issues);
  }
  return r.data;
}

/** Applies `addEntries`, `remove` and `languages` to the base lexicons. */
function customise(base: Lexicons, config: ClassifierConfig): Lexicons {
  const remove = new Set(config.remove ?? []);
  const langs = config.languages ? new Set<string>(['any', ...config.languages]) : null;
  const categories = base.categories.map((file) => {
    let entries = file.entries
      .filter((e) => !remove.has(e.id))
      .map((e) => {
        const terms: LexiconEntry['terms'] = {};
        for (const [l, list] of Object.entries(e.terms) as [keyof LexiconEntry['terms'], string[]][]) {
          if (langs && !langs.has(l)) continue;
          const kept = list.filter((t) => !remove.has(t));
          if (kept.length > 0) terms[l] = kept;
        }
        return { ...e, terms };
      });
    const added = (config.addEntries ?? []).filter((e) => e.category === file.name || (file.entries[0] && e.category === file.entries[0].category));
    entries = [...entries, ...added];
    return { ...file, entries };
  });
  // entries for a category whose file is missing still count
  const covered = new Set(categories.flatMap((f) => f.entries.map((e) => e.category)));
  const orphans = (config.addEntries ?? []).filter((e) => !covered.has(e.category) && !categories.some((f) => f.name === e.category));
  if (orphans.length > 0) categories.push({ name: 'added', entries: orphans });
  return { ...base, categories };
}

/**
 * Creates an independent, immutable classifier. Lexicons are validated and compiled once here; every
 * `classify` call then runs the pipeline: normalise → tokenise → match → detect language → score →
 * extract → result.
 *
 * @example
 * ```ts
 * import { createClassifier } from 'contraband';
 * const c = createClassifier({ categories: ['drugs', 'firearms', 'wildlife', 'other'] });
 * const r = c.classify('Glock 19 Gen5 with two magazines, ships from Belgium');
 * // r.category === 'firearms', r.origin === 'BE'
 * ```
 */
export function createClassifier(config: ClassifierConfig = {}): Classifier {
  const cfg = parseConfig(config);
  const customised = cfg.lexicons !== undefined || cfg.lexiconsDir !== undefined || cfg.addEntries !== undefined || cfg.remove !== undefined || cfg.languages !== undefined || cfg.categories !== undefined;
  // vocabulary changed here: the snapshot's patterns do not apply, its stems still save time
  const termsChanged = cfg.addEntries !== undefined || cfg.remove !== undefined || cfg.languages !== undefined;
  let base: Lexicons;
  let prebuilt: PrebuiltIndex | undefined;
  let seed: ReadonlyMap<string, readonly string[]> | undefined;
  let contentHash: string | undefined;
  if (cfg.lexicons !== undefined) base = validateLexicons(cfg.lexicons);
  else {
    const dir = cfg.lexiconsDir ?? defaultLexiconsDir();
    // unchanged files since the snapshot (same stamp) are not even read
    let sources: LexiconSources | undefined;
    const sourcesOf = (): LexiconSources => (sources ??= readLexiconSources(dir, { stemCache: false }));
    const snap = readSnapshot(new URL(`./${SNAPSHOT_FILE}`, import.meta.url), { stamp: sourcesStamp(dir), digest: () => sourcesDigest(sourcesOf()) });
    // the snapshot's own lexicons lack the terms of category entries, which customising needs
    const full = snap !== undefined && termsChanged ? snap.fullLexicons() : undefined;
    if (snap === undefined || (termsChanged && full === undefined)) base = parseLexiconSources(withStemCache(sourcesOf(), dir), dir);
    else if (full !== undefined) {
      base = full;
      seed = stemSeed(snap.patterns());
    } else {
      base = snap.lexicons;
      prebuilt = snap.index;
      contentHash = snap.contentHash;
    }
  }
  const lexicons = termsChanged ? customise(base, cfg) : base;
  const normalise = createNormaliser();
  const lex = compileLexicons(lexicons, normalise, prebuilt, seed);
  const prices = compilePrices(lexicons.currencies, lexicons.numbers);
  const allowed = new Set<Category>(cfg.categories ?? CATEGORIES);
  // the stem cache only saves time: it never changes a result, so it stays out of the hash
  const lexiconHash = hashJson({ lexicons: contentHash ?? lexiconsContentHash(lexicons), categories: cfg.categories ?? null, languages: cfg.languages ?? null });
  const defaults = cfg.options ?? {};
  const calibration = customised ? undefined : lexicons.calibration;
  const wordMemo: WordMemo = new Map();
  const frozenConfig = Object.freeze(structuredClone(cfg));
  const defaultOptionsHash = hashJson(defaults);
  const ctx = { lex, prices, allowed, lexiconHash, calibration, wordMemo, wordTable: new WordTable(), trigrams: createTrigramScorer(), calibrated: calibration !== undefined };
  const defaultCtx: RunContext = { ...ctx, optionsHash: defaultOptionsHash };

  // Per-call options, validated and hashed once per distinct value: a loop that passes `{ extract: false }`
  // with every listing would otherwise pay a schema parse and a SHA-256 each time (half its speed).
  const optionsSeen = new Map<string, { opts: ClassifyOptions; ctx: RunContext }>();
  const withOptions = (options: unknown): { opts: ClassifyOptions; ctx: RunContext } => {
    const key = plainJsonKey(options);
    const known = key === undefined ? undefined : optionsSeen.get(key);
    if (known !== undefined) return known;
    const opts: ClassifyOptions = { ...defaults, ...parseOptions(options) };
    const made = { opts, ctx: { ...ctx, optionsHash: hashJson(opts) } };
    if (key !== undefined && key.length <= MAX_OPTIONS_KEY && optionsSeen.size < MAX_OPTIONS_SEEN) optionsSeen.set(key, made);
    return made;
  };

  const classify = (text: string, options?: ClassifyOptions): Result => {
    if (typeof text !== 'string') {
      throw new ContrabandInputError(`classify expects a string, got ${text === null ? 'null' : typeof text}`);
    }
    if (options === undefined) return run(text, defaults, defaultCtx);
    const { opts, ctx: runCtx } = withOptions(options);
    return run(text, opts, runCtx);
  };

  const self: Classifier = {
    config: frozenConfig,
    lexiconHash,
    calibrated: calibration !== undefined,
    classify,
    safeClassify(text, options) {
      try {
        return { success: true, data: classify(text as string, options) };
      } catch (e) {
        return { success: false, error: e instanceof Error ? e : new Error(String(e)) };
      }
    },
    classifyBatch(texts, options) {
      const out: Result[] = [];
      for (const t of texts) out.push(classify(t, options));
      return out;
    },
    withEntries(entries) {
      // the same lexicons (given, or read again from the same folder, where the snapshot's stems help)
      return createClassifier({ ...structuredClone(cfg), addEntries: [...(cfg.addEntries ?? []), ...entries] });
    },
    without(idsOrTerms) {
      return createClassifier({ ...structuredClone(cfg), remove: [...(cfg.remove ?? []), ...idsOrTerms] });
    },
  };
  return Object.freeze(self);
}

interface RunContext {
  lex: CompiledLexicons;
  prices: CompiledPrices;
  allowed: ReadonlySet<Category>;
  lexiconHash: string;
  calibration: Lexicons['calibration'];
  wordMemo: WordMemo;
  /** The words seen before, so a repeated word is one string (see WordTable). */
  wordTable: WordTable;
  trigrams: TrigramScorer;
  calibrated: boolean;
  optionsHash: string;
}

function truncate(text: string, max: number): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  let cut = max;
  // never split a surrogate pair
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return { text: text.slice(0, cut), truncated: true };
}

function run(input: string, opts: ClassifyOptions, ctx: RunContext): Result {
  const { lex } = ctx;
  const { text, truncated } = truncate(input, opts.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH);
  const n = lex.normalise(text);
  const tokens = tokenise(n.text, { symbols: false, words: ctx.wordTable });
  const { words, matches, infos } = matchAll(tokens, n.text, lex, ctx.wordMemo);

  // Language: franc on the prose, lexicon votes as the tie-break.
  const language = detectLanguage({ original: text, folded: n.text, words, typical: lex.languageWords, wordLangs: infos, terms: matches, trigrams: ctx.trigrams, spans: n });

  // Category.
  // Prices and quantities: quantities also hint at a category ("14g" on a market is a drug amount).
  // (how a span was written: a few currency codes count only in capitals, "150 TRY")
  const original = (start: number, end: number): string => originalText(n, start, end);
  const px = opts.extract !== false ? extractPrices(n.text, ctx.prices, ctx.wordTable, original) : { prices: [], quantities: extractQuantities(n.text, ctx.prices), headline: null };
  // a scraped page's header, menus, blocks and footers are the market's (text/page.ts): their words name
  // nothing sold, and the title is the first line of the listing below them (a text of one line is a title)
  const { chrome, market, title: firstContent } = n.text.includes('\n') ? pageLayout(words, n.text, lex.page) : { chrome: [], market: [], title: n.text.search(/\S/) };
  const nl = firstContent === -1 ? -1 : n.text.indexOf('\n', firstContent);
  const titleEnd = nl === -1 ? n.text.length : nl;
  // (a cue in the market's lines heads the market's block: "You might also like" above the listing)
  const addOnCues = matches.filter((m) => m.item.kind === 'addOn' && !inSpans(chrome, m.start));
  // buyers' reviews on a scraped page speak of other orders, places and carriers: not of what is sold here,
  // nor how or whence the vendor ships
  const reviews = reviewSpans(addOnCues, n, titleEnd);
  const termMatches = matches.filter((m) => m.item.kind === 'category' && !inSpans(chrome, m.start) && !within(reviews, m));
  // a quantity hint speaks only when no lexicon term does
  const categoryMatches = resolveOverlaps(termMatches.length > 0 ? termMatches : quantityHintMatches(px.quantities, words, lex), lex.entries);
  const negations = liveNegations(matches, n.text);
  const hasContent = words.some((w) => w.kind === 'emoji' || (w.kind === 'word' && /\p{L}{2}/u.test(w.text)));
  const addOns = { cues: addOnCues, factor: lex.addOnFactor, section: crossSellHeading(addOnCues, n.text, titleEnd) };
  const scored = scoreMatches(categoryMatches, negations, words, n.text, lex.entries, lex.negationWindow, titleEnd, ctx.allowed, hasContent, addOns, lex.bundles);
  // a price below the heading of the vendor's other listings is another listing's (the market's own price
  // field, often printed after the description, is not): the headline is the first price before it, or none
  let headline = px.headline;
  const section = addOns.section;
  if (headline !== null && headline.kind !== 'field' && section !== undefined && headline.start >= section.end) headline = px.prices.find((p) => p.end <= section.start) ?? null;
  // ... nor is one in the market's header, its ticker or its best sellers: the listing's is the first outside them
  if (headline !== null && market.length > 0 && inSpans(market, headline.start)) {
    headline = px.prices.find((p) => !inSpans(market, p.start) && (section === undefined || p.end <= section.start || p.kind === 'field')) ?? null;
  }
  // No term at all: 'other', unless the text is a priced offer and nothing in it places a physical good
  // (context.json unplacedFallback).
  let category = scored.category;
  let subcategory = scored.subcategory;
  let fallbackSource: string | null = null;
  if (scored.fallback) {
    const f = lex.unplacedFallback;
    // extraction off: prices are still needed here, and a text without a term is rare enough to pay for them
    const priced = (opts.extract !== false ? px : extractPrices(n.text, ctx.prices, ctx.wordTable, original)).headline !== null;
    if (f !== null && priced && ctx.allowed.has(f.category) && !placesPhysicalGood(matches, px.quantities, lex, (m) => writtenUpper(n, m))) {
      category = f.category;
      subcategory = f.subcategory;
      fallbackSource = 'fallback:unplaced';
    } else if (category !== null) fallbackSource = 'fallback:no-term';
  }
  // A placed listing whose terms named no subcategory: a quantity may ("Red Bull pillen, 220mg": an XTC pill's dose).
  const named = category !== null && subcategory === null && fallbackSource === null ? subcategoryHint(category, px.quantities, words, lex) : null;
  if (named) subcategory = lex.entries[named.hint.ref]!.subcategory as typeof subcategory;
  const confidence = category === null ? 0 : fallbackSource !== null ? fallbackConfidence(fallbackSource, ctx.calibration) : calibrate(scored.raw, ctx.calibration);

  const evidence: Evidence[] = [];
  const ev = (field: Evidence['field'], value: string, start: number, end: number, source: string, extra: Partial<Evidence> = {}): void => {
    const [s, e] = toOriginalSpan(n, start, end);
    evidence.push({ field, value, text: text.slice(s, e), start: s, end: e, cpStart: 0, cpEnd: 0, source, ...extra });
  };
  if (fallbackSource !== null) evidence.push({ field: 'category', value: `${category}/${subcategory}`, text: '', start: 0, end: 0, cpStart: 0, cpEnd: 0, source: fallbackSource });
  for (const c of scored.counted) {
    ev('category', `${c.entry.category}/${c.entry.subcategory}`, c.match.start, c.match.end, `lexicon:${c.entry.id}`, { match: c.match.how, weight: round3(c.contribution) });
  }
  if (named) ev('category', `${category}/${subcategory}`, named.q.start, named.q.end, `lexicon:${lex.entries[named.hint.ref]!.id}`, { match: 'quantity', weight: 0 });
  for (const s of scored.suppressed) {
    ev('suppressed', `${s.entry.category}/${s.entry.subcategory}`, s.match.start, s.match.end, `lexicon:${s.entry.id}`, { match: s.match.how, effect: s.effect });
  }

  // a laundering service's amounts are the sums it handles, its price a percentage: only a price field prices it
  if (headline !== null && headline.kind !== 'field' && category !== null && lex.priceFieldOnly.has(`${category}/${subcategory}`)) {
    ev('suppressed', `${headline.amount} ${headline.currency}`, headline.start, headline.end, 'extract:price', { effect: `not the price of ${category}/${subcategory}: a sum handled, not asked (only a price field prices it)` });
    headline = null;
  }
  // ... nor do the vendor's other listings under their heading ("More from this vendor: Bank logs (UK) …,
  // TNT 200g block …"), up to the block's end
  const elsewhere = section === undefined ? reviews : [...reviews, crossSellBlock(section, n)];
  // ... nor the market's own lines (news of a carrier's strike, a menu)
  const whereMatches = elsewhere.length === 0 && market.length === 0 ? matches : matches.filter((m) => !within(elsewhere, m) && !inSpans(market, m.start));
  const where = opts.extract !== false ? extractWhere({ text, n, words, matches: whereMatches, lex, category, subcategory, px, headline, opts, ctx, ev }) : nowhere();

  addCodePointOffsets(text, evidence);
  evidence.sort((a, b) => a.start - b.start || a.end - b.end);

  return {
    lang: language.lang,
    category,
    subcategory,
    alsoOffered: scored.alsoOffered,
    confidence: round3(confidence),
    calibrated: ctx.calibrated,
    scores: scored.scores,
    ...where,
    evidence,
    truncated,
    meta: { version: VERSION, lexiconHash: ctx.lexiconHash, optionsHash: ctx.optionsHash },
  };
}

/** Whether a match lies wholly inside one of a few spans (reviews sections, a cross-sell block). */
function within(spans: readonly [number, number][], m: Match): boolean {
  return spans.some(([a, b]) => m.start >= a && m.end <= b);
}

/** The block of other listings under a cross-sell heading: from the heading line's end to the block's end. */
function crossSellBlock(heading: Match, n: NormalisedText): [number, number] {
  let to = n.text.indexOf('\n', heading.end);
  if (to === -1) to = n.text.length;
  return [to, blockEnd(n, heading, to)];
}

// The longest reviews section read (characters): past it the page is the vendor's again, or built to be slow.
const MAX_REVIEWS = 4000;
// Reviews sections read per listing.
const MAX_REVIEW_SECTIONS = 4;

/**
 * The spans of buyers' reviews on a scraped page, in folded offsets: from a `reviews` heading alone on its
 * line below the title ("Reviews (3)", "Beoordelingen", "<h3>Avis clients</h3>") to the first blank line
 * of the original after it (markup the folded text turned into line breaks does not end it), the heading
 * of the vendor's other listings, or MAX_REVIEWS characters.
 */
function reviewSpans(cues: readonly Match[], n: NormalisedText, titleEnd: number): [number, number][] {
  const folded = n.text;
  const out: [number, number][] = [];
  let seen = titleEnd;
  // the longest heading cue at each start: "avis clients", not the "avis" inside it
  const longest = new Map<number, Match>();
  for (const c of cues) if (c.item.ref === ADD_ON_REVIEWS && (longest.get(c.start)?.end ?? -1) < c.end) longest.set(c.start, c);
  for (const c of longest.values()) {
    if (c.start <= seen || out.length >= MAX_REVIEW_SECTIONS) continue;
    const from = folded.lastIndexOf('\n', c.start - 1) + 1;
    let to = folded.indexOf('\n', c.end);
    if (to === -1) to = folded.length;
    seen = to;
    // a heading: the cue alone on its line, with a count in brackets and a rating at most ("Reviews (3)",
    // "Feedback [12]", "FEEDBACK (4) — 99.6% positive", "Avis (12) 4,8/5"; not "Avis important")
    const rest = (folded.slice(from, c.start) + folded.slice(c.end, to)).replace(/<[^>]*>/g, '').replace(/[([]\s*\d+\s*[)\]]/g, '').replace(RATING, '');
    if (/[\p{L}\p{N}]/u.test(rest)) continue;
    let end = blockEnd(n, c, to);
    for (const s of cues) if (s.item.ref === ADD_ON_SECTION && s.start > to && s.start < end) end = s.start;
    out.push([to, end]);
    seen = end;
  }
  return out;
}
/**
 * Where the block under a heading ends, in folded offsets: at the first blank line of the original after
 * the heading's line (markup the folded text turned into line breaks does not end it), and at most
 * MAX_REVIEWS folded characters after `to`, the heading line's end.
 */
function blockEnd(n: NormalisedText, heading: Match, to: number): number {
  const origLineEnd = n.original.indexOf('\n', n.ends[heading.end - 1]!);
  const at = origLineEnd === -1 ? n.original.length : origLineEnd + 1;
  // (read in a bounded window: the original of MAX_REVIEWS folded characters is at most a few times longer)
  const blank = BLANK_LINE.exec(n.original.slice(at, at + 4 * MAX_REVIEWS));
  const end = Math.min(n.text.length, to + MAX_REVIEWS);
  return blank === null ? end : Math.min(end, lowerBound(n.starts.length, (i) => n.starts[i]! < at + blank.index));
}
// A blank line of the original text.
const BLANK_LINE = /\n[ \t\r]*\n/;
// A rating beside a reviews heading: "99.6% positive", "98% positief", "4,8/5", "4.9 / 5".
const RATING = /\d+(?:[.,]\d+)?\s*(?:%\s*(?:positive|positief|positifs?|positives?)?|\/\s*(?:5|10))/g;

/** What the extraction stage found: where the listing ships from and to, how, and for how much. */
type Where = Pick<Result, 'origin' | 'origins' | 'originRegion' | 'destinations' | 'shipping' | 'carriers' | 'otherCarriers' | 'refusedCarriers' | 'price' | 'priceDetail' | 'prices' | 'quantities'>;

/** The extraction fields of a result classified with `extract: false`. */
function nowhere(): Where {
  return { origin: null, origins: [], originRegion: null, destinations: { countries: [], regions: [] }, shipping: [], carriers: [], otherCarriers: [], refusedCarriers: [], price: null, priceDetail: null, prices: [], quantities: [] };
}

/**
 * The extraction stage of `run`: origin and destinations, shipping methods and carriers, prices and
 * quantities, each with its evidence (through `ev`). A function of its own so the optimising compiler
 * compiles it apart from the rest of the pipeline.
 */
function extractWhere(x: {
  text: string;
  n: NormalisedText;
  words: readonly Token[];
  matches: readonly Match[];
  lex: CompiledLexicons;
  category: Category | null;
  subcategory: string | null;
  px: PriceExtraction;
  headline: PriceFinding | null;
  opts: ClassifyOptions;
  ctx: RunContext;
  ev: (field: Evidence['field'], value: string, start: number, end: number, source: string, extra?: Partial<Evidence>) => void;
}): Where {
  const { text, n, words, matches, lex, category, subcategory, px, headline, opts, ctx, ev } = x;
  const extracted = extractOrigin(matches, words, n, lex);
  // Data goods do not ship: only a cue, a field or a hand-over says where such a vendor is; a flag, a bare
  // country name or a code beside them is the goods' country ("CVV Belgique 🇧🇪", "méthodes France").
  // Goods named with where they come from (wildlife: "Tiger bone wine, made in Laos", "écailles de pangolin,
  // origine Cameroun") say where the animal lived in a bare country name beside their name: it is where they
  // ship from only on a line that posts or hands them over ("Bear bile – from Vietnam, EMS").
  const o =
    category === null ? extracted
    : lex.goods.data.has(category) ? withoutLoneMentions(extracted)
    : lex.goods.provenance.has(category) ? withoutProvenance(extracted, matches, lex, n.text)
    : withoutProductStyle(extracted, `${category}/${subcategory}`, matches, lex, n.text);
  for (const d of o.excluded) ev('suppressed', d.code ?? d.region!, d.match.start, d.match.end, 'extract:destination', { effect: 'not shipped there (negated ships-to)' });
  const origin = o.origin ? o.origin.code : null;
  if (o.origin) for (const m of o.origins) ev('origin', m.code!, m.match.start, m.match.end, `extract:origin:${m.how}`);
  if (o.region) ev('region', o.region.region!, o.region.match.start, o.region.match.end, `extract:origin:${o.region.how}`);
  const destinations = { countries: uniq(o.destinations.map((d) => d.code!)), regions: uniq(o.destinationRegions.map((d) => d.region!)) };
  for (const d of [...o.destinations, ...o.destinationRegions]) ev('destination', (d.code ?? d.region)!, d.match.start, d.match.end, 'extract:destination');

  const s = extractShipping(matches, words, n, lex);
  // "Ships from: Worldwide" says where it comes from, not where it goes: the region that is the origin
  // is no international shipping (a ships-to worldwide still is, below)
  const region = o.region?.match;
  let methods = region === undefined ? s.methods : s.methods.filter((m) => m.method !== 'international' || m.match.end <= region.start || m.match.start >= region.end);
  // a drug, a gun or an animal product that the listing hands over or posts is not also sent as data:
  // "auto-dispatch" there sends a dead drop's coordinates (a gun's build files, with no parcel, are data)
  if (category !== null && lex.goods.physical.has(category) && methods.some((m) => m.method === 'digital') && (methods.some((m) => m.method !== 'digital') || o.localDelivery.length > 0)) {
    for (const m of methods) if (m.method === 'digital') ev('suppressed', 'digital', m.match.start, m.match.end, `extract:shipping:${lex.methods[m.match.item.ref]!.id}`, { effect: `${category} are not delivered as data` });
    methods = methods.filter((m) => m.method !== 'digital');
  }
  const found: { method: ShippingMethod }[] = [...methods];
  for (const m of methods) ev('shipping', m.method, m.match.start, m.match.end, `extract:shipping:${m.id ?? lex.methods[m.match.item.ref]!.id}`, { match: m.match.how });
  for (const m of s.negated) ev('suppressed', m.method, m.match.start, m.match.end, `extract:shipping:${lex.methods[m.match.item.ref]!.id}`, { effect: `negated by "${m.by.term}"` });
  // Shipping to somewhere other than the origin, or worldwide, is international shipping. With no origin,
  // one destination country may be the vendor's own ("France uniquement", "USA domestic only"); two or
  // more cannot all be, nor one served as well ("ook naar België").
  // a service or data sends no parcel: a country its prose names ("Clients en France, Belgique", "NL/BE
  // drops") is whom it serves, not where it ships; one in a market field line ("Ships to: …") still counts
  const parcelless = category !== null && (category === 'services' || lex.goods.data.has(category));
  // (FIELD_LINE: a market field label, "Ships to: France", "Livraison : Europe, Suisse")
  const inFieldLine = (at: number): boolean => FIELD_LINE.test(n.text.slice(n.text.lastIndexOf('\n', at - 1) + 1, at));
  const abroad = [
    ...(origin !== null || destinations.countries.length >= 2 || o.alsoAbroad ? o.destinations.filter((d) => d.code !== origin && (!parcelless || inFieldLine(d.match.start))) : []),
    ...o.destinationRegions,
  ];
  // a negated international phrase that names the places it rules out ("aucune livraison en Europe") says
  // nothing against the destinations named elsewhere ("Expédié vers : Chine, Vietnam")
  const ruledOut = (m: { match: Match }): boolean => o.excluded.some((e) => e.match.start >= m.match.start && e.match.end <= m.match.end);
  if (abroad.length > 0 && !s.negated.some((m) => m.method === 'international' && !ruledOut(m))) {
    const d = abroad[0]!;
    found.push({ method: 'international' });
    ev('shipping', 'international', d.match.start, d.match.end, 'extract:shipping:destination');
  }
  // a vendor who delivers in his own city ("levering in Brussel", "livraison sur Namur") hands over in
  // person: FORMAT.md's pickup, unless the listing rules pickup out
  const local = o.localDelivery[0];
  if (local !== undefined && !found.some((m) => m.method === 'pickup') && !s.negated.some((m) => m.method === 'pickup')) {
    found.push({ method: 'pickup' });
    ev('shipping', 'pickup', local.match.start, local.match.end, 'extract:shipping:local-delivery');
  }
  const shipping = methodSet(found);
  // a name means what it means where the vendor is: "La Poste" from Switzerland is Swiss Post, "B-Post" there a product
  const named: { name: string; match: Match; canonical: boolean }[] = [];
  for (const c of s.carriers) {
    const carrier = lex.carriers[c.match.item.ref]!;
    const local = origin === null ? undefined : carrier.local.get(origin);
    if (local === null) {
      ev('suppressed', c.name, c.match.start, c.match.end, 'extract:carrier', { effect: `a product name of the post, not a carrier, from a vendor in ${origin}` });
      continue;
    }
    named.push({ name: local?.name ?? c.name, match: c.match, canonical: local?.canonical ?? carrier.canonical });
  }
  const carriers = uniq(named.filter((c) => c.canonical).map((c) => c.name));
  const otherCarriers = uniq(named.filter((c) => !c.canonical).map((c) => c.name));
  for (const c of named) ev('carrier', c.name, c.match.start, c.match.end, c.canonical ? 'extract:carrier' : 'extract:carrier:other', { match: c.match.how });
  // a carrier ruled out ("No DHL", "GEEN PostNL") is reported apart, unless the text also offers it; its
  // name is read where the vendor is, as an offered one is ("Pas de La Poste" from Switzerland refuses Swiss Post)
  const refused: string[] = [];
  for (const c of s.refused) {
    const local = origin === null ? undefined : lex.carriers[c.match.item.ref]!.local.get(origin);
    if (local === null) continue;
    const name = local?.name ?? c.name;
    refused.push(name);
    ev('suppressed', name, c.match.start, c.match.end, 'extract:carrier', { effect: `refused by "${c.by.term}"` });
  }
  const refusedCarriers = uniq(refused).filter((name) => !carriers.includes(name) && !otherCarriers.includes(name));

  const mention = (p: PriceFinding): PriceMention => {
    const [s0, e0] = toOriginalSpan(n, p.start, p.end);
    const base: PriceMention = { amount: p.amount, currency: p.currency, text: text.slice(s0, e0), start: s0, end: e0, kind: p.kind, quantity: p.quantity, perUnit: p.perUnit };
    if (opts.convert) {
      const rates = RateTableSchema.safeParse(opts.convert.rates);
      base.converted = rates.success ? convertPrice(p, rates.data, opts.convert.to) : null;
    }
    return base;
  };
  // a shared symbol is the currency of the vendor's country: "40$" from Québec is CAD
  const prices = px.prices.map((p) => mention(localise(p, origin, ctx.prices)));
  const head = headline === null ? null : localise(headline, origin, ctx.prices);
  if (head !== null) ev('price', `${head.amount} ${head.currency}`, head.start, head.end, `extract:price:${head.kind}`, head === headline ? {} : { effect: `"${headline!.currency}" read as ${head.currency}: the vendor is in ${origin}` });
  const quantities = px.quantities.map((q): Quantity => {
    const [s0, e0] = toOriginalSpan(n, q.start, q.end);
    ev('quantity', `${q.amount} ${q.unit}`, q.start, q.end, `extract:quantity:${q.role}`);
    return { amount: q.amount, unit: q.unit, role: q.role, text: text.slice(s0, e0), start: s0, end: e0 };
  });
  return {
    origin,
    origins: o.origins.map((m) => m.code!),
    originRegion: o.region ? o.region.region : null,
    destinations,
    shipping,
    carriers,
    otherCarriers,
    refusedCarriers,
    price: head === null ? null : { amount: head.amount, currency: head.currency },
    priceDetail: head === null ? null : mention(head),
    prices,
    quantities,
  };
}

const PHYSICAL_UNITS = new Set(['g', 'kg', 'mg', 'ug', 'ml', 'l', 'oz', 'lb', 'pills', 'tabs', 'rounds', 'pieces']);

/**
 * Whether anything places a physical good: a country, region or place (a country code only in capitals:
 * "de" and "be" are words), a carrier, a physical shipping method, a word of a physical good's state
 * ("sealed", "état neuf"), a weight, volume or count.
 */
function placesPhysicalGood(matches: readonly Match[], quantities: readonly QuantityFinding[], lex: CompiledLexicons, upper: (m: Match) => boolean): boolean {
  for (const m of matches) {
    const k = m.item.kind;
    if (k === 'country' || k === 'place' || k === 'region' || k === 'physical' || (k === 'countryShort' && upper(m)) || sendsGoods(m, lex)) return true;
  }
  return quantities.some((q) => PHYSICAL_UNITS.has(q.unit));
}

// "No 5", "No. 1", "no.3": "no" before a figure is the number sign, not a negation
const NUMBER_SIGN = /^\.?\s?\d/;

/**
 * Negation cues, less those inside a set phrase that takes them back ("no cut", "geen versnijding") and
 * "no" as a number sign.
 */
function liveNegations(matches: readonly Match[], folded: string): Match[] {
  const out: Match[] = [];
  let exceptions: Match[] | undefined;
  for (const m of matches) {
    if (m.item.kind !== 'negation') continue;
    if (m.item.ref === NEGATION_EXCEPTION) (exceptions ??= []).push(m);
    else if (!(m.term === 'no' && NUMBER_SIGN.test(folded.slice(m.end, m.end + 3)))) out.push(m);
  }
  if (exceptions === undefined) return out;
  // n lies inside an exception iff the exceptions starting at or before it reach its end: one sweep in
  // start order (a page of thousands of "no cut" must not cost their number squared)
  const byStart = (a: Match, b: Match): number => a.start - b.start;
  exceptions.sort(byStart);
  out.sort(byStart);
  const live: Match[] = [];
  let j = 0;
  let reach = -1;
  for (const n of out) {
    while (j < exceptions.length && exceptions[j]!.start <= n.start) reach = Math.max(reach, exceptions[j++]!.end);
    if (reach < n.end) live.push(n);
  }
  return live;
}

const HAS_SURROGATE = /[\ud800-\udfff]/;

const LONE_MENTIONS: ReadonlySet<string> = new Set(['flag', 'bare', 'code']);

/** An origin extraction without the mentions that stand alone (a flag, a bare country name, a code). */
function withoutLoneMentions(o: OriginExtraction): OriginExtraction {
  return keptMentions(o, (m) => !LONE_MENTIONS.has(m.how));
}

/**
 * The origin without the bare country names that stand beside the goods' name (a term of a provenance
 * category on the same line) on a line that neither posts nor hands over (a carrier or a non-digital method).
 */
function withoutProvenance(o: OriginExtraction, matches: readonly Match[], lex: CompiledLexicons, folded: string): OriginExtraction {
  if (o.origin === null || !o.origins.some((m) => m.how === 'bare')) return o;
  const newlines = newlineOffsets(folded);
  const lineOf = (at: number): number => lineAt(newlines, at);
  const posting = postingLines(matches, lex, newlines);
  const naming = linesWhere(matches, (m) => m.item.kind === 'category' && lex.goods.provenance.has(lex.entries[m.item.ref]!.category), newlines);
  return keptMentions(o, (m) => m.how !== 'bare' || posting.has(lineOf(m.match.start)) || !naming.has(lineOf(m.match.start)));
}

/**
 * The origin without the flags and bare names of a country the goods are named after (places.json `styleOf`:
 * "Pollen 🇲🇦 Ketama", "Coke 🇨🇴 pure"), unless their line posts or hands over ("🇨🇴 ➜ EMS worldwide").
 */
function withoutProductStyle(o: OriginExtraction, goods: string, matches: readonly Match[], lex: CompiledLexicons, folded: string): OriginExtraction {
  const styled = (m: OriginExtraction['origins'][number]): boolean => (m.how === 'flag' || m.how === 'bare') && lex.countries[m.match.item.ref]?.styleOf.has(goods) === true && m.match.item.kind === 'country';
  if (o.origin === null || !(styled(o.origin) || o.origins.some(styled))) return o;
  const newlines = newlineOffsets(folded);
  const posting = postingLines(matches, lex, newlines);
  return keptMentions(o, (m) => !styled(m) || posting.has(lineAt(newlines, m.match.start)));
}

/** The origin and origins that `kept` keeps: the first kept origin when the chosen one goes. */
function keptMentions(o: OriginExtraction, kept: (m: OriginExtraction['origins'][number]) => boolean): OriginExtraction {
  if (o.origin === null || (o.origins.every(kept) && kept(o.origin))) return o;
  const origins = o.origins.filter(kept);
  const origin = kept(o.origin) ? o.origin : origins[0] ?? null;
  return { ...o, origin, origins: origin === null ? [] : origins };
}

/** Synthetic category matches for quantities that hint at a category (lexicons/context.json `quantityHints`). */
function quantityHintMatches(quantities: readonly QuantityFinding[], words: readonly Token[], lex: CompiledLexicons): Match[] {
  const out: Match[] = [];
  for (const h of lex.quantityHints) {
    if (h.namesSubcategory) continue;
    for (const q of quantities) {
      if (!hintFits(h, q)) continue;
      const first = wordAt(words, q.start);
      const last = Math.max(first, wordAt(words, q.end - 1));
      out.push({ item: { kind: 'category', ref: h.ref, exact: true, lang: 'any' }, term: q.unit, start: q.start, end: q.end, first, last, how: 'exact' });
    }
  }
  return out;
}

type QuantityHint = CompiledLexicons['quantityHints'][number];

function hintFits(h: QuantityHint, q: QuantityFinding): boolean {
  return h.roles.has(q.role) && h.units.has(q.unit) && q.amount >= h.min && q.amount <= h.max;
}

/** The first subcategory-naming hint (context.json `quantityHints`) of `category` that a quantity fits, with that quantity. */
function subcategoryHint(category: Category, quantities: readonly QuantityFinding[], words: readonly Token[], lex: CompiledLexicons): { hint: QuantityHint; q: QuantityFinding } | null {
  for (const hint of lex.quantityHints) {
    if (!hint.namesSubcategory || lex.entries[hint.ref]!.category !== category) continue;
    if (hint.unless.size > 0 && words.some((w) => hint.unless.has(w.text))) continue;
    const q = quantities.find((x) => hintFits(hint, x));
    if (q) return { hint, q };
  }
  return null;
}

/** Index of the word that contains or follows a folded offset (binary search: hints stay linear on huge input). */
function wordAt(words: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

function uniq<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Fills code-point offsets (as Python and R count) for every evidence item in one pass over the text. */
function addCodePointOffsets(text: string, evidence: Evidence[]): void {
  if (evidence.length === 0) return;
  if (!HAS_SURROGATE.test(text)) {
    // no character outside the BMP: code points and UTF-16 units count alike
    for (const e of evidence) {
      e.cpStart = e.start;
      e.cpEnd = e.end;
    }
    return;
  }
  // every start and end, sorted (a typed array sorts numerically), then one walk over the text
  const offsets = new Int32Array(evidence.length * 2);
  evidence.forEach((e, k) => {
    offsets[2 * k] = e.start;
    offsets[2 * k + 1] = e.end;
  });
  offsets.sort();
  const cpAt = new Int32Array(offsets.length);
  let count = 0;
  let i = 0;
  for (let k = 0; k < offsets.length; k++) {
    const target = offsets[k]!;
    while (i < target && i < text.length) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i += 2;
          count++;
          continue;
        }
      }
      i++;
      count++;
    }
    cpAt[k] = count;
  }
  const cpOf = (offset: number): number => {
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return cpAt[lo]!;
  };
  for (const e of evidence) {
    e.cpStart = cpOf(e.start);
    e.cpEnd = cpOf(e.end);
  }
}

export type { Match, NormalisedText };
