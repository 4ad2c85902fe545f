import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import { data as francData } from 'franc-min/data.js';
import { SCORED_CODES } from './src/language/codes.js';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

// The small parts of natural (stemmers), franc-min and fastest-levenshtein that contraband uses are bundled
// into dist, so installing contraband does not install natural's database clients.
const bundled = ['zod', 'natural', 'franc-min', 'fastest-levenshtein', 'trigram-utils', 'collapse-white-space', 'n-gram'];

/**
 * franc-min's trigram tables, cut to the Latin-script languages contraband scores (src/language/codes.ts),
 * in franc's order. The other 75 tables are never read; bundled, they were ~160 KB that every import of
 * contraband decoded and parsed. A code missing from franc's Latin tables stops the build.
 */
const trimFrancData = {
  name: 'trim-franc-data',
  setup(build: { onLoad: (o: { filter: RegExp }, cb: () => { contents: string; loader: 'js' }) => void }) {
    build.onLoad({ filter: /[\\/]franc-min[\\/]data\.js$/ }, () => {
      const latin = francData['Latin'] ?? {};
      const missing = SCORED_CODES.filter((code) => latin[code] === undefined);
      if (missing.length > 0) throw new Error(`franc-min has no Latin trigram table for ${missing.join(', ')}`);
      const kept = Object.fromEntries(Object.entries(latin).filter(([code]) => SCORED_CODES.includes(code)));
      return { contents: `export const data = ${JSON.stringify({ Latin: kept })};\n`, loader: 'js' };
    });
  },
};

const common: Options = {
  target: 'node20',
  platform: 'node',
  shims: true,
  splitting: false,
  noExternal: bundled,
  esbuildPlugins: [trimFrancData],
  define: { __CONTRABAND_VERSION__: JSON.stringify(pkg.version) },
};

export default defineConfig([
  { ...common, entry: { index: 'src/index.ts' }, format: ['esm', 'cjs'], dts: true, clean: true, sourcemap: false },
  // the batch worker thread: found beside index.js / index.cjs / cli.js at run time
  { ...common, entry: { worker: 'src/batch/worker.ts' }, format: ['esm'] },
  { ...common, entry: { cli: 'src/cli/main.ts' }, format: ['esm'], banner: { js: '#!/usr/bin/env node' } },
]);
