/**
 * Deadlines of reports and meetings (issue 18, point 5): a meeting named by its number, a period
 * after "vào", review cycles in either order, and a term of years counted from the date of effect.
 * Invented excerpts; exact answers with spans.
 */
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/parse/deadlines.ts';
import { parseDocument } from '../../../src/parse/index.ts';
import { createSource } from '../../../src/parse/source.ts';

const deadlineOf = (text: string) => {
  const d = findDeadline(createSource(text), 0, text.length);
  return (
    d && {
      text: d.text,
      kind: d.kind,
      end: d.end,
      recurrence: d.recurrence,
      within: d.within ?? null,
      at: [d.span.start, d.span.end],
    }
  );
};
const at = (text: string, phrase: string): number[] => [
  text.indexOf(phrase),
  text.indexOf(phrase) + phrase.length,
];

describe('a meeting named by its number is an event without an end', () => {
  it('"để kịp báo cáo Quốc hội tại Kỳ họp thứ 10"', () => {
    const text =
      'Bộ Tài chính khẩn trương hoàn thiện hồ sơ, để kịp báo cáo Quốc hội tại Kỳ họp thứ 10 của Quốc hội khóa XV.';
    const phrase = 'báo cáo Quốc hội tại Kỳ họp thứ 10';
    expect(deadlineOf(text)).toEqual({
      text: 'để kịp báo cáo Quốc hội tại Kỳ họp thứ 10',
      kind: 'event',
      end: null,
      recurrence: null,
      within: null,
      at: [text.indexOf(phrase) - 'để kịp '.length, at(text, phrase)[1]],
    });
  });
  it('"trình Hội đồng nhân dân tỉnh tại kỳ họp thường kỳ"', () => {
    const text = 'Sở Nội vụ xây dựng đề án, trình Hội đồng nhân dân tỉnh tại kỳ họp thường kỳ.';
    const phrase = 'trình Hội đồng nhân dân tỉnh tại kỳ họp thường kỳ';
    expect(deadlineOf(text)).toEqual({
      text: phrase,
      kind: 'event',
      end: null,
      recurrence: null,
      within: null,
      at: at(text, phrase),
    });
  });
  it.each([
    // where a law was passed is no deadline of the task
    'Xây dựng các nghị định hướng dẫn các luật được thông qua tại Kỳ họp thứ 9.',
    'Rà soát các luật, nghị quyết của Quốc hội được ban hành tại Kỳ họp thứ 10.',
    'Trình thông qua 08 dự án luật tại Kỳ họp thứ 10.',
  ])('no deadline: %s', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });
});

describe('a period after "vào"', () => {
  it('"sơ kết việc thực hiện vào quý IV năm 2026": due at the end of the quarter', () => {
    const text = 'Văn phòng Tỉnh ủy tham mưu sơ kết việc thực hiện vào quý IV năm 2026.';
    expect(deadlineOf(text)).toEqual({
      text: 'vào quý IV năm 2026',
      kind: 'due',
      end: '2026-12-31',
      recurrence: null,
      within: null,
      at: at(text, 'vào quý IV năm 2026'),
    });
  });
  it('not the date a text was issued ("ban hành vào tháng 6/2024")', () => {
    expect(deadlineOf('Triển khai Nghị quyết đã ban hành vào tháng 6/2024.')).toBeNull();
  });
});

describe('review cycles in either order', () => {
  it('"sơ kết 5 năm, tổng kết 10 năm"', () => {
    const text = 'Tham mưu Ban Thường vụ Tỉnh ủy sơ kết 5 năm, tổng kết 10 năm việc thực hiện.';
    const d = findDeadline(createSource(text), 0, text.length);
    expect(
      d && { text: d.text, kind: d.kind, recurrence: d.recurrence, reviews: d.reviews },
    ).toEqual({
      text: 'sơ kết 5 năm, tổng kết 10 năm',
      kind: 'recurring',
      recurrence: 'P5Y,P10Y',
      reviews: [
        { every: 'P5Y', kind: 'sơ kết' },
        { every: 'P10Y', kind: 'tổng kết' },
      ],
    });
    expect(d?.span).toMatchObject({ start: text.indexOf('sơ kết 5') });
  });
});

describe('a term of years counts from the date of effect', () => {
  const doc = (item: string): string =>
    `BAN CHẤP HÀNH TRUNG ƯƠNG\n\nHà Nội, ngày 19 tháng 11 năm 2025\n\nQUY ĐỊNH\nvề lưu trữ\n\nĐiều 9. Điều khoản chuyển tiếp\n\n1. Kể từ ngày Quy định này có hiệu lực thi hành:\n\na) ${item}\n\nĐiều 10. Hiệu lực thi hành\n\nQuy định này có hiệu lực từ ngày ký.\n`;
  it('"Trong thời hạn 5 năm, …": relative, ends five years after signing', () => {
    const text = doc(
      'Trong thời hạn 5 năm, các cơ quan, tổ chức đảng phải hoàn thành việc chỉnh lý tài liệu.',
    );
    const [t] = parseDocument(text).tasks;
    expect(t?.deadline).toMatchObject({
      text: 'Trong thời hạn 5 năm',
      kind: 'relative',
      within: 'P5Y',
      end: '2030-11-19',
      span: { start: text.indexOf('Trong thời hạn'), end: text.indexOf(', các cơ quan') },
    });
  });
  it('a term counted from another event keeps no end', () => {
    const text = doc(
      'Trong thời hạn 3 tháng kể từ ngày nhận hồ sơ, các cơ quan phải hoàn thành việc thẩm định.',
    );
    expect(parseDocument(text).tasks[0]?.deadline).toMatchObject({
      kind: 'relative',
      within: 'P3M',
      end: null,
    });
  });
});
