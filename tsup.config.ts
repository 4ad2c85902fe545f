import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

// The small parts of natural (stemmers), franc-min and fastest-levenshtein that contraband uses are bundled
// into dist, so installing contraband does not install natural's database clients.
const bundled = ['zod', 'natural', 'franc-min', 'fastest-levenshtein', 'trigram-utils', 'collapse-white-space', 'n-gram'];

const common: Options = {
  target: 'node20',
  platform: 'node',
  shims: true,
  splitting: false,
  noExternal: bundled,
  define: { __CONTRABAND_VERSION__: JSON.stringify(pkg.version) },
};

export default defineConfig([
  { ...common, entry: { index: 'src/index.ts' }, format: ['esm', 'cjs'], dts: true, clean: true, sourcemap: false },
  // the batch worker thread: found beside index.js / index.cjs / cli.js at run time
  { ...common, entry: { worker: 'src/batch/worker.ts' }, format: ['esm'] },
  { ...common, entry: { cli: 'src/cli/main.ts' }, format: ['esm'], banner: { js: '#!/usr/bin/env node' } },
]);
