import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';

/**
 * Party genre (issue 18): how Party conclusions and regulations phrase their tasks: numbered
 * points "(1)", "(2)" under a "Về nhiệm vụ …" heading, announced by a paragraph that names the
 * bodies; a regulation's provisions whose subject is ended by "quy định", "quyết định".
 */

const PARTY = (body: string): string =>
  `BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\n*\nSố 07-KL/VPTW\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 1 tháng 12 năm 2025\n\nKẾT LUẬN\nvề công tác văn phòng cấp ủy\n\n${body}\n\nNơi nhận:\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương Đảng.\n\nK/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nNguyễn Văn A`;

/** Each task: its first words, lead rule, leads (as written) and deadline (kind, end). */
function facts(text: string): unknown[] {
  return parseDocument(text).tasks.map((t) => ({
    starts: t.quote.slice(0, 24),
    leadRule: t.leadRule,
    lead: t.lead.map((a) => a.quote),
    deadline: t.deadline ? [t.deadline.kind, t.deadline.end] : null,
  }));
}

describe('Party conclusions', () => {
  it('reads "(1)" points under a "Về nhiệm vụ" item as tasks of the bodies the announcing paragraph names', () => {
    const text = PARTY(
      [
        '**2. Về nhiệm vụ trọng tâm thời gian tới**',
        '',
        'Thời gian tới, tình hình còn khó khăn. Quán triệt ý kiến chỉ đạo; căn cứ vào phương hướng đã nêu, Văn phòng Trung ương Đảng và các văn phòng tỉnh ủy cụ thể hóa để tổ chức thực hiện, trong đó, cần tập trung một số nhiệm vụ trọng tâm sau:',
        '',
        '(1) Tích cực nâng cao chất lượng công tác tham mưu, tổng hợp.',
        '',
        '(2) Các văn phòng tiếp tục đổi mới công tác văn thư, lưu trữ.',
      ].join('\n'),
    );
    expect(facts(text)).toEqual([
      {
        starts: '(1) Tích cực nâng cao ch',
        leadRule: 'inherited',
        lead: ['Văn phòng Trung ương Đảng', 'các văn phòng tỉnh ủy'],
        deadline: null,
      },
      {
        starts: '(2) Các văn phòng tiếp t',
        leadRule: 'subject',
        lead: ['Các văn phòng'],
        deadline: null,
      },
    ]);
  });

  it('keeps a regulation\'s duties ("Nhiệm vụ của …") out of the "Về nhiệm vụ" rule', () => {
    const text = PARTY(
      [
        'Điều 5. Giảng viên',
        '1. Nhiệm vụ của giảng viên:',
        'a) Thực hiện các nhiệm vụ giảng dạy theo kế hoạch.',
      ].join('\n'),
    );
    expect(facts(text)).toEqual([]);
  });
});

describe('Party regulations', () => {
  it.each([
    ['Ban thường vụ tỉnh ủy quy định việc sử dụng tài liệu lưu trữ.', 'Ban thường vụ tỉnh ủy'],
    ['Thường trực tỉnh ủy quyết định việc mang tài liệu ra nước ngoài.', 'Thường trực tỉnh ủy'],
    ['Văn phòng tỉnh ủy có chức năng tham mưu cho tỉnh ủy.', 'Văn phòng tỉnh ủy'],
  ])('"%s": the subject ends at its verb', (sentence, lead) => {
    const text = PARTY(`Điều 3. Trách nhiệm\n1. ${sentence}`);
    expect(parseDocument(text).tasks.map((t) => t.lead.map((a) => a.quote))).toEqual([[lead]]);
  });
});
