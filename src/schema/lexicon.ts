import * as z from 'zod';
import { lazySchema } from './lazy.js';
import { NumberWordsSchema } from './price.js';
import { CategorySchema, TAXONOMY, ShippingMethodSchema, type Category } from './taxonomy.js';

/** Terms by language: `any` is matched whatever the language; every language is matched on every text. */
export const TermsSchema = lazySchema(() => z
  .object({
    any: z.array(z.string().min(1)).optional(),
    en: z.array(z.string().min(1)).optional(),
    nl: z.array(z.string().min(1)).optional(),
    fr: z.array(z.string().min(1)).optional(),
  })
  .strict());
export type Terms = z.infer<typeof TermsSchema>;

const IdSchema = lazySchema(() => z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case kebab-case'));

/**
 * One entry of a category lexicon: terms that point to a category and subcategory.
 * An entry with `dampens` is also context: when it matches, the named categories' scores are
 * multiplied by the factor (a decoy such as "airsoft" for firearms, "ebook" for drugs).
 */
export const LexiconEntrySchema = lazySchema(() => z
  .object({
    id: IdSchema,
    category: CategorySchema,
    subcategory: z.string(),
    terms: TermsSchema,
    emoji: z.array(z.string().min(1)).optional(),
    /** How much one match counts toward the category (default 1). 0 for pure context entries. */
    weight: z.number().min(0).max(5).optional(),
    /** Match only the exact form: no stemming, no fuzzy, no de-obfuscation (short codes, abbreviations). */
    exact: z.boolean().optional(),
    /** Categories whose score is multiplied by the factor when this entry matches. */
    dampens: z.partialRecord(CategorySchema, z.number().min(0).max(1)).optional(),
    /** Counts toward the category but not toward choosing a subcategory (forms such as "pills", "powder"). */
    generic: z.boolean().optional(),
    /**
     * Word endings that name this entry's kind of substance in words the lexicon does not list
     * ("-tryptamine", "-azolam", "-fentanyl"): an unknown word of at least 3 more letters with this ending matches.
     */
    suffixes: z.array(z.string().regex(/^[a-z]{4,}$/)).optional(),
    /**
     * How the entry counts when one of its terms opens the title (the text's first word): a title that
     * begins "How to …" is a guide whatever it teaches. `weight` and `dampens` replace the entry's own.
     */
    opening: z
      .object({
        weight: z.number().min(0).max(5).optional(),
        dampens: z.partialRecord(CategorySchema, z.number().min(0).max(1)).optional(),
      })
      .strict()
      .optional(),
    /** Allows a term of this entry to appear in another category's entry too. */
    shared: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (!(TAXONOMY[e.category as Category] as readonly string[]).includes(e.subcategory)) {
      ctx.addIssue({ code: 'custom', message: `subcategory "${e.subcategory}" is not in category "${e.category}"`, path: ['subcategory'] });
    }
  }));
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

/** A category lexicon file (lexicons/<category>.json). */
export const CategoryLexiconSchema = lazySchema(() => z
  .object({
    name: z.string(),
    description: z.string().optional(),
    entries: z.array(LexiconEntrySchema),
  })
  .strict());
export type CategoryLexicon = z.infer<typeof CategoryLexiconSchema>;

const CountryCodeSchema = lazySchema(() => z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, upper case'));

/** lexicons/places.json: countries with their names in every language, places, and regions. */
export const PlacesLexiconSchema = lazySchema(() => z
  .object({
    countries: z.array(
      z
        .object({
          code: CountryCodeSchema,
          /** Full names and variants, in any language ("netherlands", "holland", "pays-bas"). */
          names: z.array(z.string().min(1)).min(1),
          /** Short codes and abbreviations ("nl", "nld", "uk"): trusted only in upper case or in a ships-from field. */
          short: z.array(z.string().min(1)).optional(),
          /** Flag emoji. */
          flag: z.string().optional(),
          /** Adjectives and nationality words: never an origin on their own ("dutch", "belge"). */
          adjectives: z.array(z.string().min(1)).optional(),
          /**
           * Goods named after the country, as `category/subcategory` ("drugs/cannabis" for Morocco, "drugs/stimulants"
           * for Colombia): in a listing of them its flag or bare name is the product's style ("Pollen 🇲🇦 Ketama",
           * "Coke 🇨🇴"), not an origin, unless its line posts or hands over.
           */
          styleOf: z
            .array(z.string().regex(/^[a-z]+\/[a-z-]+$/))
            .optional()
            .refine((xs) => (xs ?? []).every((x) => (TAXONOMY[x.split('/')[0] as Category] as readonly string[] | undefined)?.includes(x.split('/')[1]!) === true), { message: 'styleOf: not a category/subcategory of the taxonomy' }),
        })
        .strict(),
    ),
    /** Cities and regions inside one country ("rotterdam", "anvers", "texas"). */
    places: z.array(z.object({ name: z.string().min(1), country: CountryCodeSchema }).strict()),
    /** Areas larger than a country: reported as regions, never as an origin country. */
    regions: z.array(
      z
        .object({
          id: z.string().regex(/^[A-Z][A-Za-z-]*$/),
          names: z.array(z.string().min(1)).min(1),
          /**
           * An area vendors ship to (EU, Europe, Worldwide, Benelux): named with no cue on a line that posts
           * something ("Letter post EU", "alleen Benelux, met bpost"), it is a destination. Other regions name
           * where goods come from ("ivoire d'Afrique centrale", "Balkan region") and stay unplaced there.
           */
          shippingArea: z.boolean().optional(),
        })
        .strict(),
    ),
    /**
     * Words of a product's style or make ("quality", "kwaliteit", "qualité", "fabrication", "lab"). Between a
     * country's adjective and its flag they keep the flag a style ("Dutch lab quality 🇳🇱"), and right before
     * a country's name they make the name one ("qualité suisse", "fabrication suisse 🇨🇭"): no origin.
     */
    styleWords: TermsSchema.optional(),
  })
  .strict());
export type PlacesLexicon = z.infer<typeof PlacesLexiconSchema>;

/** lexicons/shipping.json: shipping methods, carriers, and the phrases that place an origin. */
export const ShippingLexiconSchema = lazySchema(() => z
  .object({
    methods: z.array(
      z
        .object({
          id: IdSchema,
          method: ShippingMethodSchema,
          terms: TermsSchema,
          exact: z.boolean().optional(),
          /**
           * This entry's terms also stand in another method's entry: one phrase that names two methods ("gewone
           * brief" is a letter sent as standard post). The integrity check lets such a term stand twice.
           */
          shared: z.boolean().optional(),
          /**
           * This entry's terms count only on a line that names a city or a region of a country (places.json
           * `places`): "🚗 Livraison à domicile Bruxelles" is a vendor driving out, "Tesla pills 🚗⚡" is a logo.
           */
          withPlace: z.boolean().optional(),
        })
        .strict(),
    ),
    carriers: z.array(
      z
        .object({
          name: z.string().min(1),
          terms: z.array(z.string().min(1)).min(1),
          exact: z.boolean().optional(),
          /** Count only when written with a capital, as a company name: "La Poste" is the company, "par la poste" is generic. */
          capitalised: z.boolean().optional(),
          /** Words that make the term an ordinary word when right before it on the same line: "meet ups", "pick ups". */
          notAfter: z.array(z.string().min(1)).optional(),
          /** Words that make the term something else when right after it on the same line: "TNT blokken", "TNT militaire". */
          notBefore: z.array(z.string().min(1)).optional(),
          /**
           * Names that are also ordinary words or brands ("hermes", the fashion house): they name this
           * carrier only right beside another carrier's name on the same line, alone or joined by a list
           * word ("DHL or Hermes", "Hermes ou DPD", "PostNL/Hermes").
           */
          paired: z.array(z.string().min(1)).optional(),
          /**
           * false: not one of FORMAT.md's canonical carrier names ("Mondial Relay", "InPost"): reported in a
           * result's `otherCarriers`, so `carriers` compares with labelled data name for name.
           */
          canonical: z.boolean().optional(),
          /**
           * What the name means from a vendor in a given country (ISO 3166-1 alpha-2): another carrier's
           * name ("La Poste" from Switzerland is Swiss Post), or null where it is a product name there and no
           * carrier ("B-Post", Swiss Post's economy letter).
           */
          local: z.record(z.string().regex(/^[A-Z]{2}$/), z.string().min(1).nullable()).optional(),
        })
        .strict(),
    ),
    /**
     * Words that name a method only as an option's label on a shipping line ("standard", "standaard"):
     * "Standard (7–14 jours) : gratuit", "PostNL brievenbus (standaard, zonder T&T)", "Correos standard ou
     * Chronopost express". Alone they are everyday words ("standard dose", "T&T standaard inbegrepen").
     */
    optionWords: z.array(z.object({ id: IdSchema, method: ShippingMethodSchema, terms: TermsSchema }).strict()).optional(),
    /** Words that negate a following shipping method within a few tokens ("no tracking", "geen afhalen"). */
    negations: TermsSchema,
    /**
     * One-word negations that negate only with a partner word a few words before them in their clause: French
     * "pas" needs "ne"/"n'" ("on n'envoie pas en express"); alone it is also Dutch ("pas" is a bank card, and
     * "only then": "we versturen pas aangetekend na betaling"). Keyed by the negation, valued by its partners.
     */
    negationPartners: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)).optional(),
    /** Words after a method that negate it ("registered mail not available", "afhalen niet mogelijk"). */
    negationsAfter: TermsSchema.optional(),
    /**
     * One-word answers that refuse a method when they follow it after a colon or a spaced dash on its line
     * and stand alone there ("Afhalen: NEEN", "Remise en main propre : NON, jamais", "Local meet — NO.").
     * The phrases of `negationsAfter` count there too ("Afhalen in Amsterdam — niet mogelijk").
     */
    negationAnswers: TermsSchema.optional(),
    /** Words after a negated method that take the negation back ("no tracking unless you pay extra"). */
    negationExceptions: TermsSchema.optional(),
    /**
     * Phrases that hold a method's word and name no method: a method match inside one does not count
     * ("seizure letter", "lettre des douanes", "letter of guarantee").
     */
    decoys: TermsSchema.optional(),
    /** Phrases that introduce where an item ships from ("ships from", "verzending vanuit", "envoi depuis"). */
    originCues: TermsSchema,
    /**
     * Phrases that say where the goods come from rather than where they are sent from ("country of origin",
     * "herkomst", "en provenance de"): in prose they give an origin that a shipping cue outranks ("Herkomst
     * Kameroen … Verzending vanuit Nederland" ships from NL); followed by ":" they are a market field.
     */
    provenanceCues: TermsSchema.optional(),
    /** Phrases that introduce where an item ships to: never an origin ("ships to", "levering naar"). */
    destinationCues: TermsSchema,
    /**
     * Words that introduce where an item ships to only as a field label, followed by ":" ("Livraison :
     * Europe", "Levering: België"); in prose they are ignored ("livraison Bruxelles" is a local delivery).
     */
    destinationFieldCues: TermsSchema.optional(),
    /** Words that introduce where it ships from only as a field label, followed by ":" ("Origin: United Kingdom", "Land: België"). */
    originFieldCues: TermsSchema.optional(),
    /**
     * Words inside a ships-to field or phrase after which places are not sent to: "Worldwide except
     * Australia", "EU (behalve Zweden)", "Europe sauf Scandinavie". One word each.
     */
    destinationExceptions: TermsSchema.optional(),
    /** Words after a country that make it a destination ("France uniquement", "US customers only"). */
    destinationAfter: TermsSchema.optional(),
    /** Words right after a country that make it the origin ("USA domestic only", "AU domestic"). */
    originAfter: TermsSchema.optional(),
  })
  .strict());
export type ShippingLexicon = z.infer<typeof ShippingLexiconSchema>;

/** lexicons/context.json: cues that change how matches count. */
export const ContextLexiconSchema = lazySchema(() => z
  .object({
    /** Words that negate a category term that follows within `negationWindow` tokens ("no drugs"). */
    negations: TermsSchema,
    negationWindow: z.number().int().min(1).max(6),
    /**
     * Set phrases that start with a negation but negate nothing after them ("no cut cocaine", "geen
     * versnijding", "pas de coupe"): a negation inside one of them does not count.
     */
    negationExceptions: TermsSchema.optional(),
    /**
     * Phrases right after a category term (a word at most between, in its sentence) that say it is not sold
     * here: "not included", "sold separately", "niet inbegrepen", "n'est pas incluse" ("Suppressor for
     * Ruger 10/22, rifle not included" sells a part).
     */
    negationsAfter: TermsSchema.optional(),
    /**
     * Free add-ons of a bundle: a category term right after a `before` cue ("FREE grinder", "gratis
     * handleiding", within `negationWindow` words) or right before an `after` cue ("balance offerte")
     * counts `factor` of its weight: the gift does not decide what is sold. Right before an `included`
     * cue ("dosing guide included", "tuto fourni") a term counts the same share but still dampens what
     * it dampens, and a term of `other` counts in full: what comes with an item may describe it
     * ("certificat de neutralisation fourni"). A `sections` cue opening a line below the title ("— X also
     * sells —", "Autres annonces du vendeur", "Andere advertenties") heads the vendor's other listings:
     * every term after it counts as an add-on, and a price there is not the listing's.
     */
    addOns: z
      .object({ before: TermsSchema, after: TermsSchema, included: TermsSchema.optional(), sections: TermsSchema.optional(), reviews: TermsSchema.optional(), factor: z.number().min(0).max(1) })
      .strict()
      .optional(),
    /**
     * The words of a market's own chrome on a scraped page: its menus and footers ("Home | Browse | Vendors
     * | Forum | Wallet", "Inloggen | Registreren", "Accueil | Catégories"). A line with at least three of
     * them, making up half its words or more, is the market's, not the vendor's: its words name no
     * category ("Login", "Drugs", "Weapons" in a menu) and it is not the listing's title.
     */
    chrome: TermsSchema.optional(),
    /**
     * Currency codes of a market's exchange-rate ticker ("XMR/USD 163.64 | BTC/USD 58,450"): they count as
     * `chrome` words only on a line that also holds figures ("BTC → XMR mixing" is a listing's title).
     */
    chromeTickers: z.array(z.string().min(1)).optional(),
    /**
     * The names of a market's sections ("drugs", "firearms", "wapens", "contrefaçons", "cannabis",
     * "ammunition"): a line of four items or more, separated as a menu's are, three in four of its words
     * `chrome` words or these, is the market's menu ("Home | Drugs | Firearms | Wildlife | Fraud"). With
     * three items or more, a breadcrumb may start with one ("Drugs > Stimulants > Cocaine").
     */
    chromeSections: TermsSchema.optional(),
    /**
     * Headings of a market's blocks ("categories", "top sellers this week", "populair deze week",
     * "meilleures ventes"): alone on a line, the heading and the lines below it down to a blank line are
     * the market's; followed by a colon, the rest of its line is.
     */
    chromeHeadings: TermsSchema.optional(),
    /**
     * How the market's status lines start ("logged in as", "news", "scam alert", "ingelogd als",
     * "mededeling", "connecté en tant que", "cours"): in the page's header only, where they stand with
     * its menus, they are the market's. Below the listing's title they are the vendor's words.
     */
    chromeStatus: TermsSchema.optional(),
    /**
     * First items of a breadcrumb ("home", "market", "start", "accueil", "you are here"): a line such as
     * "Home > Wildlife > Ivory" near the top, below a line of the market's, marks everything above it as
     * the market's header. The breadcrumb itself counts: it names the listing's section.
     */
    chromeCrumbs: TermsSchema.optional(),
    /**
     * A bundle's items in a title: `joiners` are the words and signs between them ("+", "with", "met",
     * "avec"). When the title names several subcategories of the winning category, that category sells
     * physical goods (`goods.physical`), and the part before the first joiner names one subcategory, that one is the
     * subcategory: the first item is what is sold, the rest its accessories or extras ("Glock 17 + 3 mags
     * + 100 rounds" is a handgun; "50g pep + 10 XTC" speed). A part that names two ("Glock 17 mag + 100
     * rounds") is left to the scores. A word joins when it stands whole between two terms, a sign anywhere.
     * The same part before a joiner, naming a physical good, also leads across categories: the other
     * categories' items after it are its extras and count as free add-ons ("Hasj 10g + vloei + filtertips"
     * is hash). `listJoiners` ("and", "en", "et") join a bundle's items for the subcategory only: across
     * categories they also join the two halves of a topic ("Grenades And Mines Ebook Pack").
     */
    bundles: z.object({ joiners: TermsSchema, listJoiners: TermsSchema.optional() }).strict().optional(),
    /**
     * What kind of goods each category sells. `physical` (drugs, firearms, wildlife): a bundle in the title
     * leads with its first item (`bundles`), and a listing that also posts or hands over the goods does not
     * ship them as data ("auto-dispatch" sends a dead drop's coordinates). `data` (fraud, digital): a
     * country named beside the goods is theirs ("CVV Belgique 🇧🇪", "UK accounts"), not where a parcel
     * leaves from. `provenance` (wildlife): goods named with where they come from ("Tiger bone wine, made in
     * Laos"): a bare country name on a line that names them is an origin only when that line also posts or
     * hands them over.
     * A category in none is left to the general rules; without the field, none is.
     */
    goods: z
      .object({ physical: z.array(CategorySchema), data: z.array(CategorySchema), provenance: z.array(CategorySchema).optional() })
      .strict()
      .refine((g) => !g.physical.some((c) => g.data.includes(c)), { message: 'a category sells either physical goods or data, not both' })
      .optional(),
    /**
     * What a listing with words but no category term is, when nothing in it places a physical good: no
     * country, region or place, no carrier, no physical shipping method, no weight or volume. Markets
     * give physical goods a ships-from country; what they sell without one and without any known product
     * word is mostly e-books, logins and other downloads. Without this, or when the category is not
     * allowed, such a listing is `other` like any other text without a term.
     */
    unplacedFallback: z
      .object({
        category: CategorySchema,
        subcategory: z.string(),
        /**
         * Words that say the listing is a physical good though nothing places it ("excellent condition",
         * "sealed", "état neuf", "nieuw met label"): such a listing is `other`, not the fallback.
         */
        physical: TermsSchema.optional(),
      })
      .strict()
      .refine((f) => (TAXONOMY[f.category as Category] as readonly string[]).includes(f.subcategory), {
        message: 'subcategory is not in the category',
        path: ['subcategory'],
      })
      .optional(),
    /** Known word parts that may stand in a Dutch compound beside a lexicon term ("poeder", "pillen"). */
    compoundParts: z.array(z.string().min(3)),
    /**
     * Subcategories ("services/laundering") whose listings name the sums they handle (a mixer's "0.01 to
     * 50 BTC", a cash-out's "vanaf €10.000") and charge a percentage: only a price field ("Price: USD 1.00",
     * "Kosten: €1.000") gives their price, another amount is left out of `price` (it stays in `prices`).
     */
    priceFieldOnly: z.array(z.string().regex(/^[a-z]+\/[a-z-]+$/, 'category/subcategory')).optional(),
    /**
     * Quantities that hint at a category when little else does: on a market, "14g" or "half an ounce" is a
     * drug amount. Each hint counts like a generic lexicon entry of that weight.
     */
    quantityHints: z
      .array(
        z
          .object({
            id: IdSchema,
            units: z.array(z.string()).min(1),
            /** Which quantities count: an amount sold ("5g", the default), a dose ("200mg"), a purity. */
            roles: z.array(z.enum(['amount', 'dose', 'purity'])).min(1).optional(),
            category: CategorySchema,
            subcategory: z.string(),
            weight: z.number().min(0).max(2),
            /**
             * false: the hint names the subcategory too (what listings with only such a quantity mostly
             * are); true (the default): it counts for the category only, the subcategory stays open.
             */
            generic: z.boolean().optional(),
            /** Only quantities of at least / at most this amount count ("150–300 mg" for a pill's dose). */
            min: z.number().min(0).optional(),
            max: z.number().min(0).optional(),
            /**
             * true: the hint never places a listing; it only names the subcategory of one already placed in
             * `category` whose terms named none ("Red Bull pillen, 220mg" is drugs, and a pill that strong is XTC).
             */
            namesSubcategory: z.boolean().optional(),
            /** Words (one each, normalised) that keep the hint from counting in a text that has one ("chocolate", "vial"). */
            unless: z.array(z.string().min(1)).optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict());
export type ContextLexicon = z.infer<typeof ContextLexiconSchema>;

/** lexicons/currencies.json: currency symbols, codes and words. */
export const CurrencyLexiconSchema = lazySchema(() => z
  .object({
    currencies: z.array(
      z
        .object({
          code: z.string().regex(/^[A-Z]{3,4}$/),
          /**
           * Symbols; `safe` ones name the currency on their own, others need a code or context. A word
           * symbol that is not safe binds only to the amount before it ("150 balles") unless `before` says
           * it is written before the amount too ("Fr. 120.–", "SFr 80").
           */
          symbols: z.array(z.object({ symbol: z.string().min(1), safe: z.boolean(), before: z.boolean().optional() }).strict()).optional(),
          words: z.array(z.string().min(1)).optional(),
          /**
           * Codes and words that name the currency only when written exactly so ("TRY", "TL", "MAD",
           * "DH"): in any other case they are everyday words ("try 2 pills", "mad deal"). One word each,
           * written as it must appear; the code itself counts only so when it is listed here.
           */
          cased: z.array(z.string().regex(/^\S+$/)).optional(),
          /**
           * Letters glued to a whole number that stand for the currency only in a price position
           * ("— 40e", "prix 400e"): after a dash, colon, slash or price word, at the end of a line or
           * before punctuation. "20e eeuw", "Paris 18e" and "3e étage" are not prices.
           */
          shorthand: z.array(z.string().regex(/^[a-z]{1,3}$/)).optional(),
          crypto: z.boolean().optional(),
          /**
           * A stablecoin (USDT, USDC): a crypto currency whose amounts are written as money is (thousands
           * grouped, cents: "1.500 USDT" is fifteen hundred), so they are read the fiat way, not as crypto
           * decimals ("0.015 BTC").
           */
          stable: z.boolean().optional(),
          /**
           * Smaller units written as a word after the amount ("1.5 mBTC", "45,000 sats"): the amount in the
           * currency is the written amount times `factor`, and it is read as money is written (a decimal
           * comma or point, thousands grouped), not as a crypto amount.
           */
          units: z.array(z.object({ word: z.string().min(1), factor: z.number().positive() }).strict()).optional(),
          /**
           * Countries (ISO 3166-1 alpha-2) whose vendors mean this currency by a symbol other currencies
           * share: a "$" from a vendor in Canada is CAD, from one in Australia AUD.
           */
          countries: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
        })
        .strict(),
    ),
  })
  .strict());
export type CurrencyLexicon = z.infer<typeof CurrencyLexiconSchema>;

/**
 * lexicons/calibration.json: maps the raw category confidence to the probability of being right,
 * fitted by `scripts/fit-calibration.ts` on the project corpus (isotonic regression, then linear
 * interpolation between the fitted points).
 */
export const CalibrationSchema = lazySchema(() => z
  .object({
    fittedOn: z.string(),
    records: z.number().int().min(0),
    points: z.array(z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)])).min(2),
    /**
     * How often a fallback decision (no category term) was right, by kind: `no-term` (other) and
     * `unplaced` (context.json `unplacedFallback`). A fallback has no score to map through `points`.
     */
    fallbacks: z.record(z.string(), z.number().min(0).max(1)).optional(),
  })
  .strict());
export type Calibration = z.infer<typeof CalibrationSchema>;

/**
 * lexicons/stems.json: the stem keys of every lexicon word, generated by `contraband lexicons stems`
 * so a classifier does not stem thousands of terms at start-up. A word missing from it is stemmed when
 * needed; a cache made by another version of the stemmers is ignored.
 */
export const StemCacheSchema = lazySchema(() => z
  .object({
    stemmer: z.string(),
    stems: z.record(z.string(), z.array(z.string())),
  })
  .strict());
export type StemCache = z.infer<typeof StemCacheSchema>;

/** lexicons/languages.json: words typical of exactly one language, counted to tell a listing's language. */
export const LanguageWordsSchema = lazySchema(() => z
  .object({
    description: z.string().optional(),
    en: z.array(z.string().regex(/^[a-z0-9]+$/)),
    nl: z.array(z.string().regex(/^[a-z0-9]+$/)),
    fr: z.array(z.string().regex(/^[a-z0-9]+$/)),
  })
  .strict());
export type LanguageWords = z.infer<typeof LanguageWordsSchema>;

/** All lexicons of a classifier, as plain JSON. */
export const LexiconsSchema = lazySchema(() => z
  .object({
    categories: z.array(CategoryLexiconSchema),
    places: PlacesLexiconSchema,
    shipping: ShippingLexiconSchema,
    context: ContextLexiconSchema,
    currencies: CurrencyLexiconSchema,
    numbers: NumberWordsSchema,
    calibration: CalibrationSchema.optional(),
    languages: LanguageWordsSchema.optional(),
    stems: StemCacheSchema.optional(),
  })
  .strict());
export type Lexicons = z.infer<typeof LexiconsSchema>;

export { CountryCodeSchema };
