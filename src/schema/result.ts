import * as z from 'zod';
import { lazySchema } from './lazy.js';
import { CategorySchema, DetectedLanguageSchema, ShippingMethodSchema, SubcategorySchema, CATEGORIES, type Category } from './taxonomy.js';
import { PriceSchema } from './record.js';

/** What a piece of evidence supports. */
export const EvidenceFieldSchema = lazySchema(() => z.enum([
  'category',
  'suppressed',
  'lang',
  'origin',
  'destination',
  'region',
  'shipping',
  'carrier',
  'price',
  'quantity',
]));

/**
 * One piece of evidence: the matched text, where it stands in the original input (UTF-16 `start`/`end`
 * as JavaScript slices it, and code-point `cpStart`/`cpEnd` as Python and R count), and what produced it.
 */
export const EvidenceSchema = lazySchema(() => z.object({
  field: EvidenceFieldSchema,
  /** The value this evidence supports: "drugs/stimulants", "NL", "tracked", "PostNL", "42.5 EUR". */
  value: z.string(),
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  cpStart: z.number().int().min(0),
  cpEnd: z.number().int().min(0),
  /** `lexicon:<entry id>` or `extract:<extractor>`, and how it matched (exact, stem, fuzzy, deobfuscated, compound). */
  source: z.string(),
  match: z.string().optional(),
  /** Contribution to the category score, for category evidence. */
  weight: z.number().optional(),
  /** What a suppressing term did ("dampens firearms ×0.2", "negated"). */
  effect: z.string().optional(),
}));
export type Evidence = z.infer<typeof EvidenceSchema>;

export const QuantitySchema = lazySchema(() => z.object({
  amount: z.number(),
  /** Normalised unit: g, kg, mg, ug, ml, l, oz, lb, pills, tabs, rounds, pieces... */
  unit: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** What the number measures: an amount sold, a dose per unit or a purity. */
  role: z.enum(['amount', 'dose', 'purity']),
}));
export type Quantity = z.infer<typeof QuantitySchema>;

export const PriceMentionSchema = lazySchema(() => z.object({
  amount: z.number(),
  currency: z.string(),
  /** The raw text of the price, as written. */
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** How the price was stated. */
  kind: z.enum(['field', 'tier', 'from', 'per-unit', 'plain']),
  quantity: z.object({ amount: z.number(), unit: z.string() }).nullable(),
  perUnit: z.object({ amount: z.number(), currency: z.string(), unit: z.string() }).nullable(),
  converted: z
    .object({ amount: z.number(), currency: z.string(), rate: z.number(), rateDate: z.string() })
    .nullable()
    .optional(),
}));
export type PriceMention = z.infer<typeof PriceMentionSchema>;

const scoresShape = () => Object.fromEntries(CATEGORIES.map((c) => [c, z.number()])) as Record<Category, z.ZodNumber>;

/** The result of classifying one listing. Field names shared with FORMAT.md mean the same thing. */
export const ResultSchema = lazySchema(() => z.object({
  lang: DetectedLanguageSchema,
  category: CategorySchema.nullable(),
  subcategory: SubcategorySchema.nullable(),
  /** Other categories the listing clearly sells too (a bundle). */
  alsoOffered: z.array(CategorySchema),
  /** Probability that `category` is right (0–1). */
  confidence: z.number().min(0).max(1),
  /** False when the classifier was customised, so the confidence was not calibrated for it. */
  calibrated: z.boolean(),
  scores: z.object(scoresShape()),
  origin: z.string().nullable(),
  origins: z.array(z.string()),
  originRegion: z.string().nullable(),
  destinations: z.object({ countries: z.array(z.string()), regions: z.array(z.string()) }),
  shipping: z.array(ShippingMethodSchema),
  /** Carriers the text names, by FORMAT.md's canonical names ("PostNL", "DHL", "La Poste"...). */
  carriers: z.array(z.string()),
  /** Carriers the text names that FORMAT.md does not list ("Mondial Relay", "InPost", "Evri"). */
  otherCarriers: z.array(z.string()),
  /**
   * Carriers the text names only to rule them out ("No DHL, too many seizures", "GEEN PostNL", "PAS de
   * Colissimo"), canonical or not: left out of `carriers` and `otherCarriers`.
   */
  refusedCarriers: z.array(z.string()),
  price: PriceSchema.nullable(),
  priceDetail: PriceMentionSchema.nullable(),
  prices: z.array(PriceMentionSchema),
  quantities: z.array(QuantitySchema),
  evidence: z.array(EvidenceSchema),
  /** True when the input was longer than `maxInputLength` and only its beginning was read. */
  truncated: z.boolean(),
  meta: z.object({ version: z.string(), lexiconHash: z.string(), optionsHash: z.string() }),
}));
export type Result = z.infer<typeof ResultSchema>;
