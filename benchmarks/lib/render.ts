/**
 * Markdown for benchmarks/RESULTS.md and for the scripts' own output: pure functions from the JSON files
 * in benchmarks/out to text, so tests can check rows from small fixtures.
 */
import { formatNumber, formatRate, formatValue, type EvalReport, type GroupReport, type Rate } from '../../src/eval/index.js';
import { describeStamp, type RunStamp } from './env.js';
import type { GroupScore } from './baseline.js';
import { DISPUTE_RULES } from './disputes.js';
import type { BaselineSet, BaselinesFile, BatchFile, SpeedFile, Throughput } from './results.js';

/** One set of benchmarks/out/accuracy.json, as benchmarks/accuracy.ts writes it. */
export interface AccuracyEntry {
  description: string;
  records: number;
  seconds: number;
  report: EvalReport;
  /** Market sets only: ids whose market label we dispute, by rule (benchmarks/lib/disputes.ts). */
  disputed?: Record<string, string[]>;
}
/** benchmarks/out/accuracy.json: set name → entry, or null when the set was NOT MEASURED. */
export type AccuracyFile = Record<string, AccuracyEntry | null>;

/** The sets of an accuracy file, skipping any key that is not a set (a stamp, should one be added). */
export function accuracySets(file: AccuracyFile): [string, AccuracyEntry | null][] {
  return Object.entries(file).filter(([name, v]) => !name.startsWith('_') && (v === null || (typeof v === 'object' && 'report' in v)));
}

const escapeCell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * A GitHub-flavoured markdown table. `align` per column: 'l' or 'r' (default: first left, others right).
 *
 * @example
 * mdTable(['a', 'b'], [['x', '1']]); // '| a | b |\n|:--|--:|\n| x | 1 |'
 */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[] = []): string {
  const a = header.map((_, i) => align[i] ?? (i === 0 ? 'l' : 'r'));
  const line = (cells: readonly string[]): string => `| ${header.map((_, i) => escapeCell(cells[i] ?? '')).join(' | ')} |`;
  return [line(header), `|${a.map((x) => (x === 'l' ? ':--' : '--:')).join('|')}|`, ...rows.map(line)].join('\n');
}

/** A rate as the accuracy report prints it, or — when nothing was scored. */
export function rateCell(r: Rate): string {
  return r.n === 0 ? '—' : formatRate(r);
}

/** A plain number with `digits` decimals and thousands separators; — for null. */
export function num(x: number | null | undefined, digits = 0): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Bytes as B, KB, MB (10^3 steps). */
export function bytes(n: number): string {
  if (n < 1e3) return `${n} B`;
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} KB`;
  return `${(n / 1e6).toFixed(2)} MB`;
}

const passMiss = (pass: boolean): string => (pass ? 'PASS' : 'MISS');

/** A line naming the command and the run that produced a table. */
export function producedBy(s: RunStamp): string {
  return `Produced by \`${s.command}\` at ${describeStamp(s)}.`;
}

// ---------------------------------------------------------------- accuracy

/** The gated figures of one group, as [figure, cell] rows; a field the group does not label shows —. */
export function accuracyRows(g: GroupReport): [string, string][] {
  const f1 = (m: GroupReport['shipping']): string => (m.records === 0 ? '—' : `${formatNumber(m.f1)} (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`);
  const labelled = g.category.accuracy.n > 0;
  return [
    ['category accuracy', rateCell(g.category.accuracy)],
    ['category macro-F1', labelled ? `${formatNumber(g.category.macroF1)} (${g.category.classes.length} classes)` : '—'],
    ['target accuracy', rateCell(g.category.target.accuracy)],
    ['target macro-F1', labelled ? `${formatNumber(g.category.target.macroF1)} (${g.category.target.classes.length} classes)` : '—'],
    ['subcategory accuracy', rateCell(g.subcategory.accuracy)],
    ['origin accuracy', rateCell(g.origin.accuracy)],
    ['origin presence precision', g.origin.accuracy.n === 0 ? '—' : rateCell(g.origin.presence.precision)],
    ['origin presence recall', g.origin.accuracy.n === 0 ? '—' : rateCell(g.origin.presence.recall)],
    ['shipping F1', f1(g.shipping)],
    ['carriers F1', f1(g.carriers)],
    ['price accuracy', rateCell(g.price.accuracy)],
    ['price presence precision', g.price.accuracy.n === 0 ? '—' : rateCell(g.price.presence.precision)],
    ['price presence recall', g.price.accuracy.n === 0 ? '—' : rateCell(g.price.presence.recall)],
    ['lang accuracy', rateCell(g.lang.accuracy)],
    ['calibration ECE', g.calibration.n === 0 ? '—' : `${formatNumber(g.calibration.ece)} (${g.calibration.n} decisions)`],
  ];
}

/** One set's figures: a row per figure, a column per group (all, then each language). */
export function renderAccuracySet(name: string, entry: AccuracyEntry | null): string {
  if (entry === null) return `### ${name}: NOT MEASURED\n\nThe set's files were absent when accuracy.json was written.`;
  const r = entry.report;
  const groups = [r.all, ...r.byLang];
  const perGroup = groups.map(accuracyRows);
  const rows = perGroup[0]!.map(([figure], i) => [figure, ...perGroup.map((g) => g[i]![1])]);
  const langs = r.byLang.map((g) => `${g.group} ${g.records}`).join(', ');
  const head = `### ${name}: ${entry.description}, ${r.records} records${langs ? ` (${langs}${r.withoutLang > 0 ? `, ${r.withoutLang} without lang` : ''})` : r.withoutLang > 0 ? ' (no lang labels)' : ''}`;
  const note = 'Rates: value (k/n) [95% Wilson interval]. F1 of shipping and carriers is micro-averaged over values; macro-F1 is over the classes present in the labels.';
  return [head, `${num(entry.records / entry.seconds)} listings/s while evaluating.`, mdTable(['figure', ...groups.map((g) => g.group)], rows, ['l', ...groups.map(() => 'l' as const)]), note].join('\n\n');
}

/** The reliability table of the set's category confidence (all records), with ECE and MCE. */
export function renderReliability(name: string, entry: AccuracyEntry | null): string {
  if (entry === null) return `### ${name}: NOT MEASURED`;
  const c = entry.report.all.calibration;
  if (c.n === 0) return `### ${name}\n\nNo category decisions with a confidence.`;
  const rows = c.bins.map((b) => [
    `${b.low.toFixed(1)}–${b.high.toFixed(1)}`,
    String(b.count),
    formatNumber(b.meanConfidence),
    rateCell(b.accuracy),
    b.meanConfidence === null || b.accuracy.rate === null ? '—' : (b.accuracy.rate - b.meanConfidence).toFixed(3),
  ]);
  const byLang = entry.report.byLang.filter((g) => g.calibration.n > 0).map((g) => `${g.group} ${formatNumber(g.calibration.ece)}`);
  return [
    `### ${name}`,
    mdTable(['confidence', 'count', 'mean confidence', 'accuracy', 'accuracy − confidence'], rows, ['l', 'r', 'r', 'l', 'r']),
    `ECE ${formatNumber(c.ece)}, MCE ${formatNumber(c.mce)}, mean confidence ${formatNumber(c.meanConfidence)}, accuracy ${rateCell(c.accuracy)}; ${c.n} decisions with a confidence, ${c.missing} without.${byLang.length > 0 ? ` ECE by language: ${byLang.join(', ')}.` : ''}`,
  ].join('\n\n');
}

/** The most frequent off-diagonal cells of a confusion matrix, as `label → predicted n`. */
export function topConfusions(c: GroupReport['category']['confusion'], max = 3): string[] {
  const cells: { label: string; predicted: string; count: number }[] = [];
  c.labels.forEach((label, i) => {
    c.predictions.forEach((predicted, j) => {
      const count = c.counts[i]?.[j] ?? 0;
      if (predicted !== label && count > 0) cells.push({ label, predicted, count });
    });
  });
  cells.sort((a, b) => b.count - a.count || (a.label + a.predicted < b.label + b.predicted ? -1 : 1));
  return cells.slice(0, max).map((x) => `${x.label} → ${x.predicted} ${x.count}`);
}

/** The values of a set field with the most misses (fn) and false finds (fp). */
function topSetValues(m: GroupReport['shipping'], max = 3): string[] {
  return [...m.values]
    .filter((v) => v.fn + v.fp > 0)
    .sort((a, b) => b.fn + b.fp - (a.fn + a.fp) || (a.name < b.name ? -1 : 1))
    .slice(0, max)
    .map((v) => `${v.name} fn ${v.fn} fp ${v.fp}`);
}

/**
 * Wrong records by field for one group, from the report's figures (so it needs no kept errors): how many
 * were scored and wrong, and of the wrong ones how many were missed (labelled, nothing predicted),
 * spurious (predicted where the label is null) or a wrong value. For shipping and carriers the split
 * counts values (fn, fp), not records.
 */
export function errorKindRows(g: GroupReport): string[][] {
  const rows: string[][] = [];
  const cat = g.category;
  if (cat.accuracy.n > 0) {
    const noneCol = cat.confusion.predictions.length - 1; // "(none)" is always last
    const missed = cat.confusion.counts.reduce((s, row) => s + (row[noneCol] ?? 0), 0);
    const wrong = cat.accuracy.n - cat.accuracy.k;
    rows.push(['category', String(cat.accuracy.n), String(wrong), String(missed), '—', String(wrong - missed), topConfusions(cat.confusion).join('; ')]);
  }
  if (g.subcategory.accuracy.n > 0) {
    const a = g.subcategory.accuracy;
    rows.push(['subcategory', String(a.n), String(a.n - a.k), '—', '—', '—', 'right only when the category is right too']);
  }
  for (const field of ['origin', 'price'] as const) {
    const m = g[field];
    if (m.accuracy.n === 0) continue;
    const wrong = m.accuracy.n - m.accuracy.k;
    const missed = m.presence.recall.n - m.presence.recall.k;
    const spurious = m.presence.precision.n - m.presence.precision.k;
    rows.push([field, String(m.accuracy.n), String(wrong), String(missed), String(spurious), String(wrong - missed - spurious), '']);
  }
  for (const field of ['shipping', 'carriers'] as const) {
    const m = g[field];
    if (m.records === 0) continue;
    rows.push([field, String(m.records), String(m.records - m.exact.k), `${m.fn} values`, `${m.fp} values`, '—', topSetValues(m).join('; ')]);
  }
  if (g.lang.accuracy.n > 0) {
    const a = g.lang.accuracy;
    rows.push(['lang', String(a.n), String(a.n - a.k), '—', '—', String(a.n - a.k), '']);
  }
  return rows;
}

/** The most common (field, expected → got) among the kept wrong records. */
export function commonMistakes(records: EvalReport['errors']['records'], max = 10): { field: string; mistake: string; count: number }[] {
  const counts = new Map<string, { field: string; mistake: string; count: number }>();
  for (const r of records) {
    for (const m of r.mistakes) {
      const mistake = `${formatValue(m.expected, m.field)} → ${formatValue(m.got, m.field)}`;
      const key = `${m.field}\u0000${mistake}`;
      const e = counts.get(key);
      if (e) e.count++;
      else counts.set(key, { field: m.field, mistake, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.field + a.mistake < b.field + b.mistake ? -1 : 1)).slice(0, max);
}

/** One set's "remaining errors by kind": the table from the figures, then the kept errors when there are any. */
export function renderErrorsByKind(name: string, entry: AccuracyEntry | null): string {
  if (entry === null) return `### ${name}: NOT MEASURED`;
  const r = entry.report;
  const parts = [
    `### ${name}`,
    `${r.errors.total} of ${r.records} records have at least one wrong field.`,
    mdTable(['field', 'scored', 'wrong', 'missed', 'spurious', 'wrong value', 'most frequent'], errorKindRows(r.all), ['l', 'r', 'r', 'r', 'r', 'r', 'l']),
  ];
  const kept = r.errors.records;
  if (kept.length > 0) {
    const which = kept.length < r.errors.total ? `the first ${kept.length} of ${r.errors.total} wrong records (in input order)` : `all ${kept.length} wrong records`;
    parts.push(`Most common mistakes among ${which}:`);
    parts.push(mdTable(['field', 'expected → got', 'records'], commonMistakes(kept).map((m) => [m.field, m.mistake, String(m.count)]), ['l', 'l', 'r']));
  } else if (r.errors.total > 0) {
    parts.push('The report kept no wrong records; `npm run accuracy -- --errors Infinity` keeps them all and adds the most common mistakes here.');
  }
  return parts.join('\n\n');
}

// ---------------------------------------------------------------- baselines

const scoreCells = (s: GroupScore): string[] => [rateCell(s.accuracy), formatNumber(s.macroF1)];

/** One set's baselines table (a row per group) and the Bayes and contraband speed lines under it. */
export function renderBaselineSet(set: BaselineSet): string {
  const rows = set.groups.map((g) => [g.group, String(g.records), ...scoreCells(g.majority), ...scoreCells(g.bayes), ...scoreCells(g.multinomialNB), ...scoreCells(g.contraband)]);
  const header = ['group', 'records', 'majority accuracy', 'majority macro-F1', 'natural Bayes accuracy', 'natural Bayes macro-F1', 'multinomial NB accuracy', 'multinomial NB macro-F1', 'contraband accuracy', 'contraband macro-F1'];
  const meanTrain = set.bayes.trainMs.reduce((a, b) => a + b, 0) / Math.max(1, set.bayes.trainMs.length);
  const meanRecords = set.bayes.trainRecords.reduce((a, b) => a + b, 0) / Math.max(1, set.bayes.trainRecords.length);
  const majority = [...new Set(set.majorityLabels)].join(', ');
  return [
    mdTable(header, rows, ['l', 'r', 'l', 'r', 'l', 'r', 'l', 'r', 'l', 'r']),
    `Majority class (of each training part): ${majority}. natural Bayes: trained in ${num(meanTrain)} ms per fold on ${num(meanRecords)} records, classifies ${num(set.bayes.classifyPerSecond)} records/s; ${set.bayes.underflow} of ${set.records} predictions were blind picks (every class underflowed to 0). contraband (category only, extract: false): ${num(set.contraband.classifyPerSecond)} records/s.`,
  ].join('\n\n');
}

/** The baselines section: the run's stamp and a table per set. */
export function renderBaselines(file: BaselinesFile): string {
  const parts = [
    producedBy(file.stamp),
    `Majority: the most frequent category of the training folds. natural Bayes: natural's BayesClassifier, ${file.k}-fold cross-validation${file.stratified ? ' stratified by category' : ''}, seed ${file.seed}, tokens lower-cased, diacritics stripped, split on non-alphanumerics. Multinomial NB: a textbook multinomial naive Bayes (Laplace smoothing) on the same folds and tokens, because natural's scoring charges an unseen word less to a small class than to a large one and so sends texts with rare words to the smallest classes; it can score below the majority class. contraband: not trained on these records. Intervals: 95% Wilson.${file.quick ? ' **Quick run: samples, not the full sets.**' : ''}`,
  ];
  for (const [name, set] of Object.entries(file.sets)) {
    if (set === null) parts.push(`### ${name}: NOT MEASURED`);
    else parts.push(`### ${name}: ${set.description}, ${set.records} records${set.sampled ? ' (sample)' : ''}`, renderBaselineSet(set));
  }
  return parts.join('\n\n');
}

// ---------------------------------------------------------------- speed

/** Throughput rows: input, listings, bytes per pass, median listings/s and MB/s, best listings/s. */
export function throughputRows(ts: readonly Throughput[]): string[][] {
  return ts.map((t) => [t.name, num(t.listings), bytes(t.bytes), num(t.listingsPerSecond), num(t.mbPerSecond, 2), num(t.bestListingsPerSecond), String(t.rounds.length)]);
}

/** The speed section: targets first, then every table behind them. */
export function renderSpeed(s: SpeedFile): string {
  const parts: string[] = [producedBy(s.stamp)];
  if (s.quick) parts.push('**Quick run: small samples and short rounds; the numbers are rough.**');
  parts.push(
    `Measured: ${s.subject === 'dist' ? 'the built package (dist/index.js)' : 'the source through tsx (dist/ was not used)'}, one thread. Pipeline stages: the source's stage functions through tsx.`,
  );
  parts.push('#### Targets', mdTable(['target', 'measured', 'result'], s.targets.map((t) => [t.target, t.measured, passMiss(t.pass)]), ['l', 'l', 'l']));

  const sources = Object.entries(s.inputs.titles.sources).map(([k, v]) => `${k} ${v}`).join(', ');
  const NOT_MEASURED = 'NOT MEASURED in this run (`--only` left it out, or it needs dist/).';
  if (s.throughput.length === 0) parts.push('#### Throughput', NOT_MEASURED);
  else parts.push(
    '#### Throughput',
    `Short titles: ${num(s.inputs.titles.count)} first lines of labelled listings (${sources}), ${bytes(s.inputs.titles.bytes)}. Long pages: ${s.inputs.pages.count} synthetic pages of ${bytes(s.inputs.pages.minBytes)}–${bytes(s.inputs.pages.maxBytes)} (corpus listings joined with filler prose), ${bytes(s.inputs.pages.bytes)}. Median of the rounds; MB = 10^6 bytes of UTF-8.`,
    mdTable(['input', 'listings', 'per pass', 'listings/s', 'MB/s', 'best listings/s', 'rounds'], [...throughputRows(s.throughput), ...throughputRows(s.bayes.throughput)]),
    `The natural Bayes rows: trained on ${num(s.bayes.trainRecords)} records in ${num(s.bayes.trainMs)} ms, category only.`,
  );

  const stageNames = [...new Set(s.stages.flatMap((x) => x.stages.map((y) => y.stage)))];
  if (s.stages.length > 0) {
    const rows = stageNames.map((name) => [
      name,
      ...s.stages.flatMap((x) => {
        const c = x.stages.find((y) => y.stage === name);
        return c ? [num(c.usPerListing, 1), `${(c.share * 100).toFixed(1)}%`] : ['—', '—'];
      }),
    ]);
    rows.push(['sum of stages', ...s.stages.flatMap((x) => [num(x.stages.reduce((a, b) => a + b.usPerListing, 0), 1), '100%'])]);
    rows.push(['whole classify()', ...s.stages.flatMap((x) => [num(x.classifyUs, 1), ''])]);
    parts.push(
      '#### Pipeline stages',
      'Each stage timed alone over the same inputs (its inputs computed beforehand), in µs per listing. `classify()` also builds evidence, code-point offsets and the result.',
      mdTable(['stage', ...s.stages.flatMap((x) => [`${x.input} µs`, 'share'])], rows),
    );
  }

  const st = s.startup;
  if (st.runs === 0) parts.push('#### Start-up', NOT_MEASURED);
  else parts.push(
    '#### Start-up',
    `Fresh child processes, median of ${st.runs}. Import: loading the module; first result: the first \`classify()\`, which builds the default classifier (reads and compiles the lexicons); process: from process start to the first result, Node's own start-up included.`,
    mdTable(
      ['module', 'import ms', 'first result ms', 'import + first result ms', 'process ms'],
      [
        ['ESM (import)', num(st.esm.importMs, 1), num(st.esm.firstResultMs, 1), num(st.esm.totalMs, 1), num(st.esm.processMs, 1)],
        ['CJS (require)', num(st.cjs.importMs, 1), num(st.cjs.firstResultMs, 1), num(st.cjs.totalMs, 1), num(st.cjs.processMs, 1)],
      ],
    ),
  );
  parts.push('#### Memory and install footprint');
  if (s.memory.listings === 0) parts.push(`Peak RSS: ${NOT_MEASURED}`);
  else {
    const how =
      s.memory.method === 'VmHWM'
        ? `/proc/self/status VmHWM (on Linux a child's \`process.resourceUsage().maxRSS\` keeps the forking parent's RSS across exec; it said ${num(s.memory.resourceUsageMaxRssMB, 1)} MiB)`
        : '`process.resourceUsage().maxRSS`';
    parts.push(
      `Peak RSS of a fresh process that creates a classifier and classifies ${num(s.memory.listings)} listings: ${num(s.memory.maxRssMB, 1)} MiB, read from ${how}. A bare \`node -e\` peaks at ${num(s.memory.bareNodeMaxRssMB, 1)} MiB.`,
    );
  }
  if (s.footprint.parts.length === 0) parts.push(`Install footprint: ${NOT_MEASURED}`);
  else parts.push(
    'Install footprint: what `npm install contraband` puts on disk (dist/, the lexicons, the runtime dependencies from `npm ls --omit=dev --all --parseable`).',
    mdTable(
      ['part', 'bytes', 'du KB'],
      [...s.footprint.parts.map((p) => [p.name, bytes(p.bytes), num(p.diskKB)]), ['total', bytes(s.footprint.totalBytes), num(s.footprint.totalDiskKB)]],
    ),
  );

  if (s.pathological.length > 0) {
    const rows = s.pathological.map((p) => [
      p.pattern,
      p.points.map((x) => `${bytes(x.bytes)}: ${x.ms === null ? (x.note ?? 'skipped') : num(x.ms, 1)}`).join(' · '),
      p.ratios.map((r) => (r === null ? '—' : r.toFixed(2))).join(', '),
      p.exponent === null ? '—' : p.exponent.toFixed(2),
      p.linear ? 'linear' : '**not linear**',
    ]);
    parts.push(
      '#### Pathological input',
      'classify() with extraction, size: ms, the best of up to five runs per size on one warmed classifier (the runs go round all the sizes in turn, so a noisy spell of this shared host falls on every size rather than on one), each run with a letter of its own glued to the front so a giant word is never found already analysed in the word memo. Ratio: time at twice the size over time at the size (about 2 when linear). Exponent: slope of log time against log size over all sizes (1 linear, 2 quadratic), which one noisy point moves less. Linear: exponent ≤ 1.2 and last ratio ≤ 2.5. A size is skipped when the one before it, grown quadratically, would take over a minute.',
      mdTable(['pattern', 'size: ms', 'ratios', 'exponent', 'verdict'], rows, ['l', 'l', 'l', 'r', 'l']),
    );
  }
  return parts.join('\n\n');
}

// ---------------------------------------------------------------- disputed labels

/** RESULTS.md: how many category errors of each market set are labels we dispute, by rule. */
export function renderDisputedSummary(file: AccuracyFile): string {
  const rows: string[][] = [];
  for (const [name, entry] of accuracySets(file)) {
    if (entry === null || entry.disputed === undefined) continue;
    const wrong = entry.report.all.category.accuracy.n - entry.report.all.category.accuracy.k;
    const total = Object.values(entry.disputed).reduce((a, v) => a + v.length, 0);
    for (const rule of DISPUTE_RULES) rows.push([name, rule.id, String(entry.disputed[rule.id]?.length ?? 0), rule.reason]);
    rows.push([name, 'all rules', `${total} of ${wrong} category errors`, '']);
  }
  if (rows.length === 0) return 'No market set was measured.';
  return [
    'Category errors on the market sets where we believe the market label is wrong under FORMAT.md. They are NOT discounted: every figure above counts them as errors. The ids are in [DISPUTED.md](DISPUTED.md), generated with this file; the rules are in `benchmarks/lib/disputes.ts` and fire only where contraband answers what the FORMAT.md clause gives, with lexicon evidence for it.',
    mdTable(['set', 'rule', 'records', 'why'], rows, ['l', 'l', 'r', 'l']),
  ].join('\n\n');
}

/** benchmarks/DISPUTED.md: the ids behind the summary, by set and rule. */
export function renderDisputedIds(file: AccuracyFile | null): string {
  const parts = ['# contraband: disputed market labels', '<!-- Generated by `npm run report` from benchmarks/out/accuracy.json. Do not edit by hand. -->'];
  if (file === null) return `${[...parts, 'NOT RUN: run `npm run accuracy`.'].join('\n\n')}\n`;
  parts.push('Records of the market sets whose category label we believe is wrong under ../shared/data/FORMAT.md, by rule (`benchmarks/lib/disputes.ts`). They still count as errors in RESULTS.md.');
  for (const [name, entry] of accuracySets(file)) {
    if (entry === null || entry.disputed === undefined) continue;
    for (const rule of DISPUTE_RULES) {
      const ids = entry.disputed[rule.id] ?? [];
      parts.push(`## ${name}: ${rule.id} (${ids.length})`, rule.reason, ids.length === 0 ? '(none)' : ids.join(' '));
    }
  }
  return `${parts.join('\n\n')}\n`;
}

// ---------------------------------------------------------------- batch

/** The batch section: the CLI on a generated JSONL file with 1 and 2 workers. */
export function renderBatch(b: BatchFile): string {
  const mb = b.input.bytes / 1e6;
  const perRecord = b.input.bytes / Math.max(1, b.input.records);
  const rows = b.runs.map((r) => [
    String(r.workers),
    `${r.seconds.toFixed(1)} s`,
    `${r.records.toLocaleString('en-US')} of ${b.input.records.toLocaleString('en-US')}`,
    Math.round(r.records / r.seconds).toLocaleString('en-US'),
    ((r.records * perRecord) / 1e6 / r.seconds).toFixed(2),
    r.peakRssMb === null ? '?' : `${r.peakRssMb.toFixed(0)} MB`,
    String(r.exitCode),
    r.outputHash ?? '-',
  ]);
  const hashes = b.runs.map((r) => r.outputHash);
  const parts = [
    `Produced by \`${b.stamp.command}\` (${describeStamp(b.stamp)}; load at the end ${b.loadAtEnd}). CLI: ${b.cli}. Input: ${mb >= 1000 ? `${(mb / 1000).toFixed(2)} GB` : `${mb.toFixed(1)} MB`} of generated JSONL listings, ${b.input.records.toLocaleString('en-US')} records (${Math.round(perRecord)} bytes each on average).`,
    mdTable(['workers', 'wall time', 'listings done', 'listings/s', 'MB/s', 'peak RSS (process, all threads)', 'exit', 'output sha256'], rows, ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'l']),
  ];
  if (b.timeLimit !== null) parts.push(`Each run was interrupted (SIGINT) after ${b.timeLimit} s: rates count the listings finished in order by then.`);
  if (hashes.length > 1 && hashes.every((h) => h !== null)) parts.push(`Outputs byte-identical across worker counts: ${hashes.every((h) => h === hashes[0]) ? 'yes' : 'NO'}.`);
  parts.push('Commands:', b.runs.map((r) => `    ${r.command}`).join('\n'));
  return parts.join('\n\n');
}

// ---------------------------------------------------------------- the whole file

/** What report.ts hands the renderer: whichever files exist (null: NOT RUN). */
export interface ResultsInput {
  stamp: RunStamp;
  accuracy: AccuracyFile | null;
  /** When accuracy.json was written (accuracy.ts does not stamp its file). */
  accuracyWritten: string | null;
  baselines: BaselinesFile | null;
  speed: SpeedFile | null;
  batch?: BatchFile | null;
}

const NOT_RUN = (command: string, file: string): string => `NOT RUN: benchmarks/out/${file} is absent (or was written by an older version of the script); run \`${command}\`.`;

/** The whole of benchmarks/RESULTS.md. */
export function renderResults(input: ResultsInput): string {
  const s = input.stamp;
  const parts: string[] = [
    '# contraband: benchmark results',
    '<!-- Generated by `npm run report` from benchmarks/out/*.json. Do not edit by hand: regenerate. -->',
    `Report written at commit ${s.commit ?? '(none)'}${s.dirty ? ' (dirty: the working tree had uncommitted changes)' : ''}, Node ${s.node}, ${s.cpu} × ${s.cores} cores, ${s.date.replace(/\.\d+Z$/, 'Z')}. Each section names the command and the run that produced it; a run on a loaded machine (load above the core count) understates speed.`,
  ];

  parts.push('## Accuracy');
  if (input.accuracy === null) parts.push(NOT_RUN('npm run accuracy', 'accuracy.json'));
  else {
    const sets = accuracySets(input.accuracy);
    parts.push(`Produced by \`npm run accuracy\`${input.accuracyWritten ? `; benchmarks/out/accuracy.json written ${input.accuracyWritten}` : ''}.`);
    for (const [name, entry] of sets) parts.push(renderAccuracySet(name, entry));
    parts.push('## Calibration', 'Reliability of the category confidence over all records of each set (`npm run accuracy`).');
    for (const [name, entry] of sets) parts.push(renderReliability(name, entry));
  }

  parts.push('## Baselines');
  parts.push(input.baselines === null ? NOT_RUN('npm run baselines', 'baselines.json') : renderBaselines(input.baselines));

  parts.push('## Speed');
  parts.push(input.speed === null ? NOT_RUN('npm run bench', 'speed.json') : renderSpeed(input.speed));

  parts.push('## Batch');
  parts.push(input.batch === null || input.batch === undefined ? NOT_RUN('npm run bench:batch -- --size 1GB --compare', 'batch.json') : renderBatch(input.batch));

  parts.push('## Remaining errors by kind');
  if (input.accuracy === null) parts.push(NOT_RUN('npm run accuracy', 'accuracy.json'));
  else {
    parts.push(
      'Wrong records per field over all records of each set (`npm run accuracy`). Missed: labelled, nothing predicted. Spurious: predicted where the label is null. Wrong value: both present, different. For shipping and carriers, missed and spurious count values (fn, fp) rather than records.',
    );
    for (const [name, entry] of accuracySets(input.accuracy)) parts.push(renderErrorsByKind(name, entry));
    parts.push('## Disputed labels');
    parts.push(renderDisputedSummary(input.accuracy));
  }
  return `${parts.join('\n\n')}\n`;
}
