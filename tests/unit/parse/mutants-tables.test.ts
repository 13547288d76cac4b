/**
 * Task tables (tables.ts): which header names which column, and every field of each row's task
 * with its span — group rows, continuation rows, a task cell that says its own lead, notes in
 * body cells, ids and sections.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { findTables } from '../../../src/parse/tables.ts';
import { quoteAt } from './helpers.ts';

const find = quoteAt;

/** Each table: the role of each column, its range and its rows' cell texts. */
function tablesOf(text: string): unknown[] {
  return findTables(text).map((t) => ({
    roles: t.roles,
    at: [t.start, t.end],
    rows: t.rows.map((r) => r.cells.map((c) => c.text)),
  }));
}

/** Each task with every field a table row gives, spans included. */
function tasksOf(text: string): unknown[] {
  const body = (a: { name: string; span: { start: number; end: number }; quote: string }) => ({
    name: a.name,
    span: a.span,
    quote: a.quote,
  });
  return parseDocument(text).tasks.map((t) => ({
    id: t.id,
    section: t.section,
    sectionTitles: t.sectionTitles,
    text: t.text,
    span: t.span,
    quote: t.quote,
    leadRule: t.leadRule,
    lead: t.lead.map(body),
    coordinators: t.coordinators.map(body),
    reportsTo: t.reportsTo.map(body),
    deadline: t.deadline && {
      text: t.deadline.text,
      kind: t.deadline.kind,
      end: t.deadline.end,
      span: t.deadline.span,
      quote: t.deadline.quote,
    },
    product: t.product
      ? { text: t.product.text, span: t.product.span, quote: t.product.quote }
      : null,
  }));
}

/** A plan's table at the top of the text (no section): header cells of 50 characters and more. */
const ROLES = `| STT | Nhiệm vụ năm 2025 | Cơ quan, đơn vị chủ trì tổ chức thực hiện nhiệm vụ | Cơ quan phối hợp (các sở, ban, ngành và UBND các xã, phường) | Thời hạn |
|---|---|---|---|---|
| 1. | Bộ Tài chính chủ trì rà soát quy định về phí | Sở Tư pháp | Sở Tài chính | Trước ngày |
| | | | | 30/11/2025 |
`;

/** Two pipe tables: no number column, then a number column with group rows and wrapped tasks. */
const SHAPES = `| Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm |
|---|---|---|---|---|
| Nhiệm vụ chung | | | | |
| Tuyên truyền Luật | Sở Tư pháp (chủ trì | Sở Tài chính (cơ quan thường trực), Sở Xây dựng | Quý  II/2025 | Báo cáo  kết quả |
| | Sở Nội vụ | | 2025 | |
| Tập huấn cán bộ | | Công an tỉnh | 2026 | |

I. NHIỆM VỤ

| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |
|---|---|---|---|---|
| 1.1. | Nhiệm vụ chung | | | |
| 1 | Bộ Tài chính chủ trì | | | 2025 |
| | rà soát quy định | | | |
| 2 | Sở Tài chính chủ trì | | Sở Tư pháp | |
| | hướng dẫn thực hiện | | | |
| 3 | Sở Tài chính, Sở Xây dựng | | | 2025 |
| I. | Nhiệm vụ khác | | | |
| 4 | Kiểm tra | Thanh tra tỉnh | | 2025 |
`;

/** Cell-line tables: a coordinator column without a lead column; a roman caption between two
 *  tables; blank lines inside a cell; a table naming no lead or coordinator column. */
const COORDONLY = `I. NHIỆM VỤ
|\n**STT**\n|\n**Nhiệm vụ**\n|\n**Cơ quan phối hợp**\n|\n**Thời hạn**\n|\n|\n1\n|\nRà soát quy định\n|\nSở Tư pháp\n|\n2025\n|\n**II. CÁC NHIỆM VỤ QUÁ HẠN**\n|\n**STT**\n|\n**Nhiệm vụ**\n|\n**Cơ quan chủ trì**\n|\n**Thời hạn**\n|\n**Sản phẩm**\n|\n|\n1\n|\nXây dựng cơ sở dữ liệu\n|\nBộ Y tế\n|\nTrước ngày\n\n30/11/2025\n|\nCơ sở dữ liệu\n\nngành Y tế\n|\n
| STT | Nội dung | Thời gian | Ghi chú |
|---|---|---|---|
| 1 | Tập huấn | 2025 | |
`;

describe('task tables: columns', () => {
  it('names a column by a header cell of at most 50 characters; the lead column wins over the task cell', () => {
    expect(tablesOf(ROLES)).toEqual([
      {
        roles: ['number', 'content', 'lead', null, 'deadline'],
        at: [0, 295],
        rows: [
          [
            'STT',
            'Nhiệm vụ năm 2025',
            'Cơ quan, đơn vị chủ trì tổ chức thực hiện nhiệm vụ',
            'Cơ quan phối hợp (các sở, ban, ngành và UBND các xã, phường)',
            'Thời hạn',
          ],
          [
            '1.',
            'Bộ Tài chính chủ trì rà soát quy định về phí',
            'Sở Tư pháp',
            'Sở Tài chính',
            'Trước ngày 30/11/2025',
          ],
        ],
      },
    ]);
    expect(tasksOf(ROLES)).toEqual([
      {
        id: 'table1.1',
        section: 'table1',
        sectionTitles: [],
        text: 'Bộ Tài chính chủ trì rà soát quy định về phí',
        ...find(
          ROLES,
          '1. | Bộ Tài chính chủ trì rà soát quy định về phí | Sở Tư pháp | Sở Tài chính | Trước ngày |\n| | | | | 30/11/2025',
        ),
        leadRule: 'table',
        lead: [{ name: 'Sở Tư pháp', ...find(ROLES, 'Sở Tư pháp') }],
        coordinators: [],
        reportsTo: [],
        deadline: {
          text: 'Trước ngày 30/11/2025',
          kind: 'due',
          end: '2025-11-30',
          ...find(ROLES, 'Trước ngày |\n| | | | | 30/11/2025'),
        },
        product: null,
      },
    ]);
  });

  it('needs a lead or a coordinator column; a caption between two tables names no column', () => {
    expect(tablesOf(COORDONLY)).toEqual([
      {
        roles: ['number', 'content', 'coordinators', 'deadline'],
        at: [14, 120],
        rows: [
          ['STT', 'Nhiệm vụ', 'Cơ quan phối hợp', 'Thời hạn'],
          ['1', 'Rà soát quy định', 'Sở Tư pháp', '2025'],
        ],
      },
      {
        roles: ['number', 'content', 'lead', 'deadline', 'product'],
        at: [153, 322],
        rows: [
          ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Sản phẩm'],
          [
            '1',
            'Xây dựng cơ sở dữ liệu',
            'Bộ Y tế',
            'Trước ngày 30/11/2025',
            'Cơ sở dữ liệu ngành Y tế',
          ],
        ],
      },
    ]);
    expect(tasksOf(COORDONLY)).toEqual([
      {
        id: 'table1.1',
        section: 'I',
        sectionTitles: [],
        text: 'Rà soát quy định',
        ...find(COORDONLY, '1\n|\nRà soát quy định\n|\nSở Tư pháp\n|\n2025'),
        leadRule: 'none',
        lead: [],
        coordinators: [{ name: 'Sở Tư pháp', ...find(COORDONLY, 'Sở Tư pháp') }],
        reportsTo: [],
        deadline: { text: '2025', kind: 'due', end: '2025-12-31', ...find(COORDONLY, '2025') },
        product: null,
      },
      {
        id: 'table2.1',
        section: 'II',
        sectionTitles: [],
        text: 'Xây dựng cơ sở dữ liệu',
        ...find(
          COORDONLY,
          '1\n|\nXây dựng cơ sở dữ liệu\n|\nBộ Y tế\n|\nTrước ngày\n\n30/11/2025\n|\nCơ sở dữ liệu\n\nngành Y tế',
        ),
        leadRule: 'table',
        lead: [{ name: 'Bộ Y tế', ...find(COORDONLY, 'Bộ Y tế') }],
        coordinators: [],
        reportsTo: [],
        deadline: {
          text: 'Trước ngày 30/11/2025',
          kind: 'due',
          end: '2025-11-30',
          ...find(COORDONLY, 'Trước ngày\n\n30/11/2025'),
        },
        product: {
          text: 'Cơ sở dữ liệu ngành Y tế',
          ...find(COORDONLY, 'Cơ sở dữ liệu\n\nngành Y tế'),
        },
      },
    ]);
  });
});

describe('task tables: rows', () => {
  it('reads group rows, rows without content, notes in body cells and wrapped task cells', () => {
    expect(tablesOf(SHAPES)).toEqual([
      {
        roles: ['content', 'lead', 'coordinators', 'deadline', 'product'],
        at: [0, 323],
        rows: [
          ['Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian', 'Sản phẩm'],
          ['Nhiệm vụ chung', '', '', '', ''],
          [
            'Tuyên truyền Luật',
            'Sở Tư pháp (chủ trì',
            'Sở Tài chính (cơ quan thường trực), Sở Xây dựng',
            'Quý II/2025',
            'Báo cáo kết quả',
          ],
          ['', 'Sở Nội vụ', '', '2025', ''],
          ['Tập huấn cán bộ', '', 'Công an tỉnh', '2026', ''],
        ],
      },
      {
        roles: ['number', 'content', 'lead', 'coordinators', 'deadline'],
        at: [337, 722],
        rows: [
          ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn'],
          ['1.1.', 'Nhiệm vụ chung', '', '', ''],
          ['1', 'Bộ Tài chính chủ trì rà soát quy định', '', '', '2025'],
          ['2', 'Sở Tài chính chủ trì hướng dẫn thực hiện', '', 'Sở Tư pháp', ''],
          ['3', 'Sở Tài chính, Sở Xây dựng', '', '', '2025'],
          ['I.', 'Nhiệm vụ khác', '', '', ''],
          ['4', 'Kiểm tra', 'Thanh tra tỉnh', '', '2025'],
        ],
      },
    ]);
    expect(tasksOf(SHAPES)).toEqual([
      {
        id: 'table1.2',
        section: 'Nhiệm vụ chung',
        sectionTitles: ['Nhiệm vụ chung'],
        text: 'Tuyên truyền Luật',
        ...find(
          SHAPES,
          'Tuyên truyền Luật | Sở Tư pháp (chủ trì | Sở Tài chính (cơ quan thường trực), Sở Xây dựng | Quý  II/2025 | Báo cáo  kết quả',
        ),
        leadRule: 'table',
        lead: [{ name: 'Sở Tư pháp', ...find(SHAPES, 'Sở Tư pháp') }],
        coordinators: [
          { name: 'Sở Tài chính', ...find(SHAPES, 'Sở Tài chính') },
          { name: 'Sở Xây dựng', ...find(SHAPES, 'Sở Xây dựng') },
        ],
        reportsTo: [],
        deadline: {
          text: 'Quý II/2025',
          kind: 'due',
          end: '2025-06-30',
          ...find(SHAPES, 'Quý  II/2025'),
        },
        product: { text: 'Báo cáo kết quả', ...find(SHAPES, 'Báo cáo  kết quả') },
      },
      {
        id: 'table1.4',
        section: 'Nhiệm vụ chung',
        sectionTitles: ['Nhiệm vụ chung'],
        text: 'Tập huấn cán bộ',
        ...find(SHAPES, 'Tập huấn cán bộ | | Công an tỉnh | 2026'),
        leadRule: 'none',
        lead: [],
        coordinators: [{ name: 'Công an tỉnh', ...find(SHAPES, 'Công an tỉnh') }],
        reportsTo: [],
        deadline: { text: '2026', kind: 'due', end: '2026-12-31', ...find(SHAPES, '2026') },
        product: null,
      },
      {
        id: 'table2.2',
        section: 'I.1.1',
        sectionTitles: ['1.1'],
        text: 'Bộ Tài chính chủ trì rà soát quy định',
        ...find(SHAPES, '1 | Bộ Tài chính chủ trì | | | 2025'),
        leadRule: 'none',
        lead: [],
        coordinators: [],
        reportsTo: [],
        deadline: { text: '2025', kind: 'due', end: '2025-12-31', ...find(SHAPES, '2025', 3) },
        product: null,
      },
      {
        id: 'table2.3',
        section: 'I.1.1',
        sectionTitles: ['1.1'],
        text: 'Sở Tài chính chủ trì hướng dẫn thực hiện',
        ...find(SHAPES, '2 | Sở Tài chính chủ trì | | Sở Tư pháp'),
        leadRule: 'none',
        lead: [],
        coordinators: [{ name: 'Sở Tư pháp', ...find(SHAPES, 'Sở Tư pháp', 2) }],
        reportsTo: [],
        deadline: null,
        product: null,
      },
      {
        id: 'table2.4',
        section: 'I.1.1',
        sectionTitles: ['1.1'],
        text: 'Sở Tài chính, Sở Xây dựng',
        ...find(SHAPES, '3 | Sở Tài chính, Sở Xây dựng | | | 2025'),
        leadRule: 'none',
        lead: [],
        coordinators: [],
        reportsTo: [],
        deadline: { text: '2025', kind: 'due', end: '2025-12-31', ...find(SHAPES, '2025', 4) },
        product: null,
      },
      {
        id: 'table2.6',
        section: 'I.I',
        sectionTitles: ['I'],
        text: 'Kiểm tra',
        ...find(SHAPES, '4 | Kiểm tra | Thanh tra tỉnh | | 2025'),
        leadRule: 'table',
        lead: [{ name: 'Thanh tra tỉnh', ...find(SHAPES, 'Thanh tra tỉnh') }],
        coordinators: [],
        reportsTo: [],
        deadline: { text: '2025', kind: 'due', end: '2025-12-31', ...find(SHAPES, '2025', 5) },
        product: null,
      },
    ]);
  });
});
