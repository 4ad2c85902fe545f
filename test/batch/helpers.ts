import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FAULTY_WORKER = fileURLToPath(new URL('./fixtures/faulty-worker.ts', import.meta.url));

/** A fresh temporary folder. */
export function tempDir(prefix = 'contraband-batch-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A copy of the shipped lexicons taken once per test file, so runs compared with each other use the same
 * lexicons even while someone edits lexicons/ (the lexicon hash is part of every result).
 */
let snapshot: string | undefined;
export function lexiconsSnapshot(): string {
  if (snapshot === undefined) {
    snapshot = join(tempDir('contraband-lexicons-'), 'lexicons');
    cpSync(join(ROOT, 'lexicons'), snapshot, { recursive: true });
  }
  return snapshot;
}

/** Listing texts of every category and language, for batch inputs. */
export const LISTINGS = [
  '10g Cocaine 90% pure | Ships from: Netherlands | Price: EUR 550',
  'Glock 19 Gen5 with two magazines, ships from Belgium, €1.800',
  'Ivoire sculpté et corne de rhinocéros, envoi depuis la Belgique, 2 500 €',
  '100x XTC pillen 200mg, verzending met PostNL, 3 euro per stuk',
  'Fullz with SSN and DOB, fresh USA data, 10$ each, instant delivery',
  'Fake EU passport, high quality, tracked shipping worldwide, 1200 USD',
  'Netflix premium account lifetime warranty 5 USD',
  'Weed Amnesia Haze 28g, stealth vacuum sealed, UK next day, £180',
  'Pangolin scales 1kg, discreet shipping from Nigeria, 0.05 BTC',
  'Hacking service: social media accounts recovered, escrow accepted',
];

/** The i-th synthetic listing: a template varied by its number. */
export function listing(i: number): string {
  return `${LISTINGS[i % LISTINGS.length]!} #${i}`;
}
