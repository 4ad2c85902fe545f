import type { Classifier } from '../classifier.js';
import type { Result } from '../schema/result.js';

/** The few result fields the CSV output and the run summary need, so they never re-parse the JSON. */
export interface ResultDigest {
  lang: string;
  category: string | null;
  subcategory: string | null;
  confidence: number;
  origin: string | null;
  shipping: string[];
  carriers: string[];
  price: { amount: number; currency: string } | null;
}

/** What classifying one text gives a batch: the result's JSON (exactly `JSON.stringify(classify(text))`) and its digest. */
export type Classified = { ok: true; json: string; digest: ResultDigest } | { ok: false; message: string };

/** The digest of a result: the fields of the CSV output and of the summary. */
export function digestOf(r: Pick<Result, 'lang' | 'category' | 'subcategory' | 'confidence' | 'origin' | 'shipping' | 'carriers' | 'price'>): ResultDigest {
  return {
    lang: r.lang,
    category: r.category,
    subcategory: r.subcategory,
    confidence: r.confidence,
    origin: r.origin,
    shipping: r.shipping,
    carriers: r.carriers,
    price: r.price === null ? null : { amount: r.price.amount, currency: r.price.currency },
  };
}

/** Classifies one text for a batch (in a worker or in the calling thread); never throws. */
export function classifyOne(classifier: Classifier, text: string): Classified {
  try {
    const r = classifier.classify(text);
    return { ok: true, json: JSON.stringify(r), digest: digestOf(r) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}
