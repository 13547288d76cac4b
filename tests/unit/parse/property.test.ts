/**
 * Property tests: for any input the parser does not throw, every span is inside the text, and
 * every quote is exactly the slice of its span.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { quotedFacts, readSeed, spanProblems } from './helpers.ts';

const TOKENS = [
  '\n',
  '\n\n',
  ' ',
  '  ',
  '- ',
  '* ',
  '+ ',
  '• ',
  '**',
  '*',
  '\\*',
  '### ',
  '| ',
  ' |',
  '(',
  ')',
  ',',
  ';',
  '.',
  ':',
  '}',
  '“',
  '”',
  'I- ',
  'II. ',
  'III- ',
  '1. ',
  '2.1. ',
  'a) ',
  'KẾ HOẠCH',
  'NHIỆM VỤ',
  'MỤC TIÊU',
  'TỔ CHỨC THỰC HIỆN',
  'Nơi nhận:',
  'Kính gửi:',
  'Số 10-KH/TW',
  'Số: 45/KH-UBND',
  'Nghị quyết số 20-NQ/TW',
  'Nghị quyết 20',
  '(sau đây gọi là Nghị quyết 20)',
  'ngày 16/6/2022',
  'Hà Nội, ngày 23 tháng 8 năm 2022',
  'chủ trì',
  'chủtrì',
  'phối hợp với',
  'báo cáo',
  'Giao',
  'Ban Tuyên giáo Trung ương',
  'Bộ Kế hoạch và Đầu tư',
  'BTV Huyện ủy, TT HĐND, UBND, UBMT huyện',
  'Các tỉnh uỷ, thành uỷ',
  'Lưu: VT, KTN.',
  'Như trên;',
  '(hoàn thành trong quý IV/2022)',
  '(thực hiện từ năm 2023)',
  '(thường xuyên)',
  'trên 60%',
  '136.000 thành viên',
  '85 - 90',
  'năm-2030',
  'T/M BỘ CHÍNH TRỊ',
  'TM. ỦY BAN NHÂN DÂN',
  'KT. CHỦ TỊCH',
  'Võ Văn Thường',
  'SAO Y',
  'Số 156-SY/TU',
  'VĂN BẢN ĐẾN',
  'Số: 9095 Ngày: 06/09/2022',
  'Đ/c Trần Ngọc Tam, Phó Bí thư',
  'hoà',
  'uỷ',
  'Ủy ban',
  '\u0301',
  '\u0323',
  'e\u0302\u0301',
  '😀',
  '\ud800',
  '\u00a0',
  '\r\n',
  '\t',
];

const structured = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })), { maxLength: 80 })
  .map((xs) => xs.join(''));

function check(text: string): void {
  const doc = parseDocument(text);
  const problems = spanProblems(text, doc);
  if (problems.length > 0) throw new Error(problems.slice(0, 3).join('\n'));
  JSON.stringify(doc);
}

describe('parser properties', () => {
  it('the checker itself fails on a bad span or quote', () => {
    expect(spanProblems('abc', { span: { start: 0, end: 2 }, quote: 'x' })).toHaveLength(1);
    expect(spanProblems('abc', { a: [{ span: { start: 2, end: 9 } }] })).toHaveLength(1);
  });

  it('any string: no crash, spans in bounds, quotes equal their slices', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 400 });
  });

  it('directive-like token soup: same properties', () => {
    fc.assert(fc.property(structured, check), { numRuns: 600 });
  });

  it('NFD and mutated seeds: same properties', () => {
    const seeds = [
      '000_20a41b9271eee9a1.txt',
      '001_655f8d64d6a8d424.txt',
      '002_af1c1f30eff17f08.txt',
      '003_c1ef8345d186a5d7.txt',
    ].map(readSeed);
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...TOKENS),
        fc.boolean(),
        (seed, a, b, token, nfd) => {
          const i = a % seed.length;
          const j = Math.min(seed.length, i + (b % 2000));
          const text = seed.slice(0, i) + token + seed.slice(j);
          check(nfd ? text.normalize('NFD') : text);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the seeds: every quoted fact is its slice (and there are many)', () => {
    const text = readSeed('000_20a41b9271eee9a1.txt');
    const facts = quotedFacts(parseDocument(text));
    expect(facts.length).toBeGreaterThan(100);
    for (const f of facts) expect(text.slice(f.span.start, f.span.end)).toBe(f.quote);
  });
});
