// contraband scores languages with franc-min's data through its own small scorer (src/language/trigrams.ts,
// built lazily and restricted to the languages asked about). Its answers must be franc's own.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { francAll } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { expressions } from 'franc-min/expressions.js';
import { createScriptCensus, createTrigramScorer, rank, topScript } from '../src/language/trigrams.js';

const OURS = ['eng', 'nld', 'fra'];
const WIDE = [...OURS, 'deu', 'spa', 'ita', 'por'];

const corpusDir = join(import.meta.dirname, '..', 'benchmarks', 'corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(join(corpusDir, f), 'utf8').split('\n').filter(Boolean))
  .map((l) => (JSON.parse(l) as { text: string }).text);

/** Texts franc has to treat specially: other scripts, no letters, mixed scripts, accents, long text. */
const odd = [
  '',
  'a',
  '12345 678',
  '€€€ $$$ !!!',
  '🍄🍄🍄 shrooms 🍄',
  'Кокаин 1 грамм доставка',
  'Kокаин cocaine mixed Кириллица',
  '大麻 高品质 cannabis',
  'مخدرات للبيع',
  'Hé, livraison rapide à Bruxelles, qualité supérieure, très discret',
  'Levering in België, snel en discreet, ook naar Nederland',
  'ÀÉÎÕÜ àéîõü ÇçŒœ',
  'Ｃｏｃａｉｎｅ full width letters',
  'x'.repeat(5000),
  'ships from the netherlands '.repeat(200),
  'Ich verkaufe hier sehr gutes Kokain aus Deutschland, schneller Versand',
  'Vendo cocaína de alta calidad, envío rápido desde España',
];

/** Pseudo-random strings over letters, accents, Cyrillic, digits, spaces and punctuation (seeded). */
function generated(count: number): string[] {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz     éèàçëïöüœ ДЖЗИЙ 0123456789.,;-€';
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  return Array.from({ length: count }, () => {
    const len = next() % 200;
    let s = '';
    for (let i = 0; i < len; i++) s += alphabet[next() % alphabet.length];
    return s;
  });
}

describe('trigram scorer gives franc-min francAll answers', () => {
  const scorer = createTrigramScorer();
  const cases: [string, string[]][] = [];
  for (const text of [...corpus, ...odd, ...generated(300)]) {
    cases.push([text, OURS], [text, WIDE]);
  }

  it('on the project corpus, odd scripts and generated text', () => {
    expect(corpus.length).toBeGreaterThan(500);
    let compared = 0;
    for (const [text, only] of cases) {
      const ours = rank(scorer(text, WIDE), only);
      const theirs = francAll(text, { only, minLength: 1 });
      expect({ text: text.slice(0, 80), only, ranked: ours }).toEqual({ text: text.slice(0, 80), only, ranked: theirs });
      compared++;
    }
    expect(compared).toBe(cases.length);
  });

  it('measures only the languages asked about', () => {
    const m = scorer('this is plainly an english sentence about shipping', OURS);
    expect(m.distances.map(([code]) => code).sort()).toEqual([...OURS].sort());
    expect(rank(m, ['deu'])).toEqual([['und', 1]]);
  });

  it('says und for text that is not mostly Latin script', () => {
    expect(rank(scorer('Кокаин высокого качества, доставка по городу', WIDE), OURS)).toEqual([['und', 1]]);
    expect(rank(scorer('', WIDE), OURS)).toEqual([['und', 1]]);
  });
});

/** franc's own census: the script whose global expression matches most often (first wins a tie). */
function francTopScript(value: string): string | undefined {
  let top: string | undefined;
  let topCount = -1;
  for (const script of Object.keys(expressions)) {
    const found = value.match(expressions[script]!);
    const count = (found ? found.length : 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return top;
}

describe('script census', () => {
  // code points of many scripts, emoji, flags, astral ideographs, lone surrogates, full-width letters
  const pieces = ['a', 'Z', ' ', '1', '€', 'é', 'œ', 'Д', 'ж', '大', '麻', 'の', 'カ', '한', 'م', 'ש', 'α', 'क', 'ก', '🍄', '🇳🇱', '𠀀', '🈀', '\ud83c', '\udf44', 'ｃ', '\u00aa'];
  let seed = 99;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const texts = Array.from({ length: 400 }, () => Array.from({ length: 1 + (next() % 60) }, () => pieces[next() % pieces.length]).join(''));

  it('names the script franc names, on odd and generated text', () => {
    const census = createScriptCensus();
    for (const text of [...odd, ...texts, ...corpus]) {
      if (text.length === 0) continue;
      expect({ text, script: topScript(text, census) }).toEqual({ text, script: francTopScript(text) });
    }
  });
});
