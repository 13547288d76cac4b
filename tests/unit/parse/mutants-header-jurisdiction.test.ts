/**
 * Tests that kill the surviving mutants of src/parse/header-jurisdiction.ts
 * (bench/results/mutation.md): what the resolver is asked (the document's key and date, nothing
 * else) and which body's jurisdiction is taken (the last one that names a province).
 */
import { describe, expect, it } from 'vitest';
import { createResolver, loadRegistry } from '../../../src/orgs/index.ts';
import { headerJurisdiction } from '../../../src/parse/header-jurisdiction.ts';
import { createSource } from '../../../src/parse/source.ts';
import type { Resolution, ResolveContext } from '../../../src/parse/types.ts';

const TEXT = 'ĐẢNG BỘ TỈNH QUẢNG TRỊ\nHUYỆN ỦY VĨNH LINH';
const src = createSource(TEXT);
/** The header's two bodies, superior first. */
const BODIES: [number, number][] = [
  [0, 22],
  [23, 41],
];

/** A resolver that records what it is asked and answers from a table of jurisdictions. */
function recording(answers: Record<string, Resolution['jurisdiction']>) {
  const asked: [string, ResolveContext][] = [];
  const resolve = (mention: string, ctx: ResolveContext): Resolution => {
    asked.push([mention, ctx]);
    const jurisdiction = answers[mention];
    return {
      kind: 'organization',
      id: null,
      name: mention,
      mention,
      confidence: 1,
      rule: 'test table',
      ...(jurisdiction ? { jurisdiction } : {}),
    };
  };
  return { asked, resolve };
}

describe('headerJurisdiction', () => {
  it('reads the two bodies of the header text', () => {
    expect(BODIES.map(([s, e]) => src.clean.slice(s, e))).toEqual([
      'ĐẢNG BỘ TỈNH QUẢNG TRỊ',
      'HUYỆN ỦY VĨNH LINH',
    ]);
  });

  it("asks for the last body with the document's key and date only, and takes its place", () => {
    const r = recording({ 'HUYỆN ỦY VĨNH LINH': { province: 'quang-tri', district: 'vinh-linh' } });
    const j = headerJurisdiction(
      src,
      BODIES,
      { resolve: r.resolve },
      { documentKey: 'doc-7', date: '2025-03-05', issuer: 'Ban Thường vụ Huyện ủy' },
    );
    expect(j).toEqual({ province: 'quang-tri', district: 'vinh-linh' });
    expect(r.asked).toStrictEqual([
      ['HUYỆN ỦY VĨNH LINH', { documentKey: 'doc-7', date: '2025-03-05' }],
    ]);
  });

  it('asks without a date when the document has none', () => {
    const r = recording({ 'HUYỆN ỦY VĨNH LINH': { province: 'quang-tri', district: 'vinh-linh' } });
    headerJurisdiction(src, BODIES, { resolve: r.resolve }, { documentKey: 'doc-7' });
    expect(r.asked).toStrictEqual([['HUYỆN ỦY VĨNH LINH', { documentKey: 'doc-7' }]]);
  });

  it('goes up to the parent body when the last one names no province', () => {
    const r = recording({ 'ĐẢNG BỘ TỈNH QUẢNG TRỊ': { province: 'quang-tri' } });
    const j = headerJurisdiction(src, BODIES, { resolve: r.resolve }, { documentKey: 'doc-7' });
    expect(j).toEqual({ province: 'quang-tri' });
    expect(r.asked.map(([m]) => m)).toEqual(['HUYỆN ỦY VĨNH LINH', 'ĐẢNG BỘ TỈNH QUẢNG TRỊ']);
  });

  it('passes over a jurisdiction without a province', () => {
    const r = recording({ 'HUYỆN ỦY VĨNH LINH': {}, 'ĐẢNG BỘ TỈNH QUẢNG TRỊ': {} });
    expect(headerJurisdiction(src, BODIES, { resolve: r.resolve }, { documentKey: 'k' })).toBe(
      null,
    );
  });

  it('with the registry: a department without a place takes the province of the body above', () => {
    const text = 'TỈNH ỦY QUẢNG TRỊ\nBAN TUYÊN GIÁO';
    const s = createSource(text);
    const resolve = createResolver(loadRegistry());
    expect(
      headerJurisdiction(
        s,
        [
          [0, 17],
          [18, 32],
        ],
        { resolve },
        { documentKey: 'k' },
      ),
    ).toEqual({ province: 'quang-tri' });
  });
});
