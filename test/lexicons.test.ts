import { describe, expect, it } from 'vitest';
import { defaultLexiconsDir, loadLexiconsFromDir } from '../src/lexicon/load.js';
import { createNormaliser, normaliseTerm } from '../src/text/normalise.js';
import { TAXONOMY, type Category } from '../src/schema/taxonomy.js';

// Data-integrity tests of the shipped lexicons: every term normalised, ids unique, no term in two
// categories unless both entries say `shared`, every country code valid and unique.
const lex = loadLexiconsFromDir(defaultLexiconsDir());
const termsOf = (e: { terms: Record<string, string[] | undefined> }): string[] => Object.values(e.terms).flatMap((l) => l ?? []);
const normalise = createNormaliser();
const CANONICAL_CARRIERS = ['PostNL', 'bpost', 'DHL', 'UPS', 'FedEx', 'USPS', 'Royal Mail', 'La Poste', 'Colissimo', 'Chronopost', 'DPD', 'GLS', 'TNT', 'Deutsche Post', 'EMS', 'Australia Post', 'Canada Post', 'Swiss Post', 'PostNord', 'Correos', 'Poste Italiane', 'Hermes', 'Parcelforce'];

describe('category lexicons', () => {
  const entries = lex.categories.flatMap((f) => f.entries);

  it('cover every category and subcategory of the taxonomy', () => {
    for (const [cat, subs] of Object.entries(TAXONOMY) as [Category, readonly string[]][]) {
      for (const sub of subs) {
        const n = entries.filter((e) => e.category === cat && e.subcategory === sub && !e.generic).length;
        expect(n, `${cat}/${sub}`).toBeGreaterThan(0);
      }
    }
  });

  it('have unique ids', () => {
    const ids = entries.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('store every term normalised', () => {
    const bad: string[] = [];
    for (const e of entries) for (const t of termsOf(e)) if (normaliseTerm(t, normalise) !== t) bad.push(`${e.id}: ${t}`);
    expect(bad).toEqual([]);
  });

  it('put no term in two categories unless both entries are marked shared', () => {
    const seen = new Map<string, { cat: string; shared: boolean; id: string }>();
    const clashes: string[] = [];
    for (const e of entries) {
      for (const t of new Set(termsOf(e))) {
        const prev = seen.get(t);
        if (prev && prev.cat !== e.category && !(prev.shared && e.shared)) clashes.push(`${t}: ${prev.id} / ${e.id}`);
        if (prev && prev.cat === e.category && prev.id !== e.id) clashes.push(`${t}: twice in ${e.category} (${prev.id}, ${e.id})`);
        seen.set(t, { cat: e.category, shared: e.shared === true, id: e.id });
      }
    }
    expect(clashes).toEqual([]);
  });

  it('give every language vocabulary in the target categories', () => {
    for (const cat of ['drugs', 'firearms', 'wildlife'] as const) {
      for (const l of ['en', 'nl', 'fr'] as const) {
        const n = entries.filter((e) => e.category === cat).reduce((s, e) => s + (e.terms[l]?.length ?? 0), 0);
        expect(n, `${cat} ${l}`).toBeGreaterThanOrEqual(20);
      }
    }
  });
});

describe('places', () => {
  it('have valid, unique country codes and places in known countries', () => {
    const codes = lex.places.countries.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[A-Z]{2}$/);
    expect(codes).not.toContain('UK');
    for (const p of lex.places.places) expect(codes).toContain(p.country);
  });

  it('never take a currency code or word for a country code (ETH is ether, not Ethiopia)', () => {
    const money = new Set(lex.currencies.currencies.flatMap((c) => [c.code.toLowerCase(), ...(c.words ?? [])]));
    const clashes = lex.places.countries.flatMap((c) => (c.short ?? []).filter((s) => money.has(s.toLowerCase())).map((s) => `${c.code}:${s}`));
    expect(clashes).toEqual([]);
  });

  it('know every country name at most once, normalised', () => {
    const names = [...lex.places.countries.flatMap((c) => [...c.names, ...(c.short ?? [])]), ...lex.places.places.map((p) => p.name), ...lex.places.regions.flatMap((r) => r.names)];
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    for (const n of names) expect(normaliseTerm(n, normalise)).toBe(n);
  });

  it('never list a nationality as a country name', () => {
    const names = new Set(lex.places.countries.flatMap((c) => c.names));
    for (const c of lex.places.countries) for (const a of c.adjectives ?? []) expect(names.has(a), a).toBe(false);
  });
});

describe('shipping', () => {
  it('covers every shipping method in every language', () => {
    for (const m of ['stealth', 'tracked', 'express', 'registered', 'letter', 'standard', 'international', 'pickup', 'digital'] as const) {
      const ms = lex.shipping.methods.filter((x) => x.method === m);
      expect(ms.length, m).toBeGreaterThan(0);
    }
  });

  it('names every canonical carrier of FORMAT.md', () => {
    const names = lex.shipping.carriers.map((c) => c.name);
    for (const c of CANONICAL_CARRIERS) expect(names).toContain(c);
  });
});
