import { describe, expect, it } from 'vitest';
import { compileLexicons } from '../src/lexicon/compile.js';
import { defaultLexiconsDir, loadLexiconsFromDir } from '../src/lexicon/load.js';
import { matchAll, MAX_PER_CUE, MAX_PER_TERM, type WordMemo } from '../src/lexicon/match.js';
import { createNormaliser } from '../src/text/normalise.js';
import { tokenise } from '../src/text/tokenise.js';

// The matcher's per-classifier word memo: what it keeps, and what it must not keep.
const normalise = createNormaliser();
const lex = compileLexicons(loadLexiconsFromDir(defaultLexiconsDir()), normalise);

function run(text: string, memo: WordMemo) {
  const n = normalise(text);
  return matchAll(tokenise(n.text), n.text, lex, memo);
}

describe('word memo', () => {
  it('never keeps a word longer than any term (a megabyte word would stay in memory)', () => {
    const memo = new Map() as WordMemo;
    for (const c of 'bcdefgh') run(`${c}${'a'.repeat(50_000)} 10g cocaine`, memo);
    expect([...memo.keys()].every((k) => k.length <= 48)).toBe(true);
  });

  it('keeps what a disguised or misspelt word turned out to be, and finds it again from the memo', () => {
    const memo = new Map() as WordMemo;
    const first = run('100XTC and cocaiine and sp33d', memo).matches.map((m) => [m.term, m.how]);
    expect(first).toEqual(expect.arrayContaining([['xtc', 'deobfuscated'], ['speed', 'deobfuscated']]));
    expect(memo.get('100xtc')?.analysis?.kind).toBe('deobfuscated');
    const again = run('100XTC and cocaiine and sp33d', memo).matches.map((m) => [m.term, m.how]);
    expect(again).toEqual(first);
  });

  it('keeps short numbers and codes, not longer ones that spell nothing', () => {
    const memo = new Map() as WordMemo;
    run('order 2016 ref 100g99 x4567 20240512 10g', memo);
    const withDigits = [...memo.keys()].filter((k) => /[0-9]/.test(k)).sort();
    // up to four characters they repeat on a page of prices and amounts; longer ones are many and rare
    expect(withDigits).toEqual(['10g', '2016']);
  });
});

describe('repeated terms', () => {
  it(`keeps at most ${MAX_PER_TERM} matches of one term per text, and up to ${MAX_PER_CUE} of one negation`, () => {
    const memo = new Map() as WordMemo;
    const { matches } = run('no cocaine 💊 🇳🇱 c0ke '.repeat(MAX_PER_TERM + 100), memo);
    const count = (pred: (m: (typeof matches)[number]) => boolean): number => matches.filter(pred).length;
    expect(count((m) => m.term === 'cocaine' && m.item.kind === 'category')).toBe(MAX_PER_TERM);
    expect(count((m) => m.how === 'deobfuscated')).toBeLessThanOrEqual(MAX_PER_TERM);
    expect(count((m) => m.item.kind === 'country')).toBe(MAX_PER_TERM);
    expect(count((m) => m.item.kind === 'negation')).toBe(MAX_PER_TERM + 100); // cues: up to MAX_PER_CUE
    // the ones kept are the first ones
    expect(count((m) => m.item.kind === 'negation' && m.term === 'no')).toBeLessThanOrEqual(MAX_PER_CUE);
    const flood = run('no '.repeat(MAX_PER_CUE + 10), memo).matches.filter((m) => m.item.kind === 'negation');
    expect(flood.length).toBe(MAX_PER_CUE);
    const kept = matches.filter((m) => m.term === 'cocaine' && m.item.kind === 'category');
    expect(Math.max(...kept.map((m) => m.first))).toBeLessThan(Math.min(...matches.filter((m) => m.item.kind === 'negation').slice(MAX_PER_TERM).map((m) => m.first)));
  });
});

describe('disguised words', () => {
  const spelt = (text: string): string[] =>
    run(text, new Map() as WordMemo)
      .matches.filter((m) => m.how === 'deobfuscated')
      .map((m) => `${m.term}@${text.slice(m.start, m.end)}`);

  it('reads a leet digit among spaced-out letters, but not a figure after them', () => {
    expect(spelt('C.0.K.E uncut')).toContain('coke@C.0.K.E');
    expect(spelt('G l 0 c k 19')).toContain('glock@G l 0 c k');
    // "k e t a 2 gram": the 2 is a quantity, no letter follows it
    expect(spelt('k e t a 2 gram')).toEqual(['keta@k e t a']);
  });

  it("reads '!' as i and a sign that ends a word as its letter, never after a bare figure", () => {
    expect(spelt('s!lencer for 9mm')).toContain('silencer@s!lencer');
    expect(spelt('V1agr@ 100mg')).toContain('viagra@V1agr@');
    // a price in dollars is no word: "800$" spells nothing
    expect(spelt('Durogesic patches 800$ each')).toEqual([]);
    expect(spelt('Great stuff! Coke 1g')).toEqual([]);
  });

  it('reads a leet word inside multi-word terms, carriers and cues, never an amount or a code', () => {
    expect(spelt('btc m1x1ng service')).toContain('mixing service@m1x1ng service');
    expect(spelt('verzending met P0stNL')).toContain('postnl@P0stNL');
    expect(spelt('DHL 3xpress shipping')).toContain('express shipping@3xpress shipping');
    // a memo reused across listings gives the same reading
    const memo = new Map() as WordMemo;
    run('P0stNL', memo);
    expect(run('verzending met P0stNL', memo).matches.some((m) => m.term === 'postnl' && m.how === 'deobfuscated')).toBe(true);
    // amounts, doses and chemical codes are read as written
    expect(spelt('3mmc 10mg 1ste keer 500g')).toEqual([]);
  });
});
