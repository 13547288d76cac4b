import { statSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/** Broad sweeps: many documents per test, so they cover nearly every mutant and are slow. */
const SWEEPS = [
  'tests/unit/parse/invariance.test.ts',
  'tests/unit/parse/golden.test.ts',
  'tests/unit/formats/',
  'tests/unit/eval/',
];

/**
 * Stryker stops a mutant at its first failing test (bail), so the order of the files decides
 * what a killed mutant costs: small, specific files first, the broad sweeps last (the default
 * order runs the slowest file first). Size, not vitest's cached durations: the same order on a
 * fresh clone and from one mutant to the next.
 */
class CheapFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification): number => {
      const at = SWEEPS.findIndex((s) => f.moduleId.includes(`/${s}`));
      return at < 0 ? -1 : at;
    };
    const size = (f: TestSpecification): number => statSync(f.moduleId).size;
    return Promise.resolve(
      [...files].sort(
        (a, b) => rank(a) - rank(b) || size(a) - size(b) || a.moduleId.localeCompare(b.moduleId),
      ),
    );
  }
}

// The mutation run (stryker.config.json): unit tests only, they need no database. Left out:
// - tests that run the code in a child process (the CLI walk), the mutant lives in the test
//   runner's process so they cannot kill it; bad-input also asserts on CLI processes;
// - the fast-check properties over every seed and the synthetic bench corpus: several seconds a
//   mutant for what the invariance and golden tests already check document by document;
// - the OCR test: Tesseract runs about 15 s in child processes for every run that touches the
//   parse, and its only parse assertion (more than 3 recipients on a page) is implied by the
//   recipients tests;
// - the invariance sweep and the format readers' tests, unless MUTATION_INVARIANCE=1
//   (scripts/mutation.ts sets it when the run mutates the text layer: src/parse/text/,
//   source.ts, or all of src/parse). Both compare the parse of one text in two forms (NFD and
//   NFC, a PDF and its clean text), so a mutant outside the text layer changes both sides alike;
//   they are most of the suite's time (invariance 167 of 214 s under load, the readers 14–22 s of
//   what is left) and every survivor runs all of them. Without them the score can only be lower
//   (bench/results/mutation.md).
const invariance = process.env.MUTATION_INVARIANCE === '1';
// `npm run test:mutation -- --tests <glob,…>` (scripts/mutation.ts): only those files.
const only = process.env.MUTATION_TESTS?.split(',').filter((g) => g !== '');

export default defineConfig({
  test: {
    include: only !== undefined && only.length > 0 ? only : ['tests/unit/**/*.test.ts'],
    exclude: [
      'tests/unit/parse/bad-input.test.ts',
      'tests/unit/parse/property.test.ts',
      'tests/unit/bench-corpus.test.ts',
      'tests/unit/cli/walk.test.ts',
      'tests/unit/formats/ocr.test.ts',
      ...(invariance ? [] : ['tests/unit/parse/invariance.test.ts', 'tests/unit/formats/**']),
    ],
    // One file at a time, as in vitest.config.ts.
    fileParallelism: false,
    // One module graph for all the files of a run: importing the parser and the registry again
    // for every test file cost most of each mutant's time (on the parse tests 71 s → 11 s). A
    // Stryker run starts a fresh worker, so no state passes from one mutant to the next.
    isolate: false,
    sequence: { sequencer: CheapFirst },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
