import { expect, it } from 'vitest';
import { createClassifier, type Classifier } from '../../src/classifier.js';
import { explain } from '../../src/explain.js';
import type { Category, ShippingMethod } from '../../src/schema/taxonomy.js';

/**
 * One row of a per-language table. Only the fields given are checked. `known` marks a known miss: the
 * row runs as an expected failure (it.fails), so an accidental fix is noticed and the row can move.
 */
export interface Row {
  text: string;
  category?: Category | null;
  subcategory?: string | null;
  origin?: string | null;
  shipping?: ShippingMethod[];
  carriers?: string[];
  price?: { amount: number; currency: string } | null;
  lang?: 'en' | 'nl' | 'fr' | 'und';
  /** Why this row is a known miss (what would fix it). */
  known?: string;
  /** What the row tests: 'decoy', 'obfuscation', 'slang', 'compound', 'negation', 'mixed', ... */
  tag?: string;
}

let shared: Classifier | undefined;
function classifier(): Classifier {
  shared ??= createClassifier();
  return shared;
}

const trace = explain;

function check(row: Row): void {
  const r = classifier().classify(row.text);
  const got: Partial<Row> = {};
  const want: Partial<Row> = {};
  if (row.category !== undefined) {
    want.category = row.category;
    got.category = r.category;
  }
  if (row.subcategory !== undefined) {
    want.subcategory = row.subcategory;
    got.subcategory = r.subcategory;
  }
  if (row.origin !== undefined) {
    want.origin = row.origin;
    got.origin = r.origin;
  }
  if (row.shipping !== undefined) {
    want.shipping = [...row.shipping].sort();
    got.shipping = [...r.shipping].sort();
  }
  if (row.carriers !== undefined) {
    want.carriers = row.carriers.map((c) => c.toLowerCase()).sort();
    got.carriers = r.carriers.map((c) => c.toLowerCase()).sort();
  }
  if (row.price !== undefined) {
    want.price = row.price;
    got.price = r.price && row.price && Math.abs(r.price.amount - row.price.amount) <= 0.005 * row.price.amount && r.price.currency === row.price.currency ? row.price : r.price;
  }
  if (row.lang !== undefined) {
    want.lang = row.lang;
    got.lang = r.lang;
  }
  expect(got, `${row.text}\n${trace(r)}`).toEqual(want);
}

/** Runs every row as its own test; known misses as expected failures. */
export function runTable(rows: readonly Row[]): void {
  for (const row of rows) {
    const name = `${row.tag ? `[${row.tag}] ` : ''}${row.text.replace(/\s+/g, ' ').slice(0, 90)}`;
    if (row.known) it.fails(`${name} (known miss: ${row.known})`, () => check(row));
    else it(name, () => check(row));
  }
}
