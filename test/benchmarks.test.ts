// The benchmark scripts' own logic: the k-fold split, the baselines, the inputs of the speed benchmark and
// the markdown of RESULTS.md, on small fixtures (the scripts themselves are run by npm run baselines,
// bench and report).
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/eval/evaluate.js';
import type { EvalReport } from '../src/eval/index.js';
import { foldTokens, kFold, majorityLabel, scoreGroups, seededRandom, trainMultinomialNB, createNaturalBayes, bayesPredict, type Decision } from '../benchmarks/lib/baseline.js';
import { growth, repeatToBytes, synthesisePages } from '../benchmarks/lib/inputs.js';
import { accuracyRows, accuracySets, errorKindRows, mdTable, renderBaselineSet, renderBatch, renderDisputedIds, renderDisputedSummary, renderErrorsByKind, renderResults, renderSpeed, topConfusions, type AccuracyFile } from '../benchmarks/lib/render.js';
import { findDisputes } from '../benchmarks/lib/disputes.js';
import { createClassifier } from '../src/classifier.js';
import type { BaselineSet, BatchFile, SpeedFile } from '../benchmarks/lib/results.js';
import type { RunStamp } from '../benchmarks/lib/env.js';
import { loadSet, spreadSample, titleOf } from '../benchmarks/lib/sets.js';
import { fixtureClassify, RECORDS } from './eval/fixture.js';

const LABELS = ['drugs', 'drugs', 'drugs', 'drugs', 'drugs', 'drugs', 'drugs', 'firearms', 'firearms', 'firearms', 'wildlife', 'wildlife', 'other'];

describe('kFold', () => {
  it('puts every record in exactly one fold, with fold sizes within one of each other', () => {
    const folds = kFold(LABELS, 5, 42);
    expect(folds).toHaveLength(5);
    const all = folds.flat().sort((a, b) => a - b);
    expect(all).toEqual(LABELS.map((_, i) => i));
    const sizes = folds.map((f) => f.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    for (const f of folds) expect(f).toEqual([...f].sort((a, b) => a - b));
  });

  it('is deterministic for a seed and changes with the seed', () => {
    expect(kFold(LABELS, 5, 42)).toEqual(kFold(LABELS, 5, 42));
    expect(kFold([...LABELS, ...LABELS], 3, 1)).not.toEqual(kFold([...LABELS, ...LABELS], 3, 2));
  });

  it('spreads each label over the folds (stratified)', () => {
    const labels = [...Array<string>(10).fill('a'), ...Array<string>(5).fill('b')];
    for (const fold of kFold(labels, 5, 7)) {
      expect(fold.filter((i) => labels[i] === 'a')).toHaveLength(2);
      expect(fold.filter((i) => labels[i] === 'b')).toHaveLength(1);
    }
  });

  it('also splits without stratification, and refuses k < 2', () => {
    const folds = kFold(LABELS, 4, 3, false);
    expect(folds.flat().sort((a, b) => a - b)).toEqual(LABELS.map((_, i) => i));
    expect(() => kFold(LABELS, 1, 3)).toThrow(RangeError);
  });

  it('draws the same numbers from the same seed', () => {
    const a = seededRandom(9);
    const b = seededRandom(9);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('majority baseline', () => {
  it('takes the most frequent label, the first in sorted order on a tie', () => {
    expect(majorityLabel(['b', 'a', 'b'])).toBe('b');
    expect(majorityLabel(['b', 'a'])).toBe('a');
    expect(majorityLabel([])).toBeNull();
  });

  it('scores accuracy and macro-F1 per group as the accuracy report does', () => {
    // three drugs and one firearms, all predicted drugs: accuracy 3/4; F1 drugs 6/7, firearms 0
    const decisions: Decision[] = [
      { label: 'drugs', predicted: 'drugs', lang: 'en' },
      { label: 'drugs', predicted: 'drugs', lang: 'en' },
      { label: 'drugs', predicted: 'drugs', lang: 'nl' },
      { label: 'firearms', predicted: 'drugs', lang: null },
    ];
    const [all, en, nl, ...rest] = scoreGroups(decisions);
    expect(rest).toEqual([]);
    expect(all).toMatchObject({ group: 'all', records: 4, accuracy: { k: 3, n: 4 } });
    expect(all!.macroF1).toBeCloseTo(3 / 7, 10);
    expect(en).toMatchObject({ group: 'en', records: 2, accuracy: { k: 2, n: 2 }, macroF1: 1 });
    expect(nl).toMatchObject({ group: 'nl', records: 1, accuracy: { k: 1, n: 1 } });
  });
});

describe('Bayes baselines', () => {
  it('folds tokens: lower case, no diacritics, split on non-alphanumerics, accented words whole', () => {
    expect(foldTokens('Cocaïne 90% — ÉCSTASY!')).toEqual(['cocaine', '90', 'ecstasy']);
    expect(foldTokens('  ')).toEqual([]);
  });

  it('multinomial naive Bayes learns word counts', () => {
    const nb = trainMultinomialNB([
      { tokens: ['glock', '19'], label: 'firearms' },
      { tokens: ['weed', 'kush'], label: 'drugs' },
      { tokens: ['weed', 'haze'], label: 'drugs' },
    ]);
    expect(nb.predict(['glock'])).toBe('firearms');
    expect(nb.predict(['kush', 'weed'])).toBe('drugs');
    expect(nb.predict(['unseen'])).toBe('drugs'); // the prior decides
    expect(nb.labels).toEqual(['drugs', 'firearms']);
  });

  it("loads natural's BayesClassifier by its deep path and classifies token lists", () => {
    const m = createNaturalBayes();
    m.addDocument(['glock', 'pistol'], 'firearms');
    m.addDocument(['weed', 'kush'], 'drugs');
    m.train();
    expect(bayesPredict(m, ['glock'])).toEqual({ label: 'firearms', underflow: false });
  });
});

describe('inputs', () => {
  it('reads an absent set as null (NOT MEASURED)', () => {
    expect(loadSet({ name: 'x', files: ['/nonexistent/contraband/x.jsonl'], description: 'x' })).toBeNull();
    expect(loadSet({ name: 'x', files: [], description: 'x' })).toBeNull();
  });

  it('samples evenly and keeps titles', () => {
    expect(spreadSample([1, 2, 3, 4, 5, 6], 3)).toEqual([1, 3, 5]);
    expect(spreadSample([1, 2], 5)).toEqual([1, 2]);
    expect(titleOf('\n  Title here \nbody')).toBe('Title here');
  });

  it('synthesises pages of the asked sizes, deterministically', () => {
    const listings = ['10g cocaine ships from NL', 'Glock 19 Gen5, ships from Belgium, prix 900 €', 'Wiet amnesia 5 gram'];
    const pages = synthesisePages(listings, { count: 3, minBytes: 5000, maxBytes: 9000, seed: 1 });
    expect(pages).toEqual(synthesisePages(listings, { count: 3, minBytes: 5000, maxBytes: 9000, seed: 1 }));
    const sizes = pages.map((p) => Buffer.byteLength(p));
    [5000, 7000, 9000].forEach((target, i) => {
      expect(sizes[i]).toBeLessThanOrEqual(target);
      expect(sizes[i]).toBeGreaterThan(target - 200);
    });
    expect(listings.some((l) => pages[0]!.startsWith(l))).toBe(true);
  });

  it('repeats a unit to at least a byte size', () => {
    expect(Buffer.byteLength(repeatToBytes('💊', 10))).toBe(12);
    expect(repeatToBytes('ab', 5)).toBe('ababab');
  });

  it('flags growth faster than linear', () => {
    const sizes = [1, 2, 4, 8];
    const lin = growth([10, 20, 41, 80], sizes);
    expect(lin.ratios).toEqual([2, 2.05, 80 / 41]);
    expect(lin.exponent).toBeCloseTo(1, 1);
    expect(lin.linear).toBe(true);
    expect(growth([10, 40, 160, 640], sizes).exponent).toBeCloseTo(2, 10);
    expect(growth([10, 40, 160, 640], sizes).linear).toBe(false);
    // one noisy middle point does not make it superlinear; a growing last ratio does
    expect(growth([10, 20, 60, 110], sizes).linear).toBe(true);
    expect(growth([10, 20, 40, 120], sizes).linear).toBe(false);
    expect(growth([10, 20, null], [1, 2, 4])).toMatchObject({ ratios: [2, null], linear: false });
  });
});

const STAMP: RunStamp = { commit: 'abc1234', dirty: true, node: 'v20.0.0', cpu: 'Test CPU', cores: 2, load1: 0.5, date: '2026-11-25T12:00:00.000Z', command: 'npm run bench' };

describe('RESULTS.md rendering', () => {
  it('lays out a markdown table, escaping pipes', () => {
    expect(mdTable(['a', 'b'], [['x|y', '1']])).toBe('| a | b |\n|:--|--:|\n| x\\|y | 1 |');
  });

  it('counts wrong records by field and kind from the accuracy report', async () => {
    const report = await evaluate(RECORDS, fixtureClassify, { errors: Infinity });
    const rows = errorKindRows(report.all);
    // category: r3 missed (no prediction), r6 drugs → firearms, r9 other → drugs
    expect(rows.find((r) => r[0] === 'category')).toEqual(['category', '10', '3', '1', '—', '2', 'drugs → firearms 1; firearms → (none) 1; other → drugs 1']);
    // origin: r6 missed, r4 and r9 spurious
    expect(rows.find((r) => r[0] === 'origin')).toEqual(['origin', '10', '3', '1', '2', '0', '']);
    // price: r7 spurious, r3 0.6% off and r6 in the wrong currency
    expect(rows.find((r) => r[0] === 'price')).toEqual(['price', '8', '3', '0', '1', '2', '']);
    expect(topConfusions(report.all.category.confusion, 1)).toEqual(['drugs → firearms 1']);

    const md = renderErrorsByKind('fixture', { description: 'fixture', records: report.records, seconds: 1, report });
    expect(md).toContain(`${report.errors.total} of 11 records have at least one wrong field.`);
    expect(md).toContain('| category | drugs → firearms | 1 |');
  });

  it('renders the accuracy figures per group with counts and intervals', async () => {
    const report = await evaluate(RECORDS, fixtureClassify);
    const rows = new Map(accuracyRows(report.all));
    expect(rows.get('category accuracy')).toBe('0.700 (7/10) [0.397–0.892]');
    expect(rows.get('origin accuracy')).toMatch(/^0\.700 \(7\/10\) \[/);
    const file: AccuracyFile = { fixture: { description: 'fixture', records: 11, seconds: 2, report }, absent: null };
    expect(accuracySets(file).map(([name]) => name)).toEqual(['fixture', 'absent']);
    const md = renderResults({ stamp: STAMP, accuracy: file, accuracyWritten: null, baselines: null, speed: null });
    expect(md).toContain('| figure | all | en | nl |');
    expect(md).toContain('| category accuracy | 0.700 (7/10) [0.397–0.892] |');
    expect(md).toContain('### absent: NOT MEASURED');
    expect(md).toContain('NOT RUN: benchmarks/out/baselines.json is absent (or was written by an older version of the script); run `npm run baselines`.');
    expect(md).toContain('run `npm run bench`.');
    expect(md).toContain('Report written at commit abc1234 (dirty');
  });

  it('renders the batch runs with rates, MB/s, RSS and whether outputs agree', () => {
    const run = (workers: number, seconds: number, hash: string) => ({ workers, command: `node dist/cli.js classify INPUT --workers ${workers}`, seconds, records: 1000, peakRssMb: 200 + workers, exitCode: 0, outputHash: hash });
    const b: BatchFile = { kind: 'batch', version: 1, stamp: STAMP, loadAtEnd: 1, cli: 'dist/cli.js', input: { bytes: 2_000_000, records: 1000 }, timeLimit: null, runs: [run(1, 4, 'aa'), run(2, 2, 'aa')] };
    const md = renderBatch(b);
    expect(md).toContain('| 1 | 4.0 s | 1,000 of 1,000 | 250 | 0.50 | 201 MB | 0 | aa |');
    expect(md).toContain('| 2 | 2.0 s | 1,000 of 1,000 | 500 | 1.00 | 202 MB | 0 | aa |');
    expect(md).toContain('Outputs byte-identical across worker counts: yes.');
    expect(renderBatch({ ...b, runs: [run(1, 4, 'aa'), run(2, 2, 'bb')] })).toContain('byte-identical across worker counts: NO.');
  });

  it('finds disputed market labels only where contraband answers what FORMAT.md gives, clearly', () => {
    const c = createClassifier();
    const records = [
      { id: 'a', text: 'Spotify Premium account, lifetime warranty', category: 'digital' as const },
      { id: 'b', text: 'Complete carding tutorial PDF, 2025 edition', category: 'fraud' as const },
      { id: 'c', text: 'Digital pocket scale 0.01g', category: 'drugs' as const },
      { id: 'd', text: 'Spotify Premium account, lifetime warranty', category: 'fraud' as const },
      { id: 'e', text: '10g cocaine', category: 'other' as const },
      { id: 'f', text: 'Fake UK passport, registered, with hologram', category: 'fraud' as const },
      { id: 'g', text: 'DarkComet RAT with keylogger, FUD crypter', category: 'services' as const },
      { id: 'h', text: 'DarkComet RAT with keylogger, FUD crypter', category: 'other' as const },
    ];
    const results = records.map((r) => c.classify(r.text));
    const d = findDisputes(records, results);
    expect(d).toEqual({ accounts: ['a'], guides: ['b'], 'tobacco-paraphernalia': ['c'], documents: ['f'], software: ['g'] });
    // only the category counts are read by the summary
    const report = { all: { category: { accuracy: { k: 1, n: 8 } } } } as unknown as EvalReport;
    const file: AccuracyFile = { market: { description: 'm', records: 8, seconds: 1, report, disputed: d } };
    expect(renderDisputedSummary(file)).toContain('| market | all rules | 5 of 7 category errors |  |');
    expect(renderDisputedIds(file)).toContain('## market: guides (1)');
  });

  it('says NOT RUN for every missing file', () => {
    const md = renderResults({ stamp: STAMP, accuracy: null, accuracyWritten: null, baselines: null, speed: null });
    expect(md.match(/NOT RUN/g)).toHaveLength(5); // accuracy, baselines, speed, batch, errors
    expect(md.startsWith('# contraband: benchmark results\n')).toBe(true);
  });

  it('renders a baselines row per group', () => {
    const score = (k: number, n: number, f1: number) => ({ group: 'all', records: n, accuracy: { k, n, rate: k / n, low: 0, high: 1 }, macroF1: f1 });
    const set: BaselineSet = {
      description: 'fixture',
      records: 4,
      recordsInFile: 4,
      sampled: false,
      majorityLabels: ['drugs', 'drugs'],
      groups: [{ group: 'all', records: 4, majority: score(3, 4, 0.5), bayes: score(1, 4, 0.25), multinomialNB: score(2, 4, 0.4), contraband: score(4, 4, 1) }],
      bayes: { trainRecords: [2, 2], trainMs: [10, 20], classifyPerSecond: 1000, underflow: 0 },
      contraband: { classifyPerSecond: 500 },
    };
    const md = renderBaselineSet(set);
    expect(md).toContain('| all | 4 | 0.750 (3/4) [0.000–1.000] | 0.500 | 0.250 (1/4) [0.000–1.000] | 0.250 | 0.500 (2/4) [0.000–1.000] | 0.400 | 1.000 (4/4) [0.000–1.000] | 1.000 |');
    expect(md).toContain('trained in 15 ms per fold on 2 records, classifies 1,000 records/s');
  });

  it('renders the speed targets with PASS and MISS', () => {
    const speed: SpeedFile = {
      kind: 'speed',
      version: 1,
      stamp: STAMP,
      quick: false,
      subject: 'dist',
      inputs: { titles: { count: 2, bytes: 40, sources: { corpus: 2 } }, pages: { count: 1, bytes: 5000, minBytes: 5000, maxBytes: 5000 } },
      throughput: [{ name: 'short titles, full extraction', listings: 2, bytes: 40, rounds: [25000, 30000], listingsPerSecond: 27500, mbPerSecond: 0.55, bestListingsPerSecond: 30000 }],
      bayes: { trainRecords: 10, trainMs: 5, throughput: [] },
      stages: [{ input: 'short titles', listings: 2, classifyUs: 40, stages: [{ stage: 'normalise', usPerListing: 10, share: 0.5 }, { stage: 'match', usPerListing: 10, share: 0.5 }] }],
      startup: { runs: 5, esm: { importMs: 50, firstResultMs: 60, totalMs: 110, processMs: 150 }, cjs: { importMs: 90, firstResultMs: 70, totalMs: 160, processMs: 200 } },
      memory: { listings: 10000, maxRssMB: 120, bareNodeMaxRssMB: 40, method: 'VmHWM', resourceUsageMaxRssMB: 130 },
      footprint: { parts: [{ name: 'dist/', bytes: 1_500_000, diskKB: 1500 }], totalBytes: 1_500_000, totalDiskKB: 1500 },
      pathological: [{ pattern: 'one letter', short: 'letter', unit: 'a', points: [{ bytes: 1000, ms: 1 }, { bytes: 2000, ms: 3 }], ratios: [3], exponent: 1.58, linear: false }],
      targets: [
        { target: '≥ 20,000 short titles/s', measured: '27,500/s', pass: true },
        { target: 'CJS require + first result < 150 ms', measured: '160.0 ms', pass: false },
      ],
    };
    const md = renderSpeed(speed);
    expect(md).toContain('| ≥ 20,000 short titles/s | 27,500/s | PASS |');
    expect(md).toContain('| CJS require + first result < 150 ms | 160.0 ms | MISS |');
    expect(md).toContain('| short titles, full extraction | 2 | 40 B | 27,500 | 0.55 | 30,000 | 2 |');
    expect(md).toContain('| normalise | 10.0 | 50.0% |');
    expect(md).toContain('| whole classify() | 40.0 |  |');
    expect(md).toContain('| ESM (import) | 50.0 | 60.0 | 110.0 | 150.0 |');
    expect(md).toContain('| one letter | 1.0 KB: 1.0 · 2.0 KB: 3.0 | 3.00 | 1.58 | **not linear** |');
    expect(md).toContain('Produced by `npm run bench` at abc1234 (dirty), Node v20.0.0');
  });
});
