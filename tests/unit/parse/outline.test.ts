import { describe, expect, it } from 'vitest';
import { parseDocument, type OutlineNode } from '../../../src/parse/index.ts';

const shape = (nodes: OutlineNode[]): unknown =>
  nodes.map((n) => [
    n.type,
    n.label,
    n.text.slice(0, 30),
    ...(n.children.length ? [shape(n.children)] : []),
  ]);
const outline = (t: string) => parseDocument(t).outline;

describe('outline', () => {
  it('reads the level from the numbering, not from markdown hashes or bold', () => {
    const t = [
      '### I- MỤC ĐÍCH',
      '',
      '1. Một.',
      '',
      '## II. NHIỆM VỤ',
      '',
      '### 1. Ban A',
      '',
      '- Việc một.',
      '',
      '#### **2. Ban B**',
      '',
      'Việc hai.',
    ].join('\n');
    expect(shape(outline(t))).toEqual([
      ['part', 'I', 'MỤC ĐÍCH', [['item', '1', 'Một.']]],
      [
        'part',
        'II',
        'NHIỆM VỤ',
        [
          ['item', '1', 'Ban A', [['bullet', null, 'Việc một.']]],
          ['item', '2', 'Ban B', [['paragraph', null, 'Việc hai.']]],
        ],
      ],
    ]);
  });

  it('gives duplicated part numbers distinct ids and labels', () => {
    const t = 'III- NHIỆM VỤ\n\n1. A.\n\nIII- TỔ CHỨC THỰC HIỆN\n\n1. Ban B chủ trì thực hiện.';
    const doc = parseDocument(t);
    const ids = doc.outline.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.tasks.map((x) => x.section)).toEqual(['III.1', 'III#2.1']);
  });

  it('joins a paragraph split by a page break', () => {
    const t =
      'I. NHIỆM VỤ\n\n1. Hướng dẫn học tập Nghị quyết và Kế\n\nhoạch thực hiện.\n\n2. Việc khác.';
    const items = outline(t)[0]?.children ?? [];
    expect(items.map((n) => n.text)).toEqual([
      'Hướng dẫn học tập Nghị quyết và Kế hoạch thực hiện.',
      'Việc khác.',
    ]);
  });

  it('does not join when the next paragraph starts a sentence', () => {
    const t = 'I. MỤC TIÊU\n\n1. Mục tiêu tổng quát\n\nPhát triển kinh tế.';
    expect(shape(outline(t))).toEqual([
      [
        'part',
        'I',
        'MỤC TIÊU',
        [['item', '1', 'Mục tiêu tổng quát', [['paragraph', null, 'Phát triển kinh tế.']]]],
      ],
    ]);
  });

  it('nests dotted numbers, lettered items and a second bullet glyph', () => {
    const t =
      'II- MỤC TIÊU\n2. Cụ thể\n2.1. Đến năm 2030\na) Về hợp tác xã:\n* Loại một\n- chi tiết\n2.2. Đến năm 2045';
    expect(shape(outline(t))).toEqual([
      [
        'part',
        'II',
        'MỤC TIÊU',
        [
          [
            'item',
            '2',
            'Cụ thể',
            [
              [
                'item',
                '2.1',
                'Đến năm 2030',
                [
                  [
                    'item',
                    'a',
                    'Về hợp tác xã:',
                    [['bullet', null, 'Loại một', [['bullet', null, 'chi tiết']]]],
                  ],
                ],
              ],
              ['item', '2.2', 'Đến năm 2045'],
            ],
          ],
        ],
      ],
    ]);
  });

  it('keeps spans on the original text', () => {
    const t = '#### **4. Ban Kinh tế Trung ương**\n\nChủ trì theo dõi.';
    const n = outline(t)[0] as OutlineNode;
    expect(t.slice(n.span.start, n.span.end)).toBe('4. Ban Kinh tế Trung ương');
  });
});
