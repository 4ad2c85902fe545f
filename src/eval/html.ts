/**
 * The evaluation report as one self-contained HTML page: inline CSS and inline SVG, no script, no
 * network. Everything that comes from the data (texts, ids, labels, category names, evidence) goes
 * through {@link escapeHtml} before it reaches the page, and only into text or quoted attributes.
 */
import { seededRandom } from './random.js';
import { EVIDENCE_FOR } from './format.js';
import type { Interval, Rate } from './wilson.js';
import type { ClassMetrics, Confusion, SetMetrics } from './metrics.js';
import type { Reliability } from './calibration.js';
import { formatValue } from './format.js';
import type { EvalField, EvalReport, GroupReport, WrongRecord } from './report.js';

/** Options of {@link renderHtmlReport}. */
export interface HtmlReportOptions {
  /** The page title (default "contraband evaluation"). */
  title?: string;
  /** Where the records came from (a file name), shown under the title. */
  source?: string;
  /** When the report was made, shown under the title as given (an ISO date, say). Left out by default, so the page is a pure function of the report. */
  generatedAt?: string;
}

/** The page's Content-Security-Policy: nothing may load, no script may run; inline styles and data: images only. */
export const HTML_REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes `& < > " '`: safe in HTML text and in quoted attribute values. The one escape every datum goes through. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const esc = escapeHtml;

// ---------------------------------------------------------------------------------------------
// Numbers

const pct = (v: number | null, digits = 1): string => (v === null ? '—' : `${(v * 100).toFixed(digits)}%`);
const pctRange = (i: Interval | null): string => (i === null ? '—' : `${(i.low * 100).toFixed(1)}–${(i.high * 100).toFixed(1)}%`);
/** SVG coordinates: two decimals at most. */
const n2 = (v: number): string => String(Math.round(v * 100) / 100);
const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

// ---------------------------------------------------------------------------------------------
// Macro-F1 interval: a seeded Poisson bootstrap over the confusion matrix

/** Macro-F1 from a confusion matrix: the mean F1 over the labelled classes (as {@link evaluate} computes it). */
export function macroF1FromConfusion(c: Pick<Confusion, 'labels' | 'predictions'>, counts: readonly (readonly number[])[]): number | null {
  const col = new Map(c.predictions.map((p, j) => [p, j]));
  let sum = 0;
  let classes = 0;
  c.labels.forEach((label, i) => {
    const row = counts[i] ?? [];
    const support = row.reduce((a, b) => a + b, 0);
    if (support === 0) return; // a class with no records in this (re)sample is not labelled there
    const j = col.get(label);
    const tp = j === undefined ? 0 : (row[j] ?? 0);
    let predicted = 0;
    if (j !== undefined) for (const r of counts) predicted += r[j] ?? 0;
    const d = support + predicted; // 2tp + fp + fn
    sum += d === 0 ? 0 : (2 * tp) / d;
    classes++;
  });
  return classes === 0 ? null : sum / classes;
}


/** A Poisson draw: exact (Knuth) below 30, the normal approximation above. */
function poisson(lambda: number, rand: () => number): number {
  if (lambda <= 0) return 0;
  if (lambda < 30) {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = 1;
    do {
      k++;
      p *= rand();
    } while (p > limit);
    return k - 1;
  }
  const u = rand() || Number.MIN_VALUE;
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * z));
}

/**
 * A 95% percentile interval for macro-F1 by the Poisson bootstrap: each record is drawn Poisson(1) times,
 * so each confusion cell is redrawn Poisson(count). The confusion matrix holds every (label, prediction)
 * pair, so this resamples records exactly. Seeded, so the same report always gives the same interval.
 * Null when the matrix is empty.
 */
export function bootstrapMacroF1(c: Confusion, options: { resamples?: number; seed?: number } = {}): Interval | null {
  const total = c.counts.reduce((a, r) => a + r.reduce((x, y) => x + y, 0), 0);
  if (total === 0) return null;
  const rand = seededRandom(options.seed ?? 0x5eed);
  const values: number[] = [];
  const resamples = options.resamples ?? 1000;
  for (let b = 0; b < resamples; b++) {
    const counts = c.counts.map((row) => row.map((k) => poisson(k, rand)));
    const m = macroF1FromConfusion(c, counts);
    if (m !== null) values.push(m);
  }
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const at = (q: number) => values[Math.min(values.length - 1, Math.max(0, Math.floor(q * values.length)))] ?? 0;
  return { low: at(0.025), high: at(0.975) };
}

// ---------------------------------------------------------------------------------------------
// Evidence highlighting

/** What {@link highlightEvidence} reads of a piece of evidence. */
export interface EvidenceSpan {
  field: string;
  value: string;
  start?: number | undefined;
  end?: number | undefined;
  source?: string | undefined;
}

/** Evidence field → CSS class of its `<mark>` (a fixed list: no class name comes from the data). */
const MARK_CLASS: Record<string, string> = {
  category: 'ev-cat',
  suppressed: 'ev-sup',
  origin: 'ev-geo',
  region: 'ev-geo',
  destination: 'ev-geo',
  shipping: 'ev-ship',
  carrier: 'ev-ship',
  price: 'ev-price',
  quantity: 'ev-price',
  lang: 'ev-lang',
};
const MARK_LEGEND: readonly [string, string][] = [
  ['ev-cat', 'category'],
  ['ev-sup', 'suppressing term'],
  ['ev-geo', 'origin, region, destination'],
  ['ev-ship', 'shipping, carrier'],
  ['ev-price', 'price, quantity'],
  ['ev-lang', 'language'],
  ['ev-other', 'other'],
];

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;

/**
 * The text as HTML with every evidence span wrapped in `<mark>`. Offsets are UTF-16 indices (as
 * JavaScript slices); the text is cut at them and each piece escaped. Spans out of range are ignored;
 * an offset inside a surrogate pair is widened to the whole character; overlapping spans are cut
 * into segments, each marked once with all the evidence covering it in its title.
 *
 * @example
 * highlightEvidence('a <b> c', [{ field: 'category', value: 'x', start: 2, end: 5 }]);
 * // 'a <mark class="ev ev-cat" title="category → x">&lt;b&gt;</mark> c'
 */
export function highlightEvidence(text: string, evidence: readonly EvidenceSpan[]): string {
  const spans: { start: number; end: number; e: EvidenceSpan }[] = [];
  for (const e of evidence) {
    let { start, end } = e;
    if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end)) continue;
    if (start < 0 || end > text.length || start >= end) continue;
    if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
    if (end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++;
    spans.push({ start, end, e });
  }
  if (spans.length === 0) return esc(text);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] ?? 0;
    const b = cuts[i + 1] ?? text.length;
    const piece = esc(text.slice(a, b));
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    const first = covering[0];
    if (!first) {
      out += piece;
      continue;
    }
    const cls = MARK_CLASS[first.e.field] ?? 'ev-other';
    const title = covering.map((s) => `${s.e.field} → ${s.e.value}${s.e.source !== undefined ? ` (${s.e.source})` : ''}`).join('; ');
    out += `<mark class="ev ${cls}${covering.length > 1 ? ' ev-multi' : ''}" title="${esc(title)}">${piece}</mark>`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Small SVG pieces

/** A 0–100% scale with a point and (optionally) its interval: the summary's forest plot. */
function intervalPlot(value: number | null, interval: Interval | null, width = 240): string {
  const h = 18;
  const pad = 6;
  const x = (v: number) => pad + clamp01(v) * (width - 2 * pad);
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map((t) => `<line x1="${n2(x(t))}" y1="3" x2="${n2(x(t))}" y2="${h - 3}" class="grid${t === 0 || t === 1 ? ' edge' : ''}"/>`)
    .join('');
  let mark = '';
  if (interval !== null) {
    const y = h / 2;
    mark += `<line x1="${n2(x(interval.low))}" y1="${y}" x2="${n2(x(interval.high))}" y2="${y}" class="whisker"/>`;
    for (const v of [interval.low, interval.high]) mark += `<line x1="${n2(x(v))}" y1="${y - 4}" x2="${n2(x(v))}" y2="${y + 4}" class="whisker"/>`;
  }
  if (value !== null) mark += `<circle cx="${n2(x(value))}" cy="${h / 2}" r="4" class="${interval === null ? 'pt hollow' : 'pt'}"/>`;
  return `<svg class="iplot" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}" role="img" aria-hidden="true">${grid}${mark}</svg>`;
}

/** The tick labels over the summary's interval plots. */
function plotAxis(width = 240): string {
  const pad = 6;
  const ticks = [0, 0.25, 0.5, 0.75, 1]
    .map((t) => `<text x="${n2(pad + t * (width - 2 * pad))}" y="11" class="tick" text-anchor="${t === 0 ? 'start' : t === 1 ? 'end' : 'middle'}">${t * 100}%</text>`)
    .join('');
  return `<svg width="${width}" height="14" viewBox="0 0 ${width} 14" aria-hidden="true">${ticks}</svg>`;
}

/** A horizontal bar for a rate or F1, with the interval as a whisker. */
function bar(value: number | null, interval: Interval | null, cls: string, width = 110): string {
  const h = 12;
  const x = (v: number) => clamp01(v) * width;
  let s = `<rect x="0" y="0" width="${width}" height="${h}" class="track"/>`;
  if (value !== null) s += `<rect x="0" y="0" width="${n2(x(value))}" height="${h}" class="${cls}"/>`;
  if (interval !== null && value !== null) {
    s += `<line x1="${n2(x(interval.low))}" y1="${h / 2}" x2="${n2(x(interval.high))}" y2="${h / 2}" class="whisker"/>`;
    for (const v of [interval.low, interval.high]) s += `<line x1="${n2(x(v))}" y1="2" x2="${n2(x(v))}" y2="${h - 2}" class="whisker"/>`;
  }
  return `<svg class="bar" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}" aria-hidden="true">${s}</svg>`;
}

const rateInterval = (r: Rate): Interval | null => (r.rate === null ? null : { low: r.low, high: r.high });

// ---------------------------------------------------------------------------------------------
// Summary

interface Figure {
  key: string;
  name: string;
  value: number | null;
  interval: Interval | null;
  /** How the interval was made: Wilson for rates, bootstrap for macro-F1, none for micro-F1. */
  how: 'wilson' | 'bootstrap' | 'none';
  counts: string;
  /** For set F1: precision and recall with their intervals. */
  note?: string;
}

function rateFigure(key: string, name: string, r: Rate): Figure {
  return { key, name, value: r.rate, interval: rateInterval(r), how: 'wilson', counts: `${r.k} / ${r.n}` };
}

function setFigure(key: string, name: string, m: SetMetrics): Figure {
  return {
    key,
    name,
    value: m.f1,
    interval: null,
    how: 'none',
    counts: `tp ${m.tp}, fp ${m.fp}, fn ${m.fn}`,
    note: `P ${pct(m.precision.rate)} [${pctRange(rateInterval(m.precision))}] · R ${pct(m.recall.rate)} [${pctRange(rateInterval(m.recall))}]`,
  };
}

/** The main figures of a group, in report order; a figure whose field was not labelled has value null and n = 0. */
function mainFigures(g: GroupReport): Figure[] {
  const c = g.category;
  // With no error to resample (every record right), the bootstrap has no spread: no interval then.
  const spread = (i: Interval | null): Interval | null => (i !== null && i.high - i.low > 1e-12 ? i : null);
  const total = (conf: Confusion) => conf.counts.reduce((a, r) => a + r.reduce((x, y) => x + y, 0), 0);
  return [
    rateFigure('category', 'category accuracy', c.accuracy),
    { key: 'macroF1', name: 'category macro-F1', value: c.macroF1, interval: spread(bootstrapMacroF1(c.confusion)), how: 'bootstrap', counts: `${total(c.confusion)} records, ${c.classes.length} classes` },
    { key: 'targetF1', name: 'target macro-F1', value: c.target.macroF1, interval: spread(bootstrapMacroF1(c.target.confusion)), how: 'bootstrap', counts: `${c.target.classes.map((t) => t.name).join(', ') || '—'}` },
    rateFigure('subcategory', 'subcategory accuracy', g.subcategory.accuracy),
    rateFigure('origin', 'origin accuracy', g.origin.accuracy),
    setFigure('shipping', 'shipping F1 (micro)', g.shipping),
    setFigure('carriers', 'carriers F1 (micro)', g.carriers),
    rateFigure('price', 'price accuracy', g.price.accuracy),
    rateFigure('lang', 'lang accuracy', g.lang.accuracy),
  ];
}

const FIGURE_FIELD: Record<string, EvalField> = {
  category: 'category',
  macroF1: 'category',
  targetF1: 'category',
  subcategory: 'subcategory',
  origin: 'origin',
  shipping: 'shipping',
  carriers: 'carriers',
  price: 'price',
  lang: 'lang',
};

function scored(g: GroupReport, f: EvalField): boolean {
  switch (f) {
    case 'category':
      return g.category.accuracy.n > 0;
    case 'subcategory':
      return g.subcategory.accuracy.n > 0;
    case 'origin':
      return g.origin.accuracy.n > 0;
    case 'price':
      return g.price.accuracy.n > 0;
    case 'lang':
      return g.lang.accuracy.n > 0;
    case 'shipping':
      return g.shipping.records > 0;
    case 'carriers':
      return g.carriers.records > 0;
  }
}

const HOW_MARK = { wilson: '', bootstrap: '<sup class="fn">†</sup>', none: '<sup class="fn">‡</sup>' } as const;

function summaryCards(figures: readonly Figure[]): string {
  const cards = figures.map((f) => {
    const sub =
      f.how === 'none'
        ? `<div class="card-ci">${esc(f.note ?? '')}</div>`
        : `<div class="card-ci">95% ${pctRange(f.interval)}${HOW_MARK[f.how]}</div>`;
    return `<div class="card" data-figure="${f.key}"><div class="card-name">${esc(f.name)}</div><div class="card-value">${pct(f.value)}</div>${sub}<div class="card-n">${esc(f.counts)}</div></div>`;
  });
  return `<div class="cards">${cards.join('')}</div>`;
}

function detailRows(g: GroupReport, fields: readonly EvalField[]): Figure[] {
  const rows: Figure[] = [];
  const has = (f: EvalField) => fields.includes(f) && scored(g, f);
  const main = new Map(mainFigures(g).map((f) => [f.key, f]));
  const push = (f: Figure | undefined) => void (f && rows.push(f));
  if (has('category')) {
    push(main.get('category'));
    push(main.get('macroF1'));
    push(rateFigure('target', 'target accuracy', g.category.target.accuracy));
    push(main.get('targetF1'));
  }
  if (has('subcategory')) push(main.get('subcategory'));
  for (const f of ['origin', 'price'] as const) {
    if (!has(f)) continue;
    push(main.get(f));
    push(rateFigure(`${f}NonNull`, `${f} accuracy (labelled non-null)`, g[f].accuracyNonNull));
    push(rateFigure(`${f}PresenceP`, `${f} presence precision`, g[f].presence.precision));
    push(rateFigure(`${f}PresenceR`, `${f} presence recall`, g[f].presence.recall));
  }
  for (const f of ['shipping', 'carriers'] as const) {
    if (!has(f)) continue;
    push(main.get(f));
    push(rateFigure(`${f}P`, `${f} precision`, g[f].precision));
    push(rateFigure(`${f}R`, `${f} recall`, g[f].recall));
    push(rateFigure(`${f}Exact`, `${f} exact set`, g[f].exact));
  }
  if (has('lang')) push(main.get('lang'));
  return rows;
}

function detailTable(rows: readonly Figure[]): string {
  const body = rows
    .map(
      (f) =>
        `<tr><th scope="row">${esc(f.name)}${HOW_MARK[f.how]}</th><td class="num">${pct(f.value)}</td><td class="num ci">${f.how === 'none' ? '—' : pctRange(f.interval)}</td><td class="num cnt">${esc(f.counts)}</td><td class="plot">${intervalPlot(f.value, f.interval)}</td></tr>`,
    )
    .join('');
  return `<table class="figures"><thead><tr><th>metric</th><th class="num">value</th><th class="num">95% interval</th><th class="num">counts</th><th class="plot">${plotAxis()}</th></tr></thead><tbody>${body}</tbody></table>`;
}

// ---------------------------------------------------------------------------------------------
// Per language

const SERIES = 9;

function languageChart(groups: readonly GroupReport[], fields: readonly EvalField[]): string {
  const figs = groups.map((g) => mainFigures(g));
  const names = (figs[0] ?? []).map((f) => f.name);
  const keys = (figs[0] ?? []).map((f) => f.key);
  const barW = 13;
  const inner = 2;
  const groupGap = 34;
  const groupW = keys.length * (barW + inner) - inner;
  const left = 44;
  const top = 12;
  const plotH = 210;
  const bottom = 40;
  const width = left + groups.length * (groupW + groupGap) + 10;
  const height = top + plotH + bottom;
  const y = (v: number) => top + (1 - clamp01(v)) * plotH;
  let s = '';
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    s += `<line x1="${left}" y1="${n2(y(t))}" x2="${width - 6}" y2="${n2(y(t))}" class="grid${t === 0 ? ' edge' : ''}"/>`;
    s += `<text x="${left - 6}" y="${n2(y(t) + 4)}" class="tick" text-anchor="end">${t * 100}%</text>`;
  }
  groups.forEach((g, gi) => {
    const x0 = left + groupGap / 2 + gi * (groupW + groupGap);
    const gf = figs[gi] ?? [];
    gf.forEach((f, fi) => {
      const x = x0 + fi * (barW + inner);
      const field = FIGURE_FIELD[f.key];
      if (f.value === null || (field !== undefined && (!fields.includes(field) || !scored(g, field)))) {
        s += `<text x="${n2(x + barW / 2)}" y="${n2(y(0) - 3)}" class="na" text-anchor="middle">·</text>`;
        return;
      }
      const tip = `${g.group}: ${f.name} ${pct(f.value)}${f.interval ? ` [${pctRange(f.interval)}]` : ''}`;
      s += `<rect x="${n2(x)}" y="${n2(y(f.value))}" width="${barW}" height="${n2(y(0) - y(f.value))}" class="s${fi % SERIES}"><title>${esc(tip)}</title></rect>`;
      if (f.interval) {
        const cx = x + barW / 2;
        s += `<line x1="${n2(cx)}" y1="${n2(y(f.interval.low))}" x2="${n2(cx)}" y2="${n2(y(f.interval.high))}" class="whisker"/>`;
        for (const v of [f.interval.low, f.interval.high]) s += `<line x1="${n2(cx - 3)}" y1="${n2(y(v))}" x2="${n2(cx + 3)}" y2="${n2(y(v))}" class="whisker"/>`;
      }
    });
    const label = g.group === 'all' ? `all (${g.records})` : `${g.group} (${g.records})`;
    s += `<text x="${n2(x0 + groupW / 2)}" y="${top + plotH + 20}" class="glabel" text-anchor="middle">${esc(label)}</text>`;
  });
  const legend = names.map((n, i) => `<li><span class="sw s${i % SERIES}"></span>${esc(n)}</li>`).join('');
  return `<figure class="chart"><svg id="lang-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="main figures per language">${s}</svg><ul class="legend">${legend}</ul><figcaption>Bars: the main figures of each group (records in brackets); whiskers: 95% intervals (Wilson; bootstrap for macro-F1; none for micro-F1). A dot on the axis: not labelled in that group.</figcaption></figure>`;
}

function languageTable(groups: readonly GroupReport[], fields: readonly EvalField[]): string {
  const figs = groups.map((g) => mainFigures(g));
  const head = groups.map((g) => `<th class="num"><bdi>${esc(g.group)}</bdi><div class="sub">${g.records} records</div></th>`).join('');
  const rows = (figs[0] ?? []).map((f0, fi) => {
    const cells = groups
      .map((g, gi) => {
        const f = figs[gi]?.[fi];
        const field = FIGURE_FIELD[f0.key];
        if (!f || f.value === null || (field !== undefined && (!fields.includes(field) || !scored(g, field)))) return '<td class="num muted">—</td>';
        const ci = f.interval ? `<div class="sub">${pctRange(f.interval)}</div>` : '';
        return `<td class="num">${pct(f.value)}${ci}</td>`;
      })
      .join('');
    return `<tr><th scope="row"><span class="sw s${fi % SERIES}"></span>${esc(f0.name)}${HOW_MARK[f0.how]}</th>${cells}</tr>`;
  });
  const ece = groups.map((g) => `<td class="num">${g.calibration.ece === null ? '—' : g.calibration.ece.toFixed(3)}</td>`).join('');
  rows.push(`<tr><th scope="row">calibration ECE (lower is better)</th>${ece}</tr>`);
  return `<table class="bylang"><thead><tr><th>figure</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

// ---------------------------------------------------------------------------------------------
// Confusion heatmap

const BLUES: readonly [number, number, number][] = [
  [247, 251, 255],
  [198, 219, 239],
  [107, 174, 214],
  [33, 113, 181],
  [8, 48, 107],
];
const ORANGES: readonly [number, number, number][] = [
  [255, 245, 235],
  [253, 208, 162],
  [253, 141, 60],
  [217, 72, 1],
  [127, 39, 4],
];

function ramp(stops: readonly [number, number, number][], t: number): string {
  const x = clamp01(t) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const a = stops[i] ?? [255, 255, 255];
  const b = stops[i + 1] ?? a;
  const c = a.map((v, k) => Math.round(v + ((b[k] ?? v) - v) * f));
  return `rgb(${c.join(',')})`;
}
const gradient = (stops: readonly [number, number, number][]) => `linear-gradient(to right, ${stops.map((s) => `rgb(${s.join(',')})`).join(', ')})`;

/**
 * The confusion matrix as a table whose cells are shaded by the share of their row: blue on the
 * diagonal (right), orange off it (confused). Rows are labels, columns predictions, "(none)" last.
 */
function heatmap(c: Confusion, id: string): string {
  const rowTotals = c.counts.map((r) => r.reduce((a, b) => a + b, 0));
  const colTotals = c.predictions.map((_, j) => c.counts.reduce((a, r) => a + (r[j] ?? 0), 0));
  const head = c.predictions.map((p) => `<th class="col" scope="col" title="${esc(p)}"><bdi>${esc(p)}</bdi></th>`).join('');
  const body = c.labels
    .map((label, i) => {
      const row = c.counts[i] ?? [];
      const total = rowTotals[i] ?? 0;
      const cells = c.predictions
        .map((p, j) => {
          const k = row[j] ?? 0;
          const share = total === 0 ? 0 : k / total;
          const diag = p === label;
          const bg = k === 0 ? '#ffffff' : ramp(diag ? BLUES : ORANGES, share);
          const cls = `hm ${diag ? 'diag' : 'off'}${k === 0 ? ' zero' : ''}${share > 0.5 ? ' dark' : ''}`;
          const tip = `${label} → ${p}: ${k} of ${total} (${pct(share)})`;
          return `<td class="${cls}" data-r="${i}" data-c="${j}" data-count="${k}" style="background:${bg}" title="${esc(tip)}">${k}</td>`;
        })
        .join('');
      return `<tr><th class="rowh" scope="row"><bdi>${esc(label)}</bdi></th>${cells}<td class="tot">${total}</td></tr>`;
    })
    .join('');
  const foot = `<tr><th class="rowh" scope="row">predicted</th>${colTotals.map((t) => `<td class="ctot">${t}</td>`).join('')}<td class="tot"></td></tr>`;
  return `<div class="hm-wrap"><table class="heatmap" id="${id}" data-rows="${c.labels.length}" data-cols="${c.predictions.length}"><thead><tr><th class="corner">label ↓ · prediction →</th>${head}<th class="tot">records</th></tr></thead><tbody>${body}</tbody><tfoot>${foot}</tfoot></table></div>`;
}

function heatmapLegend(): string {
  const key = (stops: readonly [number, number, number][], name: string) =>
    `<div class="key"><div class="key-name">${name}</div><span class="ramp" style="background:${gradient(stops)}"></span><div class="ramp-scale"><span>0%</span><span>50%</span><span>100%</span></div></div>`;
  return `<div class="hm-legend">${key(BLUES, 'right: the diagonal')}${key(ORANGES, 'confused: off the diagonal')}<p class="muted">Shade: the cell's share of its row (the label's records). Rows are labels, columns predictions; <q>(none)</q> is a prediction without a category (always wrong). Each cell holds its count; the last column is the row's total, the last row the column's.</p></div>`;
}

// ---------------------------------------------------------------------------------------------
// Per-class bars

function classTable(title: string, classes: readonly ClassMetrics[], id: string): string {
  const rows = classes
    .map((c) => {
      const cell = (v: number | null, iv: Interval | null, cls: string, label: string) =>
        `<td class="barcell" title="${esc(`${c.name} ${label} ${pct(v)}${iv ? ` [${pctRange(iv)}]` : ''}`)}">${bar(v, iv, cls)}<span class="num v">${pct(v)}</span></td>`;
      return `<tr><th scope="row"><bdi>${esc(c.name)}</bdi></th><td class="num">${c.support}</td><td class="num">${c.predicted}</td>${cell(c.precision.rate, rateInterval(c.precision), 'bp', 'precision')}${cell(c.recall.rate, rateInterval(c.recall), 'br', 'recall')}${cell(c.f1, null, 'bf', 'F1')}</tr>`;
    })
    .join('');
  return `<table class="classes" id="${id}"><thead><tr><th>${esc(title)}</th><th class="num">support</th><th class="num">predicted</th><th><span class="sw bp"></span>precision</th><th><span class="sw br"></span>recall</th><th><span class="sw bf"></span>F1</th></tr></thead><tbody>${rows}</tbody></table>`;
}

// ---------------------------------------------------------------------------------------------
// Calibration

function calibrationPlot(r: Reliability, id: string): string {
  const left = 52;
  const top = 14;
  const size = 340;
  const right = 16;
  const histH = 80;
  const gap = 64;
  const width = left + size + right;
  const height = top + size + gap + histH + 34;
  const x = (v: number) => left + clamp01(v) * size;
  const y = (v: number) => top + (1 - clamp01(v)) * size;
  let s = `<rect x="${left}" y="${top}" width="${size}" height="${size}" class="frame"/>`;
  for (const t of [0, 0.2, 0.4, 0.6, 0.8, 1]) {
    s += `<line x1="${n2(x(t))}" y1="${top}" x2="${n2(x(t))}" y2="${top + size}" class="grid"/>`;
    s += `<line x1="${left}" y1="${n2(y(t))}" x2="${left + size}" y2="${n2(y(t))}" class="grid"/>`;
    s += `<text x="${n2(x(t))}" y="${top + size + 16}" class="tick" text-anchor="middle">${t.toFixed(1)}</text>`;
    s += `<text x="${left - 6}" y="${n2(y(t) + 4)}" class="tick" text-anchor="end">${t.toFixed(1)}</text>`;
  }
  s += `<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" class="diagonal"/>`;
  s += `<text x="${n2(x(0.62))}" y="${n2(y(0.62) - 8)}" class="note" transform="rotate(-45 ${n2(x(0.62))} ${n2(y(0.62) - 8)})" text-anchor="middle">perfect calibration</text>`;
  s += `<text x="${n2(left + size / 2)}" y="${top + size + 34}" class="axis" text-anchor="middle">mean confidence in the bin</text>`;
  s += `<text x="14" y="${n2(top + size / 2)}" class="axis" text-anchor="middle" transform="rotate(-90 14 ${n2(top + size / 2)})">share right in the bin</text>`;
  const max = Math.max(1, ...r.bins.map((b) => b.count));
  r.bins.forEach((b, i) => {
    if (b.count === 0 || b.meanConfidence === null || b.accuracy.rate === null) return;
    const cx = x(b.meanConfidence);
    const cy = y(b.accuracy.rate);
    s += `<line x1="${n2(cx)}" y1="${n2(y(b.meanConfidence))}" x2="${n2(cx)}" y2="${n2(cy)}" class="gap"/>`;
    s += `<line x1="${n2(cx)}" y1="${n2(y(b.accuracy.low))}" x2="${n2(cx)}" y2="${n2(y(b.accuracy.high))}" class="whisker"/>`;
    const rad = 3.5 + 6.5 * Math.sqrt(b.count / max);
    s += `<circle cx="${n2(cx)}" cy="${n2(cy)}" r="${n2(rad)}" class="rel" data-bin="${i}" data-count="${b.count}"><title>${esc(`confidence ${b.low.toFixed(1)}–${b.high.toFixed(1)}: ${b.count} decisions, mean confidence ${b.meanConfidence.toFixed(3)}, right ${pct(b.accuracy.rate)} [${pctRange(rateInterval(b.accuracy))}]`)}</title></circle>`;
    // The bin's count under its point (above it when the point is near the bottom).
    const ly = b.accuracy.rate < 0.12 ? cy - rad - 4 : cy + rad + 11;
    s += `<text x="${n2(cx)}" y="${n2(ly)}" class="cnt halo" text-anchor="middle">${b.count}</text>`;
  });
  // Histogram of the bins under the plot, on the same x scale.
  const h0 = top + size + gap;
  s += `<text x="${left}" y="${h0 - 8}" class="note">decisions per bin (same x axis)</text>`;
  r.bins.forEach((b) => {
    const bx = x(b.low) + 1;
    const bw = Math.max(1, x(b.high) - x(b.low) - 2);
    const bh = (b.count / max) * histH;
    s += `<rect x="${n2(bx)}" y="${n2(h0 + histH - bh)}" width="${n2(bw)}" height="${n2(bh)}" class="hist"/>`;
    s += `<text x="${n2(bx + bw / 2)}" y="${n2(h0 + histH - bh - 3)}" class="cnt" text-anchor="middle">${b.count}</text>`;
  });
  s += `<line x1="${left}" y1="${h0 + histH}" x2="${left + size}" y2="${h0 + histH}" class="grid edge"/>`;
  for (const t of [0, 0.2, 0.4, 0.6, 0.8, 1]) s += `<text x="${n2(x(t))}" y="${h0 + histH + 16}" class="tick" text-anchor="middle">${t.toFixed(1)}</text>`;
  return `<svg id="${id}" class="calib" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="reliability diagram">${s}</svg>`;
}

function calibrationTable(r: Reliability): string {
  const rows = r.bins
    .map(
      (b) =>
        `<tr${b.count === 0 ? ' class="muted"' : ''}><td class="num">${b.low.toFixed(1)}–${b.high.toFixed(1)}</td><td class="num">${b.count}</td><td class="num">${b.meanConfidence === null ? '—' : b.meanConfidence.toFixed(3)}</td><td class="num">${pct(b.accuracy.rate)}</td><td class="num ci">${b.accuracy.rate === null ? '—' : pctRange(rateInterval(b.accuracy))}</td><td class="num">${b.meanConfidence === null || b.accuracy.rate === null ? '—' : (b.accuracy.rate - b.meanConfidence).toFixed(3)}</td></tr>`,
    )
    .join('');
  return `<table class="bins"><thead><tr><th class="num">confidence</th><th class="num">count</th><th class="num">mean conf.</th><th class="num">right</th><th class="num">95% interval</th><th class="num">right − conf.</th></tr></thead><tbody>${rows}</tbody></table>`;
}

// ---------------------------------------------------------------------------------------------
// Wrong records


function wrongRecord(w: WrongRecord, i: number): string {
  const conf = w.prediction.confidence;
  const head = `<h3><span class="rid"><bdi>${esc(w.id)}</bdi></span>${w.lang !== null ? ` <span class="tag"><bdi>${esc(w.lang)}</bdi></span>` : ''}${conf !== null ? ` <span class="tag muted">confidence ${conf.toFixed(2)}</span>` : ''}</h3>`;
  const mistakes = w.mistakes
    .map((m) => `<tr><th scope="row">${esc(m.field)}</th><td class="exp"><bdi>${esc(formatValue(m.expected, m.field))}</bdi></td><td class="got"><bdi>${esc(formatValue(m.got, m.field))}</bdi></td></tr>`)
    .join('');
  const wanted = new Set(w.mistakes.flatMap((m) => EVIDENCE_FOR[m.field]));
  const evidence = w.prediction.evidence.filter((e) => wanted.has(e.field));
  const items = evidence.slice(0, 8).map((e) => {
    const extra = [e.source, e.weight !== undefined ? `weight ${e.weight}` : undefined, e.effect].filter((x) => x !== undefined).join(', ');
    const cls = MARK_CLASS[e.field] ?? 'ev-other';
    return `<li><span class="tag">${esc(e.field)}</span> <mark class="ev ${cls}"><bdi>${esc(e.text)}</bdi></mark> → <bdi>${esc(e.value)}</bdi>${extra ? ` <span class="muted">(${esc(extra)})</span>` : ''}</li>`;
  });
  if (evidence.length > 8) items.push(`<li class="muted">… ${evidence.length - 8} more</li>`);
  const evList = items.length > 0 ? `<ul class="evidence">${items.join('')}</ul>` : `<p class="muted small">No evidence for the wrong fields.</p>`;
  return `<article class="wrong" id="wrong-${i}">${head}<table class="mistakes"><thead><tr><th>field</th><th>expected</th><th>got</th></tr></thead><tbody>${mistakes}</tbody></table><div class="text" dir="auto">${highlightEvidence(w.text, w.prediction.evidence)}</div>${evList}</article>`;
}

// ---------------------------------------------------------------------------------------------
// Page

const CSS = `
:root{--fg:#1f2933;--muted:#616e7c;--line:#d9dee3;--panel:#f5f7f9;--accent:#1f5f99}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:#fff}
main{max-width:1160px;margin:0 auto;padding:24px 28px 60px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:20px;margin:36px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--line)}
h3{font-size:15px;margin:18px 0 8px}
p{margin:6px 0}
.meta{color:var(--muted);margin:0}
.meta b{color:var(--fg);font-weight:600}
nav.toc{margin:12px 0 0;display:flex;flex-wrap:wrap;gap:6px 14px;font-size:13px}
nav.toc a{color:var(--accent);text-decoration:none}
.muted{color:var(--muted)}
.small{font-size:12px}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table{border-collapse:collapse}
th,td{padding:4px 8px;vertical-align:middle}
thead th{font-weight:600;color:var(--muted);font-size:12px;text-align:left;border-bottom:1px solid var(--line)}
thead th.num{text-align:right}
tbody th{text-align:left;font-weight:500}
tbody tr+tr>*{border-top:1px solid #eef1f4}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:10px;margin:12px 0 18px}
.card{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:10px 12px}
.card-name{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
.card-value{font-size:26px;font-weight:650;font-variant-numeric:tabular-nums;line-height:1.2}
.card-ci{font-size:12px;font-variant-numeric:tabular-nums}
.card-n{font-size:12px;color:var(--muted);font-variant-numeric:tabular-nums}
sup.fn{color:var(--muted);font-size:10px;margin-left:1px}
.notes{font-size:12px;color:var(--muted);margin-top:8px}
table.figures .ci,table.figures .cnt{color:var(--muted)}
table.figures th.plot{font-weight:400;font-size:11px;text-align:center}
svg line.grid{stroke:#e3e7eb;stroke-width:1}
svg line.grid.edge{stroke:#b8c0c8}
svg line.whisker{stroke:#1f2933;stroke-width:1.4}
svg circle.pt{fill:var(--accent);stroke:#fff;stroke-width:1}
svg circle.pt.hollow{fill:#fff;stroke:var(--accent);stroke-width:2}
svg text{font-family:inherit;fill:var(--fg)}
svg text.tick{font-size:11px;fill:var(--muted)}
svg text.glabel{font-size:13px;font-weight:600}
svg text.axis{font-size:12px}
svg text.note{font-size:11px;fill:var(--muted)}
svg text.na{font-size:18px;fill:var(--muted)}
svg text.cnt{font-size:11px;fill:#3e4c59;font-variant-numeric:tabular-nums}
svg text.halo{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.s0{fill:#4e79a7;background:#4e79a7}.s1{fill:#a0cbe8;background:#a0cbe8}.s2{fill:#f28e2b;background:#f28e2b}
.s3{fill:#59a14f;background:#59a14f}.s4{fill:#b07aa1;background:#b07aa1}.s5{fill:#76b7b2;background:#76b7b2}
.s6{fill:#edc948;background:#edc948}.s7{fill:#e15759;background:#e15759}.s8{fill:#9c755f;background:#9c755f}
.sw{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:6px;vertical-align:-1px}
figure.chart{margin:8px 0 14px;overflow-x:auto}
ul.legend{list-style:none;padding:0;margin:6px 0;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:12px}
figcaption{font-size:12px;color:var(--muted)}
table.bylang td .sub,table.bylang th .sub{font-size:11px;color:var(--muted);font-weight:400}
table.bylang td{min-width:110px}
.hm-wrap{overflow-x:auto;margin:6px 0}
table.heatmap{font-variant-numeric:tabular-nums}
table.heatmap th.col{font-size:11.5px;padding:4px 1px;font-weight:600;color:var(--fg);text-align:center;vertical-align:bottom;width:80px;max-width:80px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
table.heatmap th.corner{font-size:11px;font-weight:400;color:var(--muted);white-space:nowrap}
table.heatmap th.rowh{font-weight:600;white-space:nowrap;max-width:160px;overflow:hidden;text-overflow:ellipsis}
table.heatmap td.hm{width:80px;min-width:80px;max-width:80px;height:34px;text-align:center;border:1px solid #fff;font-size:13px}
table.heatmap td.hm.zero{color:#c3cad1}
table.heatmap td.hm.dark{color:#fff;font-weight:600}
table.heatmap td.hm.diag{outline:1px solid #8fb3d9;outline-offset:-1px}
table.heatmap td.tot,table.heatmap th.tot{color:var(--muted);text-align:right;font-size:12px;padding-left:10px}
table.heatmap tfoot th,table.heatmap tfoot td{border-top:1px solid var(--line);font-size:12px;color:var(--muted)}
table.heatmap td.ctot{text-align:center}
table.heatmap tfoot th{text-align:left}
.hm-legend{display:flex;flex-wrap:wrap;gap:6px 32px;align-items:flex-end;font-size:12px;margin:6px 0 8px}
.hm-legend .key-name{font-weight:600;margin-bottom:2px}
.hm-legend .ramp{display:block;width:200px;height:12px;border:1px solid var(--line)}
.hm-legend .ramp-scale{display:flex;justify-content:space-between;width:200px;color:var(--muted);font-size:11px}
.hm-legend p{flex:1 1 320px;max-width:560px;margin:0}
details{margin:6px 0}
summary{cursor:pointer;color:var(--accent)}
table.classes td.barcell{white-space:nowrap}
table.classes td.barcell svg{vertical-align:-1px}
table.classes td.barcell .v{display:inline-block;width:52px;margin-left:6px}
svg rect.track{fill:#eef1f4}
svg rect.bp,.sw.bp{fill:#4e79a7;background:#4e79a7}
svg rect.br,.sw.br{fill:#f28e2b;background:#f28e2b}
svg rect.bf,.sw.bf{fill:#59a14f;background:#59a14f}
.two{display:flex;flex-wrap:wrap;gap:18px 36px;align-items:flex-start}
.two>div{flex:1 1 420px;min-width:0}
svg rect.frame{fill:#fff;stroke:#b8c0c8}
svg line.diagonal{stroke:#7b8794;stroke-width:1.2;stroke-dasharray:5 4}
svg line.gap{stroke:#e15759;stroke-width:6;stroke-opacity:.28}
svg circle.rel{fill:var(--accent);fill-opacity:.85;stroke:#fff;stroke-width:1}
svg rect.hist{fill:#a0cbe8}
.ece{display:flex;gap:22px;flex-wrap:wrap;margin:4px 0 10px;font-variant-numeric:tabular-nums}
.ece b{font-size:18px}
article.wrong{border:1px solid var(--line);border-radius:6px;padding:4px 14px 12px;margin:12px 0;background:#fff}
article.wrong h3{display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
.rid{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:14px;overflow-wrap:anywhere}
.tag{font-size:12px;font-weight:500;background:var(--panel);border:1px solid var(--line);border-radius:3px;padding:0 5px}
table.mistakes{margin:2px 0 8px;font-size:13px}
table.mistakes td.exp{color:#2f6f3e}
table.mistakes td.got{color:#b42318}
.text{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--panel);border-left:3px solid var(--line);padding:8px 10px;max-height:18em;overflow-y:auto;font-size:13px;unicode-bidi:plaintext}
mark.ev{border-radius:2px;padding:0 1px;color:inherit}
mark.ev-cat{background:#ffe08a}
mark.ev-sup{background:#e0e0e0;text-decoration:line-through}
mark.ev-geo{background:#b8e0c4}
mark.ev-ship{background:#c9dcf5}
mark.ev-price{background:#f7c9d4}
mark.ev-lang{background:#e2d4f0}
mark.ev-other{background:#eadfc8}
mark.ev-multi{box-shadow:inset 0 -2px 0 #1f2933}
ul.evidence{margin:8px 0 0;padding-left:18px;font-size:12px}
ul.marks{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12px;margin:6px 0}
footer{margin-top:40px;font-size:12px;color:var(--muted)}
`;

function section(id: string, title: string, body: string): string {
  return `<section id="${id}"><h2>${esc(title)}</h2>${body}</section>`;
}

/**
 * Renders an evaluation report as one self-contained HTML page: summary figures with 95% intervals,
 * the category confusion matrix as a heatmap, per-class precision/recall/F1 bars, per-language bars,
 * the reliability diagram with ECE, and the wrong records with their evidence highlighted. No script,
 * no external resource (a strict Content-Security-Policy says so too); every datum is escaped.
 *
 * @example
 * writeFileSync('report.html', renderHtmlReport(await evaluate(records, classify), { source: 'dev.jsonl' }));
 */
export function renderHtmlReport(report: EvalReport, options: HtmlReportOptions = {}): string {
  const title = options.title ?? 'contraband evaluation';
  const fields = report.fields;
  const all = report.all;
  const hasCategory = fields.includes('category') && all.category.accuracy.n > 0;

  const langs = report.byLang.map((g) => `<bdi>${esc(g.group)}</bdi> ${g.records}`);
  if (report.withoutLang > 0) langs.push(`${report.withoutLang} without lang`);
  const meta = [
    options.source !== undefined ? `source <b><bdi>${esc(options.source)}</bdi></b>` : null,
    `<b>${report.records}</b> records${langs.length > 0 ? ` (${langs.join(', ')})` : ''}`,
    `fields scored: ${fields.map(esc).join(', ') || 'none'}`,
    options.generatedAt !== undefined ? `generated ${esc(options.generatedAt)}` : null,
  ].filter((x) => x !== null);

  const sections: string[] = [];
  const toc: [string, string][] = [];
  const add = (id: string, name: string, body: string) => {
    toc.push([id, name]);
    sections.push(section(id, name, body));
  };

  // Summary
  const cards = mainFigures(all).filter((f) => {
    const field = FIGURE_FIELD[f.key];
    return field !== undefined && fields.includes(field) && scored(all, field);
  });
  const unlabelled = fields.filter((f) => !scored(all, f));
  const notes = `<p class="notes">Intervals are 95%: Wilson score intervals for rates; † percentile interval of a seeded Poisson bootstrap over records (1000 resamples of the confusion matrix), none when every record is right (nothing to resample); ‡ F1 of a set field is micro-averaged and has no interval: its precision (P) and recall (R) have Wilson intervals.${unlabelled.length > 0 ? ` Not labelled in these records: ${unlabelled.map(esc).join(', ')}.` : ''}</p>`;
  add('summary', 'Summary', `${summaryCards(cards)}${detailTable(detailRows(all, fields))}${notes}`);

  // Per language
  if (report.byLang.length > 0) {
    const groups = [all, ...report.byLang];
    add('languages', 'By language', `${languageChart(groups, fields)}${languageTable(groups, fields)}`);
  }

  // Category
  if (hasCategory) {
    const perLang = report.byLang
      .filter((g) => g.category.accuracy.n > 0)
      .map((g, i) => `<details><summary>lang <bdi>${esc(g.group)}</bdi>: ${g.category.accuracy.n} records, accuracy ${pct(g.category.accuracy.rate)}</summary>${heatmap(g.category.confusion, `confusion-lang-${i}`)}</details>`)
      .join('');
    add(
      'confusion',
      'Category confusion matrix',
      `${heatmapLegend()}${heatmap(all.category.confusion, 'confusion-all')}${perLang ? `<h3>Per language</h3>${perLang}` : ''}<h3>Target classes (drugs, firearms, wildlife, rest)</h3>${heatmap(all.category.target.confusion, 'confusion-target')}`,
    );
    add(
      'classes',
      'Per class: precision, recall, F1',
      `<p class="muted small">Bars with whiskers: the rate and its 95% Wilson interval. Support: records labelled with the class; predicted: records predicted as it.</p>${classTable('category', all.category.classes, 'classes-category')}<h3>Target classes</h3>${classTable('target class', all.category.target.classes, 'classes-target')}`,
    );
  }
  const setParts: string[] = [];
  if (fields.includes('shipping') && all.shipping.records > 0 && all.shipping.values.length > 0) setParts.push(`<h3>Shipping methods</h3>${classTable('shipping', all.shipping.values, 'classes-shipping')}`);
  if (fields.includes('carriers') && all.carriers.records > 0 && all.carriers.values.length > 0) setParts.push(`<h3>Carriers</h3>${classTable('carrier', all.carriers.values, 'classes-carriers')}`);
  if (setParts.length > 0) add('sets', 'Shipping and carriers per value', setParts.join(''));

  // Calibration
  if (hasCategory) {
    const r = all.calibration;
    const figures = `<div class="ece"><div>ECE <b>${r.ece === null ? '—' : r.ece.toFixed(3)}</b></div><div>MCE <b>${r.mce === null ? '—' : r.mce.toFixed(3)}</b></div><div>mean confidence <b>${pct(r.meanConfidence)}</b></div><div>share right <b>${pct(r.accuracy.rate)}</b></div><div class="muted">${r.n} decisions with a confidence, ${r.missing} without (left out)</div></div>`;
    const explain = `<p class="muted small">Each point is a confidence bin: mean confidence (x) against the share of its category decisions that were right (y), with a 95% Wilson interval; its area grows with the bin's count, written under it and in the histogram. The red band is the gap to the diagonal. ECE is the count-weighted mean gap.</p>`;
    add('calibration', 'Calibration of the category confidence', `${figures}<div class="two">${calibrationPlot(r, 'calibration-all')}<div>${calibrationTable(r)}${explain}</div></div>`);
  }

  // Wrong records
  const shown = report.errors.records;
  const marks = MARK_LEGEND.map(([cls, name]) => `<li><mark class="ev ${cls}">${esc(name)}</mark></li>`).join('');
  const wrongBody =
    shown.length === 0
      ? `<p>${report.errors.total} wrong records; none kept in the report (<code>--errors N</code> keeps N).</p>`
      : `<p>${report.errors.total} records with at least one wrong field; showing the first ${shown.length}. Highlighted in the text: the prediction's evidence, by field.</p><ul class="marks">${marks}</ul>${shown.map(wrongRecord).join('')}`;
  add('errors', `Wrong records (${report.errors.total})`, wrongBody);

  const nav = `<nav class="toc">${toc.map(([id, name]) => `<a href="#${id}">${esc(name)}</a>`).join('')}</nav>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header><h1>${esc(title)}</h1><p class="meta">${meta.join(' · ')}</p>${nav}</header>
${sections.join('\n')}
<footer>Made by contraband's <code>renderHtmlReport</code>: one file, no script, nothing loaded from elsewhere.</footer>
</main>
</body>
</html>
`;
}
