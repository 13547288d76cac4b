import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';

/**
 * Tasks outside the outline (issue 18, capability 1): a letter's own paragraphs, a decision's
 * executing article, paragraphs after the last item, task lists written as field lines.
 */

const LETTER = (body: string): string =>
  `VĂN PHÒNG CHÍNH PHỦ\n\nSố: 123/VPCP-NN\nV/v rà soát\n\nHà Nội, ngày 18 tháng 11 năm 2025\n\nKính gửi: Bộ Nông nghiệp và Môi trường.\n\n${body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nPhạm Văn B`;

/** The span of `quote` in `text`: its first occurrence at or after `after` when given. */
function span(text: string, quote: string, after = ''): { start: number; end: number } {
  const start = text.indexOf(quote, after ? text.indexOf(after) : 0);
  if (start < 0) throw new Error(`"${quote}" not in the text`);
  return { start, end: start + quote.length };
}

/** Each task: its quote, lead rule, leads, coordinators, deadline (kind, end) with their spans. */
function facts(text: string): unknown[] {
  return parseDocument(text).tasks.map((t) => ({
    quote: t.quote,
    span: t.span,
    leadRule: t.leadRule,
    lead: t.lead.map((a) => [a.quote, a.span]),
    coordinators: t.coordinators.map((a) => [a.quote, a.span]),
    deadline: t.deadline
      ? [t.deadline.kind, t.deadline.end, t.deadline.quote, t.deadline.span]
      : null,
  }));
}

describe("a letter's own paragraphs", () => {
  it.each([
    [
      'Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Tư pháp và các cơ quan có liên quan nghiên cứu kiến nghị, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 6 năm 2024.',
      'subject',
      ['Bộ Nông nghiệp và Môi trường'],
      ['Bộ Tư pháp', 'các cơ quan có liên quan'],
      ['due', '2024-06-30', 'trước ngày 30 tháng 6 năm 2024'],
    ],
    [
      'Giao Sở Xây dựng tổng hợp, báo cáo Ủy ban nhân dân tỉnh chậm nhất ngày 15/7/2024.',
      'assignment',
      ['Sở Xây dựng'],
      [],
      ['due', '2024-07-15', 'chậm nhất ngày 15/7/2024'],
    ],
    [
      'Đề nghị Ủy ban nhân dân các tỉnh, thành phố rà soát, gửi kết quả về Bộ Tài chính trong tháng 9/2024.',
      'assignment',
      ['Ủy ban nhân dân các tỉnh, thành phố'],
      [],
      ['due', '2024-09-30', 'trong tháng 9/2024'],
    ],
    [
      'Yêu cầu Sở Tài chính khẩn trương hoàn thiện hồ sơ.',
      'assignment',
      ['Sở Tài chính'],
      [],
      null,
    ],
    [
      'Trên cơ sở đề nghị của các Bộ, cơ quan liên quan, Bộ Tài chính khẩn trương rà soát, bố trí kinh phí.',
      'subject',
      ['Bộ Tài chính'],
      [],
      null,
    ],
    [
      'Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ, giao Bộ Xây dựng chủ động xử lý.',
      'assignment',
      ['Bộ Xây dựng'],
      [],
      null,
    ],
  ])('%s', (paragraph, rule, lead, coordinators, deadline) => {
    const text = LETTER(paragraph);
    expect(facts(text)).toEqual([
      {
        quote: paragraph,
        span: span(text, paragraph),
        leadRule: rule,
        lead: lead.map((q) => [q, span(text, q, paragraph)]),
        coordinators: coordinators.map((q) => [q, span(text, q, paragraph)]),
        deadline: deadline
          ? [deadline[0], deadline[1], deadline[2], span(text, deadline[2] as string)]
          : null,
      },
    ]);
  });

  it.each([
    'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;',
    'Xét đề nghị của Sở Xây dựng tại Tờ trình số 15/TTr-SXD, Sở Tài chính chủ trì thẩm định.',
    'Ngày 31 tháng 10 năm 2025, Văn phòng Chính phủ nhận văn bản của Hội Chăn nuôi, Phó Thủ tướng Chính phủ có ý kiến chỉ đạo như sau:',
    'Văn phòng Chính phủ thông báo để Bộ Nông nghiệp và Môi trường và các cơ quan có liên quan biết, thực hiện./.',
    'Trên đây là ý kiến của Ủy ban nhân dân tỉnh, đề nghị Sở Tài chính nghiên cứu.',
    'Nhận được văn bản này, đề nghị các cơ quan khẩn trương triển khai thực hiện.',
    'Thời gian qua, công tác thu hút đầu tư đã có nhiều chuyển biến tích cực.',
  ])('preamble, closing formula or narrative, not a task: %s', (paragraph) => {
    expect(facts(LETTER(paragraph))).toEqual([]);
  });

  it('reads a hard-wrapped letter: preamble, the task, the closing formula', () => {
    const body =
      'Ngày 31 tháng 10 năm\n2025, Văn phòng Chính phủ nhận văn bản của Hội, Phó Thủ\ntướng Chính phủ có ý kiến chỉ đạo như sau:\nBộ Nông nghiệp và Môi\ntrường chủ trì, phối hợp với Bộ Tư pháp nghiên cứu kiến\nnghị của Hiệp hội.\nVăn phòng Chính phủ\nthông báo để Bộ Nông nghiệp và Môi trường biết, thực hiện./.';
    const text = LETTER(body);
    const doc = parseDocument(text);
    expect(
      doc.tasks.map((t) => [t.text, t.lead.map((a) => a.name), t.coordinators.map((a) => a.name)]),
    ).toEqual([
      [
        'Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Tư pháp nghiên cứu kiến nghị của Hiệp hội.',
        ['Bộ Nông nghiệp và Môi trường'],
        ['Bộ Tư pháp'],
      ],
    ]);
  });
});

describe('paragraphs after the last numbered item', () => {
  it('belong to the document: the item stays a task, an assignment after it is a task of its own', () => {
    const text = LETTER(
      '1. Ủy ban nhân dân tỉnh Đồng Nai: chỉ đạo đẩy nhanh tiến độ bàn giao mặt bằng trước ngày 30 tháng 11 năm 2025.\n\n2. Bộ Xây dựng: chỉ đạo Ban Quản lý dự án tăng cường nhân lực.\n\nGiao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc.\n\nVăn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.',
    );
    const doc = parseDocument(text);
    expect(
      doc.tasks.map((t) => [
        t.section,
        t.leadRule,
        t.lead.map((a) => a.quote),
        t.deadline?.end ?? null,
      ]),
    ).toEqual([
      ['1', 'subject', ['Ủy ban nhân dân tỉnh Đồng Nai'], '2025-11-30'],
      ['2', 'subject', ['Bộ Xây dựng'], null],
      ['', 'assignment', ['Văn phòng Ủy ban nhân dân tỉnh'], null],
    ]);
    expect(doc.outline.map((n) => [n.type, n.label, n.children.length])).toEqual([
      ['item', '1', 0],
      ['item', '2', 0],
      ['paragraph', null, 0],
      ['paragraph', null, 0],
    ]);
  });
});

describe('a letter without parts', () => {
  it('the points under an item naming bodies are tasks of those bodies', () => {
    const text = LETTER(
      '1. Các đồng chí Bộ trưởng, Thủ trưởng cơ quan thuộc Chính phủ theo chức năng, nhiệm vụ được giao:\n\n- Tập trung rà soát các nhiệm vụ.\n\n- Khẩn trương hoàn thiện các báo cáo trước ngày 15/12/2025.\n\n2. Bộ Tư pháp có trách nhiệm kiểm tra, đôn đốc.',
    );
    expect(
      parseDocument(text).tasks.map((t) => [
        t.section,
        t.leadRule,
        t.lead.map((a) => a.quote),
        t.deadline?.end ?? null,
      ]),
    ).toEqual([
      ['1', 'inherited', ['Các đồng chí Bộ trưởng', 'Thủ trưởng cơ quan thuộc Chính phủ'], null],
      [
        '1',
        'inherited',
        ['Các đồng chí Bộ trưởng', 'Thủ trưởng cơ quan thuộc Chính phủ'],
        '2025-12-15',
      ],
      ['2', 'subject', ['Bộ Tư pháp'], null],
    ]);
  });
});

describe("a decision's articles", () => {
  const DECISION =
    'ỦY BAN NHÂN DÂN TỈNH A\n\nSố: 435/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\n\nĐiều 1. Phê duyệt Kế hoạch triển khai thực hiện Đề án.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nĐiều 3.\nChánh Văn phòng UBND tỉnh; Giám đốc Sở Tài chính; Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này./.\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A';

  it('the executing article is the task, with one lead per body of "A; B; C"', () => {
    const doc = parseDocument(DECISION);
    expect(
      doc.tasks.map((t) => [t.section, t.leadRule, t.lead.map((a) => [a.quote, a.span])]),
    ).toEqual([
      [
        'Điều 3',
        'subject',
        [
          'Chánh Văn phòng UBND tỉnh',
          'Giám đốc Sở Tài chính',
          'Chủ tịch UBND các huyện, thị xã, thành phố',
        ].map((q) => [q, span(DECISION, q)]),
      ],
    ]);
  });

  it('"Như Điều 3" in Nơi nhận stands for the bodies of Điều 3, with its own span', () => {
    const doc = parseDocument(DECISION);
    expect(doc.recipients.map((r) => [r.name, r.via ?? null, r.quote, r.span])).toEqual([
      ['Chánh Văn phòng UBND tỉnh', 'như điều', 'Như Điều 3', span(DECISION, 'Như Điều 3')],
      ['Giám đốc Sở Tài chính', 'như điều', 'Như Điều 3', span(DECISION, 'Như Điều 3')],
      [
        'Chủ tịch UBND các huyện, thị xã, thành phố',
        'như điều',
        'Như Điều 3',
        span(DECISION, 'Như Điều 3'),
      ],
      ['VT', null, 'VT', span(DECISION, 'VT', 'Lưu')],
    ]);
  });
});

describe('task lists with field lines', () => {
  const PLAN =
    'KẾ HOẠCH\nThi hành Luật\n\nII. NHIỆM VỤ\n\n1. Tổ chức tuyên truyền, phổ biến Luật\n\n- Bảo đảm thống nhất với hướng dẫn của cấp trên.\n\n- Cơ quan chủ trì: Bộ Công\nan.\n\n- Cơ quan phối hợp: Bộ Tư pháp, Bộ Công Thương.\n\n- Thời gian thực hiện: Quý II/2025.\n\n- Kết quả: Kế hoạch tuyên truyền.\n\n2. Rà soát văn bản\n\n- Cơ quan thực hiện: Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ; các sở, ngành liên quan.\n\n- Thời gian hoàn thành: trước ngày 31 tháng 12 năm 2025.';

  it('the item is the task; its field lines give lead, coordinators, deadline and product', () => {
    const doc = parseDocument(PLAN);
    expect(
      doc.tasks.map((t) => ({
        text: t.text,
        leadRule: t.leadRule,
        lead: t.lead.map((a) => [a.name, a.quote, a.span]),
        coordinators: t.coordinators.map((a) => [a.name, a.span]),
        deadline: t.deadline
          ? [t.deadline.kind, t.deadline.end, t.deadline.quote, t.deadline.span]
          : null,
        product: t.product ? [t.product.text, t.product.span] : null,
      })),
    ).toEqual([
      {
        text: 'Tổ chức tuyên truyền, phổ biến Luật',
        leadRule: 'field',
        lead: [['Bộ Công an', 'Bộ Công\nan', span(PLAN, 'Bộ Công\nan')]],
        coordinators: [
          ['Bộ Tư pháp', span(PLAN, 'Bộ Tư pháp')],
          ['Bộ Công Thương', span(PLAN, 'Bộ Công Thương')],
        ],
        deadline: ['due', '2025-06-30', 'Quý II/2025', span(PLAN, 'Quý II/2025')],
        product: ['Kế hoạch tuyên truyền', span(PLAN, 'Kế hoạch tuyên truyền')],
      },
      {
        text: 'Rà soát văn bản',
        leadRule: 'field',
        lead: [['Sở Tư pháp', 'Sở Tư pháp', span(PLAN, 'Sở Tư pháp')]],
        coordinators: [
          ['Sở Nội vụ', span(PLAN, 'Sở Nội vụ')],
          ['các sở, ngành liên quan', span(PLAN, 'các sở, ngành liên quan')],
        ],
        deadline: [
          'due',
          '2025-12-31',
          'trước ngày 31 tháng 12 năm 2025',
          span(PLAN, 'trước ngày 31 tháng 12 năm 2025'),
        ],
        product: null,
      },
    ]);
  });
});
