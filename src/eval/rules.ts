import * as z from 'zod';
import { lazySchema } from '../schema/lazy.js';
import type { Category } from '../schema/taxonomy.js';
import { PriceSchema, type Price } from '../schema/record.js';

/**
 * One piece of evidence as a prediction may carry it: contraband's `Evidence`, or anything with at least
 * a field, a value and the matched text.
 */
export interface PredictionEvidence {
  field: string;
  value: string;
  text: string;
  start?: number | undefined;
  end?: number | undefined;
  source?: string | undefined;
  weight?: number | undefined;
  effect?: string | undefined;
}

/**
 * What a classifier returns for one text, as far as scoring reads it. contraband's `Result` is one;
 * any model that returns some of these fields can be evaluated. A field the prediction leaves out
 * counts as null (or an empty set) where the record is labelled for it.
 */
export interface Prediction {
  category?: Category | null | undefined;
  subcategory?: string | null | undefined;
  origin?: string | null | undefined;
  shipping?: readonly string[] | undefined;
  carriers?: readonly string[] | undefined;
  price?: { amount: number; currency: string } | null | undefined;
  lang?: string | undefined;
  /** Probability (0–1) that `category` is right; used for the reliability table. */
  confidence?: number | undefined;
  /** Shown beside wrong records; never scored. */
  evidence?: readonly PredictionEvidence[] | undefined;
}

/** A classifier: any function from text to a prediction, synchronous or not. */
export type Classify = (text: string) => Prediction | Promise<Prediction>;

/** Evidence as kept in a report: the known fields only. */
export const EvidenceSummarySchema = lazySchema(() => z.object({
  field: z.string(),
  value: z.string(),
  text: z.string(),
  start: z.number().optional(),
  end: z.number().optional(),
  source: z.string().optional(),
  weight: z.number().optional(),
  effect: z.string().optional(),
}));

/** A prediction as scoring reads it: every field present, junk turned into null or empty. */
export const ReadPredictionSchema = lazySchema(() => z.object({
  category: z.string().nullable(),
  subcategory: z.string().nullable(),
  origin: z.string().nullable(),
  shipping: z.array(z.string()),
  carriers: z.array(z.string()),
  price: PriceSchema.nullable(),
  lang: z.string().nullable(),
  confidence: z.number().nullable(),
  evidence: z.array(EvidenceSummarySchema),
}));
/** A prediction as scoring reads it; see {@link ReadPredictionSchema}. */
export type ReadPrediction = z.infer<typeof ReadPredictionSchema>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function readEvidence(v: unknown): ReadPrediction['evidence'] {
  if (!Array.isArray(v)) return [];
  const out: ReadPrediction['evidence'] = [];
  for (const e of v) {
    if (typeof e !== 'object' || e === null) continue;
    const r = e as Record<string, unknown>;
    const field = str(r['field']);
    const value = str(r['value']);
    const text = str(r['text']);
    if (field === null || value === null || text === null) continue;
    const item: ReadPrediction['evidence'][number] = { field, value, text };
    const start = num(r['start']);
    const end = num(r['end']);
    const source = str(r['source']);
    const weight = num(r['weight']);
    const effect = str(r['effect']);
    if (start !== null) item.start = start;
    if (end !== null) item.end = end;
    if (source !== null) item.source = source;
    if (weight !== null) item.weight = weight;
    if (effect !== null) item.effect = effect;
    out.push(item);
  }
  return out;
}

/**
 * Reads whatever a classifier returned into a {@link ReadPrediction}. Never throws: a classifier written
 * in plain JavaScript may return anything, and a missing or malformed field is simply a wrong answer.
 */
export function readPrediction(value: unknown): ReadPrediction {
  const r: Record<string, unknown> = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const p = r['price'];
  let price: Price | null = null;
  if (typeof p === 'object' && p !== null) {
    const amount = num((p as Record<string, unknown>)['amount']);
    const currency = str((p as Record<string, unknown>)['currency']);
    if (amount !== null && currency !== null) price = { amount, currency };
  }
  return {
    category: str(r['category']),
    subcategory: str(r['subcategory']),
    origin: str(r['origin']),
    shipping: strings(r['shipping']),
    carriers: strings(r['carriers']),
    price,
    lang: str(r['lang']),
    confidence: num(r['confidence']),
    evidence: readEvidence(r['evidence']),
  };
}

/** Relative tolerance of a price amount: within 0.5% of the labelled amount (FORMAT.md, Scoring). */
export const PRICE_TOLERANCE = 0.005;

/**
 * FORMAT.md's price rule: right when both are null, or when the currency is equal (case-insensitive)
 * and the amount is within 0.5% of the labelled amount (inclusive).
 *
 * @example
 * priceMatches({ amount: 100, currency: 'EUR' }, { amount: 100.4, currency: 'EUR' }); // true
 */
export function priceMatches(expected: Price | null, got: Price | null): boolean {
  if (expected === null || got === null) return expected === got;
  if (expected.currency.toUpperCase() !== got.currency.toUpperCase()) return false;
  // A hair of slack so that 100.5 against 100 is inside, as the rule says, despite binary rounding.
  return Math.abs(got.amount - expected.amount) <= PRICE_TOLERANCE * Math.abs(expected.amount) + 1e-12;
}

/** Origin rule: null must match null; codes compare case-insensitively ("nl" is NL). */
export function originMatches(expected: string | null, got: string | null): boolean {
  if (expected === null || got === null) return expected === got;
  return expected.trim().toUpperCase() === got.trim().toUpperCase();
}

/** Carriers compare case-insensitively: "DHL" and "dhl" are the same carrier. */
export function foldCarrier(name: string): string {
  return name.toLowerCase();
}
