import { describe, expect, it } from 'vitest';
import { lineAt, linesWhere, lowerBound, newlineOffsets } from '../src/text/search.js';

describe('binary searches by position', () => {
  it('lowerBound finds the first index where the prefix predicate fails', () => {
    const xs = [1, 3, 3, 7, 9];
    expect(lowerBound(xs.length, (i) => xs[i]! < 3)).toBe(1);
    expect(lowerBound(xs.length, (i) => xs[i]! < 8)).toBe(4);
    expect(lowerBound(xs.length, (i) => xs[i]! < 100)).toBe(5);
    expect(lowerBound(xs.length, (i) => xs[i]! < 0)).toBe(0);
    expect(lowerBound(0, () => true)).toBe(0);
  });
  it('lineAt numbers the lines of a text from its newline offsets', () => {
    const text = 'Title\nShips from: NL\n\nPrice: 40';
    const nl = newlineOffsets(text);
    expect(nl).toEqual([5, 20, 21]);
    expect(lineAt(nl, 0)).toBe(0);
    expect(lineAt(nl, 5)).toBe(0); // the newline ends its own line
    expect(lineAt(nl, 6)).toBe(1);
    expect(lineAt(nl, text.indexOf('Price'))).toBe(3);
    expect(lineAt(newlineOffsets('one line'), 4)).toBe(0);
  });
  it('linesWhere collects the lines of the items a predicate accepts', () => {
    const text = 'Title\nDHL tracked\n\nPostNL or bpost';
    const nl = newlineOffsets(text);
    const items = ['DHL', 'tracked', 'PostNL', 'bpost', 'Title'].map((w) => ({ w, start: text.indexOf(w) }));
    expect([...linesWhere(items, (x) => x.w !== 'Title', nl)].sort()).toEqual([1, 3]);
    expect(linesWhere(items, () => false, nl).size).toBe(0);
  });
});
