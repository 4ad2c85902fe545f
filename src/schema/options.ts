import * as z from 'zod';
import { lazySchema } from './lazy.js';
import { CategorySchema, LanguageSchema } from './taxonomy.js';
import { LexiconEntrySchema } from './lexicon.js';

/** Default `maxInputLength`: 2 million UTF-16 units (a few MB of text), larger than any real listing page. */
export const DEFAULT_MAX_INPUT_LENGTH = 2_000_000;

/** Options of one `classify` call (or defaults of a classifier). */
export const ClassifyOptionsSchema = lazySchema(() => z
  .object({
    /** Longer input is cut to this many UTF-16 units and the result says `truncated: true`. */
    maxInputLength: z.number().int().min(1).max(100_000_000).optional(),
    /** Extract origin, shipping, carriers and prices (default true); false classifies only. */
    extract: z.boolean().optional(),
    /** Convert crypto prices with a user-supplied, dated rate table (never fetched). */
    convert: z
      .object({
        to: z.string().regex(/^[A-Z]{3,4}$/),
        rates: z.unknown(),
      })
      .strict()
      .optional(),
  })
  .strict());
export type ClassifyOptions = z.infer<typeof ClassifyOptionsSchema>;

/**
 * The configuration of a classifier: plain JSON, so a worker thread can rebuild the same classifier and
 * its hash can be stamped on results.
 */
export const ClassifierConfigSchema = lazySchema(() => z
  .object({
    /** Complete lexicons to use instead of the shipped ones (same shape as `Lexicons`). */
    lexicons: z.unknown().optional(),
    /** A folder laid out like the shipped `lexicons/`, read instead of it. */
    lexiconsDir: z.string().optional(),
    /** Restrict the categories that may be returned. */
    categories: z.array(CategorySchema).min(1).optional(),
    /** Restrict the languages whose terms are matched (terms of `any` always are). */
    languages: z.array(LanguageSchema).min(1).optional(),
    /** Extra lexicon entries, added to those of their category. */
    addEntries: z.array(LexiconEntrySchema).optional(),
    /** Entry ids or single terms to remove from every category lexicon. */
    remove: z.array(z.string()).optional(),
    /** Default options of every `classify` call. */
    options: ClassifyOptionsSchema.optional(),
  })
  .strict());
export type ClassifierConfig = z.infer<typeof ClassifierConfigSchema>;
