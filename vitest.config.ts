import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

export default defineConfig({
  define: { __CONTRABAND_VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/dist/**', 'node_modules/**'],
    pool: 'forks',
    // temporary files of the tests go under one folder, removed at the end of the run
    globalSetup: ['test/setup/tmpdir.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // CI sums the counts of every run into its closing "N passed, N failed" line
    reporters: process.env['CI'] ? ['default', ['json', { outputFile: '.ci/vitest-unit.json' }]] : ['default'],
  },
});
