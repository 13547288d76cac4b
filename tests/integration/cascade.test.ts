/**
 * Implementation cascade, pending implementations, timeline / overdue and target comparison over
 * HTTP on the seed graph, and their CSV exports — exact answers on the real seeds.
 */
import { describe, expect, it } from 'vitest';
import { useSeedGraphApi } from '../support/seed-graph.ts';

const seeded = useSeedGraphApi();

const { query, error: errorOf, download } = seeded;

const NQ_20 = 'doc:20-NQ/TW@tw:2022';
const PLAN_10 = 'doc:10-KH/TW@tw:2022';
const COPY_156 = 'doc:156-SY/TU@lang-son:2022';
const CTR_47 = 'doc:47-CTr/TU@quang-tri:2022';
const PLAN_67 = 'doc:67-KH/HU@quang-tri/vinh-linh:2023';
const SEED_002 = 'doc:h:e2ccd97eeb0684c6';

const TREE = `query ($document: ID!, $direction: CascadeDirection, $depth: Int) {
  implementationTree(document: $document, direction: $direction, depth: $depth) {
    root { id } depth
    nodes {
      depth document { id status } parent { id } relation inferred inferredFrom { id }
      evidence { document { id } start quote } level jurisdiction
    }
    byDepth { depth documents }
    byLevel { level documents placeholders }
  }
}`;

interface TreeNode {
  depth: number;
  document: { id: string; status: string };
  parent: { id: string } | null;
  relation: string | null;
  inferred: boolean;
  inferredFrom: { id: string } | null;
  evidence: { document: { id: string }; start: number; quote: string } | null;
  level: string | null;
  jurisdiction: string | null;
}
interface Tree {
  implementationTree: {
    root: { id: string };
    depth: number;
    nodes: TreeNode[];
    byDepth: { depth: number; documents: number }[];
    byLevel: { level: string | null; documents: number; placeholders: number }[];
  };
}
const row = (n: TreeNode) => [
  n.depth,
  n.document.id,
  n.document.status,
  n.parent?.id ?? null,
  n.relation,
  n.inferred,
  n.level,
  n.jurisdiction,
];

describe('implementationTree', () => {
  it('20-NQ/TW DOWN: the plan, its Lạng Sơn copy, seed 002, 47-CTr/TU with 67-KH/HU under it', async () => {
    const { implementationTree: tree } = await query<Tree>(TREE, { document: NQ_20 });
    expect(tree.root.id).toBe(NQ_20);
    expect(tree.depth).toBe(3);
    expect(tree.nodes.map(row)).toEqual([
      [0, NQ_20, 'REFERENCED', null, null, false, 'TW', 'tw'],
      [1, PLAN_10, 'INGESTED', NQ_20, 'IMPLEMENTS', false, 'TW', 'tw'],
      [1, CTR_47, 'REFERENCED', NQ_20, 'IMPLEMENTS', true, 'tinh', 'quang-tri'],
      [1, SEED_002, 'INGESTED', NQ_20, 'IMPLEMENTS', false, 'tinh', null],
      [2, COPY_156, 'INGESTED', PLAN_10, 'COPY_OF', false, 'tinh', 'lang-son'],
      [2, PLAN_67, 'INGESTED', CTR_47, 'IMPLEMENTS', false, 'huyen', 'quang-tri/vinh-linh'],
    ]);
    const evidence = tree.nodes.map((n) =>
      n.evidence
        ? [n.evidence.document.id, n.evidence.start, n.evidence.quote.split('\n')[0]]
        : null,
    );
    expect(evidence).toEqual([
      null,
      [PLAN_10, 238, 'Nghị quyết số 20-NQ/TW'],
      // Inferred: 67-KH/HU names 20-NQ/TW beside 47-CTr/TU.
      [PLAN_67, 76, 'Nghị quyết số 20-NQ/TW'],
      [SEED_002, 70, 'Nghị quyết số 20-NQ/TW'],
      [PLAN_10, 11840, 'TỈNH ỦY LẠNG SƠN'],
      [PLAN_67, 388, 'Chương trình hành động số 47-CTr/TU'],
    ]);
    expect(tree.nodes[2]?.inferredFrom?.id).toBe(PLAN_67);
    expect(tree.byDepth).toEqual([
      { depth: 0, documents: 1 },
      { depth: 1, documents: 3 },
      { depth: 2, documents: 2 },
    ]);
    expect(tree.byLevel).toEqual([
      { level: 'TW', documents: 2, placeholders: 1 },
      { level: 'tinh', documents: 3, placeholders: 1 },
      { level: 'huyen', documents: 1, placeholders: 0 },
      { level: 'xa', documents: 0, placeholders: 0 },
    ]);
  });

  it('depth 1 stops at the first level', async () => {
    const { implementationTree: tree } = await query<Tree>(TREE, { document: NQ_20, depth: 1 });
    expect(tree.nodes.map((n) => n.document.id)).toEqual([NQ_20, PLAN_10, CTR_47, SEED_002]);
  });

  it('67-KH/HU UP: through 47-CTr/TU to 20-NQ/TW', async () => {
    const { implementationTree: tree } = await query<Tree>(TREE, {
      document: PLAN_67,
      direction: 'UP',
    });
    expect(tree.nodes.map(row)).toEqual([
      [0, PLAN_67, 'INGESTED', null, null, false, 'huyen', 'quang-tri/vinh-linh'],
      [1, CTR_47, 'REFERENCED', PLAN_67, 'IMPLEMENTS', false, 'tinh', 'quang-tri'],
      [2, NQ_20, 'REFERENCED', CTR_47, 'IMPLEMENTS', true, 'TW', 'tw'],
    ]);
  });

  it('the Lạng Sơn copy UP: the plan it copies, then the resolution', async () => {
    const { implementationTree: tree } = await query<Tree>(TREE, {
      document: COPY_156,
      direction: 'UP',
    });
    expect(tree.nodes.map(row)).toEqual([
      [0, COPY_156, 'INGESTED', null, null, false, 'tinh', 'lang-son'],
      [1, PLAN_10, 'INGESTED', COPY_156, 'COPY_OF', false, 'TW', 'tw'],
      [2, NQ_20, 'REFERENCED', PLAN_10, 'IMPLEMENTS', false, 'TW', 'tw'],
    ]);
  });

  it('unknown document → NOT_FOUND with the id; depth out of range → BAD_USER_INPUT', async () => {
    const missing = await errorOf(TREE, { document: 'doc:nope' });
    expect(missing?.extensions).toEqual({ code: 'NOT_FOUND', id: 'doc:nope' });
    for (const depth of [0, 11]) {
      const bad = await errorOf(TREE, { document: NQ_20, depth });
      expect(bad?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'depth' });
    }
  });
});

describe('pendingImplementations', () => {
  const PENDING = `query ($document: ID!) {
    pendingImplementations(document: $document) {
      document { id } recipientLevel pendingCount implementedCount
      bodies {
        body { id kind } viaGroups { id } implemented implementedBy { id }
        reasons { kind task { id } evidence { quote } }
      }
    }
  }`;
  interface Pending {
    pendingImplementations: {
      document: { id: string };
      recipientLevel: string;
      pendingCount: number;
      implementedCount: number;
      bodies: {
        body: { id: string; kind: string };
        viaGroups: { id: string }[];
        implemented: boolean;
        implementedBy: { id: string }[];
        reasons: { kind: string; task: { id: string } | null; evidence: { quote: string } }[];
      }[];
    };
  }

  it('10-KH/TW: who was asked for a plan, and who has one in the graph', async () => {
    const { pendingImplementations: p } = await query<Pending>(PENDING, { document: PLAN_10 });
    expect(p.recipientLevel).toBe('tinh');
    // 32, not the 34 of before bodies had dates: Ban Tuyên giáo và Dân vận and Ban Chính sách,
    // chiến lược Trung ương were formed on 2025-03-01, so a 2022 plan's groups do not admit them.
    expect([p.pendingCount, p.implementedCount]).toEqual([32, 3]);
    // Implemented: Quảng Trị by its programme 47-CTr/TU (a placeholder scoped to the province),
    // Vĩnh Linh by 67-KH/HU (issued by its Ban Thường vụ, part of the Huyện ủy), the Central
    // Committee by this very plan (issued by the Politburo, part of it).
    expect(
      p.bodies
        .filter((b) => b.implemented)
        .map((b) => [b.body.id, b.implementedBy.map((d) => d.id)]),
    ).toEqual([
      ['quang-tri/tinh-uy', [CTR_47]],
      ['quang-tri/vinh-linh/huyen-uy', [PLAN_67]],
      ['tw/ban-chap-hanh-trung-uong', [PLAN_10]],
    ]);
    expect(p.bodies.filter((b) => !b.implemented).map((b) => b.body.id)).toEqual([
      'group:system/lien-minh-htx',
      'group:tw/ban-dang-dang-doan-ban-can-su-dang-o-trung-uong',
      'group:tw/cap-uy-to-chuc-dang',
      'group:tw/tinh-uy-thanh-uy',
      'group:tw/tinh-uy-thanh-uy-dang-uy-truc-thuoc-trung-uong',
      'group:tw/to-chuc-chinh-tri-xa-hoi',
      'lang-son/ban-can-su-dang-ubnd-tinh',
      'lang-son/dang-uy-khoi',
      'lang-son/lien-minh-htx',
      'lang-son/tinh-uy',
      'quang-tri/ban-can-su-dang-ubnd-tinh',
      'quang-tri/dang-uy-khoi',
      'quang-tri/lien-minh-htx',
      'quang-tri/vinh-linh/chi-nhanh-lien-minh-htx',
      'tw/ban-can-su-dang-bo-ke-hoach-va-dau-tu',
      'tw/ban-can-su-dang-bo-thong-tin-va-truyen-thong',
      'tw/ban-can-su-dang-bo-tu-phap',
      'tw/ban-can-su-dang-chinh-phu',
      'tw/ban-dan-van',
      'tw/ban-doi-ngoai',
      'tw/ban-kinh-te',
      'tw/ban-noi-chinh',
      'tw/ban-to-chuc',
      'tw/ban-tuyen-giao',
      'tw/dang-doan-mat-tran-to-quoc',
      'tw/dang-doan-quoc-hoi',
      'tw/dang-uy-khoi-cac-co-quan-trung-uong',
      'tw/dang-uy-khoi-doanh-nghiep-trung-uong',
      'tw/doan-tncs',
      'tw/doan-tncs/ban-bi-thu',
      'tw/lien-minh-htx',
      'tw/mat-tran-to-quoc',
    ]);
    // Lạng Sơn holds only a certified copy (156-SY/TU), which is not a plan: it stays pending.
    const langSon = p.bodies.find((b) => b.body.id === 'lang-son/tinh-uy');
    expect(langSon?.viaGroups.map((g) => g.id)).toEqual([
      'group:tw/cap-uy-to-chuc-dang',
      'group:tw/tinh-uy-thanh-uy',
      'group:tw/tinh-uy-thanh-uy-dang-uy-truc-thuoc-trung-uong',
    ]);
    expect(langSon?.reasons.map((r) => [r.kind, r.task?.id ?? null, r.evidence.quote])).toEqual([
      ['TASK', `${PLAN_10}#2.2`, 'Các cấp uỷ, tổ chức đảng'],
      ['TASK', `${PLAN_10}#4.1`, 'Các cấp uỷ, tổ chức đảng'],
      ['TASK', `${PLAN_10}#5.10.2`, 'Các tỉnh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương'],
      ['RECIPIENT', null, 'Các tỉnh uỷ, thành uỷ'],
    ]);
    const lienMinh = p.bodies.find((b) => b.body.id === 'tw/lien-minh-htx');
    expect(lienMinh?.reasons.map((r) => r.task?.id)).toEqual([
      `${PLAN_10}#5.9.1`,
      `${PLAN_10}#5.9.3`,
    ]);
    const group = p.bodies.find(
      (b) => b.body.id === 'group:tw/ban-dang-dang-doan-ban-can-su-dang-o-trung-uong',
    );
    expect(group?.body.kind).toBe('GROUP');
    expect(group?.reasons.map((r) => r.task?.id)).toEqual([`${PLAN_10}#5.8.1`]);
  });

  it('unknown document → NOT_FOUND', async () => {
    const error = await errorOf(PENDING, { document: 'doc:nope' });
    expect(error?.extensions).toEqual({ code: 'NOT_FOUND', id: 'doc:nope' });
  });
});

describe('timeline and overdue', () => {
  type Page = {
    totalCount: number;
    edges: { cursor: string; node: { id: string; deadline: { end: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  const ids = (page: Page) => page.edges.map((e) => e.node.id);

  it('tasks by due date, then id; undated tasks left out; keyset pages', async () => {
    const data = await query<{ all: Page; first: Page }>(`{
      all: timeline(first: 100) { totalCount edges { cursor node { id deadline { end } } } pageInfo { hasNextPage endCursor } }
      first: timeline(first: 4) { totalCount edges { cursor node { id deadline { end } } } pageInfo { hasNextPage endCursor } }
    }`);
    expect(data.all.totalCount).toBe(14);
    expect(data.all.edges.map((e) => [e.node.id, e.node.deadline.end])).toEqual([
      [`${PLAN_10}#3.1`, '2022-07-22'],
      [`${PLAN_10}#3.2`, '2022-08-31'],
      [`${PLAN_10}#3.3`, '2022-09-30'],
      [`${PLAN_10}#5.10.1`, '2022-09-30'],
      [`${PLAN_10}#4.1`, '2022-12-31'],
      [`${PLAN_10}#5.1.1`, '2022-12-31'],
      [`${PLAN_10}#5.10.2`, '2022-12-31'],
      [`${PLAN_67}#4.1.1`, '2023-03-31'],
      [`${PLAN_67}#4.1.2`, '2023-03-31'],
      [`${PLAN_67}#5.1`, '2023-03-31'],
      [`${PLAN_10}#5.2.1`, '2023-12-31'],
      [`${PLAN_10}#5.3.2`, '2023-12-31'],
      [`${PLAN_67}#4.3.1`, '2024-12-31'],
      [`${PLAN_67}#4.3.2`, '2024-12-31'],
    ]);
    expect(data.first.pageInfo.hasNextPage).toBe(true);
    const next = await query<{ timeline: Page }>(
      `query ($after: String) { timeline(first: 4, after: $after) { totalCount edges { cursor node { id deadline { end } } } pageInfo { hasNextPage endCursor } } }`,
      { after: data.first.pageInfo.endCursor },
    );
    expect(ids(next.timeline)).toEqual(ids(data.all).slice(4, 8));
  });

  it('filters: the same due window as `tasks`, jurisdiction, cascade, actor', async () => {
    const data = await query<Record<string, Page>>(`{
      due2023: timeline(filter: {dueFrom: "2023-01-01", dueTo: "2023-12-31"}) { totalCount edges { cursor node { id deadline { end } } } pageInfo { hasNextPage endCursor } }
      quangTri: timeline(filter: {jurisdiction: "quang-tri"}) { totalCount edges { cursor node { id deadline { end } } } pageInfo { hasNextPage endCursor } }
      cascade: timeline(filter: {document: "${NQ_20}", includeCascade: true}) { totalCount edges { cursor node { id deadline { end } } } pageInfo { hasNextPage endCursor } }
      own: timeline(filter: {document: "${NQ_20}"}) { totalCount edges { cursor node { id deadline { end } } } pageInfo { hasNextPage endCursor } }
      lead: timeline(filter: {actor: "tw/ban-can-su-dang-chinh-phu"}) { totalCount edges { cursor node { id deadline { end } } } pageInfo { hasNextPage endCursor } }
    }`);
    expect(data.due2023?.totalCount).toBe(5);
    expect(ids(data.due2023 as Page)).toEqual([
      `${PLAN_67}#4.1.1`,
      `${PLAN_67}#4.1.2`,
      `${PLAN_67}#5.1`,
      `${PLAN_10}#5.2.1`,
      `${PLAN_10}#5.3.2`,
    ]);
    expect(data.quangTri?.totalCount).toBe(5);
    expect(data.cascade?.totalCount).toBe(14);
    expect(data.own?.totalCount).toBe(0);
    expect(ids(data.lead as Page)).toEqual([`${PLAN_10}#5.1.1`, `${PLAN_10}#5.2.1`]);
  });

  it('overdue: one-off tasks due before the date, oldest first (tasks.overdueAt also counts the recurring 3.2)', async () => {
    const data = await query<{ overdue: Page; tasks: { totalCount: number } }>(`{
      overdue(at: "2022-10-01") { totalCount edges { cursor node { id deadline { end } } } pageInfo { hasNextPage endCursor } }
      tasks(filter: {overdueAt: "2022-10-01"}) { totalCount }
    }`);
    expect(data.tasks.totalCount).toBe(4);
    expect(ids(data.overdue)).toEqual([`${PLAN_10}#3.1`, `${PLAN_10}#3.3`, `${PLAN_10}#5.10.1`]);
    const bad = await errorOf('{ overdue(at: "2022-13-45") { totalCount } }');
    expect(bad?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'at' });
  });
});

describe('targets', () => {
  it('2030 targets of seed 002 and 67-KH/HU side by side', async () => {
    type Entry = {
      document: { id: string };
      level: string;
      jurisdiction: string | null;
      target: {
        id: string;
        value: number | null;
        min: number | null;
        max: number | null;
        qualifier: string | null;
        evidence: { quote: string };
      };
    };
    const data = await query<{
      targets: {
        sharedCount: number;
        groups: { key: string; metric: string; unit: string; perYear: boolean; entries: Entry[] }[];
      };
    }>(
      `query ($documents: [ID!]) {
        targets(filter: {year: 2030, documents: $documents}) {
          sharedCount
          groups { key metric unit perYear entries { document { id } level jurisdiction target { id value min max qualifier evidence { quote } } } }
        }
      }`,
      { documents: [SEED_002, PLAN_67] },
    );
    const t = data.targets;
    expect(t.groups).toHaveLength(17);
    expect(t.sharedCount).toBe(1);
    const shared = t.groups.filter((g) => g.entries.length > 1);
    expect(shared.map((g) => [g.key, g.metric, g.unit, g.perYear])).toEqual([
      ['2030|hop tac xa|hop tac xa|total', 'hợp tác xã', 'hợp tác xã', false],
    ]);
    expect(
      shared[0]?.entries.map((e) => [
        e.document.id,
        e.level,
        e.jurisdiction,
        e.target.id,
        e.target.value,
        e.target.min,
        e.target.max,
        e.target.qualifier,
      ]),
    ).toEqual([
      [SEED_002, 'tinh', null, `${SEED_002}/target/1`, 540, null, null, 'about'],
      [PLAN_67, 'huyen', 'quang-tri/vinh-linh', `${PLAN_67}/target/2`, null, 85, 90, 'about'],
    ]);
    // Per-year targets are a group of their own: 2–3 new cooperatives a year.
    const perYear = t.groups.find((g) => g.key === '2030|hop tac xa|hop tac xa|per-year');
    expect(perYear?.entries.map((e) => [e.target.min, e.target.max])).toEqual([[2, 3]]);
    expect(t.groups.map((g) => g.key)).toEqual([
      '2030|can bo quan ly hop tac xa duoc tham gia cac lop dao tao tap huan|%|total',
      '2030|hop tac xa co tham gia lien ket san xuat theo chuoi gia tri|%|total',
      '2030|hop tac xa thanh vien|hop tac xa thanh vien|total',
      '2030|hop tac xa to chuc hoat dong theo quy dinh cua luat hop tac xa|%|total',
      '2030|hop tac xa ung dung cong nghe cao vao san xuat tieu thu san pham nong lam ngu nghiep|%|total',
      '2030|hop tac xa xep loai tot kha|%|total',
      '2030|hop tac xa|hop tac xa|per-year',
      '2030|hop tac xa|hop tac xa|total',
      '2030|lien hiep hop tac xa|lien hiep hop tac xa|total',
      '2030|tham gia lien ket theo chuoi gia tri|%|total',
      '2030|thanh vien|thanh vien|total',
      '2030|to chuc kinh te tap the dat loai tot kha|%|total',
      '2030|to hop tac co dang ky chung thuc|%|total',
      '2030|to hop tac hoat dong hieu qua|%|total',
      '2030|to hop tac|to hop tac|per-year',
      '2030|to hop tac|to hop tac|total',
      '2030|ty le can bo quan ly co trinh do cao dang dai hoc tro len|%|total',
    ]);
  });

  it('2045: three metrics both documents set; metric filter without accents; bad level', async () => {
    const data = await query<{
      y2045: {
        sharedCount: number;
        groups: {
          key: string;
          entries: { target: { value: number; qualifier: string | null } }[];
        }[];
      };
      metric: { groups: { key: string }[] };
    }>(`{
      y2045: targets(filter: {year: 2045}) { sharedCount groups { key entries { target { value qualifier } } } }
      metric: targets(filter: {metric: "chuoi lien ket", year: 2045}) { groups { key } }
    }`);
    expect(data.y2045.sharedCount).toBe(3);
    expect(
      data.y2045.groups.map((g) => [
        g.key,
        g.entries.map((e) => [e.target.value, e.target.qualifier]),
      ]),
    ).toEqual([
      [
        '2045|dan so tham gia cac to chuc kinh te tap the|%|total',
        [
          [20, 'min'],
          [20, 'min'],
        ],
      ],
      [
        '2045|tham gia cac chuoi lien ket|%|total',
        [
          [75, 'min'],
          [75, 'min'],
        ],
      ],
      [
        '2045|to chuc kinh te tap the hoat dong hieu qua|%|total',
        [
          [90, 'above'],
          [90, null],
        ],
      ],
    ]);
    expect(data.metric.groups.map((g) => g.key)).toEqual([
      '2045|tham gia cac chuoi lien ket|%|total',
    ]);
    const bad = await errorOf('{ targets(filter: {level: "region"}) { sharedCount } }');
    expect(bad?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'level' });
  });
});

describe('exports', () => {
  const lines = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n');

  it('cascade.csv: one row per tree node', async () => {
    const file = await download(
      `/export/cascade.csv?document=${encodeURIComponent(NQ_20)}&direction=DOWN&depth=3`,
    );
    expect(file.status).toBe(200);
    expect(file.type).toBe('text/csv; charset=utf-8');
    const rows = lines(file.body);
    expect(rows[0]).toBe(
      'depth,document_id,number,type,status,issued_date,level,jurisdiction,parent_id,relation,inferred,inferred_from,evidence_document,evidence_start,evidence_end,quote',
    );
    expect(rows.slice(1, 5)).toEqual([
      '0,doc:20-NQ/TW@tw:2022,20-NQ/TW,Nghị quyết,referenced,2022-06-16,TW,tw,,,false,,,,,',
      '1,doc:10-KH/TW@tw:2022,10-KH/TW,Kế hoạch,ingested,2022-08-23,TW,tw,doc:20-NQ/TW@tw:2022,IMPLEMENTS,false,,doc:10-KH/TW@tw:2022,238,260,Nghị quyết số 20-NQ/TW',
      '1,doc:47-CTr/TU@quang-tri:2022,47-CTr/TU,Chương trình hành động,referenced,2022-12-01,tinh,quang-tri,doc:20-NQ/TW@tw:2022,IMPLEMENTS,true,doc:67-KH/HU@quang-tri/vinh-linh:2023,doc:67-KH/HU@quang-tri/vinh-linh:2023,76,98,Nghị quyết số 20-NQ/TW',
      '1,doc:h:e2ccd97eeb0684c6,,Chương trình hành động,ingested,,tinh,,doc:20-NQ/TW@tw:2022,IMPLEMENTS,false,,doc:h:e2ccd97eeb0684c6,70,92,Nghị quyết số 20-NQ/TW',
    ]);
    expect(rows.at(-2)).toBe(
      '2,doc:67-KH/HU@quang-tri/vinh-linh:2023,67-KH/HU,Kế hoạch,ingested,2023-01-31,huyen,quang-tri/vinh-linh,doc:47-CTr/TU@quang-tri:2022,IMPLEMENTS,false,,doc:67-KH/HU@quang-tri/vinh-linh:2023,388,423,Chương trình hành động số 47-CTr/TU',
    );
    expect(rows.at(-1)).toBe('');
  });

  it('cascade.csv: 404 for an unknown document, 400 for bad parameters', async () => {
    const missing = await download('/export/cascade.csv?document=doc:nope');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toEqual({
      errors: [
        {
          message: 'no document with id doc:nope',
          extensions: { code: 'NOT_FOUND', id: 'doc:nope' },
        },
      ],
    });
    expect((await download('/export/cascade.csv')).status).toBe(400);
    expect(
      (await download(`/export/cascade.csv?document=${encodeURIComponent(NQ_20)}&depth=11`)).status,
    ).toBe(400);
    expect(
      (
        await download(
          `/export/cascade.csv?document=${encodeURIComponent(NQ_20)}&direction=SIDEWAYS`,
        )
      ).status,
    ).toBe(400);
  });

  it('timeline.csv: the timeline, or overdue with ?at=', async () => {
    const file = await download('/export/timeline.csv?dueFrom=2023-01-01&dueTo=2023-12-31');
    expect(file.status).toBe(200);
    expect(file.type).toBe('text/csv; charset=utf-8');
    const rows = lines(file.body);
    expect(rows[0]).toBe(
      'due_end,due_start,recurrence,deadline_text,task_id,document_id,section,leads,text',
    );
    expect(rows.slice(1, -1).map((r) => r.split(',').slice(0, 5).join(','))).toEqual([
      `2023-03-31,,,hoàn thành trong quý I/2023,${PLAN_67}#4.1.1`,
      `2023-03-31,,,hoàn thành trong quý I/2023,${PLAN_67}#4.1.2`,
      `2023-03-31,,,hoàn thành trong Quý I/2023,${PLAN_67}#5.1`,
      `2023-12-31,,,hoàn thành trong năm 2023,${PLAN_10}#5.2.1`,
      `2023-12-31,,,hoàn thành trong năm 2023,${PLAN_10}#5.3.2`,
    ]);
    expect(rows[4]).toContain(',Ban cán sự đảng Chính phủ,');
    const overdue = lines((await download('/export/timeline.csv?at=2022-10-01')).body);
    expect(overdue.slice(1, -1).map((r) => r.split(',')[4])).toEqual([
      `${PLAN_10}#3.1`,
      `${PLAN_10}#3.3`,
      `${PLAN_10}#5.10.1`,
    ]);
    expect((await download('/export/timeline.csv?at=yesterday')).status).toBe(400);
    expect((await download('/export/timeline.csv?recurring=maybe')).status).toBe(400);
  });

  it('targets.csv?year=2030: one row per target, grouped', async () => {
    const file = await download('/export/targets.csv?year=2030');
    expect(file.status).toBe(200);
    const rows = lines(file.body);
    expect(rows[0]).toBe(
      'year,metric_key,metric,unit,per_year,document_id,level,jurisdiction,value,min,max,qualifier,target_id,quote',
    );
    expect(rows).toHaveLength(1 + 18 + 1);
    expect(rows.filter((r) => r.startsWith('2030,2030|hop tac xa|hop tac xa|total,'))).toEqual([
      `2030,2030|hop tac xa|hop tac xa|total,hợp tác xã,hợp tác xã,false,${SEED_002},tinh,,540,,,about,${SEED_002}/target/1,khoảng 540 hợp tác xã`,
      `2030,2030|hop tac xa|hop tac xa|total,hợp tác xã,hợp tác xã,false,${PLAN_67},huyen,quang-tri/vinh-linh,,85,90,about,${PLAN_67}/target/2,khoảng 85 - 90 hợp tác xã`,
    ]);
    expect((await download('/export/targets.csv?year=20x0')).status).toBe(400);
  });
});
