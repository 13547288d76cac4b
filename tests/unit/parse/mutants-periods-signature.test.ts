/**
 * More tests that kill surviving mutants (bench/results/mutation.md) in deadlines and the
 * signature: periods written as ranges, "onward" periods, meetings as anchors, a day of every
 * year, cycles after "thường xuyên", deadline cells, and signature blocks as scraped tables and
 * certified copies leave them. Every expected value is read off the wording by hand.
 */
import { describe, expect, it } from 'vitest';
import { findDeadline, normalizeDeadline, normalizeDueCell } from '../../../src/parse/deadlines.ts';
import { parseSignature } from '../../../src/parse/signature.ts';
import { createSource, fold } from '../../../src/parse/source.ts';

const norm = (phrase: string) => normalizeDeadline(fold(phrase));
const cell = (phrase: string) => normalizeDueCell(fold(phrase));

describe('periods, onward periods and anchors', () => {
  it.each([
    // a range is due at the end of its later period and starts with the earlier one
    ['2025 - 2026', 'due', '2025-01-01', '2026-12-31', null],
    ['năm 2026-2027', 'due', '2026-01-01', '2027-12-31', null],
    ['Quý IV/2025 - Quý II/2026', 'due', '2025-10-01', '2026-06-30', null],
    ['Quý I/2026 - 2027', 'due', '2026-01-01', '2027-12-31', null],
    // the same year twice is no range
    ['năm 2025 - năm 2025', 'due', null, '2025-12-31', null],
    ['từ năm 2026 và các năm tiếp theo', 'start', '2026-01-01', null, null],
    ['2026 trở đi', 'start', '2026-01-01', null, null],
    // "từ" glued to a colon, not to a space
    ['thời gian:từ năm 2025', 'start', '2025-01-01', null, null],
    ['hàng năm, từ năm 2023', 'recurring', '2023-01-01', null, 'yearly'],
    ['giai đoạn 2026', 'due', null, '2026-12-31', null],
    // a meeting in a month: the task is due at it, whichever day it falls on
    [
      'tại phiên họp thường kỳ tháng 10 năm 2025 của UBND tỉnh',
      'event',
      '2025-10-01',
      '2025-10-31',
      null,
    ],
    // before the meeting: due by the end of its month
    ['trước phiên họp thường kỳ tháng 10 năm 2025', 'due', null, '2025-10-31', null],
    ['trước ngày 25/12 trong năm', 'recurring', null, null, 'yearly'],
    // "thường xuyên" then a named cycle keeps the cycle; a cycle right after it is ongoing
    ['Thường xuyên, định kỳ hằng quý', 'recurring', null, null, 'quarterly'],
    ['thường xuyên hằng năm', 'continuous', null, null, 'continuous'],
  ])('%s', (phrase, kind, start, end, recurrence) => {
    expect(norm(phrase)).toEqual({ kind, start, end, recurrence });
  });

  it('reads a lone date or year in a deadline cell as the day the task is due by', () => {
    expect(norm('30/6/2025')).toEqual({
      kind: 'event',
      start: '2025-06-30',
      end: '2025-06-30',
      recurrence: null,
    });
    expect(cell('30/6/2025')).toEqual({
      kind: 'due',
      start: null,
      end: '2025-06-30',
      recurrence: null,
    });
    expect(cell('2026')).toEqual({ kind: 'due', start: null, end: '2026-12-31', recurrence: null });
    expect(cell('Thường xuyên')).toEqual({
      kind: 'continuous',
      start: null,
      end: null,
      recurrence: 'continuous',
    });
    // a meeting stays an event in a cell too
    expect(cell('Phiên họp thường kỳ tháng 10/2025')).toEqual({
      kind: 'event',
      start: '2025-10-01',
      end: '2025-10-31',
      recurrence: null,
    });
  });
});

describe('deadlines in running text', () => {
  const deadline = (text: string) => {
    const src = createSource(text);
    return findDeadline(src, 0, src.clean.length);
  };
  const at = (text: string, quote: string) => {
    const start = text.indexOf(quote);
    return { span: { start, end: start + quote.length }, quote };
  };

  it('reads review cycles as the deadline when the task names no other', () => {
    const text =
      'Ban Kinh tế Trung ương chủ trì theo dõi, đôn đốc; 5 năm tiến hành sơ kết, 10 năm tổng kết Nghị quyết 20.';
    expect(deadline(text)).toEqual({
      text: '5 năm tiến hành sơ kết, 10 năm tổng kết',
      kind: 'recurring',
      start: null,
      end: null,
      recurrence: 'P5Y,P10Y',
      reviews: [
        { every: 'P5Y', kind: 'sơ kết' },
        { every: 'P10Y', kind: 'tổng kết' },
      ],
      ...at(text, '5 năm tiến hành sơ kết, 10 năm tổng kết'),
    });
  });

  it('skips a long explanation in parentheses, and one with parentheses inside', () => {
    const scope =
      'Rà soát các văn bản quy phạm pháp luật (gồm các văn bản do Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành trong giai đoạn từ năm 2016 đến năm 2024 còn hiệu lực, kể cả các văn bản đã được sửa đổi, bổ sung một phần)';
    expect(deadline(`${scope}.`)).toBeNull();
    const text = `${scope} (hoàn thành trong quý II/2025).`;
    expect(deadline(text)).toEqual({
      text: 'hoàn thành trong quý II/2025',
      kind: 'due',
      start: null,
      end: '2025-06-30',
      recurrence: null,
      ...at(text, '(hoàn thành trong quý II/2025)'),
    });
    const nested =
      'Tổng hợp kết quả (trong đó nêu rõ số liệu (nếu có) năm 2025) báo cáo trước ngày 15/12/2025.';
    expect(deadline(nested)).toEqual({
      text: 'trước ngày 15/12/2025',
      kind: 'due',
      start: null,
      end: '2025-12-15',
      recurrence: null,
      ...at(nested, 'trước ngày 15/12/2025'),
    });
  });

  it('takes the last of two deadline phrases in running text', () => {
    const text =
      'Sở Nội vụ báo cáo chậm nhất ngày 10/6/2025; sau đó hoàn thành trước ngày 30/6/2025.';
    expect(deadline(text)).toMatchObject({
      text: 'hoàn thành trước ngày 30/6/2025',
      kind: 'due',
      end: '2025-06-30',
      ...at(text, 'hoàn thành trước ngày 30/6/2025'),
    });
  });
});

describe('signature blocks as they really come', () => {
  it('skips recipient bullets a scraped table put between the lines of the block', () => {
    const text = [
      'Nơi nhận:',
      '- Như trên;',
      'T/M BAN THƯỜNG VỤ',
      '- Ban Thường vụ Tỉnh ủy (b/c),',
      'BÍ THƯ',
      '- Lưu Văn phòng Huyện ủy.',
      '',
      'Trần Nhật Quang',
      '',
    ].join('\n');
    const src = createSource(text);
    const r = parseSignature(src, src.lines);
    const start = text.indexOf('T/M');
    const end = text.indexOf('Trần Nhật Quang') + 'Trần Nhật Quang'.length;
    expect(r?.signer).toEqual({
      name: 'Trần Nhật Quang',
      capacity: 'T/M',
      onBehalfOf: 'Ban Thường vụ',
      authorities: [{ capacity: 'T/M', of: 'Ban Thường vụ' }],
      title: 'Bí thư',
      span: { start, end },
      quote: text.slice(start, end),
    });
    expect(r?.used).toEqual([2, 4, 7]);
  });

  it('takes the last block: the certified copy signed after the original', () => {
    const text = [
      'Nội dung.',
      '',
      'T/M BỘ CHÍNH TRỊ',
      '',
      'Võ Văn Thường',
      '',
      'TỈNH ỦY LẠNG SƠN',
      '',
      'Số 156-SY/TU',
      '',
      'SAO Y',
      '',
      'Lạng Sơn, ngày 09 tháng 9 năm 2022',
      '',
      'T/L BAN THƯỜNG VỤ  ',
      'CHÁNH VĂN PHÒNG',
      '',
      'Nguyễn Quang Huy',
    ].join('\n');
    const src = createSource(text);
    const r = parseSignature(src, src.lines);
    const start = text.indexOf('T/L');
    expect(r?.signer).toEqual({
      name: 'Nguyễn Quang Huy',
      capacity: 'T/L',
      onBehalfOf: 'Ban Thường vụ',
      authorities: [{ capacity: 'T/L', of: 'Ban Thường vụ' }],
      title: 'Chánh Văn phòng',
      span: { start, end: text.length },
      quote: text.slice(start),
    });
    expect(r?.used).toEqual([14, 15, 17]);
  });

  it('does not read a copy mark or a line with digits as part of the title', () => {
    const copy =
      'Nội dung.\n\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nSAO Y BẢN CHÍNH\n\nNguyễn Quang Huy\n';
    const a = parseSignature(createSource(copy), createSource(copy).lines);
    expect(a?.signer.title).toBe('Chánh Văn phòng');
    expect(a?.signer.quote).toBe(
      'T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nSAO Y BẢN CHÍNH\n\nNguyễn Quang Huy',
    );
    expect(a?.used).toEqual([2, 3, 6]);
    const phone = 'Nội dung.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\nĐT 0912\n\nPhạm Văn Nam\n';
    const b = parseSignature(createSource(phone), createSource(phone).lines);
    expect(b?.signer).toMatchObject({
      name: 'Phạm Văn Nam',
      title: 'Bí thư',
      onBehalfOf: 'Đảng ủy',
    });
    expect(b?.used).toEqual([2, 3, 6]);
  });

  it('opens a block at a title line far from the end only when a name follows it', () => {
    const annex = Array.from({ length: 45 }, (_, i) => `Dòng ${i + 1} của phụ lục.`);
    const signed = ['Nội dung.', '', 'PHÓ CHỦ TỊCH', '', 'Lê Thị Hoa', ...annex].join('\n');
    const r = parseSignature(createSource(signed), createSource(signed).lines);
    expect(r?.signer).toMatchObject({
      name: 'Lê Thị Hoa',
      title: 'Phó Chủ tịch',
      authorities: [],
      quote: 'PHÓ CHỦ TỊCH\n\nLê Thị Hoa',
      span: { start: 11, end: 35 },
    });
    const unsigned = ['Nội dung.', '', 'CHỦ TỊCH', '', 'nội dung tiếp theo', ...annex].join('\n');
    expect(parseSignature(createSource(unsigned), createSource(unsigned).lines)).toBeNull();
  });
});
