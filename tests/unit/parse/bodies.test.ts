import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';

/** Lists of bodies in tasks (issue 18, capability 4): leads with their spans. */
const PLAN = (item: string): string => `KẾ HOẠCH\n\nA.\n\nI. NHIỆM VỤ\n\n${item}`;

function leads(item: string): [string, string, { start: number; end: number }][] {
  const text = PLAN(item);
  return (parseDocument(text).tasks[0]?.lead ?? []).map((a) => [a.quote, a.kind, a.span]);
}

const at = (item: string, quote: string): { start: number; end: number } => {
  const start = PLAN(item).indexOf(quote);
  return { start, end: start + quote.length };
};

describe('lists of bodies', () => {
  it.each([
    [
      '1. Sở Tư pháp; Sở Nội vụ; Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thực hiện.',
      ['Sở Tư pháp', 'Sở Nội vụ', 'Ủy ban nhân dân các huyện, thị xã, thành phố'],
    ],
    [
      '1. Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh chủ trì theo dõi.',
      ['Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh'],
    ],
    ['1. Sở Tài chínhchủ trì, phối hợp với Sở Xây dựng rà soát.', ['Sở Tài chính']],
    ['1. Các Bộcó trách nhiệm báo cáo Thủ tướng Chính phủ.', ['Các Bộ']],
  ])('%s', (item, quotes) => {
    expect(leads(item)).toEqual(
      quotes.map((q) => [q, expect.any(String) as unknown as string, at(item, q)]),
    );
  });

  it('"PCT UBND tỉnh Nguyễn Văn A" is a person in a role', () => {
    const item = '1. Giao PCT UBND tỉnh Nguyễn Văn A chỉ đạo thực hiện.';
    const lead = parseDocument(PLAN(item)).tasks[0]?.lead ?? [];
    expect(lead.map((a) => [a.kind, a.name, a.role, a.quote, a.span])).toEqual([
      [
        'person',
        'Nguyễn Văn A',
        'PCT UBND tỉnh',
        'PCT UBND tỉnh Nguyễn Văn A',
        at(item, 'PCT UBND tỉnh Nguyễn Văn A'),
      ],
    ]);
  });

  it('"Chủ tịch UBND tỉnh Bắc Giang" is a role, not a person', () => {
    const item = '1. Giao Chủ tịch UBND tỉnh Bắc Giang chỉ đạo thực hiện.';
    expect((parseDocument(PLAN(item)).tasks[0]?.lead ?? []).map((a) => a.kind)).toEqual(['role']);
  });

  it('a heading naming a kind of body gives the bodies in its parentheses to its items', () => {
    const item =
      '1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên):\n\na) Tiếp nhận hồ sơ.\n\nb) Lập báo cáo thẩm định.';
    const doc = parseDocument(PLAN(item));
    expect(
      doc.tasks.map((t) => [t.section, t.leadRule, t.lead.map((a) => [a.quote, a.span])]),
    ).toEqual(
      ['I.1.a', 'I.1.b'].map((section) => [
        section,
        'inherited',
        [
          ['Sở Tài chính', at(item, 'Sở Tài chính')],
          ['Ban quản lý Khu Kinh tế Phú Yên', at(item, 'Ban quản lý Khu Kinh tế Phú Yên')],
        ],
      ]),
    );
  });
});
