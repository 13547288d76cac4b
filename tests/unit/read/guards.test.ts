/** Input guards of the read layer (issue 15): calendar dates, NFD search, very long searches. */
import { describe, expect, it } from 'vitest';
import { isCalendarDate, isoDate } from '../../../src/read/filters.ts';
import { luceneQuery, MAX_SEARCH_WORDS, searchWords } from '../../../src/read/search.ts';

describe('dates', () => {
  it('refuses days that do not exist (2023-02-30 was accepted)', () => {
    expect(isCalendarDate('2023-02-28')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const bad of [
      '2023-02-30',
      '2023-02-29',
      '2023-04-31',
      '2023-13-01',
      '2023-00-10',
      '31/12/2023',
    ]) {
      expect(isCalendarDate(bad)).toBe(false);
    }
    expect(() => isoDate('2023-02-30', 'dueFrom')).toThrow('dueFrom must be a date as YYYY-MM-DD');
  });
});

describe('search input', () => {
  it('normalises decomposed Unicode (NFD) to the composed form the index holds', () => {
    const nfd = 'Ban Tuyên giáo'.normalize('NFD');
    expect(nfd).not.toBe('Ban Tuyên giáo');
    expect(searchWords(nfd)).toEqual(['Ban', 'Tuyên', 'giáo']);
    expect(luceneQuery(nfd)).toBe(luceneQuery('Ban Tuyên giáo'));
  });

  it(`refuses more than ${MAX_SEARCH_WORDS} words with a clear error (1,025 words were a 500)`, () => {
    const words = Array.from({ length: 1025 }, (_, i) => `w${i}`).join(' ');
    expect(() => luceneQuery(words)).toThrow(
      `search has 1025 words; at most ${MAX_SEARCH_WORDS} are allowed`,
    );
    expect(luceneQuery(Array(MAX_SEARCH_WORDS).fill('x').join(' '))).toContain('x AND x');
  });
});
