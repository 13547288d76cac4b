import { describe, expect, it } from 'vitest';
import {
  findDeadline,
  findReviews,
  normalizeDeadline,
  normalizeDueCell,
} from '../../../src/parse/deadlines.ts';
import { createSource, fold } from '../../../src/parse/source.ts';

describe('normalizeDeadline (vn-document-conventions §6)', () => {
  it.each([
    [
      'hoàn thành trong tháng 9/2022',
      { kind: 'due', start: null, end: '2022-09-30', recurrence: null },
    ],
    [
      'hoàn thành trong quý I/2023',
      { kind: 'due', start: null, end: '2023-03-31', recurrence: null },
    ],
    [
      'hoàn thành trong quý IV/2022',
      { kind: 'due', start: null, end: '2022-12-31', recurrence: null },
    ],
    [
      'hoàn thành trong Quý I/2023',
      { kind: 'due', start: null, end: '2023-03-31', recurrence: null },
    ],
    [
      'hoàn thành trong năm 2023',
      { kind: 'due', start: null, end: '2023-12-31', recurrence: null },
    ],
    ['trước ngày 15/4/2013', { kind: 'due', start: null, end: '2013-04-15', recurrence: null }],
    ['thực hiện từ năm 2022', { kind: 'start', start: '2022-01-01', end: null, recurrence: null }],
    ['từ năm 2022', { kind: 'start', start: '2022-01-01', end: null, recurrence: null }],
    [
      'thực hiện từ tháng 7/2022',
      { kind: 'start', start: '2022-07-01', end: null, recurrence: null },
    ],
    ['thường xuyên', { kind: 'continuous', start: null, end: null, recurrence: 'continuous' }],
    ['thực hiện hằng năm', { kind: 'recurring', start: null, end: null, recurrence: 'yearly' }],
    ['thực hiện hàng năm', { kind: 'recurring', start: null, end: null, recurrence: 'yearly' }],
    ['định kỳ hằng năm', { kind: 'recurring', start: null, end: null, recurrence: 'yearly' }],
    [
      'thực hiện hàng năm, từ năm 2023',
      { kind: 'start', start: '2023-01-01', end: null, recurrence: 'yearly' },
    ],
    [
      'ngày 21 và ngày 22/7/2022',
      { kind: 'event', start: '2022-07-21', end: '2022-07-22', recurrence: null },
    ],
    [
      'hoàn thành kế hoạch trong tháng 8/2022 và thường xuyên chỉ đạo thực hiện',
      { kind: 'due', start: null, end: '2022-08-31', recurrence: 'continuous' },
    ],
    [
      'trong thời hạn 07 ngày làm việc, kể từ ngày nhận được văn bản',
      { kind: 'relative', start: null, end: null, recurrence: null, within: 'P7D' },
    ],
    ['định kỳ 6 tháng', { kind: 'recurring', start: null, end: null, recurrence: 'P6M' }],
    [
      'Thời gian thực hiện: Quý II/2023',
      { kind: 'due', start: null, end: '2023-06-30', recurrence: null },
    ],
    [
      'Thời gian thực hiện: từ tháng 6/2023',
      { kind: 'start', start: '2023-06-01', end: null, recurrence: null },
    ],
  ])('%s', (phrase, expected) => expect(normalizeDeadline(fold(phrase))).toEqual(expected));
});

describe('findReviews', () => {
  it('reads "5 năm tiến hành sơ kết, 10 năm tổng kết"', () => {
    expect(
      findReviews(fold('5 năm tiến hành sơ kết, 10 năm tổng kết Nghị quyết 20'))?.reviews,
    ).toEqual([
      { every: 'P5Y', kind: 'sơ kết' },
      { every: 'P10Y', kind: 'tổng kết' },
    ]);
  });
});

describe('findDeadline', () => {
  const find = (t: string) => {
    const src = createSource(t);
    return findDeadline(src, 0, src.clean.length);
  };
  it('takes the parenthesised phrase, markup removed, span on the original', () => {
    const t = 'Tổ chức nghiên cứu (*hoàn thành trong tháng 9/2022*).';
    const d = find(t);
    expect(d).toMatchObject({ text: 'hoàn thành trong tháng 9/2022', end: '2022-09-30' });
    expect(d && t.slice(d.span.start, d.span.end)).toBe(d?.quote);
    expect(d?.quote).toBe('(*hoàn thành trong tháng 9/2022*)');
  });
  it('ignores parentheses that are not deadlines', () => {
    expect(find('phát triển (tổ hợp tác, hợp tác xã) ở (Vĩnh Ô, Vĩnh Khê)')).toBeNull();
    expect(
      find('(theo Chương trình hành động số 46-CTr/TU, ngày 18/5/2020 của Ban Thường vụ Tỉnh ủy)'),
    ).toBeNull();
  });
  it('reads "thường xuyên" only in parentheses', () => {
    expect(find('Thường xuyên kiểm tra, giám sát.')).toBeNull();
    expect(find('Kiểm tra (thường xuyên).')?.recurrence).toBe('continuous');
  });
  it('reads strong phrases in running text', () => {
    expect(find('báo cáo UBND huyện trước ngày 20/4/2023.')).toMatchObject({
      kind: 'due',
      end: '2023-04-20',
    });
  });
  it('reads a reporting cycle and a "Thời gian thực hiện:" line in running text', () => {
    expect(find('Ban A chủ trì; định kỳ 6 tháng báo cáo Thường trực Tỉnh ủy.')).toMatchObject({
      kind: 'recurring',
      recurrence: 'P6M',
      text: 'định kỳ 6 tháng',
    });
    expect(find('Rà soát hợp tác xã. Thời gian thực hiện: Quý II/2023.')).toMatchObject({
      end: '2023-06-30',
    });
  });
  it('adds review cycles to a parenthesised start', () => {
    expect(find('5 năm tiến hành sơ kết, 10 năm tổng kết (thực hiện từ năm 2022)')).toMatchObject({
      start: '2022-01-01',
      recurrence: 'P5Y,P10Y',
    });
  });
});

describe('deadlines in State wording (issue 18, capability 5)', () => {
  it.each([
    ['trước ngày 30 tháng 6 năm 2024', { kind: 'due', start: null, end: '2024-06-30' }],
    ['chậm nhất ngày 15/7/2024', { kind: 'due', start: null, end: '2024-07-15' }],
    ['chậm nhất là ngày 05 tháng 12 năm 2025', { kind: 'due', start: null, end: '2025-12-05' }],
    ['trong tháng 9/2024', { kind: 'due', start: null, end: '2024-09-30' }],
    ['trong tháng 9 năm 2024', { kind: 'due', start: null, end: '2024-09-30' }],
    // month 12 is a month (a `< 12` check would make this unknown)
    ['hoàn thành trong tháng 12/2022', { kind: 'due', start: null, end: '2022-12-31' }],
    ['trong quý III năm 2025', { kind: 'due', start: null, end: '2025-09-30' }],
    ['Quí IV-2025', { kind: 'due', start: null, end: '2025-12-31' }],
    ['Năm 2025 - 2026', { kind: 'due', start: '2025-01-01', end: '2026-12-31' }],
    ['Quý IV/2025- Quý II/2026', { kind: 'due', start: '2025-10-01', end: '2026-06-30' }],
    ['2026-2027', { kind: 'due', start: '2026-01-01', end: '2027-12-31' }],
    ['2026', { kind: 'due', start: null, end: '2026-12-31' }],
    ['trước ngày 20 hằng tháng', { kind: 'recurring', start: null, end: null }],
    [
      'tại phiên họp thường kỳ tháng 10 năm 2025 của UBND tỉnh',
      { kind: 'event', start: '2025-10-01', end: '2025-10-31' },
    ],
  ])('%s', (phrase, expected) => {
    expect(normalizeDeadline(fold(phrase))).toMatchObject(expected);
  });

  it('a lone date in a deadline column or field is the date the task is due by', () => {
    expect(normalizeDueCell(fold('18/10/2025'))).toEqual({
      kind: 'due',
      start: null,
      end: '2025-10-18',
      recurrence: null,
    });
    expect(normalizeDueCell(fold('Thường xuyên'))).toMatchObject({ kind: 'continuous' });
  });

  it.each([
    [
      'Sở Tài chính báo cáo UBND tỉnh trước ngày 30 tháng 6 năm 2024.',
      'trước ngày 30 tháng 6 năm 2024',
      { kind: 'due', end: '2024-06-30', recurrence: null },
    ],
    [
      'Các sở gửi báo cáo về Sở Nội vụ chậm nhất ngày 15/7/2024 để tổng hợp.',
      'chậm nhất ngày 15/7/2024',
      { kind: 'due', end: '2024-07-15', recurrence: null },
    ],
    [
      'Sở Xây dựng tổng hợp, báo cáo trong tháng 9/2024.',
      'trong tháng 9/2024',
      { kind: 'due', end: '2024-09-30', recurrence: null },
    ],
    [
      'Tổ chức sơ kết trong quý III năm 2025.',
      'trong quý III năm 2025',
      { kind: 'due', end: '2025-09-30', recurrence: null },
    ],
    [
      'Các sở báo cáo tiến độ trước ngày 20 hằng tháng.',
      'trước ngày 20 hằng tháng',
      { kind: 'recurring', end: null, recurrence: 'monthly' },
    ],
    [
      'Sở Nội vụ báo cáo kết quả tại phiên họp thường kỳ tháng 10 năm 2025 của UBND tỉnh.',
      'tại phiên họp thường kỳ tháng 10 năm 2025',
      { kind: 'event', start: '2025-10-01', end: '2025-10-31', recurrence: null },
    ],
  ])('in running text: %s', (text, quote, expected) => {
    const src = createSource(text);
    const d = findDeadline(src, 0, src.clean.length);
    const start = text.indexOf(quote);
    expect(d).toMatchObject({ ...expected, quote, span: { start, end: start + quote.length } });
  });
});
