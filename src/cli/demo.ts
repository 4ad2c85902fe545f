import { createClassifier } from '../classifier.js';
import type { CliIO } from './classify.js';

/** Listings written for the demo: one per kind of answer, in the three languages. */
export const DEMO_LISTINGS: readonly { id: string; text: string }[] = [
  { id: 'ex-1', text: '🇳🇱 5g Mandarin Kush indoor — top shelf\nShips from: Netherlands | Ships to: Europe\nPrice: EUR 45.00\nVacuum sealed, PostNL track & trace, 1–2 days within NL.' },
  { id: 'ex-2', text: 'Glock 17 Gen4 + 2 magazijnen en 50 patronen 9mm. Afhalen in Antwerpen of verzending via bpost, discrete verpakking. Prijs: € 2.350,-' },
  { id: 'ex-3', text: 'Cocaïne péruvienne 90% — 1g 80€ | 5g 350€ | 10g 650€\nEnvoi discret depuis la Belgique, lettre suivie ou recommandé.' },
  { id: 'ex-4', text: 'Carved ivory netsuke, genuine elephant tusk, old stock. Worldwide shipping with DHL Express. 0.015 BTC' },
  { id: 'ex-5', text: 'Tiger Balm red ointment 30g - original Singapore, ships from UK, £6.50' },
  { id: 'ex-6', text: 'Airsoft replica M4 AEG with 2 mags and battery, 6mm BB, ships tracked within Germany. 180 EUR' },
  { id: 'ex-7', text: 'The Complete Cocaine Extraction Guide (PDF) – instant delivery by email – $15' },
  { id: 'ex-8', text: 'Faux billets de 50€ qualité premium, passent au stylo détecteur. Pas de drogue ici. Prix : 120 € les 10 billets' },
];

/** `contraband demo`: classifies the demo listings and prints a table, or JSON lines with `--json`. */
export function runDemo(argv: string[], io: CliIO): number {
  const c = createClassifier();
  const results = DEMO_LISTINGS.map((l) => ({ id: l.id, text: l.text, ...c.classify(l.text) }));
  if (argv.includes('--json')) {
    for (const r of results) io.stdout(`${JSON.stringify(r)}\n`);
    return 0;
  }
  const cell = (v: unknown): string =>
    v === null || v === undefined ? '-' : Array.isArray(v) ? v.join(',') || '-' : typeof v === 'object' ? `${(v as { amount: number }).amount} ${(v as { currency: string }).currency}` : String(v);
  const header = ['id', 'lang', 'category', 'subcategory', 'conf', 'origin', 'shipping', 'carriers', 'price', 'decided by'];
  const rows = results.map((r) => [
    r.id, r.lang, r.category, r.subcategory, r.confidence.toFixed(2), r.origin, r.shipping, r.carriers, r.price,
    [...new Set(r.evidence.filter((e) => e.field === 'category' || e.field === 'suppressed').map((e) => (e.field === 'suppressed' ? `(${e.text}: ${e.effect})` : e.text)))].slice(0, 4).join(', '),
  ].map(cell));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((t) => t[i]!.length)));
  const line = (cells: string[]): string => cells.map((c2, i) => c2.padEnd(widths[i]!)).join('  ').trimEnd();
  io.stdout(`${line(header)}\n`);
  for (const t of rows) io.stdout(`${line(t)}\n`);
  io.stdout(`\nEvery answer with its evidence: contraband demo --json\nYour own listings: contraband classify FILE.jsonl\n`);
  return 0;
}
