import {
  CategoryLexiconSchema,
  PlacesLexiconSchema,
  ShippingLexiconSchema,
  ContextLexiconSchema,
  CurrencyLexiconSchema,
  CalibrationSchema,
  StemCacheSchema,
  LanguageWordsSchema,
} from '../schema/lexicon.js';
import { NumberWordsSchema } from '../schema/price.js';
import { createNormaliser, normaliseTerm } from '../text/normalise.js';
import { formatIssues } from '../errors.js';

/** The schema of a lexicon file, by its name. */
export function schemaFor(name: string) {
  switch (name) {
    case 'places':
      return PlacesLexiconSchema;
    case 'shipping':
      return ShippingLexiconSchema;
    case 'context':
      return ContextLexiconSchema;
    case 'currencies':
      return CurrencyLexiconSchema;
    case 'numbers':
      return NumberWordsSchema;
    case 'calibration':
      return CalibrationSchema;
    case 'stems':
      return StemCacheSchema;
    case 'languages':
      return LanguageWordsSchema;
    default:
      return CategoryLexiconSchema;
  }
}

/**
 * Checks one lexicon file while it is being edited: its schema, that every term is stored normalised,
 * and that no term stands twice. Returns the problems, empty when the file is fine.
 */
export function checkLexiconFile(name: string, json: unknown): string[] {
  const problems: string[] = [];
  const r = schemaFor(name).safeParse(json);
  if (!r.success) return formatIssues(r.error.issues.slice(0, 50));
  const normalise = createNormaliser();
  const seen = new Map<string, string>();
  const terms = (where: string, list: readonly string[], dupes = true): void => {
    for (const t of list) {
      const n = normaliseTerm(t, normalise);
      if (n !== t) problems.push(`${where}: term "${t}" is not normalised (expected "${n}")`);
      const prev = seen.get(n);
      if (dupes && prev !== undefined && prev !== where) problems.push(`${where}: term "${t}" also in ${prev}`);
      if (dupes) seen.set(n, where);
    }
  };
  const all = (o: Record<string, readonly string[] | undefined>): string[] => Object.values(o).flatMap((l) => [...(l ?? [])]);
  const data = r.data as Record<string, unknown>;
  if (name === 'places') {
    const p = data as unknown as import('../schema/lexicon.js').PlacesLexicon;
    const codes = new Set<string>();
    for (const c of p.countries) {
      if (codes.has(c.code)) problems.push(`duplicate country ${c.code}`);
      codes.add(c.code);
      terms(`country ${c.code}`, [...c.names, ...(c.short ?? [])]);
      terms(`adjective ${c.code}`, c.adjectives ?? [], false);
    }
    for (const pl of p.places) {
      if (!codes.has(pl.country)) problems.push(`place ${pl.name}: unknown country ${pl.country}`);
      terms(`place ${pl.name}`, [pl.name]);
    }
    for (const rg of p.regions) terms(`region ${rg.id}`, rg.names);
  } else if (name === 'shipping') {
    const s = data as unknown as import('../schema/lexicon.js').ShippingLexicon;
    for (const m of s.methods) terms(`method ${m.id}`, all(m.terms), m.shared !== true);
    for (const c of s.carriers) terms(`carrier ${c.name}`, c.terms);
  } else if (Array.isArray(data['entries'])) {
    const ids = new Set<string>();
    for (const e of data['entries'] as import('../schema/lexicon.js').LexiconEntry[]) {
      if (ids.has(e.id)) problems.push(`duplicate id ${e.id}`);
      ids.add(e.id);
      terms(e.id, all(e.terms));
    }
  }
  return problems;
}
