import type { Rate } from './wilson.js';
import type { ClassMetrics, SetMetrics } from './metrics.js';
import type { Reliability } from './calibration.js';
import { EVAL_FIELDS, type EvalReport, type GroupReport, type Mistake, type WrongRecord, type EvalField } from './report.js';

/** Column alignment in {@link formatTable}. */
export type Align = 'left' | 'right';

const width = (s: string): number => [...s].length;

/**
 * Lays rows out as plain-text columns separated by two spaces, padded to the widest cell; the first row
 * is the header, underlined. `align` gives each column's alignment (default: first left, others right).
 */
export function formatTable(rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const cols = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, c) => Math.max(0, ...rows.map((r) => width(r[c] ?? ''))));
  const line = (r: readonly string[]) =>
    widths
      .map((w, c) => {
        const cell = r[c] ?? '';
        const pad = ' '.repeat(w - width(cell));
        return (align[c] ?? (c === 0 ? 'left' : 'right')) === 'left' ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd();
  const [head, ...body] = rows;
  if (!head) return '';
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** A number with three decimals, or "—" for null. */
export function formatNumber(v: number | null, digits = 3): string {
  return v === null ? '—' : v.toFixed(digits);
}

/**
 * A rate as `0.953 (343/360) [0.926–0.971]`; `— (0/0)` when nothing was scored.
 *
 * @example
 * formatRate(rate(8, 10)); // '0.800 (8/10) [0.490–0.943]'
 */
export function formatRate(r: Rate, digits = 3): string {
  if (r.rate === null) return `— (0/0)`;
  return `${r.rate.toFixed(digits)} (${r.k}/${r.n}) [${r.low.toFixed(digits)}–${r.high.toFixed(digits)}]`;
}

/** A field value of a mistake, as a person reads it. */
export function formatValue(v: Mistake['expected'], field?: EvalField): string {
  if (v === null) return field === 'category' ? '(none)' : 'null';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return `[${v.join(', ')}]`;
  return `${v.amount} ${v.currency}`;
}

function summaryRows(g: GroupReport, fields: readonly EvalField[]): { rows: string[][]; unlabelled: string[] } {
  const rows: string[][] = [];
  const unlabelled: string[] = [];
  const add = (name: string, value: string) => rows.push([name, value]);
  for (const f of EVAL_FIELDS) {
    if (!fields.includes(f)) continue;
    if (f === 'category') {
      if (g.category.accuracy.n === 0) unlabelled.push(f);
      else {
        add('category accuracy', formatRate(g.category.accuracy));
        add('category macro-F1', `${formatNumber(g.category.macroF1)} over ${g.category.classes.length} labelled categories`);
        add('target accuracy', formatRate(g.category.target.accuracy));
        add('target macro-F1', `${formatNumber(g.category.target.macroF1)} over ${g.category.target.classes.map((c) => c.name).join(', ')}`);
      }
    } else if (f === 'subcategory' || f === 'lang') {
      if (g[f].accuracy.n === 0) unlabelled.push(f);
      else add(`${f} accuracy`, formatRate(g[f].accuracy));
    } else if (f === 'origin' || f === 'price') {
      const m = g[f];
      if (m.accuracy.n === 0) unlabelled.push(f);
      else {
        add(`${f} accuracy`, formatRate(m.accuracy));
        add(`${f} accuracy (labelled non-null)`, formatRate(m.accuracyNonNull));
        add(`${f} presence precision`, formatRate(m.presence.precision));
        add(`${f} presence recall`, formatRate(m.presence.recall));
      }
    } else {
      const m = g[f];
      if (m.records === 0) unlabelled.push(f);
      else {
        add(`${f} F1 (micro)`, `${formatNumber(m.f1)} (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`);
        add(`${f} precision`, formatRate(m.precision));
        add(`${f} recall`, formatRate(m.recall));
        add(`${f} exact set`, formatRate(m.exact));
      }
    }
  }
  return { rows, unlabelled };
}

function classTable(title: string, classes: readonly ClassMetrics[]): string {
  const rows = [
    [title, 'support', 'predicted', 'precision', 'recall', 'F1'],
    ...classes.map((c) => [c.name, String(c.support), String(c.predicted), formatRate(c.precision), formatRate(c.recall), formatNumber(c.f1)]),
  ];
  return formatTable(rows);
}

/** The confusion matrix as a table: rows are labels, columns predictions, "(none)" last. */
export function formatConfusion(c: GroupReport['category']['confusion']): string {
  const rows = [
    ['label \\ predicted', ...c.predictions],
    ...c.labels.map((l, i) => [l, ...(c.counts[i] ?? []).map(String)]),
  ];
  return formatTable(rows);
}

/** The reliability table of a {@link Reliability}, with ECE and MCE under it. */
export function formatReliability(r: Reliability): string {
  const rows = [
    ['confidence', 'count', 'mean conf', 'accuracy'],
    ...r.bins.map((b) => [`${b.low.toFixed(1)}–${b.high.toFixed(1)}`, String(b.count), formatNumber(b.meanConfidence), formatRate(b.accuracy)]),
  ];
  return [
    formatTable(rows),
    `ECE ${formatNumber(r.ece)}  MCE ${formatNumber(r.mce)}  mean confidence ${formatNumber(r.meanConfidence)}  accuracy ${formatRate(r.accuracy)}`,
    `${r.n} decisions with a confidence, ${r.missing} without (left out)`,
  ].join('\n');
}

function setTable(title: string, m: SetMetrics): string {
  return classTable(title, m.values);
}

/** One group's section: summary, per class, confusion matrix, per shipping method and carrier, reliability. */
export function formatGroup(g: GroupReport, fields: readonly EvalField[]): string {
  const title = g.group === 'all' ? `== all records: ${g.records} ==` : `== lang ${g.group}: ${g.records} records ==`;
  const { rows, unlabelled } = summaryRows(g, fields);
  const parts = [title, formatTable([['metric', 'value'], ...rows], ['left', 'left'])];
  if (unlabelled.length > 0) parts.push(`not labelled in these records: ${unlabelled.join(', ')}`);
  if (fields.includes('category') && g.category.accuracy.n > 0) {
    parts.push(classTable('category', g.category.classes));
    parts.push(classTable('target class', g.category.target.classes));
    parts.push(`confusion matrix (rows: label, columns: prediction)\n${formatConfusion(g.category.confusion)}`);
  }
  if (fields.includes('shipping') && g.shipping.records > 0 && g.shipping.values.length > 0) parts.push(setTable('shipping', g.shipping));
  if (fields.includes('carriers') && g.carriers.records > 0 && g.carriers.values.length > 0) parts.push(setTable('carrier', g.carriers));
  if (fields.includes('category') && g.category.accuracy.n > 0) {
    parts.push(`reliability of the category confidence\n${formatReliability(g.calibration)}`);
  }
  return parts.join('\n\n');
}

/** Which evidence explains which field. */
export const EVIDENCE_FOR: Record<EvalField, readonly string[]> = {
  category: ['category', 'suppressed'],
  subcategory: ['category', 'suppressed'],
  origin: ['origin', 'region', 'destination'],
  shipping: ['shipping'],
  carriers: ['carrier'],
  price: ['price'],
  lang: ['lang'],
};

const oneLine = (s: string, max: number): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return width(t) <= max ? t : `${[...t].slice(0, max - 1).join('')}…`;
};

/** One wrong record: id, text excerpt, each mistake, and the evidence bearing on the wrong fields. */
export function formatWrongRecord(w: WrongRecord): string {
  const lines = [`${w.id}${w.lang !== null ? ` [${w.lang}]` : ''}`, `  text: ${oneLine(w.text, 160)}`];
  for (const m of w.mistakes) {
    const conf = m.field === 'category' && w.prediction.confidence !== null ? `  (confidence ${w.prediction.confidence.toFixed(2)})` : '';
    lines.push(`  ${m.field}: expected ${formatValue(m.expected, m.field)}, got ${formatValue(m.got, m.field)}${conf}`);
  }
  const wanted = new Set(w.mistakes.flatMap((m) => EVIDENCE_FOR[m.field]));
  const evidence = w.prediction.evidence.filter((e) => wanted.has(e.field));
  for (const e of evidence.slice(0, 8)) {
    const extra = [e.source, e.weight !== undefined ? `weight ${e.weight}` : undefined, e.effect].filter((x) => x !== undefined).join(', ');
    lines.push(`  evidence: ${e.field} ${JSON.stringify(oneLine(e.text, 60))} → ${e.value}${extra ? ` (${extra})` : ''}`);
  }
  if (evidence.length > 8) lines.push(`  evidence: … ${evidence.length - 8} more`);
  return lines.join('\n');
}

/** Options of {@link formatReport}. */
export interface FormatOptions {
  /** Wrong records to list (default: none). The report holds only as many as `evaluate` was asked to keep. */
  errors?: number;
  /** Sections per language (default true). */
  byLang?: boolean;
}

/**
 * The whole report as plain text: a summary line, a section for all records and one per language,
 * then the wrong records when asked.
 *
 * @example
 * process.stdout.write(formatReport(await evaluate(records, classify, { errors: 10 }), { errors: 10 }));
 */
export function formatReport(report: EvalReport, options: FormatOptions = {}): string {
  const langs = report.byLang.map((g) => `${g.group} ${g.records}`);
  if (report.withoutLang > 0) langs.push(`${report.withoutLang} without lang`);
  const head = `contraband evaluation: ${report.records} records${langs.length > 0 ? ` (${langs.join(', ')})` : ''}`;
  const parts = [head, formatGroup(report.all, report.fields)];
  if (options.byLang ?? true) for (const g of report.byLang) parts.push(formatGroup(g, report.fields));
  const n = options.errors ?? 0;
  if (n > 0) {
    const shown = report.errors.records.slice(0, n);
    const head2 = `== wrong records: ${report.errors.total} (showing ${shown.length}) ==`;
    parts.push([head2, ...shown.map(formatWrongRecord)].join('\n\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
