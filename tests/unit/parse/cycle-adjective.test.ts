/**
 * A cycle word in running text ("hằng năm", "định kỳ") is the task's timing only when it says
 * how often the work is done; qualifying a noun ("nhu cầu bồi dưỡng hằng năm", "dự toán ngân
 * sách nhà nước hằng năm") it gives no deadline (issue 18, point 5).
 */
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/parse/deadlines.ts';
import { createSource } from '../../../src/parse/source.ts';

const deadlineOf = (text: string) => {
  const d = findDeadline(createSource(text), 0, text.length);
  return d && { text: d.text, kind: d.kind, recurrence: d.recurrence, at: d.span.start };
};

describe('a cycle qualifying a noun is no deadline', () => {
  it.each([
    'Căn cứ vào nhu cầu bồi dưỡng hằng năm trên địa bàn, xây dựng kế hoạch mở lớp.',
    'Kinh phí bố trí trong dự toán ngân sách nhà nước hàng năm của các cơ quan, đơn vị.',
    'Lồng ghép vào các chương trình, kế hoạch chuyển đổi số trung hạn và hàng năm của Bộ.',
    'Xử lý nghiêm các vi phạm gắn với công tác thi đua khen thưởng hàng năm của đơn vị.',
    'Quán triệt tại các buổi sinh hoạt đảng định kỳ, sinh hoạt chuyên đề.',
  ])('%s', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });
});

describe('a cycle saying how often the work is done stays recurring', () => {
  it('at the start of the clause', () => {
    const text = 'Sở Nội vụ theo dõi, đôn đốc; hằng năm báo cáo kết quả về Ủy ban nhân dân tỉnh.';
    expect(deadlineOf(text)).toEqual({
      text: 'hằng năm',
      kind: 'recurring',
      recurrence: 'yearly',
      at: text.indexOf('hằng năm'),
    });
  });
  it('after the work it times', () => {
    const text = 'Tổ chức diễn tập phương án ứng phó sự cố hàng năm.';
    expect(deadlineOf(text)).toEqual({
      text: 'hàng năm',
      kind: 'recurring',
      recurrence: 'yearly',
      at: text.indexOf('hàng năm'),
    });
  });
  it('the first cycle that is not adjectival', () => {
    const text = 'Bố trí từ nguồn ngân sách hằng năm; định kỳ báo cáo Ủy ban nhân dân tỉnh.';
    expect(deadlineOf(text)).toEqual({
      text: 'định kỳ',
      kind: 'recurring',
      recurrence: 'periodic',
      at: text.indexOf('định kỳ'),
    });
  });
});
