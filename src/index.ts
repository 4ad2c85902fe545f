/**
 * contraband: reads darknet-market listing text in English, Dutch and French and tells what is sold
 * (category, subcategory), where from (origin), how (shipping methods, carriers) and for how much
 * (price), with the evidence for every answer and a confidence.
 *
 * @packageDocumentation
 */
import { createClassifier, type Classifier, type SafeResult } from './classifier.js';
import type { ClassifyOptions } from './schema/options.js';
import type { Result } from './schema/result.js';

export { createClassifier } from './classifier.js';
export type { Classifier, SafeResult } from './classifier.js';
export { ContrabandInputError, ContrabandOptionsError, LexiconError } from './errors.js';
export { ResultSchema, EvidenceSchema, PriceMentionSchema, QuantitySchema } from './schema/result.js';
export type { Result, Evidence, PriceMention, Quantity } from './schema/result.js';
export { LabelledRecordSchema, PriceSchema } from './schema/record.js';
export type { LabelledRecord, Price } from './schema/record.js';
export { ClassifyOptionsSchema, ClassifierConfigSchema, DEFAULT_MAX_INPUT_LENGTH } from './schema/options.js';
export type { ClassifyOptions, ClassifierConfig } from './schema/options.js';
export {
  LexiconsSchema,
  LexiconEntrySchema,
  CategoryLexiconSchema,
  PlacesLexiconSchema,
  ShippingLexiconSchema,
  ContextLexiconSchema,
  CurrencyLexiconSchema,
  CalibrationSchema,
} from './schema/lexicon.js';
export type { Lexicons, LexiconEntry, CategoryLexicon } from './schema/lexicon.js';
export {
  TAXONOMY,
  CATEGORIES,
  SUBCATEGORIES,
  SHIPPING_METHODS,
  LANGUAGES,
  DETECTED_LANGUAGES,
  TARGET_CLASSES,
  CategorySchema,
  SubcategorySchema,
  ShippingMethodSchema,
  LanguageSchema,
  DetectedLanguageSchema,
  isSubcategoryOf,
  targetClassOf,
} from './schema/taxonomy.js';
export type { Category, Subcategory, ShippingMethod, Language, DetectedLanguage, TargetClass } from './schema/taxonomy.js';
export { loadLexiconsFromDir, defaultLexiconsDir, validateLexicons } from './lexicon/load.js';
export { RateTableSchema } from './extract/convert.js';
export { VERSION } from './version.js';
export { explain } from './explain.js';

let shared: Classifier | undefined;
/** The classifier with the shipped lexicons, built on first use (never at import). */
function defaultClassifier(): Classifier {
  shared ??= createClassifier();
  return shared;
}

/**
 * Classifies one listing with the shipped lexicons.
 *
 * @example
 * ```ts
 * import { classify } from 'contraband';
 * const r = classify('10g Cocaine 90% pure | Ships from: Netherlands | Price: EUR 550');
 * // r.category === 'drugs', r.subcategory === 'stimulants', r.origin === 'NL'
 * // r.price.amount === 550, r.price.currency === 'EUR'
 * // r.evidence.some((e) => e.text === 'Cocaine') === true
 * ```
 */
export function classify(text: string, options?: ClassifyOptions): Result {
  return defaultClassifier().classify(text, options);
}

/**
 * Like `classify`, but never throws: a non-string input gives `{ success: false, error }`.
 *
 * @example
 * ```ts
 * import { safeClassify } from 'contraband';
 * const r = safeClassify(42);
 * // r.success === false, r.error.name === 'ContrabandInputError'
 * ```
 */
export function safeClassify(text: unknown, options?: ClassifyOptions): SafeResult {
  return defaultClassifier().safeClassify(text, options);
}
export * from './eval/index.js';
export * from './batch/index.js';
