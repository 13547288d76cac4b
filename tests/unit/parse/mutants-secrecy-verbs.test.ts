/**
 * The secrecy stamp read off the header lines (findSecrecy) and the folded verbs of Party
 * regulations that are no verb in context (notTheVerb), asserted on exact results.
 */
import { describe, expect, it } from 'vitest';
import { notTheVerb } from '../../../src/parse/regulation-verbs.ts';
import { findSecrecy } from '../../../src/parse/secrecy.ts';
import { createSource, fold, type Line } from '../../../src/parse/source.ts';

const HEAD = 'ĐẢNG CỘNG SẢN VIỆT NAM\nSố 10-KH/TW\n';

describe('findSecrecy', () => {
  it('quotes a boxed stamp without its decoration, at its place in the text', () => {
    const text = `${HEAD}(MẬT)\nKẾ HOẠCH`;
    const src = createSource(text);
    const at = text.indexOf('MẬT)');
    expect(findSecrecy(src, src.lines, 2)).toEqual({
      level: 'MAT',
      quote: 'MẬT',
      span: { start: at, end: at + 3 },
    });
  });

  it('reads a stamp up to three lines after the header', () => {
    const text = `${HEAD}KẾ HOẠCH\nThực hiện Nghị quyết\nTỐI MẬT`;
    const src = createSource(text);
    // the header's last line is 1; the stamp on line 4 sits just above the body
    expect(findSecrecy(src, src.lines, 2)?.level).toBe('TOI_MAT');
  });

  it('keeps the highest mark, and the first of two equal ones', () => {
    const text = `${HEAD}TỐI MẬT\nMẬT\nTỐI MẬT\n`;
    const src = createSource(text);
    const first = text.indexOf('TỐI MẬT');
    expect(findSecrecy(src, src.lines, 2)).toEqual({
      level: 'TOI_MAT',
      quote: 'TỐI MẬT',
      span: { start: first, end: first + 7 },
    });
  });

  it('folds any run of spaces inside the level words', () => {
    // a stamp line as the header reader hands it, spaced wide by a PDF's justification
    const text = `${HEAD}TUYỆT   MẬT\n`;
    const src = createSource(text);
    const line: Line = { start: 0, end: 11, text: 'TUYỆT   MẬT', emphasised: false };
    expect(findSecrecy(src, [line], 0)?.level).toBe('TUYET_MAT');
  });
});

describe('notTheVerb', () => {
  const check = (word: string, clean: string, needle: string): boolean =>
    notTheVerb(word, clean, fold(clean), clean.indexOf(needle));

  it('"giao" is no verb in "Ngoại giao", even glued or at the start of the text', () => {
    expect(check('giao', 'Sở Ngoại giao chủ trì', 'giao')).toBe(true);
    expect(check('giao', 'Sở Ngoạigiao chủ trì', 'giao')).toBe(true);
    expect(check('giao', 'Ngoại giao nhân dân', 'giao')).toBe(true);
  });

  it('"giao" is the verb when "bàn" is not the word right before it', () => {
    expect(check('giao', 'Hội nghị bàn và giao nhiệm vụ', 'giao')).toBe(false);
  });

  it('"nộp" is no verb in "nguồn nộp lưu" only', () => {
    expect(check('nop', 'cơ quan thuộc nguồn nộp lưu', 'nộp')).toBe(true);
    expect(check('nop', 'cơ quan thuộc nguồnnộp lưu', 'nộp')).toBe(true);
    expect(check('nop', 'Nguồn vốn nộp ngân sách', 'nộp')).toBe(false);
  });

  it('"nghiên cứu" is no verb in the name of an institute only', () => {
    expect(check('nghien cuu', 'doanh nghiệp, viện nghiên cứu', 'nghiên')).toBe(true);
    expect(check('nghien cuu', 'Viện nghiên cứu', 'nghiên')).toBe(true);
    expect(check('nghien cuu', 'doanh nghiệp, việnnghiên cứu', 'nghiên')).toBe(true);
    expect(check('nghien cuu', 'Học viện nghiên cứu', 'nghiên')).toBe(true);
    expect(check('nghien cuu', 'Các viện tiếp tục nghiên cứu', 'nghiên')).toBe(false);
    expect(check('nghien cuu', 'Trường Cao đẳng nghiên cứu', 'nghiên')).toBe(false);
  });

  it('other verbs are never ruled out by an institute before them', () => {
    expect(check('tiep tuc', 'Các viện tiếp tục nghiên cứu', 'tiếp')).toBe(false);
  });
});
