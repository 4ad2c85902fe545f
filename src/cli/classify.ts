import { createReadStream, createWriteStream, existsSync, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createClassifier } from '../classifier.js';
import { VERSION } from '../version.js';
import type { ClassifierConfig } from '../schema/options.js';
import { BatchInputError, createDecoder, DEFAULT_MAX_RECORD_BYTES, formatFromName, INPUT_FORMATS, readRecords, type InputFormat, type ReadRecordsOptions } from '../batch/input.js';
import { csvHeader, csvLine, jsonLine, OUTPUT_FORMATS, type OutputFormat } from '../batch/output.js';
import { BatchPoolError, DEFAULT_RECORD_TIMEOUT_MS, startPool, type ClassifierPool } from '../batch/pool.js';
import type { InputRecord, RecordMeta } from '../batch/records.js';
import { hashJson } from '../text/hash.js';
import { fingerprintInput, readState, repairOutput, ResumeError, scanOutput, stateMismatches, statePath, writeState, type RunState } from '../batch/resume.js';
import { checkKeep } from '../batch/stream.js';
import { formatSummary, SummaryCounter, type BatchSummary } from '../batch/summary.js';
import { Progress } from '../batch/progress.js';

export interface CliIO {
  stdout: (s: string) => unknown;
  stderr: (s: string) => unknown;
}

/** Exit codes of `contraband classify`. */
export const EXIT = { OK: 0, RECORD_ERRORS: 1, USAGE: 2, INTERRUPTED: 130 } as const;

const HELP = `Usage:
  contraband classify "listing text"      print the JSON result of one listing
  contraband classify FILE|- [options]    classify every record of FILE (or stdin): one output record per
                                          input record, in input order

Input:
  --format jsonl|csv|tsv|text   input format (default: from the file name: .csv, .tsv, .txt; else jsonl)
  --text-field NAME             JSONL field holding the text (default: text)
  --text-column NAME            CSV/TSV column holding the text (default: text; same as --text-field)
  --columns a,b,c               CSV/TSV column names, for input without a header row (e.g. a chunk)
  --header                      with --columns: the first row is a header all the same; skip it
  --quote CHAR|none             CSV/TSV quote character (default: ")
  --encoding NAME               input encoding (default utf-8, where invalid bytes give INVALID_ENCODING
                                error records); e.g. latin1, windows-1252, iso-8859-15
  --max-record-bytes N          longest record (default 8M; suffixes K, M, G); a longer one (a binary file,
                                an unterminated quote) gives a LINE_TOO_LONG error record, then reading
                                resumes at the next line
  --keep a,b,c                  input fields copied to each output record (id always is)
  --text                        treat the argument as listing text even if a file has that name

Output:
  -o, --output FILE             write to FILE instead of stdout (with OUT.state.json beside it, for --resume)
  --output-format jsonl|csv     jsonl (default): {index, line, id, kept fields, ...result} per line;
                                csv: id, kept fields, lang, category, subcategory, confidence, origin,
                                shipping, carriers, price_amount, price_currency, error_code,
                                error_message, meta_version, meta_lexicon_hash
  --no-output-header            CSV output without its header line (for chunks)
  --resume                      continue an interrupted run into --output FILE (same input, options and
                                lexicons; a torn last line is cut)
  --summary FILE                also write the run summary to FILE as JSON
  --quiet                       no summary on stderr

Run:
  --workers N                   worker threads (default: ${availableParallelism()}, the available cores; 0: none)
  --record-timeout-ms N         per-record time limit (default ${DEFAULT_RECORD_TIMEOUT_MS}); a record that
                                times out or crashes its worker is retried once, then becomes a
                                TIMEOUT / WORKER_CRASH error record
  --lexicons DIR                use the lexicons in DIR instead of the shipped ones
  --progress, --no-progress     progress line on stderr (default: when stderr is a terminal)

Exit codes: 0 every record classified; 1 some records gave error records; 2 unusable input or options
(nothing or only part written); 130 interrupted (SIGINT/SIGTERM, or stdout closed): every record
finished in order was written, and --resume continues.
`;

const OPTIONS = {
  format: { type: 'string' },
  'text-field': { type: 'string' },
  'text-column': { type: 'string' },
  columns: { type: 'string' },
  header: { type: 'boolean', default: false },
  quote: { type: 'string' },
  encoding: { type: 'string', default: 'utf-8' },
  'max-record-bytes': { type: 'string' },
  keep: { type: 'string', default: '' },
  text: { type: 'boolean', default: false },
  output: { type: 'string', short: 'o' },
  'output-format': { type: 'string', default: 'jsonl' },
  'no-output-header': { type: 'boolean', default: false },
  resume: { type: 'boolean', default: false },
  summary: { type: 'string' },
  quiet: { type: 'boolean', default: false },
  workers: { type: 'string' },
  'record-timeout-ms': { type: 'string' },
  lexicons: { type: 'string' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

class UsageError extends Error {}

function wholeNumber(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}, got "${v}"`);
  return Number(v);
}

function byteSize(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?)?$/i.exec(v.trim());
  if (!m) throw new UsageError(`--${name} must be a size such as 8388608 or 8M, got "${v}"`);
  const unit = (m[2] ?? '').toLowerCase()[0];
  const n = Math.floor(Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1));
  if (n < 1) throw new UsageError(`--${name} must be at least 1 byte`);
  return n;
}

function list(v: string | undefined): string[] {
  return (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Resolves when a stream can take more, or has failed or closed (so a dead pipe never hangs the run). */
function drained(stream: Writable): Promise<void> {
  return new Promise((res) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      res();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}

/** Buffers output lines and writes them in blocks, waiting when the destination is full (backpressure). */
class OutputBuffer {
  private parts: string[] = [];
  private size = 0;
  private chain: Promise<void> = Promise.resolve();
  constructor(private readonly write: (s: string) => Promise<void>) {}
  push(s: string): Promise<void> | null {
    this.parts.push(s);
    this.size += s.length;
    return this.size >= 1 << 16 ? this.flush() : null;
  }
  flush(): Promise<void> {
    if (this.size > 0) {
      const s = this.parts.join('');
      this.parts = [];
      this.size = 0;
      this.chain = this.chain.then(() => this.write(s));
    }
    return this.chain;
  }
}

/** `contraband classify`: one listing given as an argument, or a stream of records. */
export async function runClassify(argv: string[], io: CliIO): Promise<number> {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }));
  } catch (e) {
    io.stderr(`contraband classify: ${(e as Error).message}\n\n${HELP}`);
    return EXIT.USAGE;
  }
  if (values.help) {
    io.stdout(HELP);
    return EXIT.OK;
  }
  if (positionals.length === 0 && !process.stdin.isTTY) positionals = ['-'];
  if (positionals.length !== 1) {
    io.stderr(`contraband classify: expected one listing text, FILE or -\n\n${HELP}`);
    return EXIT.USAGE;
  }
  const arg = positionals[0]!;
  const config: ClassifierConfig = values.lexicons !== undefined ? { lexiconsDir: resolve(values.lexicons) } : {};

  let isFile = false;
  if (!values.text && arg !== '-') {
    if (existsSync(arg)) {
      if (statSync(arg).isDirectory()) {
        io.stderr(`contraband classify: ${arg} is a directory\n`);
        return EXIT.USAGE;
      }
      isFile = true;
    } else if (!/\s/.test(arg) && /\.(jsonl|ndjson|json|csv|tsv|tab|txt)$/i.test(arg)) {
      io.stderr(`contraband classify: no such file: ${arg} (use --text to classify it as text)\n`);
      return EXIT.USAGE;
    }
  }
  if (arg !== '-' && !isFile) {
    try {
      io.stdout(`${JSON.stringify(createClassifier(config).classify(arg), null, 2)}\n`);
      return EXIT.OK;
    } catch (e) {
      io.stderr(`contraband classify: ${(e as Error).message}\n`);
      return EXIT.USAGE;
    }
  }
  try {
    return await runBatch(arg, values, config, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof BatchInputError || e instanceof ResumeError || e instanceof BatchPoolError || (e as Error).name === 'ContrabandOptionsError' || (e as Error).name === 'LexiconError') {
      io.stderr(`contraband classify: ${(e as Error).message}\n`);
      return EXIT.USAGE;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      io.stderr(`contraband classify: ${(e as Error).message}\n`);
      return EXIT.USAGE;
    }
    throw e;
  }
}

type Values = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>['values'];

async function runBatch(arg: string, values: Values, config: ClassifierConfig, io: CliIO): Promise<number> {
  const started = Date.now();
  // ---- options
  const format = (values.format ?? (arg === '-' ? 'jsonl' : formatFromName(arg))) as InputFormat;
  if (!INPUT_FORMATS.includes(format)) throw new UsageError(`unknown --format "${values.format}" (one of ${INPUT_FORMATS.join(', ')})`);
  const outputFormat = values['output-format'] as OutputFormat;
  if (!OUTPUT_FORMATS.includes(outputFormat)) throw new UsageError(`unknown --output-format "${outputFormat}" (one of ${OUTPUT_FORMATS.join(', ')})`);
  if (values['text-field'] !== undefined && values['text-column'] !== undefined && values['text-field'] !== values['text-column']) {
    throw new UsageError('--text-field and --text-column name the same thing: give one');
  }
  const textField = values['text-column'] ?? values['text-field'] ?? 'text';
  const keep = checkKeep(list(values.keep));
  const columns = values.columns !== undefined ? list(values.columns) : undefined;
  if (columns !== undefined && columns.length === 0) throw new UsageError('--columns needs at least one name');
  if ((columns !== undefined || values.header || values.quote !== undefined) && format !== 'csv' && format !== 'tsv') {
    throw new UsageError('--columns, --header and --quote apply to CSV/TSV input (--format csv or tsv)');
  }
  const quote = values.quote === undefined ? undefined : values.quote === 'none' ? null : values.quote;
  const workers = wholeNumber('workers', values.workers, 0) ?? availableParallelism();
  const recordTimeoutMs = wholeNumber('record-timeout-ms', values['record-timeout-ms'], 1) ?? DEFAULT_RECORD_TIMEOUT_MS;
  const maxRecordBytes = byteSize('max-record-bytes', values['max-record-bytes']) ?? DEFAULT_MAX_RECORD_BYTES;
  createDecoder(values.encoding); // throws BatchInputError for an unknown or unsupported encoding
  const output = values.output;
  if (values.resume && output === undefined) throw new UsageError('--resume needs --output FILE (the output to continue)');
  const regular = arg !== '-' && statSync(arg).isFile();
  if (values.resume && !regular) throw new UsageError('--resume needs an input file: stdin or a pipe cannot be read again');
  if (output !== undefined && arg !== '-' && resolve(output) === resolve(arg)) throw new UsageError('--output is the input file');
  const noHeader = values['no-output-header'];
  const showProgress = values['no-progress'] ? false : (values.progress ?? process.stderr.isTTY === true);

  // ---- the workers start now, building their classifiers while the output is prepared; their meta
  // (stamped on error records too) gives the lexicon hash of the run state
  const controller = new AbortController();
  let progress: Progress | null = null;
  const pool = startPool({
    workers,
    classifierConfig: config,
    recordTimeoutMs,
    signal: controller.signal,
    onWorkerLoss: (e) => {
      progress?.done();
      io.stderr(`contraband: ${e.code === 'TIMEOUT' ? 'a record timed out' : 'a worker crashed'}${e.index !== null ? ` (record ${e.index})` : ''}: ${e.message}; worker replaced\n`);
    },
  });
  try {
    return await runPool(pool, controller, started, arg, values, io, { format, outputFormat, textField, keep, columns, quote, workers, maxRecordBytes, noHeader, showProgress, output, config, regular, setProgress: (p) => (progress = p) });
  } finally {
    await pool.close();
  }
}

interface Settings {
  format: InputFormat;
  outputFormat: OutputFormat;
  textField: string;
  keep: string[];
  columns: string[] | undefined;
  quote: string | null | undefined;
  workers: number;
  maxRecordBytes: number;
  noHeader: boolean;
  showProgress: boolean;
  output: string | undefined;
  config: ClassifierConfig;
  regular: boolean;
  setProgress: (p: Progress) => void;
}

async function runPool(pool: ClassifierPool, controller: AbortController, started: number, arg: string, values: Values, io: CliIO, st: Settings): Promise<number> {
  const { format, outputFormat, textField, keep, columns, quote, workers, maxRecordBytes, noHeader, showProgress, output, config, regular } = st;
  const meta = await pool.meta;

  // ---- resume or start
  const optionsHash = hashJson({ format, textField, keep, columns: columns ?? null, header: values.header, quote: quote ?? '"', encoding: values.encoding, maxRecordBytes, outputFormat, noHeader, config });
  const summary = new SummaryCounter();
  let skip = 0;
  let resumedAfter: number | null = null;
  let append = false;
  if (output !== undefined && regular) {
    const now: RunState = {
      kind: 'contraband-batch-state',
      stateVersion: 1,
      contraband: VERSION,
      input: fingerprintInput(arg),
      optionsHash,
      lexiconHash: meta.lexiconHash,
      outputFormat,
      startedAt: new Date().toISOString(),
    };
    if (values.resume && existsSync(output)) {
      const saved = readState(output);
      if (saved === null) throw new ResumeError(`cannot resume: ${statePath(output)} is missing, so nothing tells which run wrote ${output} (run again without --resume to start over)`);
      const why = stateMismatches(saved, now);
      if (why.length > 0) throw new ResumeError(`cannot resume into ${output}: ${why.join('; ')}. Run again without --resume to start over.`);
      const scan = await scanOutput(output, outputFormat, summary);
      if (repairOutput(output, scan)) io.stderr(`contraband: cut a torn last record off ${output} (${scan.size - scan.validBytes} bytes)\n`);
      skip = scan.records;
      resumedAfter = scan.records;
      append = true;
      if (outputFormat === 'csv' && !scan.hasHeader && !noHeader && scan.validBytes === 0) append = false;
    } else {
      writeState(output, now);
    }
  }

  // ---- input and output streams
  const totalBytes = regular ? statSync(arg).size : null;
  const input: Readable = arg === '-' ? process.stdin : createReadStream(arg, { highWaterMark: 1 << 20 });
  let inputError: Error | null = null;
  input.on('error', (e) => {
    inputError = e;
  });
  let file: WriteStream | null = null;
  let outputClosed = false;
  const stdoutError = (e: NodeJS.ErrnoException): void => {
    outputClosed = true;
    if (e.code !== 'EPIPE') io.stderr(`contraband: cannot write output: ${e.message}\n`);
    controller.abort();
  };
  let write: (s: string) => Promise<void>;
  if (output !== undefined) {
    file = createWriteStream(output, { flags: append ? 'a' : 'w' });
    const f = file;
    f.on('error', stdoutError);
    write = async (s) => {
      if (outputClosed) return;
      if (!f.write(s)) await drained(f);
    };
  } else {
    process.stdout.on('error', stdoutError);
    write = async (s) => {
      if (outputClosed) return;
      if (io.stdout(s) === false) await drained(process.stdout);
    };
  }
  const out = new OutputBuffer(write);
  if (outputFormat === 'csv' && !noHeader && !append) void out.push(csvHeader(keep));
  const flusher = setInterval(() => void out.flush(), 200);
  flusher.unref();

  // ---- signals: the first stops reading and writes what is finished in order; a second one exits now
  let signals = 0;
  const onSignal = (sig: NodeJS.Signals): void => {
    signals++;
    if (signals > 1) process.exit(EXIT.INTERRUPTED);
    io.stderr(`\ncontraband: ${sig}: writing the records finished so far (again to quit now)\n`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  controller.signal.addEventListener('abort', () => input.destroy());

  const progress = showProgress ? new Progress(process.stderr, totalBytes) : null;
  if (progress) st.setProgress(progress);
  const readOptions: ReadRecordsOptions = { format, textField, keep, encoding: values.encoding, maxRecordBytes };
  if (columns !== undefined) readOptions.columns = columns;
  if (values.header) readOptions.header = true;
  if (quote !== undefined) readOptions.quote = quote;
  if (progress) readOptions.onBytes = (n) => void (progress.bytes += n);
  const meter = { ran: 0, read: 0 };
  const line = outputFormat === 'csv' ? (item: Parameters<typeof jsonLine>[0], m: RecordMeta) => csvLine(item, m, keep) : jsonLine;

  let failure: unknown = null;
  try {
    for await (const item of pool.run(skipFirst(readRecords(input, readOptions), skip, meter))) {
      const p = out.push(line(item, meta));
      if (p) await p;
      summary.add(item);
      meter.ran++;
      progress?.update(summary.records, summary.errors, meter.ran, meter.read);
    }
  } catch (e) {
    failure = e;
  } finally {
    clearInterval(flusher);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    progress?.done();
    await out.flush();
    if (file) await new Promise<void>((res) => file!.end(res));
    else process.stdout.off('error', stdoutError);
    input.destroy();
  }
  if (failure === null && inputError !== null && !controller.signal.aborted) failure = inputError;
  if (failure !== null) throw failure;

  const interrupted = controller.signal.aborted;
  const exitCode = interrupted ? EXIT.INTERRUPTED : summary.errors > 0 ? EXIT.RECORD_ERRORS : EXIT.OK;
  const elapsedMs = Date.now() - started;
  const result: BatchSummary = {
    ...summary.counts(),
    elapsedMs,
    recordsPerSecond: meter.ran / Math.max(elapsedMs / 1000, 1e-3),
    resumedAfter,
    interrupted,
    exitCode,
    workers,
    input: arg,
    output: output ?? null,
    meta,
  };
  if (!values.quiet) io.stderr(formatSummary(result));
  if (values.summary !== undefined) writeFileSync(values.summary, `${JSON.stringify(result, null, 2)}\n`);
  return exitCode;
}

/** Drops the first `n` records (those a resumed output already has), counting every record read. */
async function* skipFirst(records: AsyncIterable<InputRecord>, n: number, meter: { read: number }): AsyncGenerator<InputRecord> {
  for await (const r of records) {
    if (meter.read++ < n) continue;
    yield r;
  }
}
