import { describe, expect, it } from 'vitest';
import { findDeadline, findReviews, normalizeDeadline } from '../../../src/parse/deadlines.ts';
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
