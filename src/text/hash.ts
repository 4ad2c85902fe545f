import type { Hash } from 'node:crypto';
import { lazyBuiltin } from './builtin.js';
import { fnv1a } from './fnv.js';

/*
 * Hashes. node:crypto costs ~4-5 ms to load, a tenth of a classifier's start-up, and the default
 * classifier needs no cryptographic hash at all (the snapshot carries its digests, computed at build
 * time): it is loaded on first use only.
 */

const crypto = lazyBuiltin<typeof import('node:crypto')>('node:crypto');

/** A SHA-256 hasher; node:crypto is loaded on the first call. */
export function sha256(): Hash {
  return crypto().createHash('sha256');
}

/**
 * A short stable identifier of a JSON value: 16 hex digits from two differently seeded and mixed 32-bit
 * FNV-1a lanes over its JSON text. Not cryptographic: it names a configuration (`meta.optionsHash`,
 * `meta.lexiconHash`, whose input already holds the lexicons' SHA-256), it does not protect one.
 */
export function hashJson(value: unknown): string {
  const s = JSON.stringify(value) ?? 'undefined';
  const a = fnv1a(s);
  let b = 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    b = Math.imul(b ^ s.charCodeAt(i), 0x5bd1e995);
    b ^= b >>> 13;
  }
  return hex8(fmix(a ^ s.length)) + hex8(fmix(b ^ Math.imul(s.length, 0x27d4eb2f)));
}

/** MurmurHash3's finaliser: every input bit moves every output bit. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}
