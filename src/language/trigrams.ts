// franc's trigram scoring, for the few languages contraband asks about.
//
// `francAll` from franc-min builds the trigram tables of all its 82 languages when the module loads
// (~12 ms of a 150 ms start-up budget) and, on every call, counts the characters of some 20 scripts with
// global regular expressions. contraband asks about seven Latin-script languages only. This module uses
// franc-min's own data, script expressions and text cleaning, builds a table on first use of its
// language, and skips the script census when the text is ASCII (where only the Latin expression can
// match). It counts trigrams in a Map: trigram-utils' `asTuples` counts them in a plain object and sorts
// them, ~4x slower on 2,000 characters, and the distance does not depend on their order. The answers are
// franc's: test/language-trigrams.test.ts compares them with `francAll` on the project corpus and on
// generated text.
import { clean } from 'trigram-utils';
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's constants: text longer than this is cut; a trigram missing from a model costs this much. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** [ISO 639-3 code, score]: best first; the best scores 1. `[['und', 1]]` when franc would say so. */
export type Ranked = [string, number][];

/** Raw trigram distances of one text to some languages, kept so that several rankings share one pass. */
export interface Distances {
  /** The text franc scores (cut at MAX_LENGTH): its length sets the normalisation. */
  length: number;
  /** [code, distance] in franc's data order; empty when the text is not mostly Latin script. */
  distances: [string, number][];
}

const LATIN_ORDER: readonly string[] = Object.keys(data['Latin'] ?? {});

/**
 * Builds, per instance, the models of the languages it is asked about, on first use. The models of one
 * set of languages are merged into one table, trigram -> its weight in each language (-1 where a model
 * lacks it), so a text's trigram is looked up once, not once per language.
 */
export function createTrigramScorer(): (text: string, languages: readonly string[]) => Distances {
  const tables = new Map<string, { codes: string[]; weights: Map<number, Int32Array> }>();
  const tableOf = (languages: readonly string[]): { codes: string[]; weights: Map<number, Int32Array> } => {
    const key = languages.join(',');
    let table = tables.get(key);
    if (table === undefined) {
      const codes = LATIN_ORDER.filter((code) => languages.includes(code));
      const weights = new Map<number, Int32Array>();
      codes.forEach((code, j) => {
        const grams = data['Latin']![code]!.split('|');
        // franc's weights: a trigram's index in the model, the first ones (most frequent) lowest;
        // a trigram listed twice keeps its first index.
        for (let w = grams.length - 1; w >= 0; w--) {
          const key = gramKey(grams[w]!, 0);
          let row = weights.get(key);
          if (row === undefined) weights.set(key, (row = new Int32Array(codes.length).fill(-1)));
          row[j] = w;
        }
      });
      tables.set(key, (table = { codes, weights }));
    }
    return table;
  };
  const census = createScriptCensus();
  return (text, languages) => {
    const value = text.slice(0, MAX_LENGTH);
    if (value.length === 0 || topScript(value, census) !== 'Latin') return { length: value.length, distances: [] };
    const trigrams = countTrigrams(value);
    const { codes, weights } = tableOf(languages);
    const sums = new Array<number>(codes.length).fill(0);
    for (const [gram, count] of trigrams) {
      const row = weights.get(gram);
      for (let j = 0; j < codes.length; j++) {
        const weight = row === undefined ? -1 : row[j]!;
        sums[j]! += weight < 0 ? MAX_DIFFERENCE : Math.abs(count - weight - 1);
      }
    }
    return { length: value.length, distances: codes.map((code, j) => [code, sums[j]!] as [string, number]) };
  };
}

/**
 * A trigram as one number: its three UTF-16 units side by side (48 bits, exact in a double), so that
 * counting does not make a string per position.
 */
function gramKey(s: string, i: number): number {
  return s.charCodeAt(i) * 0x100000000 + s.charCodeAt(i + 1) * 0x10000 + s.charCodeAt(i + 2);
}

/** How often each trigram of franc's cleaned, space-padded text occurs (trigram-utils' `asDictionary`), by `gramKey`. */
function countTrigrams(value: string): Map<number, number> {
  const padded = ` ${clean(value)} `;
  const counts = new Map<number, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const gram = gramKey(padded, i);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/**
 * franc's ranking of the languages `only` (a subset of those measured): what
 * `francAll(text, { only, minLength: 1 })` returns.
 */
export function rank(measured: Distances, only: readonly string[]): Ranked {
  const kept = measured.distances.filter(([code]) => only.includes(code));
  if (kept.length === 0) return [['und', 1]];
  // a stable sort, as franc's: equal distances keep franc's data order
  const sorted = kept.map(([code, d]) => [code, d] as [string, number]).sort((a, b) => a[1] - b[1]);
  const min = sorted[0]![1];
  const max = measured.length * MAX_DIFFERENCE - min;
  for (const entry of sorted) entry[1] = 1 - (entry[1] - min) / max || 0;
  return sorted;
}

const SCRIPTS: readonly string[] = Object.keys(expressions);
const LATIN_INDEX = SCRIPTS.indexOf('Latin');
// franc's expressions anchored at one offset: each matches one code point (a character class, or a
// surrogate pair spelled out); none matches a lone surrogate, so counting code points counts their matches
const AT: readonly RegExp[] = SCRIPTS.map((script) => new RegExp(expressions[script]!.source, 'y'));
const NO_SCRIPT: readonly number[] = [];
/** Code points remembered per scorer; a text of rarer ones is looked at again each time. */
const MAX_CENSUS_MEMO = 4096;

/** The indices (in SCRIPTS) of the scripts whose expression matches code point `cp`, remembered per scorer. */
export type ScriptCensus = (cp: number) => readonly number[];

export function createScriptCensus(): ScriptCensus {
  const memo = new Map<number, readonly number[]>();
  return (cp) => {
    let found = memo.get(cp);
    if (found === undefined) {
      const ch = String.fromCodePoint(cp);
      const hits: number[] = [];
      AT.forEach((re, k) => {
        re.lastIndex = 0;
        if (re.test(ch)) hits.push(k);
      });
      found = hits.length === 0 ? NO_SCRIPT : hits;
      if (memo.size < MAX_CENSUS_MEMO) memo.set(cp, found);
    }
    return found;
  };
}

/**
 * The script with the most characters in `value`, as franc counts it (the matches of each script's
 * global expression; the first script wins a tie), counted in one pass over the code points.
 */
export function topScript(value: string, census: ScriptCensus): string | undefined {
  let ascii = true;
  let letters = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x80) {
      ascii = false;
      break;
    }
    if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
  }
  // In ASCII text only the Latin expression can match; with no letter every count is 0 and franc's
  // first script (not a Latin one) wins the tie.
  if (ascii) return letters > 0 ? 'Latin' : SCRIPTS[0];
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < value.length; ) {
    const c = value.charCodeAt(i);
    if (c < 0x80) {
      // ASCII: letters are Latin, nothing else is any script's
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) counts[LATIN_INDEX]!++;
      i++;
      continue;
    }
    const cp = value.codePointAt(i)!;
    for (const k of census(cp)) counts[k]!++;
    i += cp > 0xffff ? 2 : 1;
  }
  let top: string | undefined;
  let topCount = -1;
  SCRIPTS.forEach((script, k) => {
    if (counts[k]! > topCount) {
      topCount = counts[k]!;
      top = script;
    }
  });
  return top;
}
