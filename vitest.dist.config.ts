import { defineConfig } from 'vitest/config';

// Tests of the built package (dist/): run after `npm run build` by `npm run test:dist`.
export default defineConfig({
  test: {
    include: ['test/dist/**/*.test.ts'],
    pool: 'forks',
    // temporary files of the tests go under one folder, removed at the end of the run
    globalSetup: ['test/setup/tmpdir.ts'],
    testTimeout: 60_000,
    reporters: process.env['CI'] ? ['default', ['json', { outputFile: '.ci/vitest-dist.json' }]] : ['default'],
  },
});
