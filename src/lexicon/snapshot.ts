import { sha256 } from '../text/hash.js';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Lexicons } from '../schema/lexicon.js';
import { buildPatterns, indexPatterns, type Pattern, type PatternLookup, type PrebuiltIndex, type VocabItem, type VocabKind } from './compile.js';
import { STEMMER_ID, type StemKeys } from './stem.js';
import { fnv1a } from '../text/fnv.js';

/**
 * A snapshot of the shipped lexicons, validated, tokenised, stemmed and indexed at build time
 * (`npm run build` writes dist/lexicons.snapshot.bin). Starting a classifier from it skips the costly
 * steps of start-up: schema validation, stemming every term and building the index. Patterns are kept
 * as strings and decoded the first time a listing's word looks them up, so start-up allocates little.
 *
 * It is used only when the digest of the lexicon files being loaded equals the digest it was made
 * from, so an edited lexicon never meets a stale snapshot: it simply takes the slow path.
 */
export const SNAPSHOT_FILE = 'lexicons.snapshot.bin';
const SNAPSHOT_FORMAT = 8;

const KINDS: readonly VocabKind[] = [
  'category', 'method', 'carrier', 'country', 'countryShort', 'place', 'region', 'adjective',
  'originCue', 'destCue', 'destAfter', 'shipNegation', 'shipNegException', 'shipNegationAfter', 'negation',
  'originAfter', 'addOn', 'shipDecoy', 'physical',
];
const LANGS: readonly VocabItem['lang'][] = ['any', 'en', 'nl', 'fr'];
const LISTS = ['bySurface', 'byStem', 'fuzzy', 'compoundTerms'] as const;

/*
 * File layout: text lines (so nothing needs JSON escapes and most of it is ASCII), then binary tables,
 * then the complete lexicons, which start-up does not read:
 *   line 1   JSON header: format, stemmer, digest of the files, content hash, section sizes in bytes
 *   line 2   the validated lexicons as JSON, without the terms of category entries (compiled below)
 *            and without their notes
 *   then     one line a pattern: "kind ref exact lang" TAB term TAB token texts (space-separated)
 *            TAB stem keys (space-separated within a token, "," between tokens)
 *   then     for each list of the index (bySurface, byStem, fuzzy, compoundTerms): one line a key,
 *            key TAB the numbers of its patterns (space-separated)
 *   then     the stem prefixes, space-separated, and a newline
 *   then     spaces up to a multiple of 4 bytes, and the tables as raw Uint32 (byte order in the
 *            header): the byte offset of every line above from the first pattern line on (one more than
 *            the lines), then each list's hash table (slots: the number of a key's line + 1, 0 for empty;
 *            FNV-1a of the key's UTF-16 units, linear probing)
 *   last     the validated lexicons as JSON, complete (stem cache left out): read only to customise them
 * Offsets and hash tables are computed here, at build time, so start-up does not walk the file; it reads
 * the header, then everything up to the end of the tables in one read, and decodes no base64.
 */
interface Header {
  format: number;
  stemmer: string;
  digest: string;
  /** `sourcesStamp` of the lexicon folder, taken before its files were read: equal now, they are unchanged. */
  stamp?: string;
  /** Digest of the validated lexicons' content (see `lexiconsContentHash`). */
  contentHash: string;
  patterns: number;
  lists: Record<(typeof LISTS)[number], number>;
  /** Sizes of the hash tables of the lists, in slots (see the tables line). */
  slots: Record<(typeof LISTS)[number], number>;
  /** Byte order of the tables: they are read only on a machine with the same. */
  endian: 'le' | 'be';
  /** Sizes in bytes of the sections after the header line: slim lexicons (with newline), lines, padding, tables, complete lexicons. */
  bytes: { slim: number; lines: number; padding: number; tables: number; full: number };
}

/** A digest of what validated lexicons say (the stem cache left out: it never changes a result). */
export function lexiconsContentHash(lexicons: Lexicons): string {
  return sha256().update(JSON.stringify({ ...lexicons, stems: undefined })).digest('hex');
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
export function makeSnapshot(lexicons: Lexicons, digest: string, stamp?: string): Buffer {
  const { stems: _cache, ...rest } = lexicons;
  const patterns = buildPatterns(lexicons);
  const ix = indexPatterns(patterns, (_, i) => i);
  const block = patterns.map(encode);
  const tables = LISTS.map((name) => {
    const keys = [...ix[name].keys()];
    for (const [k, v] of ix[name]) block.push(`${k}\t${v.join(' ')}`);
    return hashTable(keys);
  });
  block.push([...ix.stemPrefixes].join(' '));
  const starts = new Uint32Array(block.length + 1);
  for (let i = 0; i < block.length; i++) starts[i + 1] = starts[i]! + Buffer.byteLength(block[i]!) + 1;
  // start-up reads the slim copy: no category terms (the index has them) and no notes (prose for editors)
  const slim = { ...rest, categories: rest.categories.map((c) => ({ ...c, entries: c.entries.map(({ note: _note, ...e }) => ({ ...e, terms: {} })) })) };
  const slimText = Buffer.from(`${JSON.stringify(slim)}\n`);
  const lines = Buffer.from(`${block.join('\n')}\n`);
  const binary = Buffer.concat([starts, ...tables].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));
  const full = Buffer.from(JSON.stringify(rest));
  const sections = (padding: number): Header['bytes'] => ({ slim: slimText.length, lines: lines.length, padding, tables: binary.length, full: full.length });
  const header = (padding: number): Header => ({
    format: SNAPSHOT_FORMAT,
    stemmer: STEMMER_ID,
    digest,
    ...(stamp !== undefined ? { stamp } : {}),
    contentHash: lexiconsContentHash(lexicons),
    patterns: patterns.length,
    lists: { bySurface: ix.bySurface.size, byStem: ix.byStem.size, fuzzy: ix.fuzzy.size, compoundTerms: ix.compoundTerms.size },
    slots: { bySurface: tables[0]!.length, byStem: tables[1]!.length, fuzzy: tables[2]!.length, compoundTerms: tables[3]!.length },
    endian: ENDIAN,
    bytes: sections(padding),
  });
  // the padding is written in the header, whose length moves where the tables start: the JSON of a
  // padding of 0-3 has the same length, so one pass settles it
  const before = Buffer.byteLength(`${JSON.stringify(header(0))}\n`) + slimText.length + lines.length;
  const padding = (4 - (before % 4)) % 4;
  return Buffer.concat([Buffer.from(`${JSON.stringify(header(padding))}\n`), slimText, lines, Buffer.alloc(padding, 0x20), binary, full]);
}

const ENDIAN: Header['endian'] = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'le' : 'be';

/** An open-addressing table of keys (at least twice as many slots, a power of two): slot = key number + 1. */
function hashTable(keys: readonly string[]): Uint32Array {
  let size = 16;
  while (size < keys.length * 2) size *= 2;
  const slots = new Uint32Array(size);
  keys.forEach((key, i) => {
    let slot = fnv1a(key) & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = i + 1;
  });
  return slots;
}

/**
 * The pattern and key lines of a snapshot, kept as bytes: a line is decoded only when it is used, so
 * start-up neither copies the file into a string nor allocates its keys.
 */
class Block {
  constructor(
    readonly buf: Buffer,
    /** Byte offset of the first line. */
    readonly base: number,
    /** Offset of each line from `base`, and of the end of the last one. */
    readonly starts: Uint32Array,
  ) {}
  /** Byte offset of line `i` in the file. */
  at(i: number): number {
    return this.base + this.starts[i]!;
  }
  /** Line `i` (0-based), without its newline, from byte `from` of the line on. */
  line(i: number, from = 0): string {
    return this.buf.toString('utf8', this.at(i) + from, this.at(i + 1) - 1);
  }
}

/**
 * A snapshot's list lookup over the hash table the build computed: a key is hashed and compared with
 * the bytes of its line, so a lookup allocates nothing and start-up builds nothing. A key's patterns
 * are decoded on its first lookup and kept (every pattern is decoded at most once).
 */
class LazyLookup implements PatternLookup {
  private readonly mask: number;
  private readonly lists: (readonly Pattern[] | undefined)[];
  private readonly seen = new Map<string, readonly Pattern[] | null>();
  constructor(
    private readonly block: Block,
    private readonly first: number,
    count: number,
    private readonly slots: Uint32Array,
    private readonly pattern: (i: number) => Pattern,
  ) {
    this.mask = slots.length - 1;
    this.lists = new Array<readonly Pattern[] | undefined>(count);
  }
  /**
   * Whether line `i` of this list has the key `key`: byte against character while they are ASCII (UTF-8
   * writes ASCII as itself), the decoded key from the first other character on.
   */
  private keyIs(i: number, key: string): boolean {
    const { buf } = this.block;
    const start = this.block.at(this.first + i);
    for (let k = 0; k < key.length; k++) {
      const c = key.charCodeAt(k);
      if (c > 0x7f) return buf.toString('utf8', start, buf.indexOf(9, start)) === key;
      if (buf[start + k] !== c) return false;
    }
    return buf[start + key.length] === 9;
  }
  /** The number of the key's line within this list, or -1. */
  private find(key: string): number {
    for (let slot = fnv1a(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const v = this.slots[slot]!;
      if (v === 0) return -1;
      if (this.keyIs(v - 1, key)) return v - 1;
    }
  }
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  get(key: string): readonly Pattern[] | undefined {
    // words repeat: a Map (native string hashing) answers every word seen before, found or not
    const seen = this.seen.get(key);
    if (seen !== undefined) return seen === null ? undefined : seen;
    const i = this.find(key);
    let list: readonly Pattern[] | null = null;
    if (i >= 0) {
      list = this.lists[i] ??= this.block
        .line(this.first + i, Buffer.byteLength(key) + 1)
        .split(' ')
        .map((n) => this.pattern(Number(n)));
    }
    // every key found is kept (they are the lexicon's); words not found, up to a bound
    if (list !== null || this.seen.size < MAX_SEEN) this.seen.set(key, list);
    return list ?? undefined;
  }
}

/** How many looked-up keys a snapshot lookup remembers, beyond the lexicon's own. */
const MAX_SEEN = 100_000;

export interface LoadedSnapshot {
  /** The validated lexicons, without the terms of category entries (the index holds them compiled). */
  readonly lexicons: Lexicons;
  readonly contentHash: string;
  readonly index: PrebuiltIndex;
  /**
   * The complete validated lexicons, terms included, read and parsed now, to customise them; undefined
   * when the file can no longer be read as it was (the caller then compiles the lexicon files).
   */
  fullLexicons(): Lexicons | undefined;
  /** Every pattern, decoded now: for a stem cache when the vocabulary is customised. */
  patterns(): Pattern[];
}

/** Reads `length` bytes of an open file from `position`; fewer when the file is shorter. */
function readAt(fd: number, length: number, position: number): Buffer {
  const buf = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buf, got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got === length ? buf : buf.subarray(0, got);
}

/** The header line of a snapshot (at most this long) and where the next section starts. */
const MAX_HEADER = 4096;

function readHeader(fd: number): { header: Header; text: string; end: number } | undefined {
  const head = readAt(fd, MAX_HEADER, 0);
  const nl = head.indexOf(10);
  if (nl < 0) return undefined;
  const text = head.toString('utf8', 0, nl);
  return { header: JSON.parse(text) as Header, text, end: nl + 1 };
}

/** The lexicon files a classifier is about to use: their `sourcesStamp`, and their digest (computed only if needed). */
export interface SourcesNow {
  readonly stamp: string | undefined;
  readonly digest: () => string;
}

/**
 * Reads a snapshot and returns its lexicons and index when it was made from files with this digest,
 * by this version's format and stemmers; undefined otherwise (missing, unreadable, stale, damaged).
 * Reads the file up to the end of its tables; the complete lexicons only when `fullLexicons()` is called.
 */
export function readSnapshot(file: string | URL, current: SourcesNow): LoadedSnapshot | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = readHeader(fd);
    if (head === undefined) return undefined;
    const { header } = head;
    if (header.format !== SNAPSHOT_FORMAT || header.stemmer !== STEMMER_ID) return undefined;
    // the same stamp means the same files; otherwise (copied, installed, touched, edited) their digest decides
    if ((header.stamp === undefined || header.stamp !== current.stamp) && header.digest !== current.digest()) return undefined;
    if (header.endian !== ENDIAN) return undefined;
    const sizes = header.bytes;
    const fullAt = head.end + sizes.slim + sizes.lines + sizes.padding + sizes.tables;
    if (fstatSync(fd).size !== fullAt + sizes.full) return undefined;
    const buf = readAt(fd, fullAt, 0);
    if (buf.length !== fullAt) return undefined;
    const lexicons = JSON.parse(buf.toString('utf8', head.end, head.end + sizes.slim)) as Lexicons;
    const lineCount = header.patterns + LISTS.reduce((n, l) => n + header.lists[l], 0) + 1;
    const counts = [lineCount + 1, ...LISTS.map((l) => header.slots[l])];
    if (sizes.tables !== counts.reduce((a, b) => a + b, 0) * 4) return undefined;
    const tablesAt = fullAt - sizes.tables;
    // viewed in place when aligned (it is, in a buffer of its own); copied otherwise
    const tables =
      (buf.byteOffset + tablesAt) % 4 === 0
        ? new Uint32Array(buf.buffer, buf.byteOffset + tablesAt, sizes.tables / 4)
        : new Uint32Array(new Uint8Array(buf.subarray(tablesAt)).buffer);
    const views: Uint32Array[] = [];
    let offset = 0;
    for (const size of counts) {
      views.push(tables.subarray(offset, offset + size));
      offset += size;
    }
    const linesAt = head.end + sizes.slim;
    const block = new Block(buf, linesAt, views[0]!);
    if (block.at(lineCount) !== linesAt + sizes.lines) return undefined;
    const decoded: (Pattern | undefined)[] = new Array<Pattern | undefined>(header.patterns);
    const pattern = (i: number): Pattern => (decoded[i] ??= decode(block.line(i)));
    let at = header.patterns;
    const lookups = LISTS.map((name, k) => {
      const l = new LazyLookup(block, at, header.lists[name], views[k + 1]!, pattern);
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
      fullLexicons: () => readFull(file, head.text, fullAt, sizes.full),
      patterns: () => Array.from({ length: header.patterns }, (_, i) => pattern(i)),
    };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The complete lexicons of a snapshot, read when asked for, if the header is still the one read first. */
function readFull(file: string | URL, headerText: string, at: number, length: number): Lexicons | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = readHeader(fd);
    const buf = readAt(fd, length, at);
    if (head?.text !== headerText || buf.length !== length) return undefined;
    return JSON.parse(buf.toString('utf8')) as Lexicons;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The stems of the term words the snapshot stemmed in every language: a stem cache for compiling
 * customised lexicons. A term of one language keeps only its own and English stems (see buildPatterns),
 * which are not the word's stems: its words are left to the stemmer.
 */
export function stemSeed(patterns: readonly Pattern[]): Map<string, StemKeys> {
  const seed = new Map<string, StemKeys>();
  for (const p of patterns) if (!p.item.exact && p.item.lang === 'any') for (const t of p.tokens) seed.set(t.text, t.stems);
  return seed;
}
