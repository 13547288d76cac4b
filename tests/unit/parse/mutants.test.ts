/**
 * Tests that kill surviving mutants (bench/results/mutation.md) in deadlines, dates and the
 * signature's span: boundaries (month 12, quarter 4, leap years, the first and last valid year),
 * each deadline form, and exact spans. Every expected value is read off the text by hand.
 */
import { describe, expect, it } from 'vitest';
import { daysInMonth, endOfMonth, findDate, isoDate } from '../../../src/parse/dates.ts';
import { findDeadline, normalizeDeadline } from '../../../src/parse/deadlines.ts';
import { parseSignature } from '../../../src/parse/signature.ts';
import { createSource, fold } from '../../../src/parse/source.ts';

const norm = (phrase: string) => normalizeDeadline(fold(phrase));

describe('dates at their boundaries', () => {
  it('pads one-digit months and days only', () => {
    expect(isoDate(2025, 1, 5)).toBe('2025-01-05');
    expect(isoDate(2025, 9, 9)).toBe('2025-09-09');
    expect(isoDate(2025, 10, 10)).toBe('2025-10-10');
  });

  it('accepts the years 1900 to 2200 and no others', () => {
    expect(isoDate(1900, 1, 1)).toBe('1900-01-01');
    expect(isoDate(1899, 12, 31)).toBeNull();
    expect(isoDate(2200, 12, 31)).toBe('2200-12-31');
    expect(isoDate(2201, 1, 1)).toBeNull();
    expect(isoDate(2025.5, 1, 1)).toBeNull();
  });

  it('accepts months 1 to 12 and the days each month has', () => {
    expect(isoDate(2025, 0, 1)).toBeNull();
    expect(isoDate(2025, 12, 31)).toBe('2025-12-31');
    expect(isoDate(2025, 13, 1)).toBeNull();
    expect(isoDate(2025, 4, 0)).toBeNull();
    expect(isoDate(2025, 4, 30)).toBe('2025-04-30');
    expect(isoDate(2025, 4, 31)).toBeNull();
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  it('ends a month on its last day, and refuses a month that does not exist', () => {
    expect(endOfMonth(2025, 12)).toBe('2025-12-31');
    expect(endOfMonth(2025, 1)).toBe('2025-01-31');
    expect(endOfMonth(2024, 2)).toBe('2024-02-29');
    expect(endOfMonth(2025, 0)).toBeNull();
    expect(endOfMonth(2025, 13)).toBeNull();
  });

  it('finds the earlier of a long and a short date, with its offsets', () => {
    const f = fold('Hà Nội, ngày 23 tháng 8 năm 2022; ký ngày 16/6/2022');
    expect(findDate(f)).toEqual({ iso: '2022-08-23', start: 8, end: 32 });
    expect(findDate(f, 9)).toEqual({ iso: '2022-06-16', start: 42, end: 51 });
    const g = fold('ngày 16/6/2022 và ngày 23 tháng 8 năm 2022');
    expect(findDate(g)).toEqual({ iso: '2022-06-16', start: 5, end: 14 });
  });

  it('reads a short date with one separator only, and not inside a longer number', () => {
    expect(findDate('16-6-2022')).toEqual({ iso: '2022-06-16', start: 0, end: 9 });
    expect(findDate('16.6.2022')).toEqual({ iso: '2022-06-16', start: 0, end: 9 });
    expect(findDate('16/6-2022')).toBeNull();
    expect(findDate('so 116/6/2022')).toBeNull();
    expect(findDate('ngay 31/4/2022')).toEqual({ iso: null, start: 5, end: 14 });
  });
});

describe('deadline phrases, one form each', () => {
  it.each([
    // the last month of the year is a month like the others (the mutant `< 12` read it as unknown)
    ['hoàn thành trong tháng 12/2022', 'due', null, '2022-12-31', null],
    ['hoàn thành trong tháng 1/2023', 'due', null, '2023-01-31', null],
    ['hoàn thành trong tháng 2/2024', 'due', null, '2024-02-29', null],
    ['trong tháng 13/2022', 'unknown', null, null, null],
    ['hoàn thành trong quý 4/2025', 'due', null, '2025-12-31', null],
    ['hoàn thành trong quý IV năm 2025', 'due', null, '2025-12-31', null],
    ['hoàn thành trong quý II/2025', 'due', null, '2025-06-30', null],
    ['trong quý V/2025', 'unknown', null, null, null],
    ['từ quý II/2025', 'start', '2025-04-01', null, null],
    ['từ tháng 12/2025', 'start', '2025-12-01', null, null],
    ['hoàn thành trong 6 tháng đầu năm 2025', 'due', null, '2025-06-30', null],
    ['từ ngày 01/7/2025', 'start', '2025-07-01', null, null],
    ['đến ngày 31/12/2025', 'due', null, '2025-12-31', null],
    ['chậm nhất ngày 15/3/2025', 'due', null, '2025-03-15', null],
    ['trước ngày 30.6.2025', 'due', null, '2025-06-30', null],
    ['ngày 21 và ngày 22/7/2022', 'event', '2022-07-21', '2022-07-22', null],
    ['ngày 10/10/2025', 'event', '2025-10-10', '2025-10-10', null],
    ['hằng quý', 'recurring', null, null, 'quarterly'],
    ['hằng tháng', 'recurring', null, null, 'monthly'],
    ['mỗi năm', 'recurring', null, null, 'yearly'],
    ['định kỳ 6 tháng', 'recurring', null, null, 'P6M'],
    ['báo cáo định kỳ', 'recurring', null, null, 'periodic'],
    ['trước ngày 20 hằng tháng', 'recurring', null, null, 'monthly'],
    ['liên tục', 'continuous', null, null, 'continuous'],
  ])('%s', (phrase, kind, start, end, recurrence) => {
    expect(norm(phrase)).toEqual({ kind, start, end, recurrence });
  });

  it('counts a relative limit in days only when no date is given', () => {
    expect(norm('trong thời hạn 07 ngày làm việc')).toEqual({
      kind: 'relative',
      start: null,
      end: null,
      recurrence: null,
      within: 'P7D',
    });
    expect(norm('trong 15 ngày')).toMatchObject({ kind: 'relative', within: 'P15D' });
    expect(norm('trong 15 ngày, trước ngày 30/6/2025')).toEqual({
      kind: 'due',
      start: null,
      end: '2025-06-30',
      recurrence: null,
    });
  });
});

describe('deadline phrases as text really comes', () => {
  // A space lost between two words (text from PDF) or doubled, and spaces around separators.
  it.each([
    ['thườngxuyên', 'continuous', null, null, 'continuous'],
    ['liêntục', 'continuous', null, null, 'continuous'],
    ['hằngnăm', 'recurring', null, null, 'yearly'],
    ['địnhkỳ hằng năm', 'recurring', null, null, 'yearly'],
    ['định kỳhằngnăm', 'recurring', null, null, 'yearly'],
    ['báo cáo định kỳ năm', 'recurring', null, null, 'yearly'],
    ['hằngquý', 'recurring', null, null, 'quarterly'],
    ['hằngtháng', 'recurring', null, null, 'monthly'],
    ['địnhkỳ6tháng', 'recurring', null, null, 'P6M'],
    ['định kỳ 12 tháng', 'recurring', null, null, 'P12M'],
    ['địnhkỳ', 'recurring', null, null, 'periodic'],
    // "thường xuyên" stays continuous: a later bare "định kỳ" does not make it periodic
    ['thường xuyên, định kỳ', 'continuous', null, null, 'continuous'],
    ['hoàn thành trước ngày 30 / 6 / 2025', 'due', null, '2025-06-30', null],
    ['hoàn thành trước 30/6/2025', 'due', null, '2025-06-30', null],
    ['trước ngày30/6/2025', 'due', null, '2025-06-30', null],
    ['ngày 21, 22/7/2022', 'event', '2022-07-21', '2022-07-22', null],
    ['ngày 21,22/7/2022', 'event', '2022-07-21', '2022-07-22', null],
    ['ngày 21 và22/7/2022', 'event', '2022-07-21', '2022-07-22', null],
    ['hoàn thành trong tháng 12 / 2025', 'due', null, '2025-12-31', null],
    ['hoàn thành trong tháng12/2025', 'due', null, '2025-12-31', null],
    ['hoàn thành trong quý II / 2025', 'due', null, '2025-06-30', null],
    ['hoàn thành trong quýII/2025', 'due', null, '2025-06-30', null],
    ['hoàn thành trong quý IVnăm 2025', 'due', null, '2025-12-31', null],
    ['bắt đầutừ tháng 7/2025', 'start', '2025-07-01', null, null],
    ['kểtừ tháng 7/2025', 'start', '2025-07-01', null, null],
    ['từtháng 7/2025', 'start', '2025-07-01', null, null],
    // "từ" well before the month is not where the period starts
    ['từ nay đến tháng 12/2025', 'due', null, '2025-12-31', null],
    ['thời gian:từ ngày 01/7/2025', 'start', '2025-07-01', null, null],
    // a date after an unrelated word is an event, also when "tu" ends that word's syllables
    ['hoàn thiện thủ tục ngày 30/6/2025', 'event', '2025-06-30', '2025-06-30', null],
    ['tổ chức trong dịp lễ ngày 02/9/2025', 'event', '2025-09-02', '2025-09-02', null],
  ])('%s', (phrase, kind, start, end, recurrence) => {
    expect(norm(phrase)).toEqual({ kind, start, end, recurrence });
  });
});

describe('findDeadline spans', () => {
  it('quotes a parenthesised deadline with its parentheses, at its exact place', () => {
    const text = 'Sở Tài chính chủ trì (hoàn thành trong tháng 12/2022).';
    const src = createSource(text);
    const d = findDeadline(src, 0, src.clean.length);
    const at = text.indexOf('(');
    expect(d).toMatchObject({
      text: 'hoàn thành trong tháng 12/2022',
      kind: 'due',
      end: '2022-12-31',
      span: { start: at, end: text.indexOf(')') + 1 },
      quote: '(hoàn thành trong tháng 12/2022)',
    });
  });

  it('takes the last of two parenthesised deadlines, and a strong phrase when none', () => {
    const two = 'Báo cáo (thực hiện từ năm 2023) và tổng kết (hoàn thành trước ngày 15/4/2026).';
    const s2 = createSource(two);
    expect(findDeadline(s2, 0, s2.clean.length)).toMatchObject({
      kind: 'due',
      end: '2026-04-15',
      quote: '(hoàn thành trước ngày 15/4/2026)',
    });
    const plain = 'Sở Nội vụ tham mưu, hoàn thành trước ngày 15/4/2023 để báo cáo.';
    const s3 = createSource(plain);
    expect(findDeadline(s3, 0, s3.clean.length)).toMatchObject({
      kind: 'due',
      end: '2023-04-15',
      span: { start: plain.indexOf('hoàn thành'), end: plain.indexOf(' để') },
      quote: 'hoàn thành trước ngày 15/4/2023',
    });
  });

  it('looks only inside the range it is given', () => {
    const text = 'Nhiệm vụ một. Nhiệm vụ hai (hoàn thành trong năm 2025).';
    const src = createSource(text);
    expect(findDeadline(src, 0, text.indexOf('Nhiệm vụ hai'))).toBeNull();
    // Cut before ")": no closed parenthesis in range, so the phrase is read as a strong one,
    // without the "(".
    expect(findDeadline(src, 0, text.indexOf(')'))).toMatchObject({
      kind: 'due',
      end: '2025-12-31',
      span: { start: 28, end: 53 },
      quote: 'hoàn thành trong năm 2025',
    });
  });
});

describe('signature span and chain', () => {
  const text = [
    'Nơi nhận:',
    '- Như trên;',
    '',
    'TM. ỦY BAN NHÂN DÂN',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    '',
    '(Đã ký)',
    '',
    '   Nguyễn Văn An  ',
    '',
  ].join('\n');

  it('quotes from the first authority line to the last letter of the name', () => {
    const src = createSource(text);
    const r = parseSignature(src, src.lines);
    expect(r).not.toBeNull();
    const start = text.indexOf('TM.');
    const end = text.indexOf('Nguyễn Văn An') + 'Nguyễn Văn An'.length;
    expect(r?.signer).toEqual({
      name: 'Nguyễn Văn An',
      capacity: 'KT.',
      onBehalfOf: 'Ủy ban nhân dân',
      authorities: [
        { capacity: 'TM.', of: 'Ủy ban nhân dân' },
        { capacity: 'KT.', of: 'Chủ tịch' },
      ],
      title: 'Phó Chủ tịch',
      span: { start, end },
      quote: text.slice(start, end),
    });
    // the collective's range is in the cleaned text the parser reads (docs/architecture.md)
    const of = src.clean.indexOf('ỦY BAN NHÂN DÂN');
    expect(r?.onBehalfOfRange).toEqual([of, of + 'ỦY BAN NHÂN DÂN'.length]);
  });

  it('uses the block lines and the seal note, not the blank lines', () => {
    const src = createSource(text);
    expect(parseSignature(src, src.lines)?.used).toEqual([3, 4, 5, 7, 9]);
  });

  it('reads indented authority lines from their first letter, across a blank line', () => {
    const indented = 'Nội dung.\n\n  T / M BAN THƯỜNG VỤ\n\n  PHÓ BÍ THƯ\n\n  Lê Văn Cường\n';
    const src = createSource(indented);
    const r = parseSignature(src, src.lines);
    const start = indented.indexOf('T / M');
    const end = indented.indexOf('Lê Văn Cường') + 'Lê Văn Cường'.length;
    expect(r?.signer).toMatchObject({
      name: 'Lê Văn Cường',
      capacity: 'T/M',
      onBehalfOf: 'Ban Thường vụ',
      title: 'Phó Bí thư',
      span: { start, end },
    });
    const of = src.clean.indexOf('BAN THƯỜNG VỤ');
    expect(r?.onBehalfOfRange).toEqual([of, of + 'BAN THƯỜNG VỤ'.length]);
  });

  it('finds the outer authority above a blank line', () => {
    const nested = 'TM. ỦY BAN NHÂN DÂN\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n';
    const src = createSource(nested);
    expect(parseSignature(src, src.lines)?.signer.authorities).toEqual([
      { capacity: 'TM.', of: 'Ủy ban nhân dân' },
      { capacity: 'KT.', of: 'Chủ tịch' },
    ]);
  });

  it('keeps a signature without an authority line: the title and the name', () => {
    const plain = 'Nội dung.\n\nBỘ TRƯỞNG\n\nTrần Thị Bình\n';
    const src = createSource(plain);
    const r = parseSignature(src, src.lines);
    expect(r?.signer).toMatchObject({
      name: 'Trần Thị Bình',
      capacity: null,
      onBehalfOf: null,
      authorities: [],
      title: 'Bộ trưởng',
      quote: 'BỘ TRƯỞNG\n\nTrần Thị Bình',
    });
  });
});
