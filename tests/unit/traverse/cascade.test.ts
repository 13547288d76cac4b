/** Pure modules of the cascade: the tree builder, the plan-request matcher, placeholder scopes. */
import { describe, expect, it } from 'vitest';
import { buildTree, type CascadeRows } from '../../../src/traverse/cascade/tree.ts';
import { asksForPlan } from '../../../src/traverse/cascade/pending.ts';
import { documentScope } from '../../../src/traverse/scope.ts';

const ev = (docId: string, start: number) => ({ docId, start, end: start + 1, quote: `q${start}` });
const doc = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  labels: ['Document'],
  status: 'ingested',
  ...extra,
});

describe('buildTree', () => {
  // R (TW resolution) ← P (ingested TW plan) ← C (copy); R ← L (district plan) which also names
  // the open provincial placeholder M.
  const rows: CascadeRows = {
    root: 'doc:R@tw:2022',
    nodes: [
      doc('doc:R@tw:2022', { status: 'referenced', open: true, number: 'R/TW' }),
      doc('doc:P@tw:2022', { level: 'TW' }),
      doc('doc:C@lang-son:2022', { level: 'tinh', province: 'lang-son' }),
      doc('doc:L@qt/vl:2023', { level: 'huyen', province: 'qt', district: 'vl' }),
      doc('doc:M-CTr/TU@qt:2022', { status: 'referenced', open: true, number: 'M-CTr/TU' }),
    ],
    links: [
      {
        child: 'doc:P@tw:2022',
        parent: 'doc:R@tw:2022',
        relation: 'IMPLEMENTS',
        evidence: ev('doc:P@tw:2022', 1),
      },
      {
        child: 'doc:C@lang-son:2022',
        parent: 'doc:P@tw:2022',
        relation: 'COPY_OF',
        evidence: ev('doc:P@tw:2022', 2),
      },
      {
        child: 'doc:L@qt/vl:2023',
        parent: 'doc:R@tw:2022',
        relation: 'IMPLEMENTS',
        evidence: ev('doc:L@qt/vl:2023', 3),
      },
      {
        child: 'doc:L@qt/vl:2023',
        parent: 'doc:M-CTr/TU@qt:2022',
        relation: 'IMPLEMENTS',
        evidence: ev('doc:L@qt/vl:2023', 4),
      },
    ],
  };

  it('DOWN: infers the open intermediate, drops the implied direct link, keeps shortest paths', () => {
    const tree = buildTree(rows, 'DOWN', 3);
    expect(
      tree.nodes.map((n) => [
        n.depth,
        n.document.id,
        n.parent?.id ?? null,
        n.relation,
        n.inferred,
        n.evidence?.start ?? null,
      ]),
    ).toEqual([
      [0, 'doc:R@tw:2022', null, null, false, null],
      [1, 'doc:M-CTr/TU@qt:2022', 'doc:R@tw:2022', 'IMPLEMENTS', true, 3],
      [1, 'doc:P@tw:2022', 'doc:R@tw:2022', 'IMPLEMENTS', false, 1],
      [2, 'doc:L@qt/vl:2023', 'doc:M-CTr/TU@qt:2022', 'IMPLEMENTS', false, 4],
      [2, 'doc:C@lang-son:2022', 'doc:P@tw:2022', 'COPY_OF', false, 2],
    ]);
    expect(tree.nodes[1]?.inferredFrom?.id).toBe('doc:L@qt/vl:2023');
    expect(tree.byDepth).toEqual([
      { depth: 0, documents: 1 },
      { depth: 1, documents: 2 },
      { depth: 2, documents: 2 },
    ]);
    expect(tree.byLevel).toEqual([
      { level: 'TW', documents: 2, placeholders: 1 },
      { level: 'tinh', documents: 2, placeholders: 1 },
      { level: 'huyen', documents: 1, placeholders: 0 },
      { level: 'xa', documents: 0, placeholders: 0 },
    ]);
  });

  it('respects the depth bound', () => {
    expect(buildTree(rows, 'DOWN', 1).nodes.map((n) => n.document.id)).toEqual([
      'doc:R@tw:2022',
      'doc:M-CTr/TU@qt:2022',
      'doc:P@tw:2022',
    ]);
  });

  it('UP from the district plan: through the placeholder to the resolution', () => {
    const up = buildTree({ ...rows, root: 'doc:L@qt/vl:2023' }, 'UP', 3);
    expect(up.nodes.map((n) => [n.depth, n.document.id, n.parent?.id ?? null, n.inferred])).toEqual(
      [
        [0, 'doc:L@qt/vl:2023', null, false],
        [1, 'doc:M-CTr/TU@qt:2022', 'doc:L@qt/vl:2023', false],
        [2, 'doc:R@tw:2022', 'doc:M-CTr/TU@qt:2022', true],
      ],
    );
  });

  it('never infers an intermediate wider than the document it would sit under', () => {
    // Both placeholders open: the TW one is not placed under the provincial one.
    const up = buildTree(
      {
        root: 'doc:h:x',
        nodes: [
          doc('doc:h:x', { level: 'tinh' }),
          doc('doc:70-KL/TW@tw:2020', { status: 'referenced', open: true, number: '70-KL/TW' }),
          doc('doc:46-CTr/TU@in:h:x:2020', {
            status: 'referenced',
            open: true,
            number: '46-CTr/TU',
          }),
        ],
        links: [
          {
            child: 'doc:h:x',
            parent: 'doc:70-KL/TW@tw:2020',
            relation: 'IMPLEMENTS',
            evidence: ev('doc:h:x', 1),
          },
          {
            child: 'doc:h:x',
            parent: 'doc:46-CTr/TU@in:h:x:2020',
            relation: 'IMPLEMENTS',
            evidence: ev('doc:h:x', 2),
          },
        ],
      },
      'UP',
      3,
    );
    expect(up.nodes.map((n) => [n.depth, n.document.id])).toEqual([
      [0, 'doc:h:x'],
      [1, 'doc:46-CTr/TU@in:h:x:2020'],
      [2, 'doc:70-KL/TW@tw:2020'],
    ]);
  });
});

describe('asksForPlan', () => {
  it.each([
    'Các cấp uỷ, tổ chức đảng tập trung xây dựng chương trình, kế hoạch thực hiện Nghị quyết 20',
    'Nghiên cứu, cụ thể hoá Nghị quyết 20 bằng các chương trình, kế hoạch phù hợp',
    'Xây dựng chương trình hành động, kế hoạch tổ chức thực hiện Nghị quyết 20.',
    'XAY DUNG CHUONG TRINH hanh dong',
    // decomposed (NFD) text and the other tone placement
    'cụ thể hóa Nghị quyết bằng chương trình hành động'.normalize('NFD'),
    'xây dựng Kế\n\nhoạch thực hiện',
  ])('asks: %s', (text) => expect(asksForPlan(text)).toBe(true));

  it.each([
    'Chỉ đạo, hướng dẫn nâng cao chất lượng chương trình giảng dạy về kinh tế tập thể',
    'Triển khai thực hiện hiệu quả Kế hoạch phát triển kinh tế tập thể',
    'Tổ chức học tập, quán triệt Nghị quyết 20',
  ])('does not ask: %s', (text) => expect(asksForPlan(text)).toBe(false));
});

describe('documentScope', () => {
  it('reads a placeholder’s level and jurisdiction from its id and number', () => {
    expect(documentScope({ id: 'doc:47-CTr/TU@quang-tri:2022', number: '47-CTr/TU' })).toEqual({
      level: 'tinh',
      province: 'quang-tri',
      district: null,
    });
    expect(documentScope({ id: 'doc:20-NQ/TW@tw:2022', number: '20-NQ/TW' })).toEqual({
      level: 'TW',
      province: null,
      district: null,
    });
    expect(
      documentScope({ id: 'doc:46-CTr/TU@in:h:c17ea55ac633508e:2020', number: '46-CTr/TU' }),
    ).toEqual({
      level: 'tinh',
      province: null,
      district: null,
    });
    expect(
      documentScope({ id: 'doc:h:1', level: 'huyen', province: 'qt', district: 'vl' }),
    ).toEqual({
      level: 'huyen',
      province: 'qt',
      district: 'vl',
    });
  });
});
