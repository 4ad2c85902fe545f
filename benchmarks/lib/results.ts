/**
 * The shapes of benchmarks/out/baselines.json and benchmarks/out/speed.json: written by baselines.ts and
 * speed.ts, read by report.ts. Plain JSON.
 */
import type { RunStamp } from './env.js';
import type { GroupScore } from './baseline.js';

/** One group's row of a baselines table: the three models side by side. */
export interface BaselineGroup {
  group: string;
  records: number;
  majority: GroupScore;
  /** natural's BayesClassifier, k-fold. */
  bayes: GroupScore;
  /** A textbook multinomial naive Bayes on the same folds and tokens. */
  multinomialNB: GroupScore;
  contraband: GroupScore;
}

/** One set in baselines.json. */
export interface BaselineSet {
  description: string;
  /** Records with a category label (the others are left out). */
  records: number;
  /** Records in the file, before --quick sampling and without the category filter. */
  recordsInFile: number;
  sampled: boolean;
  /** The majority label of each fold's training part. */
  majorityLabels: string[];
  groups: BaselineGroup[];
  bayes: {
    /** Training records per fold. */
    trainRecords: number[];
    /** Tokenising, adding documents and `train()`, per fold, in milliseconds. */
    trainMs: number[];
    /** Tokenising and classifying the held-out records, over all folds. */
    classifyPerSecond: number;
    /** Held-out predictions where every class scored 0 (natural's product underflowed): a blind pick. */
    underflow: number;
  };
  contraband: {
    /** `classify(text, { extract: false })` over the records (category only), from source through tsx. */
    classifyPerSecond: number;
  };
}

/** The format version of baselines.json and speed.json: report.ts refuses a file of another version. */
export const RESULTS_VERSION = 1;

/** benchmarks/out/baselines.json. */
export interface BaselinesFile {
  kind: 'baselines';
  version: number;
  stamp: RunStamp;
  k: number;
  seed: number;
  stratified: boolean;
  quick: boolean;
  /** null: the set's files are absent (NOT MEASURED). */
  sets: Record<string, BaselineSet | null>;
}

/** A throughput measurement: several timed rounds over the same inputs. */
export interface Throughput {
  name: string;
  listings: number;
  /** UTF-8 bytes of the inputs of one pass. */
  bytes: number;
  /** Listings per second per round. */
  rounds: number[];
  /** Median of the rounds, listings/s. */
  listingsPerSecond: number;
  /** Median, in 10^6 bytes (UTF-8) per second. */
  mbPerSecond: number;
  /** The best round, listings/s (what one quiet core can do). */
  bestListingsPerSecond: number;
}

/** Cost of one pipeline stage on one input kind. */
export interface StageCost {
  stage: string;
  /** Microseconds per listing. */
  usPerListing: number;
  /** Share of the sum of the stages. */
  share: number;
}

/** One pathological pattern at growing sizes. */
export interface PathologicalSeries {
  pattern: string;
  /** One word for it, in the targets line. */
  short: string;
  /** A short sample of the repeated unit. */
  unit: string;
  points: { bytes: number; ms: number | null; note?: string }[];
  /** t(2s) / t(s) for each doubling; null where a time is missing. */
  ratios: (number | null)[];
  /** Fitted exponent of time against size (1 linear, 2 quadratic). */
  exponent: number | null;
  linear: boolean;
}

/** A target and whether it was met. */
export interface TargetCheck {
  target: string;
  measured: string;
  pass: boolean;
}

/** benchmarks/out/speed.json. */
export interface SpeedFile {
  kind: 'speed';
  version: number;
  stamp: RunStamp;
  quick: boolean;
  /** What was measured: `dist` (the built package) or `src` (through tsx). */
  subject: 'dist' | 'src';
  inputs: {
    titles: { count: number; bytes: number; sources: Record<string, number> };
    pages: { count: number; bytes: number; minBytes: number; maxBytes: number };
  };
  throughput: Throughput[];
  /** Bayes baseline (natural), trained on the project corpus, on the same inputs. */
  bayes: { trainRecords: number; trainMs: number; throughput: Throughput[] };
  stages: { input: string; listings: number; classifyUs: number; stages: StageCost[] }[];
  startup: {
    runs: number;
    /** Medians, in milliseconds: import, first classify (builds the default classifier), and both. */
    esm: { importMs: number; firstResultMs: number; totalMs: number; processMs: number };
    cjs: { importMs: number; firstResultMs: number; totalMs: number; processMs: number };
  };
  memory: {
    listings: number;
    /** Peak resident set in MiB, read as `method` says. */
    maxRssMB: number;
    bareNodeMaxRssMB: number;
    /** VmHWM (/proc/self/status, Linux) or process.resourceUsage().maxRSS where there is no /proc. */
    method: 'VmHWM' | 'maxRSS';
    /** process.resourceUsage().maxRSS of the same child; on Linux it includes the forking parent's RSS. */
    resourceUsageMaxRssMB: number;
  };
  footprint: { parts: { name: string; bytes: number; diskKB: number | null }[]; totalBytes: number; totalDiskKB: number | null };
  pathological: PathologicalSeries[];
  targets: TargetCheck[];
}

/** One run of the CLI in benchmarks/batch.ts. */
export interface BatchRun {
  workers: number;
  /** The CLI command, INPUT standing for the generated file. */
  command: string;
  seconds: number;
  /** Listings finished (the CLI's summary). */
  records: number;
  peakRssMb: number | null;
  exitCode: number | null;
  /** sha256 (16 hex digits) of the output, hashed as it streamed (--compare), else null. */
  outputHash: string | null;
}

/** benchmarks/out/batch.json: `npm run bench:batch`. */
export interface BatchFile {
  kind: 'batch';
  version: number;
  stamp: RunStamp;
  /** Load average (1 min) when the last run ended. */
  loadAtEnd: number;
  cli: string;
  input: { bytes: number; records: number };
  /** Seconds after which each run was interrupted, or null for complete runs. */
  timeLimit: number | null;
  runs: BatchRun[];
}
