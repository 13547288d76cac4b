/**
 * Coordination over HTTP on the seed graph: coordinationPartners and coordinationPath answered
 * exactly, the coordination CSV and the neighbourhood GraphML / JSON exports, and their errors.
 */
import { describe, expect, it } from 'vitest';
import { GraphReader } from '../../src/read/reader.ts';
import { coordinationPartners, coordinationPath } from '../../src/traverse/coordination/index.ts';
import { neighbourhood } from '../../src/traverse/neighbourhood/index.ts';
import { database } from '../support/neo4j.ts';
import { useSeedGraphApi } from '../support/seed-graph.ts';

const seeded = useSeedGraphApi();

const PLAN_10 = 'doc:10-KH/TW@tw:2022';
const SEED_001 = 'doc:h:c17ea55ac633508e';
const SEED_002 = 'doc:h:e2ccd97eeb0684c6';

const { query, error: failure, download } = seeded;

interface Counts {
  leads: number;
  worksUnder: number;
  coLeads: number;
  coCoordinates: number;
  total: number;
}
interface Shared {
  task: { id: string; section: string };
  document: { number: string | null };
  direction: string;
  role: string;
  partnerRole: string;
  evidence: { quote: string; start: number };
  partnerEvidence: { quote: string; start: number };
}
interface Partners {
  coordinationPartners: {
    organization: { id: string; name: string };
    totalPartners: number;
    totalTasks: number;
    counts: Counts;
    partners: {
      partner: { id: string; kind: string };
      generic: boolean;
      counts: Counts;
      tasks: Shared[];
    }[];
  };
}

const PARTNERS = `query ($id: ID!, $filter: CoordinationFilter, $first: Int) {
  coordinationPartners(organization: $id, filter: $filter, first: $first) {
    organization { id name } totalPartners totalTasks
    counts { leads worksUnder coLeads coCoordinates total }
    partners {
      partner { id kind } generic counts { leads worksUnder coLeads coCoordinates total }
      tasks {
        task { id section } document { number } direction role partnerRole
        evidence { quote start } partnerEvidence { quote start }
      }
    }
  }
}`;

/** partner id → [task outline, direction] of each shared task. */
const summary = (data: Partners): [string, string[]][] =>
  data.coordinationPartners.partners.map((p) => [
    p.partner.id,
    p.tasks.map((t) => `${t.task.id.split('#')[1]} ${t.direction}`),
  ]);

const counts = (leads: number, worksUnder: number, coLeads: number, coCoordinates: number) => ({
  leads,
  worksUnder,
  coLeads,
  coCoordinates,
  total: leads + worksUnder + coLeads + coCoordinates,
});

describe('coordinationPartners', () => {
  it('Ban Tuyên giáo Trung ương leads its six partners of 10-KH/TW on four tasks', async () => {
    const data = await query<Partners>(PARTNERS, { id: 'tw/ban-tuyen-giao' });
    const result = data.coordinationPartners;
    expect(result.organization).toEqual({
      id: 'tw/ban-tuyen-giao',
      name: 'Ban Tuyên giáo Trung ương',
    });
    expect(result.totalPartners).toBe(6);
    expect(result.totalTasks).toBe(4);
    expect(result.counts).toEqual(counts(7, 0, 0, 0));
    // The same six partners as api-questions.test.ts reads from tasksLed / coordinators.
    expect(summary(data)).toEqual([
      ['generic:cac-co-quan-lien-quan', ['3.2 LEADS', '5.3.1 LEADS']],
      ['tw/ban-can-su-dang-bo-ke-hoach-va-dau-tu', ['5.3.1 LEADS']],
      ['tw/ban-can-su-dang-bo-thong-tin-va-truyen-thong', ['5.3.4 LEADS']],
      ['tw/ban-kinh-te', ['5.3.2 LEADS']],
      ['tw/hoi-dong-ly-luan', ['5.3.2 LEADS']],
      ['tw/lien-minh-htx', ['5.3.1 LEADS']],
    ]);
    const [generic, planning] = result.partners;
    expect(generic?.generic).toBe(true);
    expect(generic?.partner.kind).toBe('GENERIC');
    expect(generic?.counts).toEqual(counts(2, 0, 0, 0));
    expect(planning?.generic).toBe(false);
    expect(planning?.tasks).toEqual([
      {
        task: { id: `${PLAN_10}#5.3.1`, section: 'IV.3' },
        document: { number: '10-KH/TW' },
        direction: 'LEADS',
        role: 'LEAD',
        partnerRole: 'COORDINATOR',
        evidence: { quote: 'Ban Tuyên giáo Trung ương', start: 5961 },
        partnerEvidence: { quote: 'Ban cán sự đảng Bộ Kế hoạch và Đầu tư', start: 6012 },
      },
    ]);
    expect(generic?.tasks[0]?.evidence).toEqual({
      quote: 'Ban Tuyên giáo Trung ương',
      start: 1894,
    });
    expect(generic?.tasks[0]?.partnerEvidence).toEqual({
      quote: 'các cơ quan liên quan',
      start: 1942,
    });
  });

  it('Ban cán sự đảng Chính phủ works under Đảng đoàn Quốc hội on 5.1.1', async () => {
    const data = await query<Partners>(PARTNERS, { id: 'tw/ban-can-su-dang-chinh-phu' });
    expect(data.coordinationPartners.counts).toEqual(counts(0, 1, 0, 0));
    expect(data.coordinationPartners.partners).toEqual([
      {
        partner: { id: 'tw/dang-doan-quoc-hoi', kind: 'ORGANIZATION' },
        generic: false,
        counts: counts(0, 1, 0, 0),
        tasks: [
          {
            task: { id: `${PLAN_10}#5.1.1`, section: 'IV.1' },
            document: { number: '10-KH/TW' },
            direction: 'WORKS_UNDER',
            role: 'COORDINATOR',
            partnerRole: 'LEAD',
            evidence: { quote: 'Ban cán sự đảng Chính phủ', start: 4497 },
            partnerEvidence: expect.objectContaining({
              quote: 'Đảng đoàn Quốc hội',
            }) as unknown as {
              quote: string;
              start: number;
            },
          },
        ],
      },
    ]);
  });

  it('Liên minh Hợp tác xã Việt Nam: every direction, generic partners flagged or left out', async () => {
    const all = await query<Partners>(PARTNERS, { id: 'tw/lien-minh-htx' });
    expect(all.coordinationPartners.totalPartners).toBe(7);
    expect(all.coordinationPartners.totalTasks).toBe(4);
    expect(all.coordinationPartners.counts).toEqual(counts(0, 2, 6, 4));
    expect(summary(all)).toEqual([
      ['generic:cac-co-quan-lien-quan', ['5.3.1 CO_COORDINATES', '5.4.1 CO_COORDINATES']],
      ['group:tw/to-chuc-chinh-tri-xa-hoi', ['5.9.1 CO_LEADS', '5.9.2 CO_LEADS']],
      [
        'tw/ban-can-su-dang-bo-ke-hoach-va-dau-tu',
        ['5.3.1 CO_COORDINATES', '5.4.1 CO_COORDINATES'],
      ],
      ['tw/dang-doan-mat-tran-to-quoc', ['5.9.1 CO_LEADS', '5.9.2 CO_LEADS']],
      ['tw/doan-tncs/ban-bi-thu', ['5.9.1 CO_LEADS', '5.9.2 CO_LEADS']],
      ['tw/ban-kinh-te', ['5.4.1 WORKS_UNDER']],
      ['tw/ban-tuyen-giao', ['5.3.1 WORKS_UNDER']],
    ]);
    // In 5.9.x it is named "Liên minh hợp tác xã" (lower case), its own evidence says so.
    expect(all.coordinationPartners.partners[1]?.tasks[0]?.evidence).toEqual({
      quote: 'Liên minh hợp tác xã',
      start: 9246,
    });

    const named = await query<Partners>(PARTNERS, {
      id: 'tw/lien-minh-htx',
      filter: { includeGeneric: false },
      first: 2,
    });
    expect(named.coordinationPartners.totalPartners).toBe(6);
    expect(named.coordinationPartners.totalTasks).toBe(4);
    expect(named.coordinationPartners.counts).toEqual(counts(0, 2, 6, 2));
    expect(summary(named).map(([id]) => id)).toEqual([
      'group:tw/to-chuc-chinh-tri-xa-hoi',
      'tw/ban-can-su-dang-bo-ke-hoach-va-dau-tu',
    ]);
  });

  it('filters by document, jurisdiction and issue date', async () => {
    const total = async (filter: Record<string, unknown>) =>
      (await query<Partners>(PARTNERS, { id: 'tw/ban-tuyen-giao', filter })).coordinationPartners
        .counts.total;
    expect(await total({ documents: [PLAN_10] })).toBe(7);
    expect(await total({ documents: [SEED_001, SEED_002] })).toBe(0);
    expect(await total({ jurisdiction: 'tw' })).toBe(7);
    expect(await total({ jurisdiction: 'quang-tri' })).toBe(0);
    expect(await total({ issuedFrom: '2022-08-23', issuedTo: '2022-08-23' })).toBe(7);
    expect(await total({ issuedFrom: '2022-08-24' })).toBe(0);
    expect(await total({ issuedTo: '2022-08-22' })).toBe(0);
  });

  it('refuses an unknown organization, a bad filter and a page over 100', async () => {
    const unknown = await failure(PARTNERS, { id: 'tw/khong-co' });
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'tw/khong-co' });
    const date = await failure(PARTNERS, {
      id: 'tw/ban-tuyen-giao',
      filter: { issuedFrom: '23/8/2022' },
    });
    expect(date.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'issuedFrom' });
    const place = await failure(PARTNERS, {
      id: 'tw/ban-tuyen-giao',
      filter: { jurisdiction: 'a/b/c' },
    });
    expect(place.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'jurisdiction' });
    const page = await failure(PARTNERS, { id: 'tw/ban-tuyen-giao', first: 101 });
    expect(page.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});

interface Path {
  coordinationPath: {
    from: { id: string };
    to: { id: string };
    found: boolean;
    length: number | null;
    maxHops: number;
    hops:
      | {
          from: { id: string };
          to: { id: string };
          tasks: {
            task: { id: string };
            direction: string;
            evidence: { quote: string };
            partnerEvidence: { quote: string };
          }[];
        }[]
      | null;
  };
}

const PATH = `query ($from: ID!, $to: ID!, $maxHops: Int, $throughGroups: Boolean) {
  coordinationPath(from: $from, to: $to, maxHops: $maxHops, throughGroups: $throughGroups) {
    from { id } to { id } found length maxHops
    hops {
      from { id } to { id }
      tasks { task { id } direction evidence { quote } partnerEvidence { quote } }
    }
  }
}`;

/** Each hop as `from → to: outline DIRECTION, …`. */
const hops = (data: Path): string[] | null =>
  data.coordinationPath.hops?.map(
    (h) =>
      `${h.from.id} → ${h.to.id}: ${h.tasks.map((t) => `${t.task.id.split('#')[1]} ${t.direction}`).join(', ')}`,
  ) ?? null;

describe('coordinationPath', () => {
  it('Ban Tuyên giáo → Đảng đoàn MTTQ: two hops through Liên minh Hợp tác xã Việt Nam', async () => {
    const data = await query<Path>(PATH, {
      from: 'tw/ban-tuyen-giao',
      to: 'tw/dang-doan-mat-tran-to-quoc',
    });
    expect(data.coordinationPath).toMatchObject({ found: true, length: 2, maxHops: 4 });
    expect(hops(data)).toEqual([
      'tw/ban-tuyen-giao → tw/lien-minh-htx: 5.3.1 LEADS',
      'tw/lien-minh-htx → tw/dang-doan-mat-tran-to-quoc: 5.9.1 CO_LEADS, 5.9.2 CO_LEADS',
    ]);
    expect(data.coordinationPath.hops?.[1]?.tasks[0]).toMatchObject({
      evidence: { quote: 'Liên minh hợp tác xã' },
      partnerEvidence: { quote: 'Đảng đoàn Mặt trận Tổ quốc Việt Nam' },
    });
  });

  it('groups join two bodies only when asked to', async () => {
    const ends = { from: 'tw/ban-tuyen-giao', to: 'tw/mat-tran-to-quoc' };
    const without = await query<Path>(PATH, ends);
    expect(without.coordinationPath).toMatchObject({ found: false, length: null, hops: null });
    const through = await query<Path>(PATH, { ...ends, throughGroups: true });
    expect(through.coordinationPath).toMatchObject({ found: true, length: 3 });
    expect(hops(through)).toEqual([
      'tw/ban-tuyen-giao → tw/lien-minh-htx: 5.3.1 LEADS',
      'tw/lien-minh-htx → group:tw/to-chuc-chinh-tri-xa-hoi: 5.9.1 CO_LEADS, 5.9.2 CO_LEADS',
      'group:tw/to-chuc-chinh-tri-xa-hoi → tw/mat-tran-to-quoc: 4.1 CO_LEADS',
    ]);
    // maxHops bounds the search: three hops are needed.
    const short = await query<Path>(PATH, { ...ends, throughGroups: true, maxHops: 2 });
    expect(short.coordinationPath).toMatchObject({ found: false, maxHops: 2, hops: null });
  });

  it('"các cơ quan liên quan" never joins bodies of different documents', async () => {
    // Both name the same generic phrase as coordinator (10-KH/TW 5.3.1 and seed 002's 5.4).
    const data = await query<Path>(PATH, {
      from: 'tw/ban-tuyen-giao',
      to: `${SEED_002}/ban-tuyen-giao-tinh-uy`,
      maxHops: 6,
      throughGroups: true,
    });
    expect(data.coordinationPath).toMatchObject({ found: false, length: null, hops: null });
  });

  it('bodies of unconnected documents: not found; a body to itself: length 0', async () => {
    const apart = await query<Path>(PATH, {
      from: `${SEED_001}/lien-minh-htx`,
      to: 'quang-tri/vinh-linh/ubnd-huyen',
      maxHops: 6,
      throughGroups: true,
    });
    expect(apart.coordinationPath).toEqual({
      from: { id: `${SEED_001}/lien-minh-htx` },
      to: { id: 'quang-tri/vinh-linh/ubnd-huyen' },
      found: false,
      length: null,
      maxHops: 6,
      hops: null,
    });
    const self = await query<Path>(PATH, { from: 'tw/ban-kinh-te', to: 'tw/ban-kinh-te' });
    expect(self.coordinationPath).toMatchObject({ found: true, length: 0, hops: [] });
  });

  it('refuses maxHops outside 1–6 and unknown ids', async () => {
    for (const maxHops of [0, 7]) {
      const error = await failure(PATH, {
        from: 'tw/ban-kinh-te',
        to: 'tw/ban-tuyen-giao',
        maxHops,
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxHops' });
    }
    const from = await failure(PATH, { from: 'tw/khong-co', to: 'tw/ban-tuyen-giao' });
    expect(from.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'tw/khong-co' });
    const to = await failure(PATH, { from: 'tw/ban-tuyen-giao', to: 'tw/khong-co' });
    expect(to.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'tw/khong-co' });
  });
});

describe('one Cypher statement per traversal call', () => {
  it('partners, path and neighbourhood each run exactly one statement', async () => {
    const reader = (): GraphReader => new GraphReader(seeded.driver, database, 10_000);
    const a = reader();
    await coordinationPartners(a, { organization: 'tw/lien-minh-htx', first: null });
    expect(a.queries).toBe(1);
    const b = reader();
    await coordinationPath(b, {
      from: 'tw/ban-tuyen-giao',
      to: 'tw/mat-tran-to-quoc',
      maxHops: 6,
      throughGroups: true,
    });
    expect(b.queries).toBe(1);
    const c = reader();
    await neighbourhood(c, { node: PLAN_10, depth: 3 });
    expect(c.queries).toBe(1);
  });
});

/** Elements of a GraphML file, read with a small structural check (no XML library here). */
function graphmlElements(xml: string): {
  keys: string[];
  nodes: string[];
  edges: [string, string, string][];
} {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml ')).toBe(true);
  expect(xml.trimEnd().endsWith('</graphml>')).toBe(true);
  // Every element opened is closed, in order.
  const stack: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([a-z]+)\b[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m as unknown as [string, string, string, string];
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name);
  }
  expect(stack).toEqual([]);
  // No raw `&` outside an entity, no `<` inside text.
  expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
  const unescape = (s: string): string =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return {
    keys: [
      ...xml.matchAll(
        /<key id="([^"]+)" for="(node|edge)" attr\.name="([^"]+)" attr\.type="(string|int)"\/>/g,
      ),
    ].map((m) => `${m[2]}:${m[3]}:${m[4]}`),
    nodes: [...xml.matchAll(/<node id="([^"]+)"/g)].map((m) => unescape(m[1] as string)),
    edges: [
      ...xml.matchAll(
        /<edge id="[^"]+" source="([^"]+)" target="([^"]+)">\s*<data key="e_type">([A-Z_]+)</g,
      ),
    ].map((m) => [unescape(m[1] as string), m[3] as string, unescape(m[2] as string)]),
  };
}

describe('exports', () => {
  it('coordination.csv: one row per partner and shared task, with both quotes', async () => {
    const file = await download(
      '/export/coordination.csv?organization=tw/ban-tuyen-giao&includeGeneric=false',
    );
    expect(file.status).toBe(200);
    expect(file.type).toBe('text/csv; charset=utf-8');
    expect(file.body.split('\r\n')).toEqual([
      '\uFEFFpartner_id,partner_name,partner_kind,generic,direction,role,partner_role,task_id,outline,section,document_id,document_number,quote,partner_quote',
      `tw/ban-can-su-dang-bo-ke-hoach-va-dau-tu,Ban cán sự đảng Bộ Kế hoạch và Đầu tư,Organization,false,LEADS,LEAD,COORDINATOR,${PLAN_10}#5.3.1,5.3.1,IV.3,${PLAN_10},10-KH/TW,Ban Tuyên giáo Trung ương,Ban cán sự đảng Bộ Kế hoạch và Đầu tư`,
      `tw/ban-can-su-dang-bo-thong-tin-va-truyen-thong,Ban cán sự đảng Bộ Thông tin và Truyền thông,Organization,false,LEADS,LEAD,COORDINATOR,${PLAN_10}#5.3.4,5.3.4,IV.3,${PLAN_10},10-KH/TW,Ban Tuyên giáo Trung ương,Ban cán sự đảng Bộ Thông tin và Truyền thông`,
      `tw/ban-kinh-te,Ban Kinh tế Trung ương,Organization,false,LEADS,LEAD,COORDINATOR,${PLAN_10}#5.3.2,5.3.2,IV.3,${PLAN_10},10-KH/TW,Ban Tuyên giáo Trung ương,Ban Kinh tế Trung ương`,
      `tw/hoi-dong-ly-luan,Hội đồng Lý luận Trung ương,Organization,false,LEADS,LEAD,COORDINATOR,${PLAN_10}#5.3.2,5.3.2,IV.3,${PLAN_10},10-KH/TW,Ban Tuyên giáo Trung ương,Hội đồng Lý luận Trung ương`,
      `tw/lien-minh-htx,Liên minh Hợp tác xã Việt Nam,Organization,false,LEADS,LEAD,COORDINATOR,${PLAN_10}#5.3.1,5.3.1,IV.3,${PLAN_10},10-KH/TW,Ban Tuyên giáo Trung ương,Liên minh Hợp tác xã Việt Nam`,
      '',
    ]);
    const withGeneric = await download('/export/coordination.csv?organization=tw/ban-tuyen-giao');
    // Header, 7 partner × task rows, and the final line end.
    expect(withGeneric.body.split('\r\n')).toHaveLength(9);
    expect(withGeneric.body.split('\r\n')[1]).toBe(
      `generic:cac-co-quan-lien-quan,các cơ quan liên quan,Generic,true,LEADS,LEAD,COORDINATOR,${PLAN_10}#3.2,3.2,II.2,${PLAN_10},10-KH/TW,Ban Tuyên giáo Trung ương,các cơ quan liên quan`,
    );
  });

  it('coordination.csv: 400 and 404 with the parameter or id', async () => {
    const missing = await download('/export/coordination.csv');
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.body)).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', parameter: 'organization' } }],
    });
    const flag = await download(
      '/export/coordination.csv?organization=tw/ban-tuyen-giao&includeGeneric=yes',
    );
    expect(flag.status).toBe(400);
    const unknown = await download('/export/coordination.csv?organization=tw/khong-co');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({
      errors: [{ extensions: { code: 'NOT_FOUND', id: 'tw/khong-co' } }],
    });
  });

  it('neighbourhood.graphml of Ban cán sự đảng Chính phủ: 9 nodes, 8 edges', async () => {
    const file = await download(
      '/export/neighbourhood.graphml?node=tw/ban-can-su-dang-chinh-phu&depth=1',
    );
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/graphml+xml; charset=utf-8');
    const { keys, nodes, edges } = graphmlElements(file.body);
    expect(keys).toContain('node:label:string');
    expect(keys).toContain('node:depth:int');
    expect(keys).toContain('edge:quote:string');
    expect(keys).toContain('edge:start:int');
    expect(nodes).toEqual([
      'tw/ban-can-su-dang-chinh-phu',
      `${PLAN_10}#5.1.1`,
      `${PLAN_10}#5.2.1`,
      `${PLAN_10}#5.2.2`,
      'group:tw/ban-dang-ban-can-su-dang-dang-doan-dang-uy-truc-thuoc-trung-uong',
      'group:tw/ban-dang-dang-doan-ban-can-su-dang-o-trung-uong',
      'group:tw/cap-uy-to-chuc-dang',
      'group:tw/tinh-uy-thanh-uy-ban-dang-ban-can-su-dang-dang-doan-dang-uy-truc-thuoc-trung-uong',
      'tw/ban-chap-hanh-trung-uong',
    ]);
    expect(edges).toEqual([
      [`${PLAN_10}#5.1.1`, 'COORDINATES_WITH', 'tw/ban-can-su-dang-chinh-phu'],
      [`${PLAN_10}#5.2.1`, 'LED_BY', 'tw/ban-can-su-dang-chinh-phu'],
      [`${PLAN_10}#5.2.2`, 'LED_BY', 'tw/ban-can-su-dang-chinh-phu'],
      [
        'tw/ban-can-su-dang-chinh-phu',
        'MEMBER_OF',
        'group:tw/ban-dang-ban-can-su-dang-dang-doan-dang-uy-truc-thuoc-trung-uong',
      ],
      [
        'tw/ban-can-su-dang-chinh-phu',
        'MEMBER_OF',
        'group:tw/ban-dang-dang-doan-ban-can-su-dang-o-trung-uong',
      ],
      ['tw/ban-can-su-dang-chinh-phu', 'MEMBER_OF', 'group:tw/cap-uy-to-chuc-dang'],
      [
        'tw/ban-can-su-dang-chinh-phu',
        'MEMBER_OF',
        'group:tw/tinh-uy-thanh-uy-ban-dang-ban-can-su-dang-dang-doan-dang-uy-truc-thuoc-trung-uong',
      ],
      ['tw/ban-can-su-dang-chinh-phu', 'PART_OF', 'tw/ban-chap-hanh-trung-uong'],
    ]);
    // The lead relationship carries its evidence quote and span as typed attributes.
    expect(file.body).toContain(
      `<edge id="${PLAN_10}#5.2.1-[LED_BY]-&gt;tw/ban-can-su-dang-chinh-phu" source="${PLAN_10}#5.2.1" target="tw/ban-can-su-dang-chinh-phu">`,
    );
    expect(file.body).toMatch(
      /<data key="e_quote">Ban cán sự đảng Chính phủ<\/data>\s*<data key="e_docId">/,
    );
  });

  it('neighbourhood.json of task 5.3.1: Cytoscape elements, 6 nodes and 5 edges', async () => {
    const file = await download(
      `/export/neighbourhood.json?node=${encodeURIComponent(`${PLAN_10}#5.3.1`)}`,
    );
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/json; charset=utf-8');
    const json = JSON.parse(file.body) as {
      data: { root: string; depth: number };
      elements: {
        nodes: { data: Record<string, unknown> }[];
        edges: { data: Record<string, unknown> }[];
      };
    };
    expect(json.data).toMatchObject({ root: `${PLAN_10}#5.3.1`, depth: 1 });
    expect(json.elements.nodes.map((n) => [n.data.id, n.data.kind, n.data.depth])).toEqual([
      [`${PLAN_10}#5.3.1`, 'Task', 0],
      [PLAN_10, 'Document', 1],
      ['generic:cac-co-quan-lien-quan', 'Generic', 1],
      ['tw/ban-can-su-dang-bo-ke-hoach-va-dau-tu', 'Organization', 1],
      ['tw/ban-tuyen-giao', 'Organization', 1],
      ['tw/lien-minh-htx', 'Organization', 1],
    ]);
    expect(
      json.elements.edges.map((e) => [
        e.data.source,
        e.data.type,
        e.data.target,
        e.data.quote ?? null,
      ]),
    ).toEqual([
      [PLAN_10, 'HAS_TASK', `${PLAN_10}#5.3.1`, null],
      [
        `${PLAN_10}#5.3.1`,
        'COORDINATES_WITH',
        'generic:cac-co-quan-lien-quan',
        'các cơ quan liên quan',
      ],
      [
        `${PLAN_10}#5.3.1`,
        'COORDINATES_WITH',
        'tw/ban-can-su-dang-bo-ke-hoach-va-dau-tu',
        'Ban cán sự đảng Bộ Kế hoạch và Đầu tư',
      ],
      [`${PLAN_10}#5.3.1`, 'COORDINATES_WITH', 'tw/lien-minh-htx', 'Liên minh Hợp tác xã Việt Nam'],
      [`${PLAN_10}#5.3.1`, 'LED_BY', 'tw/ban-tuyen-giao', 'Ban Tuyên giáo Trung ương'],
    ]);
    expect(json.elements.edges[4]?.data).toEqual({
      id: `${PLAN_10}#5.3.1-[LED_BY]->tw/ban-tuyen-giao`,
      source: `${PLAN_10}#5.3.1`,
      target: 'tw/ban-tuyen-giao',
      type: 'LED_BY',
      quote: 'Ban Tuyên giáo Trung ương',
      docId: PLAN_10,
      start: 5961,
      end: 5986,
      mention: 'Ban Tuyên giáo Trung ương',
      rule: 'registry-name',
    });
    // Depth 2 of the same task, and GraphML and JSON agree. Its lead Ban Tuyên giáo Trung ương
    // brings its successor Ban Tuyên giáo và Dân vận Trung ương (SUCCEEDED_BY): one node, one edge.
    const deeper = JSON.parse(
      (
        await download(
          `/export/neighbourhood.json?node=${encodeURIComponent(`${PLAN_10}#5.3.1`)}&depth=2`,
        )
      ).body,
    ) as { elements: { nodes: unknown[]; edges: unknown[] } };
    expect([deeper.elements.nodes.length, deeper.elements.edges.length]).toEqual([60, 74]);
    const graphml = graphmlElements(
      (
        await download(
          `/export/neighbourhood.graphml?node=${encodeURIComponent(`${PLAN_10}#5.3.1`)}&depth=2`,
        )
      ).body,
    );
    expect([graphml.nodes.length, graphml.edges.length]).toEqual([60, 74]);
  });

  it('neighbourhood: 400 for a bad depth or too many nodes, 404 for an unknown node', async () => {
    const depth = await download('/export/neighbourhood.json?node=tw/ban-tuyen-giao&depth=4');
    expect(depth.status).toBe(400);
    expect(JSON.parse(depth.body)).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', parameter: 'depth' } }],
    });
    const missing = await download('/export/neighbourhood.graphml');
    expect(missing.status).toBe(400);
    const big = await download(
      '/export/neighbourhood.graphml?node=tw/ban-tuyen-giao&depth=3&maxNodes=10',
    );
    expect(big.status).toBe(400);
    expect(JSON.parse(big.body)).toMatchObject({
      errors: [
        {
          message: expect.stringContaining('more than 10 nodes') as unknown as string,
          extensions: { code: 'BAD_USER_INPUT', maxNodes: 10 },
        },
      ],
    });
    const unknown = await download('/export/neighbourhood.json?node=khong-co');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({
      errors: [{ extensions: { code: 'NOT_FOUND', id: 'khong-co' } }],
    });
  });

  it('the neighbourhood GraphQL field answers as the exports do', async () => {
    const NEIGHBOURHOOD = `query ($node: ID!, $depth: Int) {
      neighbourhood(node: $node, depth: $depth) {
        root { id } depth
        nodes { depth node { __typename id } }
        edges { id type source target reason evidence { quote start document { id } } }
      }
    }`;
    type Answer = {
      neighbourhood: {
        root: { id: string };
        depth: number;
        nodes: { depth: number; node: { __typename: string; id: string } }[];
        edges: {
          id: string;
          type: string;
          source: string;
          target: string;
          reason: string | null;
          evidence: { quote: string; start: number; document: { id: string } } | null;
        }[];
      };
    };
    const data = await query<Answer>(NEIGHBOURHOOD, { node: 'tw/ban-can-su-dang-chinh-phu' });
    const graph = data.neighbourhood;
    expect(graph.root).toEqual({ id: 'tw/ban-can-su-dang-chinh-phu' });
    expect(graph.depth).toBe(1);
    const json = JSON.parse(
      (await download('/export/neighbourhood.json?node=tw/ban-can-su-dang-chinh-phu')).body,
    ) as { elements: { nodes: { data: { id: string } }[]; edges: { data: { id: string } }[] } };
    expect(graph.nodes.map((n) => n.node.id)).toEqual(json.elements.nodes.map((n) => n.data.id));
    expect(graph.edges.map((e) => e.id)).toEqual(json.elements.edges.map((e) => e.data.id));
    expect(graph.nodes.map((n) => `${n.depth} ${n.node.__typename}`)).toEqual([
      '0 Organization',
      '1 Task',
      '1 Task',
      '1 Task',
      '1 OrgGroup',
      '1 OrgGroup',
      '1 OrgGroup',
      '1 OrgGroup',
      '1 Organization',
    ]);
    expect(graph.edges[0]).toEqual({
      id: `${PLAN_10}#5.1.1-[COORDINATES_WITH]->tw/ban-can-su-dang-chinh-phu`,
      type: 'COORDINATES_WITH',
      source: `${PLAN_10}#5.1.1`,
      target: 'tw/ban-can-su-dang-chinh-phu',
      reason: null,
      evidence: { quote: 'Ban cán sự đảng Chính phủ', start: 4497, document: { id: PLAN_10 } },
    });
    expect(graph.edges[5]).toMatchObject({
      type: 'MEMBER_OF',
      target: 'group:tw/cap-uy-to-chuc-dang',
      reason: 'admitted by "tổ chức đảng": kind ban-can-su-dang',
      evidence: null,
    });
    const unknown = await failure(NEIGHBOURHOOD, { node: 'khong-co' });
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'khong-co' });
    const deep = await failure(NEIGHBOURHOOD, { node: PLAN_10, depth: 4 });
    expect(deep.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'depth' });
  });

  it('GET /export lists every export with its parameters', async () => {
    const index = JSON.parse((await download('/export')).body) as {
      exports: { path: string; description: string; parameters: Record<string, string> }[];
    };
    expect(index.exports.map((e) => e.path)).toEqual([
      '/export/cascade.csv',
      '/export/timeline.csv',
      '/export/targets.csv',
      '/export/coordination.csv',
      '/export/neighbourhood.graphml',
      '/export/neighbourhood.json',
      '/export/coverage.csv',
      '/export/coverage-report.csv',
      '/export/task-stats.csv',
      '/export/scorecard.csv',
      '/export/deadlines.ics',
    ]);
    for (const e of index.exports) {
      expect(e.description.length).toBeGreaterThan(10);
      expect(Object.keys(e.parameters).length).toBeGreaterThan(0);
    }
    expect((await download('/export/nope.csv')).status).toBe(404);
  });
});
