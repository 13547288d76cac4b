/**
 * splitGluedMarkers on single lines: where the first child's number is cut off its heading, and
 * where a number after the heading's words is left alone.
 */
import { describe, expect, it } from 'vitest';
import { splitGluedMarkers } from '../../../src/parse/glued-markers.ts';
import type { Line } from '../../../src/parse/source.ts';

const at = (start: number, text: string): Line => ({
  start,
  end: start + text.length,
  text,
  emphasised: false,
});
const split = (start: number, text: string): Line[] => splitGluedMarkers([at(start, text)]);

describe('splitGluedMarkers', () => {
  it('cuts "2.1." off "2. Heading", the heading ending before the space', () => {
    expect(split(10, '2. Nâng cao năng lực quản lý 2.1. Rà soát cơ chế')).toEqual([
      { start: 10, end: 38, text: '2. Nâng cao năng lực quản lý', emphasised: false },
      { start: 39, end: 58, text: '2.1. Rà soát cơ chế', emphasised: false },
    ]);
  });

  it('cuts a line indented by spaces, keeping the indent with the heading', () => {
    expect(split(5, '  3. Giải quyết tranh chấp 3.1. Kiện toàn')).toEqual([
      { start: 5, end: 31, text: '  3. Giải quyết tranh chấp', emphasised: false },
      { start: 32, end: 46, text: '3.1. Kiện toàn', emphasised: false },
    ]);
  });

  it('cuts after a heading of three letters', () => {
    expect(split(0, '3. Đất 3.1. Rà soát quỹ đất')).toEqual([
      { start: 0, end: 6, text: '3. Đất', emphasised: false },
      { start: 7, end: 27, text: '3.1. Rà soát quỹ đất', emphasised: false },
    ]);
  });

  it('cuts after a heading with a colon inside it', () => {
    expect(split(0, '4. Kinh tế: nông nghiệp 4.1. Rà soát')).toEqual([
      { start: 0, end: 23, text: '4. Kinh tế: nông nghiệp', emphasised: false },
      { start: 24, end: 36, text: '4.1. Rà soát', emphasised: false },
    ]);
  });

  it('leaves a number after fewer than three letters or after a sentence ended', () => {
    expect(split(0, '2. Về 2.1. công tác')).toEqual([at(0, '2. Về 2.1. công tác')]);
    expect(split(0, '2. Thực hiện như sau: 2.1. Rà soát')).toEqual([
      at(0, '2. Thực hiện như sau: 2.1. Rà soát'),
    ]);
    // spaced wide by the PDF's justification
    expect(split(0, '2. Thực hiện như sau:  2.1. Rà soát')).toEqual([
      at(0, '2. Thực hiện như sau:  2.1. Rà soát'),
    ]);
  });

  it('skips a cited "mục 2.1." and cuts at the marker after it', () => {
    expect(split(0, '2. Thực hiện mục 2.1. Kế hoạch 2.1. Rà soát')).toEqual([
      { start: 0, end: 30, text: '2. Thực hiện mục 2.1. Kế hoạch', emphasised: false },
      { start: 31, end: 43, text: '2.1. Rà soát', emphasised: false },
    ]);
  });
});
