/**
 * Capability 7: the parse does not depend on how the text arrives. One property per
 * transformation, over the seeds (and the real corpus under tests/corpus when present): the
 * parse of the transformed text equals the parse of the text, spans and quotes aside.
 */
import fc from 'fast-check';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { readSeed, seedDir, spanProblems, testRegistry } from './helpers.ts';
import {
  crlf,
  doubledSpaces,
  hardWrap,
  leadingBlank,
  leadingUnrelated,
  lostSpace,
  nfd,
  reformedTones,
  tabs,
  withoutSpans,
} from './transforms.ts';

const corpusDir = resolve(import.meta.dirname, '../../corpus');

function corpusTexts(): string[] {
  if (!existsSync(corpusDir)) return [];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(resolve(dir, e.name));
      else if (e.name.endsWith('.txt')) out.push(readFileSync(resolve(dir, e.name), 'utf8'));
    }
  };
  walk(corpusDir);
  return out;
}

const texts = [
  ...readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map(readSeed),
  ...corpusTexts(),
];

const parse = (t: string): unknown =>
  withoutSpans(parseDocument(t, { documentKey: 'k', registry: testRegistry() }));

function invariant(change: (t: string, seed: number) => string, runs = 8): void {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: texts.length - 1 }), fc.nat(), (k, seed) => {
      const text = texts[k] as string;
      const changed = change(text, seed);
      const doc = parseDocument(changed, { documentKey: 'k', registry: testRegistry() });
      expect(spanProblems(changed, doc)).toEqual([]);
      expect(withoutSpans(doc)).toEqual(parse(text));
    }),
    { numRuns: runs },
  );
}

/** A deterministic choice of about half the items, from a seed. */
const half =
  (seed: number) =>
  (i: number): boolean =>
    ((seed >>> (i % 31)) ^ i) % 2 === 0;

describe('the parse is invariant under how the text arrives', () => {
  it('CRLF line ends', () => invariant(crlf));
  it('NFD (decomposed) text', () => invariant(nfd));
  it('the other tone placement (hoà/hòa, uỷ/ủy)', () =>
    invariant((t, s) => reformedTones(t, half(s))));
  it('tabs before lines and after list markers', () => invariant(tabs));
  it('a leading blank line', () => invariant(leadingBlank));
  it('a leading unrelated line', () => invariant(leadingUnrelated));
  it('doubled spaces', () => invariant(doubledSpaces));
  it('lines hard-wrapped at about 80 columns', () =>
    invariant((t, s) => hardWrap(t, 72 + (s % 17)), 12));
  it('a space lost before a task keyword', () => invariant((t, s) => lostSpace(t, half(s))));
});
