import { describe, expect, it } from 'vitest';
import { rawSegments, trimSegment, type Segment } from '../../../src/orgs/segments.ts';

/** Each raw segment as its text and the separator before it. */
function cut(list: string): Array<[string, Segment['sep']]> {
  return rawSegments(list).map((s) => [list.slice(s.start, s.end), s.sep]);
}

function trimmed(list: string, start: number, end: number): [number, number] {
  const s = trimSegment(list, { start, end, sep: ',' });
  return [s.start, s.end];
}

describe('rawSegments', () => {
  it('never cuts inside parentheses, nested or not, and cuts again after them', () => {
    expect(cut('Bộ Y tế (Vụ A, Vụ B), Bộ Tư pháp')).toEqual([
      ['Bộ Y tế (Vụ A, Vụ B)', 'start'],
      [' Bộ Tư pháp', ','],
    ]);
    expect(cut('Sở X (Phòng A (cũ), Phòng B), Sở Y')).toEqual([
      ['Sở X (Phòng A (cũ), Phòng B)', 'start'],
      [' Sở Y', ','],
    ]);
  });

  it('ignores a closing parenthesis that opened nothing', () => {
    expect(cut('Sở X), Sở Y (a, b)')).toEqual([
      ['Sở X)', 'start'],
      [' Sở Y (a, b)', ','],
    ]);
  });

  it('cuts at a line break', () => {
    expect(cut('Sở Tài chính\nSở Xây dựng')).toEqual([
      ['Sở Tài chính', 'start'],
      ['Sở Xây dựng', ','],
    ]);
  });

  it('cuts at "và" and "Và" between spaces only', () => {
    expect(cut('Bộ Kế hoạch và Đầu tư')).toEqual([
      ['Bộ Kế hoạch', 'start'],
      ['Đầu tư', 'và'],
    ]);
    expect(cut('Bộ Kế hoạch Và Đầu tư')).toEqual([
      ['Bộ Kế hoạch', 'start'],
      ['Đầu tư', 'và'],
    ]);
    // "vì", "Vàng", "Hà" and a "và" glued to a parenthesis are no separator
    expect(cut('Quỹ vì người nghèo')).toEqual([['Quỹ vì người nghèo', 'start']]);
    expect(cut('Công ty Vàng bạc Đá quý, UBND thành phố Hà Nội')).toEqual([
      ['Công ty Vàng bạc Đá quý', 'start'],
      [' UBND thành phố Hà Nội', ','],
    ]);
    expect(cut('Sở Xây dựng (cũ)và Sở Y tế')).toEqual([['Sở Xây dựng (cũ)và Sở Y tế', 'start']]);
  });
});

describe('trimSegment', () => {
  it('trims bullets and punctuation within the segment only', () => {
    expect(trimmed('- -x', 0, 1)).toEqual([1, 1]);
    expect(trimmed('. .', 2, 3)).toEqual([2, 2]);
  });

  it('drops a trailing parenthesis, then the space before it', () => {
    expect(trimmed('Bộ Y tế (b/c).', 0, 14)).toEqual([0, 7]);
    expect(trimmed('Bộ Y tế (b/c)(', 0, 13)).toEqual([0, 7]);
    expect(trimmed('(b/c)', 0, 5)).toEqual([0, 0]);
  });

  it('keeps a parenthesis inside the name and a ")" opened before the segment', () => {
    expect(trimmed('Văn phòng (Ban) Chỉ đạo', 0, 23)).toEqual([0, 23]);
    expect(trimmed('Sở B)', 0, 5)).toEqual([0, 5]);
    expect(trimmed('Sở A (x, Sở B)', 9, 14)).toEqual([9, 14]);
  });
});
