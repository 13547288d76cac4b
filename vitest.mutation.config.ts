import { defineConfig } from 'vitest/config';

// The mutation run (stryker.config.json): unit tests only, they need no database. Left out:
// tests that run the CLI in a child process (a mutant lives in the test runner's process, so
// they cannot kill it) and the two broad sweeps (fast-check properties over every seed, the
// synthetic corpus) that made each mutant cost several seconds: on 2 cores they would put a
// full run of src/parse at many hours.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: [
      'tests/unit/parse/bad-input.test.ts',
      'tests/unit/parse/property.test.ts',
      'tests/unit/bench-corpus.test.ts',
    ],
    // One file at a time, as in vitest.config.ts.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
