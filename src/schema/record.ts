import * as z from 'zod';
import { lazySchema } from './lazy.js';
import { CategorySchema, LanguageSchema, ShippingMethodSchema } from './taxonomy.js';

/** A price as FORMAT.md writes it. */
export const PriceSchema = lazySchema(() => z.object({ amount: z.number(), currency: z.string() }));
export type Price = z.infer<typeof PriceSchema>;

/**
 * One labelled listing in the interchange format of FORMAT.md. A field that is absent was not
 * labelled; null means "the text does not say". Extra fields are kept and ignored.
 */
export const LabelledRecordSchema = lazySchema(() => z.looseObject({
  id: z.string(),
  text: z.string(),
  lang: LanguageSchema.optional(),
  category: CategorySchema.optional(),
  subcategory: z.string().nullable().optional(),
  origin: z.string().regex(/^[A-Z]{2}$/).nullable().optional(),
  shipping: z.array(ShippingMethodSchema).optional(),
  carriers: z.array(z.string()).optional(),
  price: PriceSchema.nullable().optional(),
}));
export type LabelledRecord = z.infer<typeof LabelledRecordSchema>;
