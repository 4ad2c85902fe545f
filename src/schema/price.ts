import * as z from 'zod';
import { lazySchema } from './lazy.js';

/**
 * Schemas of the price extractor's data: `lexicons/numbers.json` (number words, units, fraction
 * phrases and the cue words that tell a price from a minimum, a fee or a face value) and the
 * user-supplied rate table of `convertPrice`. Every term is written folded, the way the input is
 * (lower case, no diacritics); a term of several tokens ("au moins", "t&t") is matched token by token.
 */

const Term = lazySchema(() => z
  .string()
  .min(1)
  .refine((s) => s === s.trim() && s === s.toLowerCase() && !/\s{2}/.test(s), 'terms are folded: lower case, single spaces, no edges'));

/** Number words of one language. Values of `units` are 0–99; compounds such as "quatre-vingts" are entries too. */
export const NumberLanguageSchema = lazySchema(() => z
  .object({
    /** Words worth 0–99: units, teens, tens, and fixed compounds ("quatre-vingt": 80). */
    units: z.record(Term, z.number().int().min(0).max(99)),
    /** Words that multiply what precedes them by 100 ("hundred", "honderd", "cent"). */
    hundred: z.array(Term),
    /** Scale words and their value ("thousand": 1000, "mille": 1000, "miljoen": 1000000). */
    scales: z.record(Term, z.number().int().min(1000).max(1_000_000_000)),
    /** Words that join parts of one number ("and", "et", "en"). */
    joiners: z.array(Term),
    /** Articles that mean 1 only before a hundred or a scale word ("a hundred", "an ounce" is a phrase). */
    articles: z.array(Term),
  })
  .strict());
export type NumberLanguage = z.infer<typeof NumberLanguageSchema>;

/** Normalised quantity units: amount sold, dose or count. */
export const UnitSchema = lazySchema(() => z
  .object({
    /** Normalised unit: g, kg, mg, ug, ml, l, oz, lb, pills, tabs, rounds, pieces. */
    unit: z.string().regex(/^[a-z]+$/),
    /** Folded spellings ("gr", "gram", "grammes"). */
    terms: z.array(Term).min(1),
    /** Multiplier into `unit` ("ons" is 100 g, "cl" is 10 ml). Default 1. */
    factor: z.number().positive().optional(),
    /** Dose units (mg, ug): a dose per pill unless sold as an amount. */
    dose: z.boolean().optional(),
    /** Counting units (pills, tabs, rounds, pieces). */
    count: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict());
export type Unit = z.infer<typeof UnitSchema>;

/** A fixed phrase that names a quantity ("an eighth" = 3.5 g, "half an ounce" = 0.5 oz). */
export const QuantityPhraseSchema = lazySchema(() => z
  .object({
    terms: z.array(Term).min(1),
    amount: z.number().positive(),
    unit: z.string().regex(/^[a-z]+$/),
    /** Counts only where a quantity is expected: before a price, a "for", an "of" or the end of a phrase. */
    drugContext: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict());
export type QuantityPhrase = z.infer<typeof QuantityPhraseSchema>;

/** Cue words around an amount of money. Each list is matched as whole tokens. */
export const PriceCuesSchema = lazySchema(() => z
  .object({
    /** Labels of a market's price field, at the start of a line before ":" ("price", "prijs", "prix", "tarif"). */
    fieldLabels: z.array(Term),
    /** Labels of lines whose amounts are fees, not the price ("shipping", "verzendkosten", "frais de port"). */
    feeLabels: z.array(Term),
    /** Labels of stock and statistics lines, whose numbers are never quantities sold ("quantity left", "sold"). */
    stockLabels: z.array(Term),
    /** A minimum order before (or right after) the amount ("min order", "minimale bestelling", "au moins"). */
    minimum: z.array(Term),
    /** A threshold before the amount ("over", "boven", "plus de"): free-shipping limits and the like. */
    threshold: z.array(Term),
    /** An old price before the amount ("was", "normaal", "avant", "au lieu de"). */
    oldPrice: z.array(Term),
    /** Words between an old and a new price ("now", "nu", "maintenant"). */
    newPrice: z.array(Term),
    /** A starting price before the amount ("from", "vanaf", "a partir de"). */
    from: z.array(Term),
    /** "Free" words: a "from" or "over" amount after them is a free-shipping threshold ("gratis verzending vanaf €50"). */
    free: z.array(Term),
    /** Fillers allowed between a cue and the amount ("only", "slechts", "seulement"). */
    fillers: z.array(Term),
    /** Between an amount and a unit: a price per unit ("per", "/", "le", "de", "het"). */
    per: z.array(Term),
    /** After an amount: a price per piece ("each", "apiece", "per stuk", "piece", "l'unite"). */
    each: z.array(Term),
    /** Notes and bills: an amount right before or after names a denomination ("notes", "biljetten", "billets"). */
    notes: z.array(Term),
    /** Words allowed between a notes word and the denominations it names ("de", "van", "et", "and"). */
    notesGlue: z.array(Term),
    /** After an amount: a face value, balance or gift card amount ("face", "balance", "saldo", "gift card"). */
    faceValue: z.array(Term),
    /** Before an amount: a balance or face value ("balance $500", "saldo €1.000"). */
    faceBefore: z.array(Term),
    /** "A for B": the amount before the word is what is bought when money follows ("for", "voor", "pour"). */
    exchange: z.array(Term),
    /** Earnings claims before the amount ("earn", "verdien", "gagnez"). */
    earn: z.array(Term),
    /** A discount before the amount ("save", "bespaar", "korting van"). */
    discountBefore: z.array(Term),
    /** A discount after the amount ("off", "korting", "de reduction"). */
    discountAfter: z.array(Term),
    /** An add-on or fee before the amount ("+", "add", "extra", "tracking", "fee"). */
    addonBefore: z.array(Term),
    /**
     * A shipping option before the amount ("tracked", "aangetekend", "recommandé"): an add-on only after a
     * first price ("Weed 10g €80, tracked €5"); before any other amount it names how the item is sent
     * ("Coke 3.5g USPS tracked $150").
     */
    addonMethod: z.array(Term),
    /** An add-on or fee after the amount ("extra", "supplement", "for shipping", "de frais"). */
    addonAfter: z.array(Term),
    /** After an add-on phrase, words that put it in the price: "200€ (frais de port inclus)", "verzending gratis". */
    included: z.array(Term),
    /** Before the number of a weak currency word ("pour 60 balles", "voor 20 pond"): the cue it needs. */
    weakCue: z.array(Term),
    /** A count before a bare number ("lot de 20", "pack of 10", "doos van 50"). */
    countBefore: z.array(Term),
    /** A count right after "N" before a price ("10 for $250", "10 pour 70€"). */
    countFor: z.array(Term),
    /** Words that follow a percentage that is not a purity ("fee", "refund", "off", "positive"). */
    notPurity: z.array(Term),
    /** Words after a mg/ug quantity or before it that make it a dose per unit ("tablets", "per pill"). */
    doseContext: z.array(Term),
    /** Words after "gr" that make it grains of a bullet, not grams ("124gr fmj", "230 gr jhp"). */
    grainContext: z.array(Term),
    /** Suffixes that multiply a number by 1000 ("k": 2k, 1.5k). */
    thousands: z.array(Term),
  })
  .strict());
export type PriceCues = z.infer<typeof PriceCuesSchema>;

/** lexicons/numbers.json: number words per language, quantity units and phrases, price cues. */
export const NumberWordsSchema = lazySchema(() => z
  .object({
    description: z.string().optional(),
    languages: z.object({ en: NumberLanguageSchema, nl: NumberLanguageSchema, fr: NumberLanguageSchema }).strict(),
    units: z.array(UnitSchema).min(1),
    phrases: z.array(QuantityPhraseSchema),
    cues: PriceCuesSchema,
  })
  .strict());
export type NumberWords = z.infer<typeof NumberWordsSchema>;

const CurrencyCode = lazySchema(() => z.string().regex(/^[A-Z]{3,4}$/, 'ISO 4217 code or crypto ticker, upper case'));

/**
 * A dated table of exchange rates, supplied by the user (contraband never fetches rates).
 * `rate` is how many `to` one `from` buys. `base`, when given, is tried first as the intermediate
 * currency for pairs the table does not list.
 */
export const RateTableSchema = lazySchema(() => z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
    base: CurrencyCode.optional(),
    rates: z.array(z.object({ from: CurrencyCode, to: CurrencyCode, rate: z.number().positive().finite() }).strict()),
  })
  .strict());
export type RateTable = z.infer<typeof RateTableSchema>;
