import * as z from 'zod';
import { lazySchema } from '../schema/lazy.js';
import { PriceSchema } from '../schema/record.js';
import { RateSchema } from './wilson.js';
import { ClassificationSchema, PresenceSchema, SetMetricsSchema } from './metrics.js';
import { ReliabilitySchema } from './calibration.js';
import { ReadPredictionSchema } from './rules.js';

/** The fields that scoring compares, in report order. */
export const EVAL_FIELDS = ['category', 'subcategory', 'origin', 'shipping', 'carriers', 'price', 'lang'] as const;
/** One of {@link EVAL_FIELDS}. */
export const EvalFieldSchema = lazySchema(() => z.enum(EVAL_FIELDS));
/** A field that scoring compares. */
export type EvalField = z.infer<typeof EvalFieldSchema>;

/** Category scores: the taxonomy's classes, and the four target classes (drugs, firearms, wildlife, rest). */
export const CategoryReportSchema = lazySchema(() => ClassificationSchema.extend({
  /** Labels and predictions merged onto drugs, firearms, wildlife and rest; macro-F1 over those present in the labels. */
  target: ClassificationSchema,
}));

/** A nullable single-valued field: accuracy over all labelled records and over non-null labels, and presence. */
export const NullableFieldReportSchema = lazySchema(() => z.object({
  /** Over every record labelled for the field; null must match null. */
  accuracy: RateSchema,
  /** Over the records whose label is not null. */
  accuracyNonNull: RateSchema,
  presence: PresenceSchema,
}));

/** The scores of one group of records (the whole set, or one language). */
export const GroupReportSchema = lazySchema(() => z.object({
  /** `all`, or the language code of the records' `lang`. */
  group: z.string(),
  records: z.number().int().min(0),
  category: CategoryReportSchema,
  /** Over records whose label has a non-null subcategory; right only when the category is right too. */
  subcategory: z.object({ accuracy: RateSchema }),
  origin: NullableFieldReportSchema,
  shipping: SetMetricsSchema,
  /** Compared case-insensitively. */
  carriers: SetMetricsSchema,
  price: NullableFieldReportSchema,
  lang: z.object({ accuracy: RateSchema }),
  /** Reliability of `confidence` for the category decision. */
  calibration: ReliabilitySchema,
}));
/** The scores of one group of records; see {@link GroupReportSchema}. */
export type GroupReport = z.infer<typeof GroupReportSchema>;

const FieldValueSchema = lazySchema(() => z.union([z.null(), z.string(), z.array(z.string()), PriceSchema]));

/** One wrong field of a record. */
export const MistakeSchema = lazySchema(() => z.object({
  field: EvalFieldSchema,
  expected: FieldValueSchema,
  got: FieldValueSchema,
}));
/** One wrong field of a record; see {@link MistakeSchema}. */
export type Mistake = z.infer<typeof MistakeSchema>;

/** A record with at least one wrong field, with the prediction as scoring read it (evidence included). */
export const WrongRecordSchema = lazySchema(() => z.object({
  id: z.string(),
  lang: z.string().nullable(),
  text: z.string(),
  mistakes: z.array(MistakeSchema),
  prediction: ReadPredictionSchema,
}));
/** A record with at least one wrong field; see {@link WrongRecordSchema}. */
export type WrongRecord = z.infer<typeof WrongRecordSchema>;

/** The report of {@link evaluate}: plain JSON, so `JSON.stringify` and `EvalReportSchema.parse` round-trip. */
export const EvalReportSchema = lazySchema(() => z.object({
  version: z.literal(1),
  /** Records evaluated. */
  records: z.number().int().min(0),
  /** Records without `lang`: in `all` only, in no language group, and not scored for lang. */
  withoutLang: z.number().int().min(0),
  /** Fields scored (all by default). A field not scored has n = 0 everywhere. */
  fields: z.array(EvalFieldSchema),
  all: GroupReportSchema,
  /** One group per language found in the records' `lang` (en, nl, fr first, then others alphabetically). */
  byLang: z.array(GroupReportSchema),
  errors: z.object({
    /** Records with at least one wrong field (among `errorFields`). */
    total: z.number().int().min(0),
    /** The first of them in input order, as many as asked. */
    records: z.array(WrongRecordSchema),
  }),
}));
/** The report of {@link evaluate}; see {@link EvalReportSchema}. */
export type EvalReport = z.infer<typeof EvalReportSchema>;
