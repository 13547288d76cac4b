import { describe, expect, it } from 'vitest';
import { parseDocument, type OutlineNode } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

/** Text from PDF glues the first sub-item's number to its heading's line (issue 18). */
const shape = (nodes: OutlineNode[]): unknown =>
  nodes.map((n) => [n.type, n.label, n.text, ...(n.children.length ? [shape(n.children)] : [])]);

const HEAD = 'ỦY BAN NHÂN DÂN TỈNH X\n\nKẾ HOẠCH\nThực hiện công tác lao động\n\n';

describe('a first sub-item glued to its heading line', () => {
  it('splits "2. Heading 2.1." and "3. Heading 3.1. Text" and a part "III. … 1."', () => {
    const text = `${HEAD}II. NHIỆM VỤ, GIẢI PHÁP
2. Nâng cao năng lực quản lý nhà nước 2.1.
Rà soát các cơ chế, chính sách về lao động.
2.2.
Tăng cường kiểm tra việc chấp hành pháp luật.
3. Giải quyết tốt tranh chấp lao động 3.1. Kiện toàn các thiết chế hòa giải.
3.2. Tập huấn hòa giải viên lao động.
III. TỔ CHỨC THỰC HIỆN 1.
Sở Nội vụ chủ trì theo dõi việc thực hiện.
`;
    const doc = parseDocument(text, { registry: testRegistry() });
    expect(shape(doc.outline)).toEqual([
      [
        'part',
        'II',
        'NHIỆM VỤ, GIẢI PHÁP',
        [
          [
            'item',
            '2',
            'Nâng cao năng lực quản lý nhà nước',
            [
              ['item', '2.1', 'Rà soát các cơ chế, chính sách về lao động.'],
              ['item', '2.2', 'Tăng cường kiểm tra việc chấp hành pháp luật.'],
            ],
          ],
          [
            'item',
            '3',
            'Giải quyết tốt tranh chấp lao động',
            [
              ['item', '3.1', 'Kiện toàn các thiết chế hòa giải.'],
              ['item', '3.2', 'Tập huấn hòa giải viên lao động.'],
            ],
          ],
        ],
      ],
      [
        'part',
        'III',
        'TỔ CHỨC THỰC HIỆN',
        [['item', '1', 'Sở Nội vụ chủ trì theo dõi việc thực hiện.']],
      ],
    ]);
    const at = (s: string): number => text.indexOf(s);
    expect(doc.tasks.map((t) => [t.section, t.span.start])).toEqual([
      ['II.2.2.1', at('2.1.\nRà')],
      ['II.2.2.2', at('2.2.\nTăng')],
      ['II.3.3.1', at('3.1. Kiện')],
      ['II.3.3.2', at('3.2. Tập')],
      ['III.1', at('1.\nSở Nội vụ')],
    ]);
  });

  it('leaves a cited item, a sentence that ends before the number and a lower-case part alone', () => {
    const text = `${HEAD}II. NHIỆM VỤ
1. Thực hiện các nội dung tại mục 1.1. Báo cáo kết quả.
2. Hoàn thành việc rà soát. 2.1. Sở Tài chính chủ trì.
III. Tổ chức thực hiện từ năm 1.
`;
    const doc = parseDocument(text, { registry: testRegistry() });
    expect(shape(doc.outline)).toEqual([
      [
        'part',
        'II',
        'NHIỆM VỤ',
        [
          ['item', '1', 'Thực hiện các nội dung tại mục 1.1. Báo cáo kết quả.'],
          ['item', '2', 'Hoàn thành việc rà soát. 2.1. Sở Tài chính chủ trì.'],
        ],
      ],
      ['part', 'III', 'Tổ chức thực hiện từ năm 1.'],
    ]);
  });
});
