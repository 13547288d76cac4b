import { describe, expect, it } from 'vitest';
import { normalizeDeadline } from '../../../src/parse/deadlines.ts';
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
        '**2. Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027**',
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
        deadline: ['due', '2027-06-30'],
      },
      {
        starts: '(2) Các văn phòng tiếp t',
        leadRule: 'subject',
        lead: ['Các văn phòng'],
        deadline: ['due', '2027-06-30'],
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

describe('Party deadlines', () => {
  it('reads "định kỳ hằng năm (trước ngày 25/12 trong năm)" as a yearly recurrence', () => {
    expect(normalizeDeadline('truoc ngay 25/12 trong nam')).toEqual({
      kind: 'recurring',
      start: null,
      end: null,
      recurrence: 'yearly',
    });
  });

  it('does not read a period the work covers ("từ nay đến hết năm 2025") as a deadline', () => {
    const text = PARTY(
      'Yêu cầu Tỉnh ủy Đắk Lắk xây dựng kịch bản thúc đẩy tăng trưởng từ nay đến hết năm 2025.',
    );
    expect(facts(text)).toEqual([
      {
        starts: 'Yêu cầu Tỉnh ủy Đắk Lắk ',
        leadRule: 'assignment',
        lead: ['Tỉnh ủy Đắk Lắk'],
        deadline: null,
      },
    ]);
  });
});

describe('paragraphs set apart by blank lines', () => {
  it('reads a line break after a sentence end as a wrap, not a new paragraph', () => {
    const paragraphs = [
      'Hội nghị đánh giá kết quả công tác năm 2025.',
      'Tình hình thế giới còn phức tạp.',
      'Công tác tham mưu có nhiều chuyển biến.',
      'Công tác thông tin được duy trì.',
      'Các văn phòng thực hiện tốt nhiệm vụ được giao:',
      '(1) Nâng cao chất lượng công tác thông tin phục vụ lãnh đạo.\nTheo dõi sát và báo cáo kịp thời tình hình hoạt động của các cấp ủy.',
      '(2) Triển khai ứng dụng công nghệ thông tin.',
    ];
    const outline = parseDocument(PARTY(paragraphs.join('\n\n'))).outline;
    const point = outline.find((n) => n.label === '(1)');
    expect([point?.text, point?.children]).toEqual([
      'Nâng cao chất lượng công tác thông tin phục vụ lãnh đạo. Theo dõi sát và báo cáo kịp thời tình hình hoạt động của các cấp ủy.',
      [],
    ]);
  });
});

describe('chapters of a Party regulation', () => {
  const REGULATION = [
    'Chương II',
    '',
    'NHIỆM VỤ VÀ QUYỀN HẠN CỦA GIẢNG VIÊN',
    '',
    'Điều 5. Nhiệm vụ của giảng viên',
    '1. Thực hiện các nhiệm vụ giảng dạy theo kế hoạch.',
    '',
    'Chương III',
    '',
    'TỔ CHỨC THỰC HIỆN',
    '',
    'Điều 18. Trách nhiệm của các cơ quan',
    '1. Văn phòng Trung ương Đảng có trách nhiệm:',
    'a) Chủ trì, phối hợp với các cơ quan đảng ở Trung ương triển khai việc chia sẻ dữ liệu.',
    '2. Đảng ủy Công an Trung ương chủ trì, chỉ đạo các cơ quan chuyên môn triển khai các giải pháp.',
    '',
    'Điều 19. Xử lý vi phạm',
    'Mọi hành vi vi phạm các điều, khoản trong Quy định này sẽ bị xem xét, xử lý.',
    '',
    'Điều 20. Điều khoản thi hành',
    'Quy định này có hiệu lực kể từ ngày ký.',
    '',
    'PHỤ LỤC',
    'DANH SÁCH DỮ LIỆU',
    '1. Dữ liệu tổ chức đảng do Ban Tổ chức Trung ương quản lý.',
  ].join('\n');

  it('reads the chapter title under "Chương N" and takes tasks from "TỔ CHỨC THỰC HIỆN" only, not from the annex, the duties of a role or the enacting articles', () => {
    const doc = parseDocument(PARTY(REGULATION));
    expect(doc.outline.filter((n) => n.type === 'part').map((n) => n.text)).toEqual([
      'NHIỆM VỤ VÀ QUYỀN HẠN CỦA GIẢNG VIÊN',
      'TỔ CHỨC THỰC HIỆN',
    ]);
    expect(facts(PARTY(REGULATION))).toEqual([
      {
        starts: 'a) Chủ trì, phối hợp với',
        leadRule: 'inherited',
        lead: ['Văn phòng Trung ương Đảng'],
        deadline: null,
      },
      {
        starts: '2. Đảng ủy Công an Trung',
        leadRule: 'subject',
        lead: ['Đảng ủy Công an Trung ương'],
        deadline: null,
      },
    ]);
  });

  it.each([
    [
      'Các cấp ủy, tổ chức đảng, cơ quan, đơn vị cần tập trung lãnh đạo thực hiện tốt Quy định.',
      'Các cấp ủy, tổ chức đảng, cơ quan, đơn vị',
    ],
    [
      'Các cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị có trách nhiệm rà soát quy hoạch.',
      'Các cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị',
    ],
  ])('"%s": a Party collective ends at its verb', (sentence, lead) => {
    const text = PARTY(`Điều 3. Trách nhiệm thi hành\n\n${sentence}`);
    expect(parseDocument(text).tasks.map((t) => t.lead.map((a) => a.quote))).toEqual([[lead]]);
  });
});

describe("a conclusion's points", () => {
  it('reads a point that assigns in a whole sentence as a task, with the paragraphs under it, and an appraisal as none', () => {
    const body = [
      '1. Cơ bản thống nhất với Báo cáo của Ban Tổ chức Trung ương.',
      'Bộ Chính trị, Ban Bí thư ghi nhận và biểu dương các cấp ủy, tổ chức đảng đã nỗ lực.',
      '2. Yêu cầu các cấp ủy, tổ chức đảng nghiêm túc triển khai các kết luận.',
      'Yêu cầu các đồng chí bí thư tỉnh ủy phải trực tiếp chỉ đạo những nhiệm vụ được phân công.',
      '3. Giao Ban Tổ chức Trung ương chủ trì, phối hợp với Bộ Nội vụ đánh giá kỹ tình hình.',
    ].join('\n');
    expect(facts(PARTY(body))).toEqual([
      {
        starts: '2. Yêu cầu các cấp ủy, t',
        leadRule: 'assignment',
        lead: ['các cấp ủy, tổ chức đảng'],
        deadline: null,
      },
      {
        starts: 'Yêu cầu các đồng chí bí ',
        leadRule: 'assignment',
        lead: ['các đồng chí bí thư tỉnh ủy'],
        deadline: null,
      },
      {
        starts: '3. Giao Ban Tổ chức Trun',
        leadRule: 'assignment',
        lead: ['Ban Tổ chức Trung ương'],
        deadline: null,
      },
    ]);
  });
});
