import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from '../schema/taxonomy.js';
import { evaluate, DEFAULT_KEPT_ERRORS } from '../eval/evaluate.js';
import { renderHtmlReport } from '../eval/html.js';
import { EVAL_FIELDS, type EvalField } from '../eval/report.js';
import { formatReport } from '../eval/format.js';
import { INPUT_FORMATS, LoadError, describeIssue, loadFile, type CsvMapping, type InputFormat, type LoadFileOptions } from '../eval/load.js';
import { readPlaces } from '../eval/countries.js';
import type { Classify } from '../eval/rules.js';

/** What {@link runEval} prints to and classifies with. */
export interface EvalIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  classify: Classify;
}

const HELP = `Usage: contraband eval FILE [options]

Scores a classifier on labelled listings (FORMAT.md's Scoring): for the whole set and per language.

Input:
  --format jsonl|csv|agora   default: from the extension (.csv is CSV, else JSON Lines); a CSV with the
                             Agora dump's header, or with columns named text, category, ..., needs no mapping
  --text-column C            CSV text column; repeat to join several (Item, Item Description)
  --id-column C, --category-column C, --subcategory-column C, --origin-column C,
  --price-column C, --lang-column C, --shipping-column C, --carriers-column C
                             CSV columns of the other fields (a field without a column is not scored)
  --lang en|nl|fr            language of the records that carry none
  --skip-invalid             leave unreadable lines or rows out (counted) instead of failing
  --places FILE              lexicons/places.json, to map more ships-from names to countries
  --limit N                  evaluate only the first N records

Output:
  --json                     the report as JSON instead of tables
  --errors N                 list the first N wrong records, with the evidence for the wrong fields
  --html FILE                also write the report as one self-contained HTML page (charts, confusion
                             heatmap, calibration, wrong records with evidence; ${DEFAULT_KEPT_ERRORS} of them unless --errors N)
  --field F                  score only field F (repeatable): ${EVAL_FIELDS.join(', ')}
  --error-field F            list only records wrong on field F (repeatable)

Exit codes: 0 done, 1 the classifier failed, 2 unusable input or options.
`;

class UsageError extends Error {}

function count(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`--${name} takes a whole number, got ${JSON.stringify(v)}`);
  return Number(v);
}

function oneOf<T extends string>(name: string, v: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(v)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
  }
  return v as T;
}

function* take<T>(items: readonly T[], n: number | undefined): Generator<T> {
  const end = n === undefined ? items.length : Math.min(n, items.length);
  for (let i = 0; i < end; i++) yield items[i] as T;
}

/**
 * `contraband eval FILE [...]`: loads a labelled file, evaluates `io.classify` on it and prints tables
 * (or the report as JSON with `--json`). The main CLI passes contraband's classifier; tests and
 * researchers may pass any function from text to a prediction. Returns the exit code: 0 done,
 * 1 when the classifier threw, 2 for unusable input or options (with a message on stderr).
 */
export async function runEval(argv: string[], io: EvalIO): Promise<number> {
  const fail = (message: string): number => {
    io.stderr(`contraband eval: ${message}\n`);
    return 2;
  };
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        errors: { type: 'string' },
        html: { type: 'string' },
        format: { type: 'string' },
        'text-column': { type: 'string', multiple: true },
        'id-column': { type: 'string' },
        'category-column': { type: 'string' },
        'subcategory-column': { type: 'string' },
        'origin-column': { type: 'string' },
        'price-column': { type: 'string' },
        'lang-column': { type: 'string' },
        'shipping-column': { type: 'string' },
        'carriers-column': { type: 'string' },
        lang: { type: 'string' },
        'skip-invalid': { type: 'boolean' },
        places: { type: 'string' },
        limit: { type: 'string' },
        field: { type: 'string', multiple: true },
        'error-field': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return fail(`${(e as Error).message}\n\n${HELP}`);
  }
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }

  let file: string;
  let load: LoadFileOptions;
  let errors: number;
  let limit: number | undefined;
  let fields: EvalField[] | undefined;
  let errorFields: EvalField[] | undefined;
  try {
    if (positionals.length !== 1) throw new UsageError(`expected one FILE, got ${positionals.length}\n\n${HELP}`);
    file = positionals[0] as string;
    errors = count('errors', values.errors) ?? 0;
    if (values.html === '') throw new UsageError('--html takes a file name');
    limit = count('limit', values.limit);
    fields = values.field?.map((f) => oneOf('field', f, EVAL_FIELDS));
    errorFields = values['error-field']?.map((f) => oneOf('error-field', f, EVAL_FIELDS));
    load = {};
    if (values.format !== undefined) load.format = oneOf<InputFormat>('format', values.format, INPUT_FORMATS);
    if (values.lang !== undefined) load.lang = oneOf<Language>('lang', values.lang, LANGUAGES);
    if (values['skip-invalid']) load.skipInvalid = true;
    const text = values['text-column'];
    const columns = {
      id: values['id-column'],
      category: values['category-column'],
      subcategory: values['subcategory-column'],
      origin: values['origin-column'],
      price: values['price-column'],
      lang: values['lang-column'],
      shipping: values['shipping-column'],
      carriers: values['carriers-column'],
    };
    const anyColumn = Object.values(columns).some((c) => c !== undefined);
    if (text !== undefined && text.length > 0) {
      if (load.format !== undefined && load.format !== 'csv') throw new UsageError(`column options need --format csv, not ${load.format}`);
      const mapping: CsvMapping = { text };
      for (const [k, v] of Object.entries(columns) as [keyof typeof columns, string | undefined][]) if (v !== undefined) mapping[k] = v;
      load.mapping = mapping;
      load.format = 'csv';
    } else if (anyColumn) {
      throw new UsageError('a CSV column mapping needs --text-column');
    }
    if (values.places !== undefined) {
      const places = await readPlaces(values.places).catch((e: unknown) => {
        throw new UsageError(`--places ${values.places}: ${(e as Error).message}`);
      });
      if (places === undefined) throw new UsageError(`--places ${values.places}: no such file`);
      load.places = places;
    }
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message);
    throw e;
  }

  let loaded;
  try {
    loaded = await loadFile(file, load);
  } catch (e) {
    if (e instanceof LoadError) return fail(e.message);
    throw e;
  }
  for (const n of loaded.notes) io.stderr(`note: ${n.count} × ${n.message}\n`);
  if (loaded.skipped.length > 0) {
    io.stderr(`skipped ${loaded.skipped.length} unreadable ${loaded.skipped.length === 1 ? 'record' : 'records'}:\n`);
    for (const i of loaded.skipped.slice(0, 10)) io.stderr(`  ${describeIssue(i)}\n`);
    if (loaded.skipped.length > 10) io.stderr(`  … and ${loaded.skipped.length - 10} more\n`);
  }
  if (loaded.records.length === 0) return fail(`${file}: no records to evaluate`);

  let report;
  try {
    report = await evaluate(take(loaded.records, limit), io.classify, {
      // The HTML page lists wrong records: evaluate's default number of them unless --errors says.
      errors: values.html !== undefined && values.errors === undefined ? DEFAULT_KEPT_ERRORS : errors,
      ...(fields ? { fields } : {}),
      ...(errorFields ? { errorFields } : {}),
    });
  } catch (e) {
    io.stderr(`contraband eval: ${(e as Error).message}\n`);
    return 1;
  }
  io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, { errors }));
  if (values.html !== undefined) {
    const html = renderHtmlReport(report, { source: file, generatedAt: new Date().toISOString() });
    try {
      await writeFile(values.html, html);
    } catch (e) {
      return fail(`--html ${values.html}: ${(e as Error).message}`);
    }
  }
  return 0;
}
