import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Lexicons } from '../schema/lexicon.js';
import { buildPatterns, indexPatterns, type Pattern, type PatternLookup, type PrebuiltIndex, type VocabItem, type VocabKind } from './compile.js';
import { STEMMER_ID, type StemKeys } from './stem.js';

/**
 * A snapshot of the shipped lexicons, validated, tokenised, stemmed and indexed at build time
 * (`npm run build` writes dist/lexicons.snapshot.json). Starting a classifier from it skips the costly
 * steps of start-up: schema validation, stemming every term and building the index. Patterns are kept
 * as strings and decoded the first time a listing's word looks them up, so start-up allocates little.
 *
 * It is used only when the digest of the lexicon files being loaded equals the digest it was made
 * from, so an edited lexicon never meets a stale snapshot: it simply takes the slow path.
 */
export const SNAPSHOT_FILE = 'lexicons.snapshot.json';
const SNAPSHOT_FORMAT = 3;

const KINDS: readonly VocabKind[] = [
  'category', 'method', 'carrier', 'country', 'countryShort', 'place', 'region', 'adjective',
  'originCue', 'destCue', 'destAfter', 'shipNegation', 'shipNegException', 'shipNegationAfter', 'negation',
];
const LANGS: readonly VocabItem['lang'][] = ['any', 'en', 'nl', 'fr'];
const LISTS = ['bySurface', 'byStem', 'fuzzy', 'compoundTerms'] as const;

/*
 * File layout (plain text, so nothing needs JSON escapes and most of it decodes as ASCII):
 *   line 1   JSON header: format, stemmer, digest of the files, content hash, section sizes
 *   line 2   the validated lexicons as JSON (stem cache left out)
 *   then     one line a pattern: "kind ref exact lang" TAB term TAB token texts (space-separated)
 *            TAB stem keys (space-separated within a token, "," between tokens)
 *   then     for each list of the index (bySurface, byStem, fuzzy, compoundTerms): one line a key,
 *            key TAB the numbers of its patterns (space-separated)
 *   last     the stem prefixes, space-separated
 */
interface Header {
  format: number;
  stemmer: string;
  digest: string;
  /** Digest of the validated lexicons' content (see `lexiconsContentHash`). */
  contentHash: string;
  patterns: number;
  lists: Record<(typeof LISTS)[number], number>;
}

/** A digest of what validated lexicons say (the stem cache left out: it never changes a result). */
export function lexiconsContentHash(lexicons: Lexicons): string {
  return createHash('sha256').update(JSON.stringify({ ...lexicons, stems: undefined })).digest('hex');
}

function encode(p: Pattern): string {
  const fields = [
    `${KINDS.indexOf(p.item.kind)} ${p.item.ref} ${p.item.exact ? 1 : 0} ${LANGS.indexOf(p.item.lang)}`,
    p.term,
    p.tokens.map((t) => t.text).join(' '),
    p.tokens.map((t) => t.stems.join(' ')).join(','),
  ];
  if (/[\t\n\r]/.test(p.term) || p.tokens.some((t) => /[\s,]/.test(t.text) || t.stems.some((k) => /[\s,]/.test(k)))) {
    throw new Error(`lexicon term cannot be stored in a snapshot: ${JSON.stringify(p.term)}`);
  }
  return fields.join('\t');
}

const NO_STEMS: StemKeys = [];

function decode(line: string): Pattern {
  const [head, term, texts, stems] = line.split('\t') as [string, string, string, string];
  const [kind, ref, exact, lang] = head.split(' ').map(Number) as [number, number, number, number];
  const item: VocabItem = { kind: KINDS[kind]!, ref, exact: exact === 1, lang: LANGS[lang]! };
  const keys = stems.split(',');
  return { item, term, tokens: texts.split(' ').map((text, i) => ({ text, stems: keys[i] ? keys[i]!.split(' ') : NO_STEMS })) };
}

/** Builds the snapshot of validated lexicons read from files whose digest is `digest`. */
export function makeSnapshot(lexicons: Lexicons, digest: string): string {
  const { stems: _cache, ...rest } = lexicons;
  const patterns = buildPatterns(lexicons);
  const ix = indexPatterns(patterns, (_, i) => i);
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    stemmer: STEMMER_ID,
    digest,
    contentHash: lexiconsContentHash(lexicons),
    patterns: patterns.length,
    lists: { bySurface: ix.bySurface.size, byStem: ix.byStem.size, fuzzy: ix.fuzzy.size, compoundTerms: ix.compoundTerms.size },
  };
  const lines = [JSON.stringify(header), JSON.stringify(rest), ...patterns.map(encode)];
  for (const name of LISTS) for (const [k, v] of ix[name]) lines.push(`${k}\t${v.join(' ')}`);
  lines.push([...ix.stemPrefixes].join(' '));
  return `${lines.join('\n')}\n`;
}

/**
 * The part of a snapshot after its two JSON lines, decoded as latin1 (one byte a character, the fastest
 * decoding): ASCII reads as itself, and the rare line with other UTF-8 bytes is re-decoded when used.
 */
class Block {
  readonly starts: Uint32Array;
  constructor(
    readonly text: string,
    lineCount: number,
  ) {
    this.starts = new Uint32Array(lineCount + 1);
    let at = 0;
    for (let i = 0; i < lineCount; i++) {
      this.starts[i] = at;
      const nl = text.indexOf('\n', at);
      if (nl < 0) throw new Error('truncated snapshot');
      at = nl + 1;
    }
    this.starts[lineCount] = at;
  }
  /** Line `i` (0-based), without its newline, from character `from` of the line on. */
  line(i: number, from = 0): string {
    return utf8(this.text.slice(this.starts[i]! + from, this.starts[i + 1]! - 1));
  }
}

function utf8(latin1: string): string {
  return /[\x80-\xff]/.test(latin1) ? Buffer.from(latin1, 'latin1').toString('utf8') : latin1;
}

/**
 * A snapshot's list lookup: a key maps to the line of its list until the first lookup decodes it, then
 * to the list itself (one Map lookup a call, as with a plain Map). Every pattern is decoded at most once.
 */
class LazyLookup implements PatternLookup {
  private readonly table = new Map<string, number | readonly Pattern[]>();
  private readonly tabs: Uint16Array;
  constructor(
    private readonly block: Block,
    private readonly first: number,
    count: number,
    private readonly pattern: (i: number) => Pattern,
  ) {
    this.tabs = new Uint16Array(count);
    for (let i = 0; i < count; i++) {
      const start = block.starts[first + i]!;
      const tab = block.text.indexOf('\t', start);
      this.tabs[i] = tab - start + 1;
      this.table.set(utf8(block.text.slice(start, tab)), first + i);
    }
  }
  has(key: string): boolean {
    return this.table.has(key);
  }
  get(key: string): readonly Pattern[] | undefined {
    const v = this.table.get(key);
    if (typeof v !== 'number') return v;
    const list = this.block.line(v, this.tabs[v - this.first]).split(' ').map((n) => this.pattern(Number(n)));
    this.table.set(key, list);
    return list;
  }
}

export interface LoadedSnapshot {
  readonly lexicons: Lexicons;
  readonly contentHash: string;
  readonly index: PrebuiltIndex;
  /** Every pattern, decoded now: for a stem cache when the vocabulary is customised. */
  patterns(): Pattern[];
}

/**
 * Reads a snapshot and returns its lexicons and index when it was made from files with this digest,
 * by this version's format and stemmers; undefined otherwise (missing, unreadable, stale, damaged).
 */
export function readSnapshot(file: string | URL, digest: string): LoadedSnapshot | undefined {
  try {
    const buf = readFileSync(file);
    const nl1 = buf.indexOf(10);
    const nl2 = buf.indexOf(10, nl1 + 1);
    if (nl1 < 0 || nl2 < 0) return undefined;
    const header = JSON.parse(buf.toString('utf8', 0, nl1)) as Header;
    if (header.format !== SNAPSHOT_FORMAT || header.stemmer !== STEMMER_ID || header.digest !== digest) return undefined;
    const lexicons = JSON.parse(buf.toString('utf8', nl1 + 1, nl2)) as Lexicons;
    const counts = [header.patterns, ...LISTS.map((l) => header.lists[l]), 1];
    const block = new Block(buf.toString('latin1', nl2 + 1), counts.reduce((a, b) => a + b, 0));
    const decoded: (Pattern | undefined)[] = new Array<Pattern | undefined>(header.patterns);
    const pattern = (i: number): Pattern => (decoded[i] ??= decode(block.line(i)));
    let at = header.patterns;
    const lookups = LISTS.map((name) => {
      const l = new LazyLookup(block, at, header.lists[name], pattern);
      at += header.lists[name];
      return l;
    });
    return {
      lexicons,
      contentHash: header.contentHash,
      index: {
        bySurface: lookups[0]!,
        byStem: lookups[1]!,
        fuzzy: lookups[2]!,
        compoundTerms: lookups[3]!,
        stemPrefixes: new Set(block.line(at).split(' ')),
      },
      patterns: () => Array.from({ length: header.patterns }, (_, i) => pattern(i)),
    };
  } catch {
    return undefined;
  }
}

/** The stems of every term word the snapshot stemmed: a stem cache for compiling customised lexicons. */
export function stemSeed(patterns: readonly Pattern[]): Map<string, StemKeys> {
  const seed = new Map<string, StemKeys>();
  for (const p of patterns) if (!p.item.exact) for (const t of p.tokens) seed.set(t.text, t.stems);
  return seed;
}
