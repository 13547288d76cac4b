import { describe, expect, it } from 'vitest';
import { loadRegistry, splitMentions } from '../../../src/orgs/index.ts';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

/** A body and a plural unit before a colon distribute over the names after it (issue 18). */
const registry = loadRegistry();
const split = (list: string): [string, string][] =>
  splitMentions(list, 0, registry).map((p) => [list.slice(p.start, p.end), p.expanded]);

describe('"Ủy ban nhân dân các thành phố: Hà Nội, Cần Thơ"', () => {
  it.each([
    [
      'Ủy ban nhân dân các thành phố: Hà Nội, Cần Thơ',
      [
        ['Hà Nội', 'Ủy ban nhân dân thành phố Hà Nội'],
        ['Cần Thơ', 'Ủy ban nhân dân thành phố Cần Thơ'],
      ],
    ],
    [
      'UBND các tỉnh: Lào Cai, Yên Bái',
      [
        ['Lào Cai', 'UBND tỉnh Lào Cai'],
        ['Yên Bái', 'UBND tỉnh Yên Bái'],
      ],
    ],
    [
      'Chủ tịch UBND các tỉnh: Hà Tĩnh, Quảng Trị',
      [
        ['Hà Tĩnh', 'Chủ tịch UBND tỉnh Hà Tĩnh'],
        ['Quảng Trị', 'Chủ tịch UBND tỉnh Quảng Trị'],
      ],
    ],
    // without a body before it the kind noun is the head, as before
    [
      'Các Bộ: Tài chính, Xây dựng',
      [
        ['Tài chính', 'Bộ Tài chính'],
        ['Xây dựng', 'Bộ Xây dựng'],
      ],
    ],
  ])('"%s"', (list, parts) => {
    expect(split(list)).toEqual(parts);
  });

  it('leads a task as two bodies', () => {
    const text =
      'THÔNG BÁO\nKết luận\n\nIII. NHIỆM VỤ, GIẢI PHÁP\n\n1. Ủy ban nhân dân các thành phố: Hà Nội, Cần Thơ\nthực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ.\n';
    const doc = parseDocument(text, { registry: testRegistry() });
    expect(doc.tasks.map((t) => t.lead.map((a) => [a.mention, a.expanded]))).toEqual([
      [
        ['Hà Nội', 'Ủy ban nhân dân thành phố Hà Nội'],
        ['Cần Thơ', 'Ủy ban nhân dân thành phố Cần Thơ'],
      ],
    ]);
  });
});
