/**
 * `asOf` on recipientCoverage, coordinationPartners and timeline, on the seed graph (issue 13):
 * the graph as it stood that day — bodies that existed then (Vĩnh Linh's district bodies end on
 * 2025-06-30, Ban Tuyên giáo Trung ương on 2025-02-28), documents issued by then. Tasks closed by
 * a replacing document are in lifecycle.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { useSeedGraphApi } from '../support/seed-graph.ts';

const { query, error } = useSeedGraphApi();

const PLAN_67 = 'doc:67-KH/HU@quang-tri/vinh-linh:2023';

interface Coverage {
  recipientCoverage: {
    note: string | null;
    summary: { bodies: number; covered: number; notCovered: number; notCheckable: number };
    bodies: { actor: { id: string }; status: string; note: string | null }[];
  };
}
const COVERAGE = `query ($document: ID!, $asOf: String) {
  recipientCoverage(document: $document, asOf: $asOf) {
    note summary { bodies covered notCovered notCheckable }
    bodies { actor { id } status note }
  }
}`;
const coverage = async (asOf: string | null): Promise<Coverage['recipientCoverage']> =>
  (await query<Coverage>(COVERAGE, { document: PLAN_67, asOf })).recipientCoverage;

describe('recipientCoverage(asOf)', () => {
  it('a 2023 document’s coverage as of its date uses the bodies of 2023', async () => {
    const [undated, then] = await Promise.all([coverage(null), coverage('2023-01-31')]);
    expect(then).toEqual(undated);
    expect(then.summary).toEqual({ bodies: 18, covered: 10, notCovered: 4, notCheckable: 4 });
    const status = new Map(then.bodies.map((b) => [b.actor.id, b.status]));
    expect(status.get('quang-tri/vinh-linh/ubnd-huyen')).toBe('COVERED');
    expect(status.get('quang-tri/vinh-linh/uy-ban-mttq-huyen')).toBe('COVERED');
  });

  it('as of 2026 the district bodies no longer exist: not checkable, with the reason', async () => {
    const now = await coverage('2026-01-01');
    expect(now.summary).toEqual({ bodies: 18, covered: 6, notCovered: 4, notCheckable: 8 });
    const ended = 'it ended on 2025-06-30: it did not exist on 2026-01-01';
    expect(
      now.bodies.filter((b) => b.note?.includes('did not exist')).map((b) => [b.actor.id, b.note]),
    ).toEqual([
      ['quang-tri/vinh-linh/uy-ban-mttq-huyen', ended],
      [
        'role:uy-vien@quang-tri/vinh-linh/ban-thuong-vu-huyen-uy',
        `its body quang-tri/vinh-linh/ban-thuong-vu-huyen-uy: ${ended}`,
      ],
      ['quang-tri/vinh-linh/ubnd-huyen', ended],
      ['quang-tri/vinh-linh/ban-thuong-vu-huyen-uy', ended],
    ]);
  });

  it('a date before the document’s, or not a date, is BAD_USER_INPUT', async () => {
    const before = await error(COVERAGE, { document: PLAN_67, asOf: '2023-01-30' });
    expect([before.extensions?.code, before.message]).toEqual([
      'BAD_USER_INPUT',
      `document ${PLAN_67} was issued on 2023-01-31, after 2023-01-30`,
    ]);
    const bad = await error(COVERAGE, { document: PLAN_67, asOf: '2023-02-30' });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

interface Partners {
  coordinationPartners: {
    totalPartners: number;
    totalTasks: number;
    partners: { partner: { id: string }; counts: { total: number } }[];
  };
}
const PARTNERS = `query ($id: ID!, $asOf: String) {
  coordinationPartners(organization: $id, asOf: $asOf) {
    totalPartners totalTasks partners { partner { id } counts { total } }
  }
}`;
const partners = async (id: string, asOf: string | null): Promise<[string, number][]> => {
  const data = await query<Partners>(PARTNERS, { id, asOf });
  return data.coordinationPartners.partners.map((p) => [p.partner.id, p.counts.total]);
};

describe('coordinationPartners(asOf)', () => {
  it('UBND huyện Vĩnh Linh: its partner from 67-KH/HU (2023), none before that plan or after the district level', async () => {
    const id = 'quang-tri/vinh-linh/ubnd-huyen';
    const partner: [string, number][] = [
      ['group:quang-tri/vinh-linh/co-quan-chuyen-trach-tham-muu-giup-viec-huyen-uy', 1],
    ];
    expect(await partners(id, null)).toEqual(partner);
    expect(await partners(id, '2023-01-31')).toEqual(partner);
    expect(await partners(id, '2022-12-31')).toEqual([]);
    expect(await partners(id, '2026-01-01')).toEqual([]);
  });

  it('Ban Tuyên giáo Trung ương: its six partners of 10-KH/TW while it existed, none once merged', async () => {
    const six: [string, number][] = [
      ['generic:cac-co-quan-lien-quan', 2],
      ['tw/ban-can-su-dang-bo-ke-hoach-va-dau-tu', 1],
      ['tw/ban-can-su-dang-bo-thong-tin-va-truyen-thong', 1],
      ['tw/ban-kinh-te', 1],
      ['tw/hoi-dong-ly-luan', 1],
      ['tw/lien-minh-htx', 1],
    ];
    expect(await partners('tw/ban-tuyen-giao', '2023-01-31')).toEqual(six);
    expect(await partners('tw/ban-tuyen-giao', '2026-01-01')).toEqual([]);
  });
});

interface Timeline {
  timeline: { totalCount: number; edges: { node: { id: string } }[] };
}
const TIMELINE = `query ($asOf: String) {
  timeline(first: 100, asOf: $asOf) { totalCount edges { node { id } } }
}`;

describe('timeline(asOf)', () => {
  it('as of 2022-12-31 only the tasks of 10-KH/TW (67-KH/HU came in 2023)', async () => {
    const all = await query<Timeline>(TIMELINE, { asOf: null });
    const then = await query<Timeline>(TIMELINE, { asOf: '2022-12-31' });
    const later = await query<Timeline>(TIMELINE, { asOf: '2023-01-31' });
    expect([all.timeline.totalCount, then.timeline.totalCount]).toEqual([14, 9]);
    expect(then.timeline.edges.map((e) => e.node.id)).toEqual(
      all.timeline.edges.map((e) => e.node.id).filter((id) => id.startsWith('doc:10-KH/TW@')),
    );
    expect(later.timeline).toEqual(all.timeline);
  });
});
