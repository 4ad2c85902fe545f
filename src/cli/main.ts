import { runClassify } from './classify.js';
import { runEvalCommand } from './eval-command.js';
import { runDemo } from './demo.js';
import { runLexicons } from './lexicons.js';
import { VERSION } from '../version.js';

const HELP = `contraband ${VERSION}: classify darknet-market listings (English, Dutch, French)

Usage:
  contraband classify "listing text"          print the JSON result of one listing
  contraband classify FILE|- [options]        one JSON line per input record (JSONL, CSV, TSV or text)
  contraband eval FILE [--json] [--errors N] [--html F]  measure accuracy on labelled data (FORMAT.md)
  contraband demo [--json]                    classify the built-in example listings
  contraband lexicons check FILE... | stems   validate lexicon files; regenerate the stem cache
  contraband --version | --help

Run 'contraband classify --help' for the batch options.
`;

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  const io = { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s) };
  switch (cmd) {
    case 'classify':
      return runClassify(rest, io);
    case 'eval':
      return runEvalCommand(rest, io);
    case 'demo':
      return runDemo(rest, io);
    case 'lexicons':
      return runLexicons(rest, io);
    case '--version':
    case '-v':
      io.stdout(`${VERSION}\n`);
      return 0;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      io.stdout(HELP);
      return cmd === undefined ? 2 : 0;
    default:
      io.stderr(`contraband: unknown command "${cmd}"\n\n${HELP}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`contraband: ${(e as Error).message ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
