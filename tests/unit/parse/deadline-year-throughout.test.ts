/**
 * Two State deadline wordings in running text (issue 18, point 5): "… trong năm 2025", due at the
 * end of that year when the text names nothing more precise; and "xuyên suốt từ nay đến …", an
 * ongoing duty.
 */
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/parse/deadlines.ts';
import { createSource } from '../../../src/parse/source.ts';

const deadlineOf = (text: string) => {
  const d = findDeadline(createSource(text), 0, text.length);
  return d && { text: d.text, kind: d.kind, end: d.end, at: d.span.start };
};

describe('"trong năm 2025"', () => {
  it('is the deadline of the work', () => {
    const text =
      'Bộ Xây dựng chỉ đạo các nhà thầu đẩy nhanh tiến độ để thông xe tuyến chính trong năm 2025, bảo đảm chất lượng.';
    expect(deadlineOf(text)).toEqual({
      text: 'trong năm 2025',
      kind: 'due',
      end: '2025-12-31',
      at: text.indexOf('trong năm 2025'),
    });
  });
  it('yields to a more precise deadline in the same text, wherever it is', () => {
    const text =
      'Hoàn thiện hồ sơ, trình Chính phủ trước ngày 25 tháng 11 năm 2025; triển khai trong năm 2026.';
    expect(deadlineOf(text)).toEqual({
      text: 'trước ngày 25 tháng 11 năm 2025',
      kind: 'due',
      end: '2025-11-25',
      at: text.indexOf('trước ngày'),
    });
  });
  it.each([
    'Phấn đấu tỷ lệ phủ sóng 5G phải đạt 90% trong năm 2025.',
    'Đối với các nhiệm vụ triển khai trong năm 2025, các sở, ngành bố trí kinh phí trong dự toán.',
    'Đối với các nhiệm vụ được giao trong năm 2025, tiếp tục rà soát kỹ, tập trung thực hiện.',
  ])("is no deadline as a target's or the duties' year: %s", (text) => {
    expect(deadlineOf(text)).toBeNull();
  });
});

describe('"xuyên suốt từ nay đến …"', () => {
  it('is ongoing', () => {
    const text =
      '1. Nội dung tuyên truyền xuyên suốt từ nay đến kết thúc cuộc bầu cử đại biểu Quốc hội khóa XVI';
    expect(deadlineOf(text)).toEqual({
      text: 'xuyên suốt từ nay đến kết thúc cuộc bầu cử đại biểu Quốc hội khóa XVI',
      kind: 'continuous',
      end: null,
      at: text.indexOf('xuyên suốt'),
    });
  });
  it('"xuyên suốt" alone is an adverb', () => {
    expect(deadlineOf('Quán triệt xuyên suốt quá trình thực hiện nhiệm vụ.')).toBeNull();
  });
});
