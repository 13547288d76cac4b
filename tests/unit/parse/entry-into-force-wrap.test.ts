/**
 * The date-of-effect sentence reads the same whatever white space separates its words: a short
 * line left by a re-wrap ("… và có\nhiệu lực\nthi hành kể từ ngày ký.") keeps its line breaks
 * after unwrapping, and used to hide the sentence (issue 18, point 7; 383-QĐ/TW at 72 columns).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';

const doc = (article: string): string =>
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH QUẢNG TRỊ',
    'Số: 20/QĐ-UBND',
    'Quảng Trị, ngày 10 tháng 3 năm 2024',
    'QUYẾT ĐỊNH',
    'Ban hành Quy định về công tác lưu trữ',
    '',
    article,
    '',
  ].join('\n');

const inForce = (text: string) => {
  const e = parseDocument(text).entryIntoForce;
  return e ? { from: e.from, onSigning: e.onSigning, quote: e.quote } : null;
};

describe('date of effect across line breaks', () => {
  it.each([
    ['one line', 'Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.'],
    [
      'a break inside "có hiệu lực"',
      'Điều 3. Quyết định này có\nhiệu lực\nthi hành kể từ ngày ký.',
    ],
    ['a break before "kể từ"', 'Điều 3. Quyết định này có hiệu lực thi hành\nkể từ\nngày ký.'],
  ])('%s', (_, article) => {
    const quote = article.slice(article.indexOf('Quyết định này'), article.lastIndexOf('ký') + 2);
    expect(inForce(doc(article))).toEqual({ from: '2024-03-10', onSigning: true, quote });
  });
  it('a date given across a break', () => {
    const article = 'Điều 3. Quyết định này có\nhiệu lực từ ngày 01 tháng 7 năm 2024.';
    expect(inForce(doc(article))).toEqual({
      from: '2024-07-01',
      onSigning: false,
      quote: 'Quyết định này có\nhiệu lực từ ngày 01 tháng 7 năm 2024',
    });
  });
});
