import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkLexiconFile } from '../lexicon/check.js';
import { defaultLexiconsDir, loadLexiconsFromDir, parseLexiconSources, readLexiconSources, sourcesDigest, sourcesStamp } from '../lexicon/load.js';
import { makeSnapshot, SNAPSHOT_FILE } from '../lexicon/snapshot.js';
import { fileURLToPath } from 'node:url';
import { createStemmer, STEMMER_ID } from '../lexicon/stem.js';
import { createFolder } from '../text/normalise.js';
import { tokenise } from '../text/tokenise.js';
import type { CliIO } from './classify.js';

const HELP = `Usage:
  contraband lexicons check FILE.json...   validate lexicon files (schema, normalised terms, duplicates)
  contraband lexicons stems [DIR]          regenerate DIR/stems.json (default: the shipped lexicons/)
  contraband lexicons snapshot [DIR] [--out FILE]
                                           validate and tokenise DIR (default: the shipped lexicons/) into the
                                           start-up snapshot the library reads (default FILE: beside the built
                                           library, dist/${SNAPSHOT_FILE}); used only while DIR's files are unchanged
`;

/** `contraband lexicons`: tools for people who edit the vocabulary. */
export function runLexicons(argv: string[], io: CliIO): number {
  const [sub, ...rest] = argv;
  if (sub === 'check') {
    if (rest.length === 0) {
      io.stderr(HELP);
      return 2;
    }
    let bad = 0;
    for (const file of rest) {
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
      } catch (e) {
        io.stdout(`${file}: cannot read: ${(e as Error).message}\n`);
        bad++;
        continue;
      }
      const problems = checkLexiconFile(basename(file, '.json'), json);
      for (const p of problems) io.stdout(`${file}: ${p}\n`);
      io.stdout(`${file}: ${problems.length === 0 ? 'ok' : `${problems.length} problem(s)`}\n`);
      if (problems.length > 0) bad++;
    }
    return bad === 0 ? 0 : 1;
  }
  if (sub === 'stems') {
    const dir = rest[0] ?? defaultLexiconsDir();
    const stems = buildStemCache(dir);
    writeFileSync(join(dir, 'stems.json'), `${JSON.stringify({ stemmer: STEMMER_ID, stems })}\n`);
    io.stdout(`${join(dir, 'stems.json')}: ${Object.keys(stems).length} words\n`);
    return 0;
  }
  if (sub === 'snapshot') {
    const outAt = rest.indexOf('--out');
    const out = outAt >= 0 ? rest[outAt + 1] : import.meta.url.endsWith('.js') ? fileURLToPath(new URL(`./${SNAPSHOT_FILE}`, import.meta.url)) : undefined;
    const dirs = rest.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
    if (out === undefined || dirs.length > 1) {
      io.stderr(out === undefined ? 'lexicons snapshot: give --out FILE when running from source\n' : HELP);
      return 2;
    }
    const dir = dirs[0] ?? defaultLexiconsDir();
    const stamp = sourcesStamp(dir); // before reading: an edit while reading must not match it
    const sources = readLexiconSources(dir);
    writeFileSync(out, makeSnapshot(parseLexiconSources(sources, dir), sourcesDigest(sources), stamp));
    io.stdout(`${out}: snapshot of ${dir}\n`);
    return 0;
  }
  io.stdout(HELP);
  return sub === undefined || sub === '--help' ? 0 : 2;
}

/** Stems every word of every lexicon term in the three languages. */
export function buildStemCache(dir: string): Record<string, string[]> {
  const { stems: _old, ...lex } = loadLexiconsFromDir(dir);
  const fold = createFolder();
  const stem = createStemmer();
  const words = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const t of tokenise(fold(v))) if (t.kind === 'word') words.add(t.text);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(lex);
  const out: Record<string, string[]> = {};
  for (const w of [...words].sort()) {
    const k = stem(w);
    if (k.length > 0) out[w] = [...k];
  }
  return out;
}
