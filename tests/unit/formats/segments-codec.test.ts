/**
 * The stored form of a text's map back to the original (src/formats/segments-codec.ts): what goes
 * in comes back (boxes to a hundredth of a unit), rows written as plain JSON still read, a value
 * in no known encoding is refused by name, and a long PDF's map shrinks well below its JSON.
 */
import { describe, expect, it } from 'vitest';
import { decodeSegments, encodeSegments, type Segment } from '../../../src/formats/index.ts';

const pdfWords = (pages: number, perPage: number): Segment[] => {
  const out: Segment[] = [];
  let at = 0;
  for (let page = 1; page <= pages; page++) {
    for (let k = 0; k < perPage; k++) {
      const len = 2 + (k % 7);
      out.push({
        start: at,
        end: at + len,
        page,
        box: {
          x: 70.5 + (k % 12) * 37.25,
          y: 60 + Math.floor(k / 12) * 17.75,
          width: len * 6.25,
          height: 13,
        },
      });
      at += len + 1;
    }
  }
  return out;
};

describe('segments codec', () => {
  it('gives back page, box, paragraph and confidence as written', () => {
    const segments: Segment[] = [
      { start: 0, end: 9, page: 1, box: { x: 70.25, y: 60.5, width: 81.04, height: 13 } },
      { start: 9, end: 10 },
      { start: 10, end: 31, page: 2, box: { x: 1, y: 2, width: 3, height: 4 }, confidence: 87.5 },
      { start: 40, end: 52, paragraph: 17 },
    ];
    expect(decodeSegments(encodeSegments(segments))).toEqual(segments);
    expect(decodeSegments(encodeSegments([]))).toEqual([]);
  });

  it('keeps boxes to a hundredth of a point', () => {
    const [s] = decodeSegments(
      encodeSegments([
        { start: 3, end: 5, page: 1, box: { x: 1.234, y: 5.678, width: 9, height: 1 } },
      ]),
    );
    expect(s?.box).toEqual({ x: 1.23, y: 5.68, width: 9, height: 1 });
  });

  it('reads rows stored as plain JSON before the encoding existed', () => {
    const old: Segment[] = [{ start: 0, end: 4, paragraph: 0 }];
    expect(decodeSegments(JSON.stringify(old))).toEqual(old);
  });

  it('refuses a value in no known encoding, saying what it starts with', () => {
    expect(() => decodeSegments('seg9:abc')).toThrow(
      'stored segments in an unknown encoding (seg9:abc…)',
    );
  });

  it('stores a 100-page PDF map of 40,000 words in under a tenth of its JSON', () => {
    const segments = pdfWords(100, 400);
    const json = JSON.stringify(segments).length;
    const stored = encodeSegments(segments).length;
    expect(json).toBeGreaterThan(3_000_000);
    expect(stored).toBeLessThan(json / 10);
    expect(decodeSegments(encodeSegments(segments))).toEqual(segments);
  });
});
