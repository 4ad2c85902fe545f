/**
 * The evaluation harness: score any classifier on labelled listings (FORMAT.md's Scoring), load
 * JSONL, CSV and Agora files, and print the report as tables or JSON.
 *
 * @packageDocumentation
 */
export { evaluate, DEFAULT_KEPT_ERRORS, type EvaluateOptions } from './evaluate.js';
export { renderHtmlReport, type HtmlReportOptions } from './html.js';
export {
  EvalReportSchema,
  GroupReportSchema,
  CategoryReportSchema,
  NullableFieldReportSchema,
  WrongRecordSchema,
  MistakeSchema,
  EvalFieldSchema,
  EVAL_FIELDS,
  type EvalReport,
  type GroupReport,
  type WrongRecord,
  type Mistake,
  type EvalField,
} from './report.js';
export {
  readPrediction,
  priceMatches,
  originMatches,
  foldCarrier,
  PRICE_TOLERANCE,
  ReadPredictionSchema,
  type Prediction,
  type PredictionEvidence,
  type Classify,
  type ReadPrediction,
} from './rules.js';
export { wilson, rate, RateSchema, Z95, type Rate, type Interval } from './wilson.js';
export {
  createClassificationTally,
  createSetTally,
  ClassMetricsSchema,
  ClassificationSchema,
  SetMetricsSchema,
  ConfusionSchema,
  PresenceSchema,
  NONE,
  type ClassMetrics,
  type Classification,
  type SetMetrics,
  type Confusion,
  type Presence,
} from './metrics.js';
export {
  reliability,
  createReliabilityTally,
  ReliabilitySchema,
  ReliabilityBinSchema,
  DEFAULT_BINS,
  type Reliability,
  type ReliabilityBin,
} from './calibration.js';
export {
  loadFile,
  safeParseJsonl,
  parseJsonl,
  safeParseCsv,
  parseCsv,
  parsePriceCell,
  parseCategoryCell,
  originConverter,
  mappingFromHeader,
  readCsvHeader,
  describeIssue,
  LoadError,
  INPUT_FORMATS,
  type Loaded,
  type LoadIssue,
  type LoadNote,
  type LoadOptions,
  type LoadFileOptions,
  type CsvOptions,
  type CsvMapping,
  type CsvConverters,
  type TextPart,
  type Note,
  type SafeLoadResult,
  type InputFormat,
} from './load.js';
export {
  AGORA_CATEGORIES,
  AGORA_COLUMNS,
  AGORA_MAPPING,
  createAgoraMapping,
  createAgoraCategoryMapper,
  mapAgoraCategory,
  parseAgoraPrice,
  looksLikeAgora,
  type AgoraCategory,
  type AgoraCategoryMapper,
} from './agora.js';
export { createOriginTable, readPlaces, foldName, COUNTRY_NAMES, NOT_A_COUNTRY, type OriginTable, type OriginLookup } from './countries.js';
export {
  formatReport,
  formatGroup,
  formatRate,
  formatTable,
  formatNumber,
  formatValue,
  formatConfusion,
  formatReliability,
  formatWrongRecord,
  type FormatOptions,
  type Align,
} from './format.js';
