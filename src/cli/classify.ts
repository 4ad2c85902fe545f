import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createClassifier } from '../classifier.js';
import { parseJsonLine, type InputRecord } from '../batch/records.js';

export interface CliIO {
  stdout: (s: string) => unknown;
  stderr: (s: string) => unknown;
}

const HELP = `Usage:
  contraband classify "listing text"      print the JSON result
  contraband classify FILE|- [options]    classify every record; one JSON line out per record in

Options:
  --format jsonl|text       input format (default: from the file name; jsonl for -)
  --text-field NAME         JSONL field holding the text (default: text)
  --keep a,b,c              input fields copied to each output record (id is always kept)
  --text                    treat the argument as listing text even if a file has that name
`;

/** `contraband classify`: one listing given as an argument, or a stream of records. */
export async function runClassify(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'text-field': { type: 'string', default: 'text' },
        keep: { type: 'string', default: '' },
        text: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    io.stderr(`contraband classify: ${(e as Error).message}\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr(`contraband classify: expected one listing text, FILE or -\n${HELP}`);
    return 2;
  }
  const arg = positionals[0]!;
  const classifier = createClassifier();
  const isFile = !values.text && (arg === '-' || (existsSync(arg) && statSync(arg).isFile()));
  if (!isFile) {
    io.stdout(`${JSON.stringify(classifier.classify(arg), null, 2)}\n`);
    return 0;
  }
  const format = values.format ?? (arg.endsWith('.txt') ? 'text' : 'jsonl');
  if (format !== 'jsonl' && format !== 'text') {
    io.stderr(`contraband classify: unknown --format ${format}\n`);
    return 2;
  }
  const keep = values.keep.split(',').map((s) => s.trim()).filter((s) => s.length > 0 && s !== 'id');
  const input = arg === '-' ? process.stdin : createReadStream(arg);
  const rl = createInterface({ input, crlfDelay: Infinity });
  let index = 0;
  let line = 0;
  let failed = 0;
  for await (const raw of rl) {
    line++;
    if (format === 'jsonl' && raw.trim() === '') continue;
    const rec: InputRecord =
      format === 'jsonl' ? parseJsonLine(raw, index, line, values['text-field'], keep) : { kind: 'ok', index, line, id: null, text: raw, keep: {} };
    index++;
    if (rec.kind === 'error') {
      failed++;
      io.stdout(`${JSON.stringify(rec.record)}\n`);
      continue;
    }
    const result = classifier.classify(rec.text);
    io.stdout(`${JSON.stringify({ index: rec.index, line: rec.line, id: rec.id, ...rec.keep, ...result })}\n`);
  }
  io.stderr(`contraband: ${index} record(s), ${failed} error(s)\n`);
  return failed > 0 ? 1 : 0;
}
