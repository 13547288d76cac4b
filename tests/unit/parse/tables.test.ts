import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { quoteAt } from './helpers.ts';

const PLAN = `KẾ HOẠCH
Phát triển kinh tế tập thể năm 2023

II. NHIỆM VỤ CỤ THỂ

| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| I | Nhiệm vụ chung | | | |
| 1 | Tuyên truyền Nghị quyết 20 | Sở Thông tin và Truyền thông | Sở Tư pháp | Quý II/2023 |
| 2 | Rà soát hợp tác xã | Sở Nông nghiệp và Phát triển nông thôn | Sở Tài chính | Thường xuyên |

III. TỔ CHỨC THỰC HIỆN
1. Sở Kế hoạch và Đầu tư chủ trì theo dõi.`;

describe('task tables', () => {
  it('reads each row as a task with lead, coordinators and deadline, under its group and section', () => {
    const doc = parseDocument(PLAN);
    expect(
      doc.tasks.map((t) => [
        t.section,
        t.text,
        t.lead.map((a) => a.mention),
        t.coordinators.map((a) => a.mention),
        t.deadline?.end ?? t.deadline?.recurrence ?? null,
        t.leadRule,
      ]),
    ).toEqual([
      [
        'II.I',
        'Tuyên truyền Nghị quyết 20',
        ['Sở Thông tin và Truyền thông'],
        ['Sở Tư pháp'],
        '2023-06-30',
        'table',
      ],
      [
        'II.I',
        'Rà soát hợp tác xã',
        ['Sở Nông nghiệp và Phát triển nông thôn'],
        ['Sở Tài chính'],
        'continuous',
        'table',
      ],
      [
        'III.1',
        'Sở Kế hoạch và Đầu tư chủ trì theo dõi.',
        ['Sở Kế hoạch và Đầu tư'],
        [],
        null,
        'subject',
      ],
    ]);
    expect(doc.tasks[0]?.quote).toBe(
      '1 | Tuyên truyền Nghị quyết 20 | Sở Thông tin và Truyền thông | Sở Tư pháp | Quý II/2023',
    );
  });

  it('leaves layout tables (header, signature) to the other rules', () => {
    const doc = parseDocument(
      '| ỦY BAN NHÂN DÂN TỈNH HÀ NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| Số: 88/KH-UBND | Hà Nam, ngày 10 tháng 5 năm 2023 |\n\nKẾ HOẠCH\nA\n\nI. NHIỆM VỤ\n1. Sở Tài chính chủ trì.',
    );
    expect(doc.document.number).toBe('88/KH-UBND');
    expect(doc.tasks.map((t) => t.leadRule)).toEqual(['subject']);
  });
});

describe('State decision articles and assignment verbs', () => {
  it('reads "Điều N." articles and "Đề nghị X" / "Thời gian thực hiện:"', () => {
    const doc = parseDocument(
      'QUYẾT ĐỊNH\nVề việc A\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\nĐiều 2. Giám đốc Sở Tài chính, Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này.\n\nĐiều 3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp giám sát. Thời gian thực hiện: Quý III/2023.',
    );
    expect(doc.outline.map((n) => n.label)).toEqual(['Điều 1', 'Điều 2', 'Điều 3']);
    expect(
      doc.tasks.map((t) => [
        t.section,
        t.lead.map((a) => a.mention),
        t.leadRule,
        t.deadline?.end ?? null,
      ]),
    ).toEqual([
      ['Điều 2', ['Giám đốc Sở Tài chính', 'Chủ tịch UBND các huyện'], 'subject', null],
      ['Điều 3', ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'], 'assignment', '2023-09-30'],
    ]);
  });
});

const at = quoteAt;

/** Each task as the facts a reviewer checks, spans included. */
function rows(text: string): unknown[] {
  return parseDocument(text).tasks.map((t) => ({
    text: t.text,
    leadRule: t.leadRule,
    lead: t.lead.map((a) => ({ name: a.name, span: a.span, quote: a.quote })),
    coordinators: t.coordinators.map((a) => ({ name: a.name, span: a.span, quote: a.quote })),
    deadline: t.deadline
      ? {
          kind: t.deadline.kind,
          end: t.deadline.end,
          span: t.deadline.span,
          quote: t.deadline.quote,
        }
      : null,
    product: t.product
      ? { text: t.product.text, span: t.product.span, quote: t.product.quote }
      : null,
  }));
}

const HEAD = 'ỦY BAN NHÂN DÂN TỈNH A\n\nKẾ HOẠCH\nThực hiện Đề án\n\nI. NHIỆM VỤ\n\n';

/** A web page copied as markdown: one cell per line, bars on lines of their own, wrapped cells. */
const CELL_LINES = `${HEAD}**PHỤ LỤC**
*(Kèm theo Kế hoạch)*
|
**TT**
|
**Nội dung thực
hiện**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Thời gian hoàn
thành**
|
**Sản phẩm dự kiến**
|
|
**I**
|
**KIỆN TOÀN CƠ CHẾ**
|
|
1
|
Tổ chức lại Ban Chỉ huy cấp tỉnh,
cấp xã
|
Bộ CHQS tỉnh; UBND
cấp xã
|
Cơ quan, địa
phương liên quan
|
Trước ngày
30/11/2025
|
Quyết định của Chủ
tịch UBND tỉnh
|
|
2
|
Hướng dẫn thanh toán chi phí
|
Sở Tài chính
|
|
2026
|
|
|
3
|
Rà soát danh mục công trình
|
Sở Xây dựng
|
Sở Tài chính
|
Thường xuyên
|
`;

const cell = (name: string, quote: string, n = 1) => ({ name, ...at(CELL_LINES, quote, n) });

describe('task tables, one cell per line', () => {
  it('reads every row with its lead, coordinators, deadline and product, spans into the cells', () => {
    expect(rows(CELL_LINES)).toEqual([
      {
        text: 'Tổ chức lại Ban Chỉ huy cấp tỉnh, cấp xã',
        leadRule: 'table',
        lead: [cell('Bộ CHQS tỉnh', 'Bộ CHQS tỉnh'), cell('UBND cấp xã', 'UBND\ncấp xã')],
        coordinators: [cell('Cơ quan, địa phương liên quan', 'Cơ quan, địa\nphương liên quan')],
        deadline: { kind: 'due', end: '2025-11-30', ...at(CELL_LINES, 'Trước ngày\n30/11/2025') },
        product: {
          text: 'Quyết định của Chủ tịch UBND tỉnh',
          ...at(CELL_LINES, 'Quyết định của Chủ\ntịch UBND tỉnh'),
        },
      },
      {
        text: 'Hướng dẫn thanh toán chi phí',
        leadRule: 'table',
        lead: [cell('Sở Tài chính', 'Sở Tài chính')],
        coordinators: [],
        deadline: { kind: 'due', end: '2026-12-31', ...at(CELL_LINES, '2026') },
        product: null,
      },
      {
        text: 'Rà soát danh mục công trình',
        leadRule: 'table',
        lead: [cell('Sở Xây dựng', 'Sở Xây dựng')],
        coordinators: [cell('Sở Tài chính', 'Sở Tài chính', 2)],
        deadline: { kind: 'continuous', end: null, ...at(CELL_LINES, 'Thường xuyên') },
        product: null,
      },
    ]);
  });

  it('gives each row its group and the row quote from the first cell to the last', () => {
    const doc = parseDocument(CELL_LINES);
    expect(doc.tasks.map((t) => [t.section, t.sectionTitles])).toEqual([
      ['I.I', ['I']],
      ['I.I', ['I']],
      ['I.I', ['I']],
    ]);
    expect(doc.tasks[1]?.quote).toBe(
      '2\n|\nHướng dẫn thanh toán chi phí\n|\nSở Tài chính\n|\n|\n2026',
    );
  });

  it('does not take a caption or a "Văn bản giao nhiệm vụ" column for the content', () => {
    const text = `${HEAD}**1. Các nhiệm vụ quá hạn chưa hoàn thành**\n|\n**STT**\n|\n**Nhiệm vụ**\n|\n**Văn bản giao\nnhiệm vụ**\n|\n**Cơ quan chủ trì**\n|\n**Thời hạn hoàn thành**\n|\n|\n1.\n|\nBan hành Chiến lược dữ liệu\n|\nThông báo số 44-TB/TGV\n|\nCác bộ, ngành, địa phương\n|\n30/09/2025\n|\n`;
    expect(rows(text)).toEqual([
      {
        text: 'Ban hành Chiến lược dữ liệu',
        leadRule: 'table',
        lead: [{ name: 'Các bộ, ngành, địa phương', ...at(text, 'Các bộ, ngành, địa phương') }],
        coordinators: [],
        deadline: { kind: 'due', end: '2025-09-30', ...at(text, '30/09/2025') },
        product: null,
      },
    ]);
  });
});

describe('task tables in other shapes', () => {
  it.each([
    [
      'pipe rows, a wrapped cell continued on a row with an empty number',
      `${HEAD}| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n| 1 | Tuyên truyền Luật | Sở Tư pháp | Sở Nội vụ, | Quý II/2025 |\n|   | Bảo vệ dữ liệu | | Công an tỉnh | |\n| 2 | Tập huấn | Sở Nội vụ | | 2025 |\n`,
    ],
    [
      'tab-separated rows',
      `${HEAD}STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\n1\tTuyên truyền Luật\tSở Tư pháp\tSở Nội vụ,\tQuý II/2025\n\tBảo vệ dữ liệu\t\tCông an tỉnh\t\n2\tTập huấn\tSở Nội vụ\t\t2025\n`,
    ],
    [
      'columns aligned with spaces (PDF text with its layout kept)',
      `${HEAD}STT   Nhiệm vụ             Cơ quan chủ trì   Cơ quan phối hợp   Thời gian\n1     Tuyên truyền Luật    Sở Tư pháp        Sở Nội vụ,         Quý II/2025\n      Bảo vệ dữ liệu                         Công an tỉnh\n2     Tập huấn             Sở Nội vụ                            2025\n`,
    ],
  ])('%s', (_shape, text) => {
    expect(rows(text)).toEqual([
      {
        text: 'Tuyên truyền Luật Bảo vệ dữ liệu',
        leadRule: 'table',
        lead: [{ name: 'Sở Tư pháp', ...at(text, 'Sở Tư pháp') }],
        coordinators: [
          { name: 'Sở Nội vụ', ...at(text, 'Sở Nội vụ') },
          { name: 'Công an tỉnh', ...at(text, 'Công an tỉnh') },
        ],
        deadline: { kind: 'due', end: '2025-06-30', ...at(text, 'Quý II/2025') },
        product: null,
      },
      {
        text: 'Tập huấn',
        leadRule: 'table',
        lead: [{ name: 'Sở Nội vụ', ...at(text, 'Sở Nội vụ', 2) }],
        coordinators: [],
        deadline: { kind: 'due', end: '2025-12-31', ...at(text, '2025', 2) },
        product: null,
      },
    ]);
  });
});

describe('body cells', () => {
  it('a note in parentheses is no body; a line opening a new body separates', () => {
    const text = `${HEAD}|\n**STT**\n|\n**Nhiệm vụ**\n|\n**Cơ quan chủ trì**\n|\n**Cơ quan phối hợp**\n|\n|\n1\n|\nRà soát quy hoạch\n|\nSở Tài chính (cơ quan thường trực)\n|\nCác sở, ngành, UBND xã, phường, đặc khu\nSở Xây dựng\n|\n`;
    const t = parseDocument(text).tasks[0];
    expect(t?.lead.map((a) => [a.quote, a.span])).toEqual([
      ['Sở Tài chính', at(text, 'Sở Tài chính').span],
    ]);
    expect(t?.coordinators.map((a) => [a.quote, a.span])).toEqual([
      ['Các sở, ngành', at(text, 'Các sở, ngành').span],
      ['UBND xã, phường, đặc khu', at(text, 'UBND xã, phường, đặc khu').span],
      ['Sở Xây dựng', at(text, 'Sở Xây dựng').span],
    ]);
  });
});
