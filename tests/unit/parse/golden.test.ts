/**
 * Golden tests: one expected projection per seed document (tests/fixtures/parse/<seed>.json),
 * checked by hand against the text line by line. Any difference fails. Where the parser is still
 * wrong, the fixture holds the right value and golden-known-errors.ts what the parser gives (both
 * are checked). To see a new output after a deliberate change, run with PARSE_GOLDEN_WRITE=1 and
 * review the diff before committing.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { applyKnownErrors } from './golden-known-errors.ts';
import { fixtureDir, project, readSeed, seedDir, spanProblems, testRegistry } from './helpers.ts';

const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('golden: seed documents', () => {
  for (const seed of seeds) {
    it(seed, () => {
      const text = readSeed(seed);
      const doc = parseDocument(text, { documentKey: seed, registry: testRegistry() });
      expect(spanProblems(text, doc)).toEqual([]);
      const got = project(doc);
      expect(applyKnownErrors(seed.replace(/\.txt$/, ''), got)).toEqual([]);
      const file = resolve(fixtureDir, seed.replace(/\.txt$/, '.json'));
      if (process.env.PARSE_GOLDEN_WRITE === '1')
        writeFileSync(file, `${JSON.stringify(got, null, 2)}\n`);
      expect(existsSync(file), `missing fixture ${file}`).toBe(true);
      expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
