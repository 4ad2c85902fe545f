import { cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPatterns, indexPatterns, type PatternLookup } from '../src/lexicon/compile.js';
import { defaultLexiconsDir, parseLexiconSources, readLexiconSources, sourcesDigest, sourcesStamp, withStemCache } from '../src/lexicon/load.js';
import { lexiconsContentHash, makeSnapshot, readSnapshot } from '../src/lexicon/snapshot.js';

// The start-up snapshot must be an exact stand-in for compiling the lexicons: every list of the index,
// in order, with equal patterns; and it must never be used for other files than the ones it was made of.
const dir = defaultLexiconsDir();
const sources = readLexiconSources(dir);
const digest = sourcesDigest(sources);
/** The current files as readSnapshot sees them, without a stamp: the digest decides. */
const now = (d = digest) => ({ stamp: undefined, digest: () => d });
const lexicons = parseLexiconSources(sources, dir);
const tmp = mkdtempSync(join(tmpdir(), 'contraband-snapshot-'));
const file = join(tmp, 'lexicons.snapshot.bin');
writeFileSync(file, makeSnapshot(lexicons, digest));
const slow = indexPatterns(buildPatterns(lexicons), (p) => p);

describe('lexicon snapshot', () => {
  const snap = readSnapshot(file, now());

  it('is read back for the files it was made of, with their content hash', () => {
    expect(snap).toBeDefined();
    expect(snap!.contentHash).toBe(lexiconsContentHash(lexicons));
    expect(snap!.lexicons.categories.map((c) => c.entries.length)).toEqual(lexicons.categories.map((c) => c.entries.length));
  });

  for (const name of ['bySurface', 'byStem', 'fuzzy', 'compoundTerms'] as const) {
    it(`gives the same ${name} lists as compiling, for every key`, () => {
      const lazy: PatternLookup = snap!.index[name];
      let nonAscii = 0;
      for (const [key, list] of slow[name]) {
        if (/[^\x00-\x7f]/.test(key)) nonAscii++;
        expect(lazy.has(key)).toBe(true);
        expect(lazy.get(key)).toEqual(list);
      }
      for (const absent of ['zzqxv', 'constructor', '__proto__', '', 'cocaïne-not-a-term']) {
        if (slow[name].has(absent)) continue;
        expect(lazy.has(absent)).toBe(false);
        expect(lazy.get(absent)).toBeUndefined();
      }
      if (name === 'bySurface') expect(nonAscii).toBeGreaterThan(0);
    });
  }

  it('gives the same stem prefixes and every pattern', () => {
    expect([...snap!.index.stemPrefixes].sort()).toEqual([...slow.stemPrefixes].sort());
    expect(snap!.patterns()).toEqual(buildPatterns(lexicons));
  });

  it('starts from lexicons without category terms and gives the complete ones to customise', () => {
    const { stems: _cache, ...complete } = lexicons;
    expect(snap!.fullLexicons()).toEqual(complete);
    const slim = snap!.lexicons;
    expect(slim.categories.flatMap((c) => c.entries).every((e) => Object.keys(e.terms).length === 0)).toBe(true);
    expect(slim.places).toEqual(lexicons.places);
    expect(slim.currencies).toEqual(lexicons.currencies);
    expect(slim.categories.flatMap((c) => c.entries.map((e) => e.id))).toEqual(lexicons.categories.flatMap((c) => c.entries.map((e) => e.id)));
  });

  it('reads the stem cache only when it needs it', () => {
    const lean = readLexiconSources(dir, { stemCache: false });
    expect(lean.has('stems.json')).toBe(false);
    expect(sourcesDigest(lean)).toBe(digest);
    expect(withStemCache(lean, dir).get('stems.json')).toEqual(sources.get('stems.json'));
  });

  it('is refused for other files, another format, or when damaged', () => {
    expect(readSnapshot(file, now(digest.replace(/^./, (c) => (c === '0' ? '1' : '0'))))).toBeUndefined();
    const bytes = readFileSync(file);
    const write = (name: string, data: Uint8Array | string): string => {
      const path = join(tmp, name);
      writeFileSync(path, data);
      return path;
    };
    // cut anywhere: in the lines, in the tables, in the complete lexicons at the end
    for (const share of [0.3, 0.8, 0.99]) expect(readSnapshot(write(`cut-${share}`, bytes.subarray(0, Math.floor(bytes.length * share))), now())).toBeUndefined();
    expect(readSnapshot(write('longer', Buffer.concat([bytes, Buffer.from('x')])), now())).toBeUndefined();
    expect(readSnapshot(write('junk', '\u0000\u0001 not a snapshot'), now())).toBeUndefined();
    expect(readSnapshot(write('empty', ''), now())).toBeUndefined();
    const nl = bytes.indexOf(10);
    const header = bytes.subarray(0, nl).toString('utf8');
    const withHeader = (h: string): Buffer => Buffer.concat([Buffer.from(h), bytes.subarray(nl)]);
    expect(readSnapshot(write('other', withHeader(header.replace(/"format":\d+/, '"format":999'))), now())).toBeUndefined();
    // a section size that does not add up to the file
    expect(readSnapshot(write('sizes', withHeader(header.replace(/"lines":(\d+)/, (_, n: string) => `"lines":${Number(n) + 4}`))), now())).toBeUndefined();
    expect(readSnapshot(join(tmp, 'missing.bin'), now())).toBeUndefined();
  });

  it('trusts an unchanged stamp without hashing the files, and falls back to their digest when it moved', () => {
    const copyDir = join(tmp, 'lexicons');
    cpSync(dir, copyDir, { recursive: true });
    const stamp = sourcesStamp(copyDir)!;
    expect(stamp).toBeDefined();
    const stamped = join(tmp, 'stamped.bin');
    writeFileSync(stamped, makeSnapshot(lexicons, digest, stamp));
    const never = (): string => {
      throw new Error('digest computed although the stamp matched');
    };
    expect(readSnapshot(stamped, { stamp: sourcesStamp(copyDir), digest: never })).toBeDefined();
    // touched, same bytes: the stamp moved, the digest still matches
    utimesSync(join(copyDir, 'drugs.json'), new Date(2001, 0, 1), new Date(2001, 0, 1));
    const touched = sourcesStamp(copyDir);
    expect(touched).not.toBe(stamp);
    expect(readSnapshot(stamped, { stamp: touched, digest: () => sourcesDigest(readLexiconSources(copyDir, { stemCache: false })) })).toBeDefined();
    // edited: neither matches
    writeFileSync(join(copyDir, 'context.json'), `${readFileSync(join(copyDir, 'context.json'), 'utf8')} `);
    expect(readSnapshot(stamped, { stamp: sourcesStamp(copyDir), digest: () => sourcesDigest(readLexiconSources(copyDir, { stemCache: false })) })).toBeUndefined();
    expect(sourcesStamp(join(tmp, 'no-such-dir'))).toBeUndefined();
  });

  it('reads the complete lexicons only when asked, and not from a file that changed since', () => {
    const copy = join(tmp, 'copy.bin');
    writeFileSync(copy, readFileSync(file));
    const opened = readSnapshot(copy, now())!;
    expect(opened).toBeDefined();
    // the start-up part still answers once the file is gone: it was read whole at start
    writeFileSync(copy, 'replaced');
    expect(opened.index.bySurface.get('cocaine')).toEqual(snap!.index.bySurface.get('cocaine'));
    expect(opened.fullLexicons()).toBeUndefined();
  });

  it('changes digest when any result-deciding file changes, not when the stem cache does', () => {
    const edited = new Map(sources);
    const drugs = sources.get('drugs.json')!;
    edited.set('drugs.json', Buffer.concat([drugs, Buffer.from(' ')]));
    expect(sourcesDigest(edited)).not.toBe(digest);
    const stems = new Map(sources);
    stems.set('stems.json', Buffer.from('{}'));
    expect(sourcesDigest(stems)).toBe(digest);
  });
});
