// Validates lexicon files while they are being written: schema, normalised terms, duplicates.
// Usage: npx tsx scripts/check-lexicon.ts lexicons/drugs.json [more files]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  CategoryLexiconSchema,
  PlacesLexiconSchema,
  ShippingLexiconSchema,
  ContextLexiconSchema,
  CurrencyLexiconSchema,
} from '../src/schema/lexicon.js';
import { createNormaliser, normaliseTerm } from '../src/text/normalise.js';

const normalise = createNormaliser();
let problems = 0;
const report = (file: string, msg: string): void => {
  problems++;
  console.log(`${file}: ${msg}`);
};

function checkTerms(file: string, where: string, terms: string[], seen: Map<string, string>): void {
  for (const t of terms) {
    const n = normaliseTerm(t, normalise);
    if (n !== t) report(file, `${where}: term "${t}" is not normalised (expected "${n}")`);
    const prev = seen.get(n);
    if (prev !== undefined && prev !== where) report(file, `${where}: term "${t}" also in ${prev}`);
    seen.set(n, where);
  }
}

for (const file of process.argv.slice(2)) {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const name = basename(file, '.json');
  const schema =
    name === 'places' ? PlacesLexiconSchema
    : name === 'shipping' ? ShippingLexiconSchema
    : name === 'context' ? ContextLexiconSchema
    : name === 'currencies' ? CurrencyLexiconSchema
    : CategoryLexiconSchema;
  const r = schema.safeParse(json);
  if (!r.success) {
    for (const i of r.error.issues.slice(0, 30)) report(file, `${i.path.join('.')}: ${i.message}`);
    continue;
  }
  const seen = new Map<string, string>();
  const data = r.data as Record<string, unknown>;
  if (Array.isArray(data['entries'])) {
    const ids = new Set<string>();
    for (const e of data['entries'] as { id: string; terms: Record<string, string[]> }[]) {
      if (ids.has(e.id)) report(file, `duplicate id ${e.id}`);
      ids.add(e.id);
      checkTerms(file, e.id, Object.values(e.terms).flat(), seen);
    }
  }
  if (name === 'places') {
    const p = data as unknown as { countries: { code: string; names: string[]; short?: string[]; adjectives?: string[] }[]; places: { name: string; country: string }[]; regions: { id: string; names: string[] }[] };
    const codes = new Set<string>();
    for (const c of p.countries) {
      if (codes.has(c.code)) report(file, `duplicate country ${c.code}`);
      codes.add(c.code);
      checkTerms(file, `country ${c.code}`, [...c.names, ...(c.short ?? [])], seen);
      checkTerms(file, `adjective ${c.code}`, c.adjectives ?? [], new Map());
    }
    for (const pl of p.places) {
      if (!codes.has(pl.country)) report(file, `place ${pl.name}: unknown country ${pl.country}`);
      checkTerms(file, `place ${pl.name}`, [pl.name], seen);
    }
    for (const rg of p.regions) checkTerms(file, `region ${rg.id}`, rg.names, seen);
  }
  if (name === 'shipping') {
    const s = data as unknown as { methods: { id: string; terms: Record<string, string[]> }[]; carriers: { name: string; terms: string[] }[] };
    for (const m of s.methods) checkTerms(file, `method ${m.id}`, Object.values(m.terms).flat(), seen);
    for (const c of s.carriers) checkTerms(file, `carrier ${c.name}`, c.terms, seen);
  }
  console.log(`${file}: checked`);
}
if (problems > 0) {
  console.log(`${problems} problem(s)`);
  process.exit(1);
}
