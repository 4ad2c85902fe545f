import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LexiconsSchema, type Lexicons } from '../schema/lexicon.js';
import { CATEGORIES } from '../schema/taxonomy.js';
import { LexiconError, formatIssues } from '../errors.js';

/** The category lexicon files, one per taxonomy category. */
export const CATEGORY_FILES = CATEGORIES.map((c) => `${c}.json`);

/**
 * Finds the shipped `lexicons/` folder: beside `dist/` in the installed package, or at the project root
 * when running from source.
 */
export function defaultLexiconsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 5; up++) {
    const cand = join(dir, 'lexicons');
    if (existsSync(join(cand, 'drugs.json'))) return cand;
    dir = dirname(dir);
  }
  throw new LexiconError('cannot find the lexicons/ folder of the contraband package', []);
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (e) {
    throw new LexiconError(`cannot read lexicon ${file}: ${(e as Error).message}`, []);
  }
}

/** Reads every lexicon file of a folder laid out like the shipped `lexicons/`, and validates it. */
export function loadLexiconsFromDir(dir: string): Lexicons {
  const opt = (name: string): unknown => (existsSync(join(dir, name)) ? readJson(join(dir, name)) : undefined);
  const raw = {
    categories: CATEGORY_FILES.filter((f) => existsSync(join(dir, f))).map((f) => readJson(join(dir, f))),
    places: readJson(join(dir, 'places.json')),
    shipping: readJson(join(dir, 'shipping.json')),
    context: readJson(join(dir, 'context.json')),
    currencies: readJson(join(dir, 'currencies.json')),
    numbers: opt('numbers.json'),
    calibration: opt('calibration.json'),
    languages: opt('languages.json'),
    stems: opt('stems.json'),
  };
  return validateLexicons(raw);
}

/** Validates lexicons given as plain JSON; throws a LexiconError listing every problem. */
export function validateLexicons(raw: unknown): Lexicons {
  const r = LexiconsSchema.safeParse(raw);
  if (!r.success) {
    const issues = formatIssues(r.error.issues);
    throw new LexiconError(`invalid lexicons (${issues.length} problem(s)): ${issues.slice(0, 5).join('; ')}`, issues);
  }
  return r.data;
}
