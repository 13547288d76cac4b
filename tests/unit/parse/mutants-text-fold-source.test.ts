/**
 * The folded text and the text model: exact folds of Vietnamese and non-Vietnamese letters, the
 * span map back to the original around collapsed spaces and CRLF, the per-line emphasis flags
 * after a flattened header is split, and the small text predicates.
 */
import { describe, expect, it } from 'vitest';
import {
  createSource,
  fold,
  isCapsLine,
  isLower,
  isUpper,
  squash,
  trimRange,
} from '../../../src/parse/source.ts';

describe('fold', () => {
  it('drops tones and hooks, lower-cases, and maps đ/Đ to d', () => {
    expect(fold('ĐẢNG ủy Quỳnh Lưu đồng ý ƠN')).toBe('dang uy quynh luu dong y on');
  });
  it('lower-cases the whole ASCII range of capitals, A to Z', () => {
    expect(fold('AZ@[`{az09')).toBe('az@[`{az09');
  });
  it('keeps a letter whose base is not ASCII, only lower-cased', () => {
    // й = и + breve, Ǿ = Ø + acute: the base is not a Latin letter, so the mark stays
    expect(fold('Ǿй')).toBe('ǿй');
  });
  it('folds İ to i though its lower case is two code units', () => {
    expect(fold('İ')).toBe('i');
  });
  it('folds a whole text longer than the argument list', () => {
    const long = 'Ấ'.repeat(300_000);
    expect(fold(long)).toBe('a'.repeat(300_000));
  });
});

describe('createSource', () => {
  it('maps clean offsets back across collapsed spaces and CRLF', () => {
    const s = createSource('Giao  Sở   Y tế\r\nthực hiện.');
    expect(s.clean).toBe('Giao Sở Y tế\nthực hiện.');
    expect([0, 4, 5, 8].map((i) => s.span(i, i))).toEqual([
      { start: 0, end: 0 },
      { start: 4, end: 4 },
      { start: 6, end: 6 },
      { start: 11, end: 11 },
    ]);
    expect(s.span(0, 4)).toEqual({ start: 0, end: 4 });
    expect(s.span(5, 10)).toEqual({ start: 6, end: 13 });
    expect(s.quoted(5, 10)).toEqual({ span: { start: 6, end: 13 }, quote: 'Sở   Y ' });
    // past the end: the whole text, and an empty span at the original end
    expect(s.span(0, 100)).toEqual({ start: 0, end: 27 });
    expect(s.span(26, 26)).toEqual({ start: 27, end: 27 });
  });
  it('gives an empty span at 0 for a text that cleans to nothing', () => {
    const s = createSource('   ');
    expect(s.clean).toBe('');
    expect(s.span(0, 0)).toEqual({ start: 0, end: 0 });
    expect(s.span(0, 5)).toEqual({ start: 0, end: 0 });
  });
  it('keeps the emphasis flag of each header line on every part it is split into', () => {
    const s = createSource(
      '**ỦY BAN NHÂN DÂN TỈNH KON TUM ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n' +
        'Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH\n' +
        'Căn cứ Luật Tổ chức.',
    );
    expect(s.lines.map((l) => [l.text, l.emphasised])).toEqual([
      ['ỦY BAN NHÂN DÂN TỈNH KON TUM -------', true],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true],
      ['Số: 435/QĐ-UBND', false],
      ['Kon Tum, ngày 04 tháng 5 năm 2020', false],
      ['QUYẾT ĐỊNH', false],
      ['Căn cứ Luật Tổ chức.', false],
    ]);
  });
});

describe('text predicates', () => {
  it('trims spaces and the default punctuation from both ends', () => {
    expect(trimRange(' ,Sở Y tế.; ', 0, 12)).toEqual([2, 9]);
    expect(trimRange('\tSở:\n', 0, 5)).toEqual([1, 3]);
  });
  it('trims a range of punctuation only to an empty range at its end', () => {
    expect(trimRange(' ,, x', 0, 3)).toEqual([3, 3]);
    expect(trimRange('x ,, ', 1, 4)).toEqual([4, 4]);
  });
  it('trims only the given punctuation', () => {
    expect(trimRange('(Sở)', 0, 4, '()')).toEqual([1, 3]);
  });
  it('tells a title-case letter neither upper nor lower', () => {
    expect([isUpper('ǅ'), isLower('ǅ'), isUpper('Ố'), isLower('ố'), isUpper(undefined)]).toEqual([
      false,
      false,
      true,
      true,
      false,
    ]);
  });
  it('needs two capital letters for a line in capitals, digits and spaces aside', () => {
    expect([isCapsLine('A 1'), isCapsLine('ĐỀ ÁN 06'), isCapsLine('ĐỀ án')]).toEqual([
      false,
      true,
      false,
    ]);
  });
  it('collapses whitespace and trims', () => {
    expect([squash(' Sở\u00a0 Y\ttế '), squash('Sở Y tế')]).toEqual(['Sở Y tế', 'Sở Y tế']);
  });
});
