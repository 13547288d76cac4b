/** Search snippets: words found without diacritics, as whole words, in a window of the text. */
import { describe, expect, it } from 'vitest';
import { findWords, snippet } from '../../../src/api/snippet.ts';

const marked = (text: string, words: string[]): string => {
  const { text: excerpt, highlights } = snippet(text, words, 60);
  let out = '';
  let at = 0;
  for (const { start, end } of highlights) {
    out += `${excerpt.slice(at, start)}[${excerpt.slice(start, end)}]`;
    at = end;
  }
  return out + excerpt.slice(at);
};

describe('snippet', () => {
  it('finds words without diacritics (đ as d), whole words only', () => {
    expect(marked('Ban Tuyên giáo Trung ương', ['ban', 'tuyen', 'GIAO'])).toBe(
      '[Ban] [Tuyên] [giáo] Trung ương',
    );
    expect(marked('Đảng ủy Khối; đảng viên', ['dang'])).toBe('[Đảng] ủy Khối; [đảng] viên');
    // "bàn" folds to "ban" as the index folds it; "giao" inside no other word.
    expect(findWords('giao ban giáo dục, bàn giaoban', ['ban'])).toEqual([
      { start: 5, end: 8 },
      { start: 19, end: 22 },
    ]);
  });

  it('cuts a window around the first match, starting at a word', () => {
    const text = `${'mở đầu '.repeat(20)}tăng cường công tác tuyên truyền ${'kết thúc '.repeat(20)}`;
    const { text: excerpt, highlights } = snippet(text, ['tuyen', 'truyen'], 60);
    expect(excerpt.length).toBeLessThanOrEqual(60);
    expect(excerpt.slice(highlights[0]?.start, highlights[0]?.end)).toBe('tuyên');
    expect(excerpt.slice(highlights[1]?.start, highlights[1]?.end)).toBe('truyền');
    expect(text).toContain(excerpt);
    expect(excerpt).toMatch(/^\p{L}/u);
  });

  it('without a match: the start of the text, nothing highlighted', () => {
    expect(snippet('Kế hoạch thực hiện', ['xyz'])).toEqual({
      text: 'Kế hoạch thực hiện',
      highlights: [],
    });
  });
});
