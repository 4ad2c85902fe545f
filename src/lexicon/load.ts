import { sha256 } from '../text/hash.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
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

/** The optional files of a lexicons folder, and the key each one fills. */
const OPTIONAL = { calibration: 'calibration.json', languages: 'languages.json', stems: 'stems.json' } as const;
const REQUIRED = { places: 'places.json', shipping: 'shipping.json', context: 'context.json', currencies: 'currencies.json', numbers: 'numbers.json' } as const;

/** The raw bytes of each lexicon file of a folder, by file name, in a fixed order. */
export type LexiconSources = ReadonlyMap<string, Uint8Array>;

function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new LexiconError(`cannot read lexicon ${file}: ${(e as Error).message}`, []);
  }
}

/**
 * Reads every lexicon file of a folder laid out like the shipped `lexicons/` (no parsing yet). The stem
 * cache, the largest file, is left out with `stemCache: false` (a snapshot makes it unnecessary) and can
 * be added later with `withStemCache`.
 */
export function readLexiconSources(dir: string, { stemCache = true }: { stemCache?: boolean } = {}): LexiconSources {
  return new Map(sourceNames(dir, stemCache).map((f) => [f, readBytes(join(dir, f))]));
}

function sourceNames(dir: string, stemCache: boolean): string[] {
  return [
    ...CATEGORY_FILES.filter((f) => existsSync(join(dir, f))),
    ...Object.values(REQUIRED),
    ...Object.values(OPTIONAL).filter((f) => (stemCache || f !== OPTIONAL.stems) && existsSync(join(dir, f))),
  ];
}

/**
 * Name, size and modification time of each file `sourcesDigest` covers, as one string: when it equals the
 * one a snapshot recorded, the files are those the snapshot was made from and need not be read to be
 * hashed. Any edit changes a time; a copy or an install changes them too, and then the digest decides.
 * Undefined when a file cannot be stat'ed.
 */
export function sourcesStamp(dir: string): string | undefined {
  try {
    return JSON.stringify(sourceNames(dir, false).map((f) => {
      const st = statSync(join(dir, f));
      return [f, st.size, st.mtimeMs];
    }));
  } catch {
    return undefined;
  }
}

/** `sources` with the stem cache of `dir` added, when the folder has one. */
export function withStemCache(sources: LexiconSources, dir: string): LexiconSources {
  const file = join(dir, OPTIONAL.stems);
  if (sources.has(OPTIONAL.stems) || !existsSync(file)) return sources;
  return new Map([...sources, [OPTIONAL.stems, readBytes(file)]]);
}

/**
 * A digest of the files that decide results: every file but the stem cache (which only saves time).
 * Two folders with the same digest give the same classifier.
 */
export function sourcesDigest(sources: LexiconSources): string {
  const h = sha256();
  for (const [name, text] of sources) {
    if (name === OPTIONAL.stems) continue;
    h.update(`${name}\n${text.byteLength}\n`).update(text);
  }
  return h.digest('hex');
}

/** Parses and validates what `readLexiconSources` read. */
export function parseLexiconSources(sources: LexiconSources, dir = '.'): Lexicons {
  const json = (name: string): unknown => {
    const bytes = sources.get(name);
    if (bytes === undefined) return undefined;
    try {
      return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
    } catch (e) {
      throw new LexiconError(`cannot read lexicon ${join(dir, name)}: ${(e as Error).message}`, []);
    }
  };
  const raw = {
    categories: CATEGORY_FILES.filter((f) => sources.has(f)).map(json),
    ...Object.fromEntries(Object.entries({ ...REQUIRED, ...OPTIONAL }).map(([key, file]) => [key, json(file)])),
  };
  return validateLexicons(raw);
}

/** Reads every lexicon file of a folder laid out like the shipped `lexicons/`, and validates it. */
export function loadLexiconsFromDir(dir: string): Lexicons {
  return parseLexiconSources(readLexiconSources(dir), dir);
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
