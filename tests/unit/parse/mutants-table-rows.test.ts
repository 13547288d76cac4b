/**
 * The shapes a table arrives in (table-rows.ts), read with exact rows, cells and offsets. A cell
 * shows as `text@start-end` (one range per line of a wrapped cell), a row and a table with their
 * ranges, so a wrong offset, a lost or extra cell, a row too many or a table read twice shows.
 */
import { describe, expect, it } from 'vitest';
import {
  mergeWrapped,
  readTables,
  type Cell,
  type IsHeader,
  type Row,
} from '../../../src/parse/table-rows.ts';

/** A task table's header: a content column and a lead column (tables.ts has the full rule). */
const isHeader: IsHeader = Object.assign(
  (cells: string[]): boolean =>
    cells.some((c) => /Nội dung|Nhiệm vụ/u.test(c)) && cells.some((c) => /chủ trì/u.test(c)),
  {
    column: (text: string): boolean =>
      /^(?:STT|TT|Nội dung|Nhiệm vụ|Cơ quan|Thời gian|Thời hạn|Sản phẩm)/u.test(text),
  },
);

const cellView = (c: Cell): string =>
  c.parts.length === 0 ? c.text : `${c.text}@${c.parts.map(([s, e]) => `${s}-${e}`).join('+')}`;

const rowView = (r: Row): unknown => ({ at: [r.start, r.end], cells: r.cells.map(cellView) });

function tables(text: string): unknown[] {
  return readTables(text, isHeader).map((t) => ({
    at: [t.start, t.end],
    wrapped: t.wrapped,
    rows: t.rows.map(rowView),
  }));
}

describe('pipe rows', () => {
  it('reads indented rows with CRLF line ends; emphasis inside a cell is dropped', () => {
    const text = [
      'II. NHIỆM VỤ CỤ THỂ',
      '  | STT | Nội dung nhiệm vụ | Cơ quan chủ trì |',
      '  |---|---|---|',
      '  | 1 | Tuyên truyền **Luật Bảo vệ dữ liệu cá nhân** | Sở Tư pháp |',
      '',
      'III. TỔ CHỨC THỰC HIỆN',
    ].join('\r\n');
    expect(tables(text)).toEqual([
      {
        at: [21, 154],
        wrapped: true,
        rows: [
          {
            at: [21, 68],
            cells: ['STT@25-28', 'Nội dung nhiệm vụ@31-48', 'Cơ quan chủ trì@51-66'],
          },
          {
            at: [87, 154],
            cells: [
              '1@91-92',
              'Tuyên truyền Luật Bảo vệ dữ liệu cá nhân@95-137',
              'Sở Tư pháp@142-152',
            ],
          },
        ],
      },
    ]);
  });

  it('takes a line for a row only when it opens with a bar and holds two cells', () => {
    const text = [
      '| Nhiệm vụ | Cơ quan chủ trì |',
      '|---|---|',
      '| Rà soát văn bản | Sở Tư pháp |',
      '| Tổng cộng: 1 nhiệm vụ |',
      'STT | Nhiệm vụ | Cơ quan chủ trì |',
      '1 | Tập huấn | Sở Nội vụ |',
    ].join('\n');
    expect(tables(text)).toEqual(PIPE2);
  });
});

const TASK = `${'Hướng dẫn thanh toán chi phí thực hiện nhiệm vụ phòng thủ dân sự, '.repeat(4).trim()}`;
const TITLE = `II. ${'TRIỂN KHAI ĐỒNG BỘ VĂN BẢN QUY PHẠM PHÁP LUẬT, CƠ CHẾ, CHÍNH SÁCH VỀ PHÒNG THỦ DÂN SỰ, '.repeat(3).trim()}`;

/** One cell per line (a web page copied as markdown), ended by the signature's layout table. */
const CELL_LINES = `**PHỤ LỤC**
| 
**TT**
|
**Nội dung thực
hiện**
|
**Cơ quan chủ trì**
|
**Thời gian hoàn
thành**
|

|
**A**
|
**KIỆN TOÀN CƠ CHẾ**
|
|
1
|
Tổ chức lại Ban Chỉ huy cấp tỉnh
|
Bộ CHQS tỉnh
|
Trước ngày
30/11/2025
|
Ghi chú thêm
|
|
** **
|
|
|
|
|
2
|
${TASK}
|
Sở Tài chính
|
2026
|
|
**${TITLE}**
|
|
3
|
Rà soát danh mục công trình
|
Sở Xây dựng
|
Thường xuyên
|
|
**Nơi nhận:**
- Như trên;
|
**TM. ỦY BAN NHÂN DÂN**
|
`;

describe('one cell per line', () => {
  it('ends a row at an empty pair of bars when it has its cells or a number follows', () => {
    // a bar line with a trailing space; a blank line between two bars; a group row "A"; a
    // cell beyond the header's dropped; a row of blank cells skipped; a long task cell; a long
    // group title "II. …"; the signature table stops the reading
    expect(tables(CELL_LINES)).toEqual(CELLS);
  });

  it('stops at a long paragraph where a row would open', () => {
    const note =
      'Các sở, ban, ngành, UBND các xã, phường căn cứ nhiệm vụ được giao tại Mục II. Kế hoạch này chủ động triển khai thực hiện, báo cáo kết quả về Sở Tài chính. '.repeat(
        2,
      );
    const text = `|\nTT\n|\nNhiệm vụ\n|\nCơ quan chủ trì\n|\n|\n1\n|\nRà soát\n|\nSở Tư pháp\n|\n|\n${note}\n|\n|\n2\n|\nKiểm tra\n|\nThanh tra tỉnh\n|\n`;
    expect(tables(text)).toEqual(NOTE);
  });

  it('opens a row at a cell of up to 200 characters', () => {
    const title =
      'Các nhiệm vụ phát sinh trong năm do Ủy ban nhân dân tỉnh giao bổ sung cho các sở, ban, ngành và Ủy ban nhân dân các xã, phường sau khi Kế hoạch này được ban hành, theo dõi và tổng hợp theo từng quý đó';
    const text = `|\nTT\n|\nNhiệm vụ\n|\nCơ quan chủ trì\n|\n|\n1\n|\nRà soát\n|\nSở Tư pháp\n|\n|\n${title}\n|\n|\n2\n|\nKiểm tra\n|\nThanh tra tỉnh\n|\n`;
    expect(title.length).toBe(200);
    expect(tables(text)).toEqual([
      {
        at: [2, 301],
        wrapped: false,
        rows: [
          { at: [2, 33], cells: ['TT@2-4', 'Nhiệm vụ@7-15', 'Cơ quan chủ trì@18-33'] },
          { at: [38, 62], cells: ['1@38-39', 'Rà soát@42-49', 'Sở Tư pháp@52-62'] },
          { at: [67, 267], cells: [`${title}@67-267`] },
          { at: [272, 301], cells: ['2@272-273', 'Kiểm tra@276-284', 'Thanh tra tỉnh@287-301'] },
        ],
      },
    ]);
  });

  it('starts a new table at the next header, after its caption; keeps an empty last cell', () => {
    const text = `|\n**TT**\n|\n**Nhiệm vụ**\n|\n**Cơ quan chủ trì**\n|\n**Thời hạn**\n|\n|\n1\n|\nBan hành Chiến lược dữ liệu\n|\nBộ Công an\n|\n30/09/2025\n|\n**2. Các nhiệm vụ quá hạn chưa hoàn thành**\n|\n**STT**\n|\n**Nhiệm vụ**\n|\n**Cơ quan chủ trì**\n|\n**Thời hạn**\n|\n|\n1\n|\nXây dựng cơ sở dữ liệu\n|\nBộ Y tế\n|\n|\n`;
    expect(tables(text)).toEqual(TWO_TABLES);
  });

  it('needs a header of three cells of at most 80 characters', () => {
    const column =
      'Văn bản giao nhiệm vụ (nghị quyết, kết luận, chỉ thị của Trung ương và của tỉnh)';
    const table = (third: string): string =>
      `|\nNhiệm vụ\n|\nCơ quan chủ trì\n|\n${third}\n|\n|\nRà soát\n|\nSở Tư pháp\n|\nNghị quyết số 71/NQ-CP\n|\n`;
    expect(tables(`|\nNhiệm vụ\n|\nCơ quan chủ trì\n|\n|\nRà soát\n|\nSở Tư pháp\n|\n`)).toEqual(
      [],
    );
    // a header and no row: the signature's layout table follows
    expect(
      tables(`|\nNhiệm vụ\n|\nCơ quan chủ trì\n|\nThời hạn\n|\n|\n**Nơi nhận:**\n|\n`),
    ).toEqual([]);
    expect(tables(table(`${column}.`))).toEqual([]);
    expect(tables(table(column))).toEqual([
      {
        at: [2, 161],
        wrapped: false,
        rows: [
          { at: [2, 111], cells: ['Nhiệm vụ@2-10', 'Cơ quan chủ trì@13-28', `${column}@31-111`] },
          {
            at: [116, 161],
            cells: ['Rà soát@116-123', 'Sở Tư pháp@126-136', 'Nghị quyết số 71/NQ-CP@139-161'],
          },
        ],
      },
    ]);
  });
});

describe('columns aligned with spaces or tabs', () => {
  it('reads rows up to a paragraph from the margin, over one blank line', () => {
    const text = [
      'I. NHIỆM VỤ',
      'Biểu 01    Đơn vị: văn bản    Năm 2025',
      'STT   Nhiệm vụ             Cơ quan chủ trì   Thời gian',
      '1     Tuyên truyền Luật    Sở Tư pháp        Quý II/2025',
      '      Bảo vệ dữ liệu cá nhân trên không gian mạng',
      '   ',
      // each cell two columns left of its header: PDF slack
      '2   Tập huấn             Sở Nội vụ         2025',
      // from the margin but no longer than the first column + 20: still a row
      'cá nhân trên mạng năm 2025',
      'Các sở, ngành báo cáo kết quả thực hiện về Sở Tư pháp.  ',
      '3     Không phải hàng',
    ].join('\n');
    expect(tables(text)).toEqual(ALIGNED);
  });

  it('ends a table at two blank lines; needs three columns and a data row', () => {
    const text = [
      'STT   Nhiệm vụ        Cơ quan chủ trì',
      '1     Tập huấn        Sở Nội vụ',
      '',
      '',
      'STT   Nhiệm vụ        Cơ quan chủ trì',
      '1     Rà soát         Sở Tư pháp',
      '2     Kiểm tra        Thanh tra tỉnh',
      '',
      '',
      'STT   Nhiệm vụ        Cơ quan chủ trì',
      '',
      '',
      'Nhiệm vụ        Cơ quan chủ trì',
      '1     Tập huấn',
      '',
      // a tab elsewhere in the text does not make the tables above tab-separated
      'KT. CHỦ TỊCH\tPHÓ CHỦ TỊCH',
    ].join('\n');
    expect(tables(text)).toEqual(ALIGNED_MANY);
  });

  it('keeps the empty cells of tab-separated rows', () => {
    const text = [
      'STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
      '1\tTuyên truyền Luật\tSở Tư pháp\t',
      '\tBảo vệ dữ liệu\t\tQuý II/2025',
    ].join('\n');
    expect(tables(text)).toEqual(TABS);
  });
});

describe('tables of several shapes', () => {
  it('lists them in text order, a padded pipe table once, layout tables not', () => {
    const text = [
      'STT   Nhiệm vụ        Cơ quan chủ trì',
      '1     Tập huấn        Sở Nội vụ',
      '',
      '',
      '| STT  | Nhiệm vụ  | Cơ quan chủ trì  |',
      '|---|---|---|',
      '| 1    | Rà soát   | Sở Tư pháp       |',
      '',
      '',
      'STT   Nhiệm vụ        Cơ quan chủ trì',
      '1     Kiểm tra        Thanh tra tỉnh',
      '',
      // a layout table (header, signature) is no task table
      '| ỦY BAN NHÂN DÂN TỈNH HÀ NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      '| Số: 88/KH-UBND | Hà Nam, ngày 10 tháng 5 năm 2023 |',
    ].join('\n');
    expect(tables(text)).toEqual(SHAPES);
  });
});

const cell = (text: string, start: number): Cell =>
  text === '' ? { parts: [], text } : { parts: [[start, start + text.length]], text };

/** A row of cells at 10-character steps from `start`. */
const row = (start: number, ...texts: string[]): Row => ({
  start,
  end: start + 10 * texts.length,
  cells: texts.map((t, k) => cell(t, start + 10 * k)),
});

describe('merging wrapped rows', () => {
  it('leaves the rows of a table without a number column as they are', () => {
    const rows = [
      row(0, 'Nội dung', 'Chủ trì'),
      row(100, 'Tập huấn', ''),
      row(200, '', 'Sở Nội vụ'),
    ];
    expect(mergeWrapped(rows, -1).map(rowView)).toEqual([
      { at: [0, 20], cells: ['Nội dung@0-8', 'Chủ trì@10-17'] },
      { at: [100, 120], cells: ['Tập huấn@100-108', ''] },
      { at: [200, 220], cells: ['', 'Sở Nội vụ@210-219'] },
    ]);
  });

  it('continues a numbered row only, never the header; drops cells beyond the row above', () => {
    const rows = [
      row(0, 'STT', 'Nội dung', 'Chủ trì'),
      row(100, '', 'Nhiệm vụ chung', ''),
      row(200, '', 'Nhiệm vụ khác', ''),
      row(300, '1', 'Tuyên truyền', 'Sở Tư pháp'),
      {
        start: 400,
        end: 440,
        cells: [cell('', 400), cell('Luật', 410), cell('', 420), cell('Ghi chú', 430)],
      },
    ];
    expect(mergeWrapped(rows, 0).map(rowView)).toEqual([
      { at: [0, 30], cells: ['STT@0-3', 'Nội dung@10-18', 'Chủ trì@20-27'] },
      { at: [100, 130], cells: ['', 'Nhiệm vụ chung@110-124', ''] },
      { at: [200, 230], cells: ['', 'Nhiệm vụ khác@210-223', ''] },
      {
        at: [300, 440],
        cells: ['1@300-301', 'Tuyên truyền Luật@310-322+410-414', 'Sở Tư pháp@320-330'],
      },
    ]);
  });

  it('reads a header with an empty number cell', () => {
    const rows = [row(0, '', 'Nội dung'), row(100, '1', 'Tập huấn'), row(200, '', 'cán bộ')];
    expect(mergeWrapped(rows, 0).map(rowView)).toEqual([
      { at: [0, 20], cells: ['', 'Nội dung@10-18'] },
      { at: [100, 220], cells: ['1@100-101', 'Tập huấn cán bộ@110-118+210-216'] },
    ]);
  });

  it('reads a row without a number cell as unnumbered', () => {
    const rows = [
      row(0, 'Nội dung', 'Chủ trì', 'STT'),
      row(100, 'Nhiệm vụ chung'),
      row(150, 'Nhiệm vụ khác'),
      row(200, 'Tuyên truyền', 'Sở Tư pháp', '1'),
      row(300, 'Luật'),
    ];
    expect(mergeWrapped(rows, 2).map(rowView)).toEqual([
      { at: [0, 30], cells: ['Nội dung@0-8', 'Chủ trì@10-17', 'STT@20-23'] },
      { at: [100, 110], cells: ['Nhiệm vụ chung@100-114'] },
      { at: [150, 160], cells: ['Nhiệm vụ khác@150-163'] },
      {
        at: [200, 310],
        cells: ['Tuyên truyền Luật@200-212+300-304', 'Sở Tư pháp@210-220', '1@220-221'],
      },
    ]);
  });
});

// The readings expected above, table by table.
const PIPE2 = [
  {
    at: [0, 73],
    wrapped: true,
    rows: [
      { at: [0, 30], cells: ['Nhiệm vụ@2-10', 'Cơ quan chủ trì@13-28'] },
      { at: [41, 73], cells: ['Rà soát văn bản@43-58', 'Sở Tư pháp@61-71'] },
    ],
  },
];

const CELLS = [
  {
    at: [15, 872],
    wrapped: false,
    rows: [
      {
        at: [15, 95],
        cells: [
          'TT@17-19',
          'Nội dung thực hiện@26-44',
          'Cơ quan chủ trì@51-66',
          'Thời gian hoàn thành@73-93',
        ],
      },
      { at: [101, 129], cells: ['A@103-104', 'KIỆN TOÀN CƠ CHẾ@111-127'] },
      {
        at: [134, 209],
        cells: [
          '1@134-135',
          'Tổ chức lại Ban Chỉ huy cấp tỉnh@138-170',
          'Bộ CHQS tỉnh@173-185',
          'Trước ngày 30/11/2025@188-209',
        ],
      },
      {
        at: [245, 534],
        cells: ['2@245-246', `${TASK}@249-512`, 'Sở Tài chính@515-527', '2026@530-534'],
      },
      { at: [539, 807], cells: [`${TITLE}@541-805`] },
      {
        at: [812, 872],
        cells: [
          '3@812-813',
          'Rà soát danh mục công trình@816-843',
          'Sở Xây dựng@846-857',
          'Thường xuyên@860-872',
        ],
      },
    ],
  },
];

const NOTE = [
  {
    at: [2, 62],
    wrapped: false,
    rows: [
      { at: [2, 33], cells: ['TT@2-4', 'Nhiệm vụ@7-15', 'Cơ quan chủ trì@18-33'] },
      { at: [38, 62], cells: ['1@38-39', 'Rà soát@42-49', 'Sở Tư pháp@52-62'] },
    ],
  },
];

const TWO_TABLES = [
  {
    at: [2, 122],
    wrapped: false,
    rows: [
      {
        at: [2, 60],
        cells: ['TT@4-6', 'Nhiệm vụ@13-21', 'Cơ quan chủ trì@28-43', 'Thời hạn@50-58'],
      },
      {
        at: [65, 122],
        cells: [
          '1@65-66',
          'Ban hành Chiến lược dữ liệu@69-96',
          'Bộ Công an@99-109',
          '30/09/2025@112-122',
        ],
      },
    ],
  },
  {
    at: [171, 274],
    wrapped: false,
    rows: [
      {
        at: [171, 230],
        cells: ['STT@173-176', 'Nhiệm vụ@183-191', 'Cơ quan chủ trì@198-213', 'Thời hạn@220-228'],
      },
      {
        at: [235, 274],
        cells: ['1@235-236', 'Xây dựng cơ sở dữ liệu@239-261', 'Bộ Y tế@264-271', ''],
      },
    ],
  },
];

const ALIGNED = [
  {
    at: [51, 291],
    wrapped: true,
    rows: [
      {
        at: [51, 105],
        cells: ['STT@51-54', 'Nhiệm vụ@57-65', 'Cơ quan chủ trì@78-93', 'Thời gian@96-105'],
      },
      {
        at: [106, 162],
        cells: [
          '1@106-107',
          'Tuyên truyền Luật@112-129',
          'Sở Tư pháp@133-143',
          'Quý II/2025@151-162',
        ],
      },
      {
        at: [163, 212],
        cells: ['', 'Bảo vệ dữ liệu cá nhân trên không gian mạng@169-212', '', ''],
      },
      {
        at: [217, 264],
        cells: ['2@217-218', 'Tập huấn@221-229', 'Sở Nội vụ@242-251', '2025@260-264'],
      },
      { at: [265, 291], cells: ['cá nhân trên mạng năm 2025@265-291', '', '', ''] },
    ],
  },
];

const ALIGNED_MANY = [
  {
    at: [0, 69],
    wrapped: true,
    rows: [
      { at: [0, 37], cells: ['STT@0-3', 'Nhiệm vụ@6-14', 'Cơ quan chủ trì@22-37'] },
      { at: [38, 69], cells: ['1@38-39', 'Tập huấn@44-52', 'Sở Nội vụ@60-69'] },
    ],
  },
  {
    at: [72, 179],
    wrapped: true,
    rows: [
      { at: [72, 109], cells: ['STT@72-75', 'Nhiệm vụ@78-86', 'Cơ quan chủ trì@94-109'] },
      { at: [110, 142], cells: ['1@110-111', 'Rà soát@116-123', 'Sở Tư pháp@132-142'] },
      { at: [143, 179], cells: ['2@143-144', 'Kiểm tra@149-157', 'Thanh tra tỉnh@165-179'] },
    ],
  },
];

const TABS = [
  {
    at: [0, 99],
    wrapped: true,
    rows: [
      {
        at: [0, 38],
        cells: ['STT@0-3', 'Nhiệm vụ@4-12', 'Cơ quan chủ trì@13-28', 'Thời gian@29-38'],
      },
      { at: [39, 70], cells: ['1@39-40', 'Tuyên truyền Luật@41-58', 'Sở Tư pháp@59-69', ''] },
      { at: [71, 99], cells: ['', 'Bảo vệ dữ liệu@72-86', '', 'Quý II/2025@88-99'] },
    ],
  },
];

const SHAPES = [
  {
    at: [0, 69],
    wrapped: true,
    rows: [
      { at: [0, 37], cells: ['STT@0-3', 'Nhiệm vụ@6-14', 'Cơ quan chủ trì@22-37'] },
      { at: [38, 69], cells: ['1@38-39', 'Tập huấn@44-52', 'Sở Nội vụ@60-69'] },
    ],
  },
  {
    at: [72, 165],
    wrapped: true,
    rows: [
      { at: [72, 111], cells: ['STT@74-77', 'Nhiệm vụ@81-89', 'Cơ quan chủ trì@93-108'] },
      { at: [126, 165], cells: ['1@128-129', 'Rà soát@135-142', 'Sở Tư pháp@147-157'] },
    ],
  },
  {
    at: [168, 242],
    wrapped: true,
    rows: [
      { at: [168, 205], cells: ['STT@168-171', 'Nhiệm vụ@174-182', 'Cơ quan chủ trì@190-205'] },
      { at: [206, 242], cells: ['1@206-207', 'Kiểm tra@212-220', 'Thanh tra tỉnh@228-242'] },
    ],
  },
];
