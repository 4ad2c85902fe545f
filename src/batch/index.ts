/**
 * The batch layer: streaming input (JSONL, CSV, TSV, text), a pool of worker threads with ordered,
 * bounded, fault-tolerant output, output formats, resumable runs and summaries. See README.md here.
 */
export { classifyStream, checkKeep } from './stream.js';
export type { ClassifyStreamOptions, StreamSourceItem } from './stream.js';
export { classifyRecords, startPool, BatchPoolError, DEFAULT_RECORD_TIMEOUT_MS, defaultWorkerFile } from './pool.js';
export type { BatchItem, PoolOptions, ClassifierPool } from './pool.js';
export { readRecords, recordFromItem, formatFromName, createDecoder, BatchInputError, INPUT_FORMATS as BATCH_INPUT_FORMATS, DEFAULT_MAX_RECORD_BYTES } from './input.js';
export type { InputFormat as BatchInputFormat, ReadRecordsOptions } from './input.js';
export { jsonLine, csvLine, csvHeader, CSV_RESULT_COLUMNS, OUTPUT_FORMATS } from './output.js';
export type { OutputFormat } from './output.js';
export { neutraliseFormula, csvCell, csvRow, CsvReader } from './csv.js';
export { serveWorker } from './serve.js';
export type { ServeHooks } from './serve.js';
export { BatchSummarySchema, SummaryCounter, formatSummary } from './summary.js';
export type { BatchSummary } from './summary.js';
export { RunStateSchema, InputFingerprintSchema, ResumeError } from './resume.js';
export type { RunState, InputFingerprint } from './resume.js';
export {
  ERROR_CODES,
  ErrorCodeSchema,
  ErrorRecordSchema,
  RecordErrorSchema,
  RecordIdSchema,
  RecordMetaSchema,
  ResultRecordSchema,
  ErrorOutputRecordSchema,
  OutputRecordSchema,
  isErrorRecord,
  parseJsonLine,
} from './records.js';
export type { ErrorCode, ErrorRecord, RecordError, RecordId, RecordMeta, ResultRecord, ErrorOutputRecord, OutputRecord, InputRecord } from './records.js';
