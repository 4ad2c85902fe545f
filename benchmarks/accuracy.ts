// npm run accuracy [-- --check] [-- --update-floors] [-- --verbose] [-- --set dev]
// Evaluates contraband on the project corpus (benchmarks/corpus/*.jsonl) and, when ../shared/data is
// present beside the checkout, on its labelled sets. Prints the figures; --check fails (exit 1) when a
// figure drops below its floor in benchmarks/floors.json. Floors are a ratchet: --update-floors raises
// them to what is reached and never lowers one (lowering is a hand edit with a CHANGELOG line).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClassifier } from '../src/classifier.js';
import { evaluate, parseJsonl, formatReport, type EvalReport } from '../src/eval/index.js';
import type { LabelledRecord } from '../src/schema/record.js';
import type { Result } from '../src/schema/result.js';
import { findDisputes } from './lib/disputes.js';

const here = new URL('.', import.meta.url).pathname;
const shared = join(here, '..', '..', 'shared', 'data');
const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    'update-floors': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    set: { type: 'string', multiple: true },
    errors: { type: 'string', default: '0' },
  },
});

interface SetSpec {
  name: string;
  files: string[];
  description: string;
  /** Labels from a market's own categories: disputed labels are looked for (benchmarks/lib/disputes.ts). */
  market?: boolean;
}
const corpusDir = join(here, 'corpus');
const SETS: SetSpec[] = [
  { name: 'corpus', files: readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(corpusDir, f)), description: 'project corpus (benchmarks/corpus)' },
  { name: 'dev', files: [join(shared, 'dev.jsonl')], description: '../shared/data/dev.jsonl' },
  { name: 'hansa', files: [join(shared, 'real', 'hansa.jsonl')], description: '../shared/data/real/hansa.jsonl', market: true },
  { name: 'torrez', files: [join(shared, 'real', 'torrez.jsonl')], description: '../shared/data/real/torrez.jsonl', market: true },
];

/** The figures that are gated, read from a group report. null when the set has no labels for it. */
export function figures(g: EvalReport['all']): Record<string, number | null> {
  return {
    'category.accuracy': g.category.accuracy.rate,
    'category.macroF1': g.category.macroF1,
    'category.targetMacroF1': g.category.target.macroF1,
    'target.accuracy': g.category.target.accuracy.rate,
    'subcategory.accuracy': g.subcategory.accuracy.rate,
    'origin.accuracy': g.origin.accuracy.rate,
    'shipping.f1': g.shipping.f1,
    'carriers.f1': g.carriers.f1,
    'price.accuracy': g.price.accuracy.rate,
    'lang.accuracy': g.lang.accuracy.rate,
    'calibration.ece': g.calibration.ece,
  };
}
// Lower is better for these; the floor is a ceiling.
const LOWER_IS_BETTER = new Set(['calibration.ece']);

const floorsFile = join(here, 'floors.json');
type Floors = Record<string, Record<string, Record<string, number>>>;
const floors: Floors = existsSync(floorsFile) ? (JSON.parse(readFileSync(floorsFile, 'utf8')) as Floors) : {};

const classifier = createClassifier();
const out: Record<string, { description: string; records: number; seconds: number; report: EvalReport; disputed?: Record<string, string[]> } | null> = {};
let failures = 0;
const lines: string[] = [];

for (const set of SETS) {
  if (values.set && !values.set.includes(set.name)) continue;
  if (!set.files.every((f) => existsSync(f)) || set.files.length === 0) {
    console.log(`\n## ${set.name}: NOT MEASURED (${set.description} is absent)`);
    out[set.name] = null;
    continue;
  }
  const records: LabelledRecord[] = set.files.flatMap((f) => parseJsonl(readFileSync(f, 'utf8')).records);
  const t0 = performance.now();
  // evaluate() classifies the records in order: keep the results for the disputed-label rules
  const results: Result[] = [];
  const report = await evaluate(records, (t) => {
    const r = classifier.classify(t);
    results.push(r);
    return r;
  }, { errors: Number(values.errors) });
  const seconds = (performance.now() - t0) / 1000;
  if (results.length !== records.length) throw new Error(`${set.name}: ${results.length} results for ${records.length} records`);
  const disputed = set.market ? findDisputes(records, results) : undefined;
  out[set.name] = { description: set.description, records: records.length, seconds, report, ...(disputed ? { disputed } : {}) };
  console.log(`\n## ${set.name}: ${set.description}, ${records.length} records, ${(records.length / seconds).toFixed(0)} listings/s`);
  if (values.verbose) console.log(formatReport(report, { errors: Number(values.errors) }));
  const groups = [report.all, ...report.byLang];
  const header = ['figure', ...groups.map((g) => g.group)];
  const rows: string[][] = [];
  const names = Object.keys(figures(report.all));
  for (const name of names) {
    rows.push([name, ...groups.map((g) => fmt(figures(g)[name] ?? null))]);
  }
  printTable(header, rows);
  if (disputed) console.log(`disputed labels (counted as errors, listed in benchmarks/DISPUTED.md): ${Object.entries(disputed).map(([k, v]) => `${k} ${v.length}`).join(', ')}`);
  // gate
  for (const g of groups) {
    const f = figures(g);
    const setFloors = (floors[set.name] ??= {});
    const gf = (setFloors[g.group] ??= {});
    for (const [name, value] of Object.entries(f)) {
      if (value === null) continue;
      const floor = gf[name];
      const lowerBetter = LOWER_IS_BETTER.has(name);
      if (floor !== undefined) {
        const bad = lowerBetter ? value > floor + 1e-9 : value < floor - 1e-9;
        if (bad) {
          failures++;
          lines.push(`FAIL ${set.name}/${g.group} ${name}: ${value.toFixed(4)} ${lowerBetter ? 'above ceiling' : 'below floor'} ${floor}`);
        }
      }
      if (values['update-floors']) {
        const v = lowerBetter ? Math.ceil(value * 1000) / 1000 : Math.floor(value * 1000) / 1000;
        if (floor === undefined || (lowerBetter ? v < floor : v > floor)) gf[name] = v;
      }
    }
  }
}

mkdirSync(join(here, 'out'), { recursive: true });
writeFileSync(join(here, 'out', 'accuracy.json'), `${JSON.stringify(out)}\n`);
if (values['update-floors']) {
  writeFileSync(floorsFile, `${JSON.stringify(floors, null, 2)}\n`);
  console.log(`\nfloors written to benchmarks/floors.json`);
}
if (values.check) {
  for (const l of lines) console.log(l);
  console.log(failures === 0 ? '\naccuracy gate: every figure at or above its floor' : `\naccuracy gate: ${failures} figure(s) below their floor`);
  process.exitCode = failures === 0 ? 0 : 1;
}

function fmt(x: number | null): string {
  return x === null ? '-' : x.toFixed(3);
}
function printTable(header: string[], rows: string[][]): void {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${w.map((x) => '-'.repeat(x + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}
