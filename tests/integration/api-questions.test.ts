/**
 * The GraphQL API over HTTP on the seed graph: the questions of docs/domain.md §5 answered exactly, documents,
 * lookups by id and number, accent-insensitive search, and pagination walked to the end.
 */
import { describe, expect, it } from 'vitest';
import { useSeedGraphApi } from '../support/seed-graph.ts';

const seeded = useSeedGraphApi();

const { query } = seeded;

interface Ids {
  edges: { node: { id: string } }[];
  totalCount: number;
}
const ids = (connection: Ids): string[] => connection.edges.map((e) => e.node.id);

const PLAN_10 = 'doc:10-KH/TW@tw:2022';
const PLAN_67 = 'doc:67-KH/HU@quang-tri/vinh-linh:2023';

describe('docs/domain.md §5 on the seed graph', () => {
  it('Ban Tuyên giáo Trung ương: the tasks it leads and who it works with on them', async () => {
    type Edge = { actor: { id: string } };
    const data = await query<{
      organization: {
        name: string;
        kind: string;
        tasksLed: { id: string; section: string; leads: Edge[]; coordinators: Edge[] }[];
        tasksCoordinated: { id: string }[];
      };
    }>(`{
      organization(id: "tw/ban-tuyen-giao") {
        name kind
        tasksLed { id section leads { actor { id } } coordinators { actor { id } } }
        tasksCoordinated { id }
      }
    }`);
    const org = data.organization;
    expect(org.name).toBe('Ban Tuyên giáo Trung ương');
    expect(org.kind).toBe('ORGANIZATION');
    expect(org.tasksLed.map((t) => [t.id, t.section])).toEqual([
      [`${PLAN_10}#3.2`, 'II.2'],
      [`${PLAN_10}#5.3.1`, 'IV.3'],
      [`${PLAN_10}#5.3.2`, 'IV.3'],
      [`${PLAN_10}#5.3.3`, 'IV.3'],
      [`${PLAN_10}#5.3.4`, 'IV.3'],
    ]);
    expect(org.tasksCoordinated).toEqual([]);
    // It leads every one of them alone; its partners are the coordinators (docs/domain.md §5).
    expect(org.tasksLed.every((t) => t.leads.length === 1)).toBe(true);
    const partners = new Set(org.tasksLed.flatMap((t) => t.coordinators.map((c) => c.actor.id)));
    expect([...partners].sort()).toEqual([
      'generic:cac-co-quan-lien-quan',
      'tw/ban-can-su-dang-bo-ke-hoach-va-dau-tu',
      'tw/ban-can-su-dang-bo-thong-tin-va-truyen-thong',
      'tw/ban-kinh-te',
      'tw/hoi-dong-ly-luan',
      'tw/lien-minh-htx',
    ]);
  });

  it('the tasks involving Ban cán sự đảng Chính phủ, and its role in each', async () => {
    const data = await query<{
      tasks: { totalCount: number; edges: { node: { id: string; rolesOf: string[] } }[] };
    }>(
      `query ($actor: ID!) {
      tasks(filter: {anyActor: $actor}) { totalCount edges { node { id rolesOf(actor: $actor) } } }
    }`,
      { actor: 'tw/ban-can-su-dang-chinh-phu' },
    );
    expect(data.tasks.totalCount).toBe(3);
    expect(data.tasks.edges.map((e) => [e.node.id, e.node.rolesOf])).toEqual([
      [`${PLAN_10}#5.1.1`, ['COORDINATOR']],
      [`${PLAN_10}#5.2.1`, ['LEAD']],
      [`${PLAN_10}#5.2.2`, ['LEAD']],
    ]);
    const led = await query<{ tasks: Ids }>(
      '{ tasks(filter: {lead: "tw/ban-can-su-dang-chinh-phu"}) { totalCount edges { node { id } } } }',
    );
    expect(ids(led.tasks)).toEqual([`${PLAN_10}#5.2.1`, `${PLAN_10}#5.2.2`]);
    const coordinated = await query<{ tasks: Ids }>(
      '{ tasks(filter: {coordinator: "tw/ban-can-su-dang-chinh-phu"}) { totalCount edges { node { id } } } }',
    );
    expect(ids(coordinated.tasks)).toEqual([`${PLAN_10}#5.1.1`]);
  });

  it('tasks due in 2023, with their deadlines', async () => {
    const data = await query<{
      tasks: {
        totalCount: number;
        edges: { node: { id: string; deadline: { text: string; end: string } } }[];
      };
    }>(`{
      tasks(filter: {dueFrom: "2023-01-01", dueTo: "2023-12-31"}) {
        totalCount edges { node { id deadline { text end } } }
      }
    }`);
    expect(data.tasks.totalCount).toBe(5);
    expect(
      data.tasks.edges.map((e) => [e.node.id, e.node.deadline.end, e.node.deadline.text]),
    ).toEqual([
      [`${PLAN_10}#5.2.1`, '2023-12-31', 'hoàn thành trong năm 2023'],
      [`${PLAN_10}#5.3.2`, '2023-12-31', 'hoàn thành trong năm 2023'],
      [`${PLAN_67}#4.1.1`, '2023-03-31', 'hoàn thành trong quý I/2023'],
      [`${PLAN_67}#4.1.2`, '2023-03-31', 'hoàn thành trong quý I/2023'],
      [`${PLAN_67}#5.1`, '2023-03-31', 'hoàn thành trong Quý I/2023'],
    ]);
  });

  it('recurring tasks, and tasks overdue at a date', async () => {
    const data = await query<{
      recurring: {
        totalCount: number;
        edges: { node: { id: string; deadline: { recurrence: string } } }[];
      };
      oneOff: { totalCount: number };
      overdue: Ids;
    }>(`{
      recurring: tasks(filter: {recurring: true}, first: 100) {
        totalCount edges { node { id deadline { recurrence } } }
      }
      oneOff: tasks(filter: {recurring: false}) { totalCount }
      overdue: tasks(filter: {overdueAt: "2022-10-01"}) { totalCount edges { node { id } } }
    }`);
    // 16: the last paragraphs of seeds 002 and 003 report "định kỳ" (a periodic cycle, as
    // docs/labelling.md counts it)
    expect(data.recurring.totalCount).toBe(16);
    expect(data.oneOff.totalCount).toBe(88 - 16);
    const recurrences = data.recurring.edges.map((e) => [e.node.id, e.node.deadline.recurrence]);
    expect(recurrences.slice(0, 2)).toEqual([
      [`${PLAN_10}#3.2`, 'continuous'],
      [`${PLAN_10}#5.4.1`, 'P5Y,P10Y'],
    ]);
    expect(recurrences.slice(14)).toEqual([
      [`${PLAN_67}#5.4`, 'periodic'],
      ['doc:h:e2ccd97eeb0684c6#5.5', 'periodic'],
    ]);
    expect(recurrences.slice(2, 14).map(([id]) => id)).toEqual(
      [
        '4.2.1',
        '4.2.2',
        '4.2.3',
        '4.4.1',
        '4.4.2',
        '4.4.3',
        '4.4.4',
        '4.5.1',
        '4.5.2',
        '4.5.3',
        '4.5.4',
        '4.5.5',
      ].map((path) => `${PLAN_67}#${path}`),
    );
    expect(recurrences.slice(2, 14).every(([, r]) => r === 'yearly')).toBe(true);
    expect(ids(data.overdue)).toEqual([
      `${PLAN_10}#3.1`,
      `${PLAN_10}#3.2`,
      `${PLAN_10}#3.3`,
      `${PLAN_10}#5.10.1`,
    ]);
  });

  it('who reports to Ban Thường vụ Huyện ủy Vĩnh Linh', async () => {
    const data = await query<{
      organization: {
        reportedToBy: { id: string; name: string; kind: string }[];
        tasksReportedTo: { id: string; leads: { actor: { id: string } }[] }[];
      };
    }>(`{
      organization(id: "quang-tri/vinh-linh/ban-thuong-vu-huyen-uy") {
        reportedToBy { id name kind }
        tasksReportedTo { id leads { actor { id } } }
      }
    }`);
    expect(data.organization.reportedToBy).toEqual([
      {
        id: 'group:quang-tri/vinh-linh/co-quan-chuyen-trach-tham-muu-giup-viec-huyen-uy',
        name: 'Các cơ quan chuyên trách tham mưu, giúp việc Huyện ủy (Vĩnh Linh)',
        kind: 'GROUP',
      },
      {
        id: 'quang-tri/vinh-linh/ubnd-huyen',
        name: 'Ủy ban nhân dân huyện Vĩnh Linh',
        kind: 'ORGANIZATION',
      },
    ]);
    expect(data.organization.tasksReportedTo.map((t) => t.id)).toEqual([`${PLAN_67}#5.4`]);
    const ubnd = await query<{ organization: { reportsTo: { id: string }[] } }>(
      '{ organization(id: "quang-tri/vinh-linh/ubnd-huyen") { reportsTo { id } } }',
    );
    expect(ubnd.organization.reportsTo.map((a) => a.id)).toContain(
      'quang-tri/vinh-linh/ban-thuong-vu-huyen-uy',
    );
  });

  it('documents received directly or through a group; a body with a task that receives nothing', async () => {
    type Received = {
      document: { id: string };
      via: { id: string } | null;
      evidence: { quote: string };
    };
    const data = await query<{
      central: { documentsReceived: Received[] };
      district: { documentsReceived: Received[] };
      coop: { name: string; documentsReceived: Received[]; tasksLed: { id: string }[] };
    }>(`
      fragment R on Organization { documentsReceived { document { id } via { id } evidence { quote } } }
      {
        central: organization(id: "tw/ban-tuyen-giao") { ...R }
        district: organization(id: "quang-tri/vinh-linh/ubnd-huyen") { ...R }
        coop: organization(id: "doc:h:c17ea55ac633508e/lien-minh-htx") { name ...R tasksLed { id } }
      }`);
    expect(data.central.documentsReceived).toEqual([
      {
        document: { id: PLAN_10 },
        via: { id: 'group:tw/ban-dang-ban-can-su-dang-dang-doan-dang-uy-truc-thuoc-trung-uong' },
        evidence: {
          quote: 'Các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương',
        },
      },
    ]);
    expect(data.district.documentsReceived.map((r) => [r.document.id, r.via])).toEqual([
      [PLAN_67, null],
    ]);
    // The coverage gap of docs/domain.md §5: seed 001 gives "Liên minh Hợp tác xã tỉnh" a task and sends it nothing.
    expect(data.coop.name).toBe('Liên minh Hợp tác xã tỉnh');
    expect(data.coop.tasksLed.map((t) => t.id)).toEqual(['doc:h:c17ea55ac633508e#3.3']);
    expect(data.coop.documentsReceived).toEqual([]);
  });

  it('accent-insensitive search: "ban tuyen giao" finds Ban Tuyên giáo Trung ương', async () => {
    const data = await query<{ plain: Ids; accented: Ids; central: Ids }>(`{
      plain: organizations(filter: {search: "ban tuyen giao"}) { totalCount edges { node { id } } }
      accented: organizations(filter: {search: "BAN TUYÊN GIÁO"}) { totalCount edges { node { id } } }
      central: organizations(filter: {search: "ban tuyen giao", level: "TW"}) { totalCount edges { node { id } } }
    }`);
    expect(ids(data.plain)).toContain('tw/ban-tuyen-giao');
    expect(data.plain.totalCount).toBe(10);
    expect(ids(data.accented)).toEqual(ids(data.plain));
    expect(ids(data.central)).toEqual(['tw/ban-tuyen-giao', 'tw/ban-tuyen-giao-va-dan-van']);
  });

  it('search(text, types): best hits with the matched words highlighted', async () => {
    type Hit = {
      node: { __typename: string; id: string };
      snippet: string;
      highlights: { start: number; end: number }[];
    };
    const data = await query<{
      orgs: { totalCount: number; hits: Hit[] };
      all: { totalCount: number; hits: Hit[] };
    }>(`
      fragment H on SearchHit { node { __typename id } snippet highlights { start end } }
      {
        orgs: search(text: "ban tuyen giao", types: [ORGANIZATION], first: 100) { totalCount hits { ...H } }
        all: search(text: "ban tuyen giao", first: 100) { totalCount hits { ...H } }
      }`);
    expect(data.orgs.totalCount).toBe(10);
    expect(data.orgs.hits).toHaveLength(10);
    expect(data.orgs.hits.every((h) => h.node.__typename === 'Organization')).toBe(true);
    const central = data.orgs.hits.find((h) => h.node.id === 'tw/ban-tuyen-giao');
    expect(central).toEqual({
      node: { __typename: 'Organization', id: 'tw/ban-tuyen-giao' },
      snippet: 'Ban Tuyên giáo Trung ương',
      highlights: [
        { start: 0, end: 3 },
        { start: 4, end: 9 },
        { start: 10, end: 14 },
      ],
    });
    // Tasks and groups naming Ban Tuyên giáo come too when no type is asked for.
    expect(data.all.totalCount).toBeGreaterThan(data.orgs.totalCount);
    expect(new Set(data.all.hits.map((h) => h.node.__typename))).toContain('Task');
    for (const hit of data.all.hits) {
      expect(hit.highlights.length).toBeGreaterThan(0);
      for (const { start, end } of hit.highlights) {
        expect(
          hit.snippet.slice(start, end).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
        ).toMatch(/^(ban|tuyen|giao)$/);
      }
    }
  });

  it('search in task texts combines with other filters; Lucene syntax in input is literal', async () => {
    const data = await query<{ found: Ids; odd: Ids }>(`{
      found: tasks(filter: {search: "tuyen truyen", lead: "tw/ban-tuyen-giao"}) { totalCount edges { node { id } } }
      odd: tasks(filter: {search: "tuyen* (truyen) OR: \\"giao"}) { totalCount edges { node { id } } }
    }`);
    expect(ids(data.found)).toEqual([`${PLAN_10}#3.2`, `${PLAN_10}#5.3.1`, `${PLAN_10}#5.3.4`]);
    expect(data.odd.totalCount).toBeGreaterThanOrEqual(0);
  });
});

describe('documents and lookups', () => {
  it('lists what implements 20-NQ/TW, with jurisdictions', async () => {
    const data = await query<{
      documents: {
        totalCount: number;
        edges: { node: { id: string; jurisdiction: string | null } }[];
      };
      referenced: { totalCount: number };
      province: Ids;
    }>(`{
      documents(filter: {implements: "doc:20-NQ/TW@tw:2022"}) { totalCount edges { node { id jurisdiction } } }
      referenced: documents(filter: {status: REFERENCED}) { totalCount }
      province: documents(filter: {jurisdiction: "quang-tri", status: INGESTED}) { totalCount edges { node { id } } }
    }`);
    expect(data.documents.edges.map((e) => [e.node.id, e.node.jurisdiction])).toEqual([
      [PLAN_10, 'tw'],
      [PLAN_67, 'quang-tri/vinh-linh'],
      ['doc:h:e2ccd97eeb0684c6', null],
    ]);
    expect(data.referenced.totalCount).toBe(10);
    expect(ids(data.province)).toEqual([PLAN_67]);
  });

  it('a document by number: issuer, recipients with purposes, references and targets with evidence', async () => {
    const data = await query<{
      document: {
        id: string;
        status: string;
        issuers: { actor: { id: string } }[];
        recipients: {
          actor: { id: string };
          purpose: string | null;
          evidence: { quote: string };
        }[];
        implements: {
          document: { id: string };
          evidence: { quote: string; document: { id: string } };
        }[];
        targets: { id: string }[];
        tasks: { id: string }[];
      };
    }>(`{
      document(number: "67-KH/HU") {
        id status
        issuers { actor { id } }
        recipients { actor { id } purpose evidence { quote } }
        implements { document { id } evidence { quote document { id } } }
        targets { id }
        tasks { id }
      }
    }`);
    const doc = data.document;
    expect(doc.id).toBe(PLAN_67);
    expect(doc.status).toBe('INGESTED');
    expect(doc.issuers.map((e) => e.actor.id)).toEqual([
      'quang-tri/vinh-linh/ban-thuong-vu-huyen-uy',
    ]);
    expect(doc.recipients).toHaveLength(11);
    expect(doc.recipients.filter((r) => r.purpose).map((r) => [r.actor.id, r.purpose])).toEqual([
      ['quang-tri/ban-thuong-vu-tinh-uy', 'báo cáo'],
      ['quang-tri/vinh-linh/van-phong-huyen-uy', 'lưu'],
    ]);
    expect(
      doc.implements.map((l) => [l.document.id, l.evidence.quote, l.evidence.document.id]),
    ).toEqual([
      ['doc:20-NQ/TW@tw:2022', 'Nghị quyết số 20-NQ/TW', PLAN_67],
      ['doc:47-CTr/TU@quang-tri:2022', 'Chương trình hành động số 47-CTr/TU', PLAN_67],
    ]);
    expect(doc.targets).toHaveLength(14);
    expect(doc.tasks).toHaveLength(20);
  });

  it('every fact on every document carries evidence that points into a document', async () => {
    type Evidence = { start: number; end: number; quote: string; document: { id: string } };
    type Edge = { evidence: Evidence };
    const data = await query<{
      documents: {
        edges: {
          node: {
            id: string;
            issuers: Edge[];
            recipients: Edge[];
            implements: Edge[];
            implementedBy: Edge[];
            targets: Edge[];
            tasks: (Edge & { leads: Edge[]; coordinators: Edge[]; reportsTo: Edge[] })[];
          };
        }[];
      };
    }>(`
      fragment E on Evidence { start end quote document { id } }
      {
        documents(first: 100) { edges { node {
          id
          issuers { evidence { ...E } }
          recipients { evidence { ...E } }
          implements { evidence { ...E } }
          implementedBy { evidence { ...E } }
          targets { evidence { ...E } }
          tasks {
            evidence { ...E }
            leads { evidence { ...E } }
            coordinators { evidence { ...E } }
            reportsTo { evidence { ...E } }
          }
        } } }
      }`);
    const all = data.documents.edges.flatMap(({ node: d }) => [
      ...d.issuers,
      ...d.recipients,
      ...d.implements,
      ...d.implementedBy,
      ...d.targets,
      ...d.tasks.flatMap((t) => [t, ...t.leads, ...t.coordinators, ...t.reportsTo]),
    ]);
    // 88 tasks, 24 targets, 82 leads, 24 coordinators, 5 report lines, 5 issuers, 48
    // recipients, and each of the 6 IMPLEMENTS seen from both ends.
    expect(all).toHaveLength(88 + 24 + 82 + 24 + 5 + 5 + 48 + 12);
    for (const { evidence } of all) {
      expect(evidence.quote.length).toBeGreaterThan(0);
      expect(evidence.end).toBeGreaterThan(evidence.start);
      expect(evidence.document.id).toMatch(/^doc:/);
    }
  });

  it('node(id) resolves every kind of node; unknown ids are null', async () => {
    const data = await query<Record<string, { __typename: string; id: string } | null>>(`{
      doc: node(id: "${PLAN_10}") { __typename id }
      org: node(id: "tw/ban-tuyen-giao") { __typename id }
      task: node(id: "${PLAN_10}#3.2") { __typename id }
      target: node(id: "${PLAN_67}/target/1") { __typename id }
      missing: node(id: "nope") { __typename id }
      noDocument: document(id: "nope") { id }
      notAnOrganization: organization(id: "${PLAN_10}") { id }
    }`);
    expect(data).toEqual({
      doc: { __typename: 'Document', id: PLAN_10 },
      org: { __typename: 'Organization', id: 'tw/ban-tuyen-giao' },
      task: { __typename: 'Task', id: `${PLAN_10}#3.2` },
      target: { __typename: 'Target', id: `${PLAN_67}/target/1` },
      missing: null,
      noDocument: null,
      notAnOrganization: null,
    });
  });

  it('organization hierarchy and groups', async () => {
    const data = await query<{
      organization: {
        jurisdiction: string;
        partOf: { id: string };
        groups: {
          group: { id: string; kind: string; members: { id: string }[] };
          reason: string;
        }[];
      };
    }>(`{
      organization(id: "tw/ban-tuyen-giao") {
        jurisdiction partOf { id }
        groups { reason group { id kind members { id } } }
      }
    }`);
    expect(data.organization.jurisdiction).toBe('tw');
    expect(data.organization.partOf.id).toBe('tw/ban-chap-hanh-trung-uong');
    expect(data.organization.groups).toHaveLength(3);
    for (const { group, reason } of data.organization.groups) {
      expect(group.kind).toBe('GROUP');
      expect(group.members.map((m) => m.id)).toContain('tw/ban-tuyen-giao');
      expect(reason).toMatch(/ban đảng/);
    }
  });
});

describe('pagination', () => {
  it('walking every page of tasks (first: 7) gives each task once, in a stable order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const data: {
        tasks: Ids & { pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      } = await query(
        'query ($after: String) { tasks(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        { after },
      );
      pages += 1;
      expect(data.tasks.totalCount).toBe(88);
      seen.push(...ids(data.tasks));
      if (!data.tasks.pageInfo.hasNextPage) break;
      after = data.tasks.pageInfo.endCursor;
    }
    expect(pages).toBe(13);
    expect(seen).toHaveLength(88);
    expect(new Set(seen).size).toBe(88);
    const all = await query<{ tasks: Ids }>(
      '{ tasks(first: 100) { totalCount edges { node { id } } } }',
    );
    expect(seen).toEqual(ids(all.tasks));
    expect([...seen].sort()).toEqual(seen);
  });

  it('first: 0 gives no edges but says whether any follow', async () => {
    const data = await query<{
      none: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    }>('{ none: organizations(first: 0) { edges { cursor } pageInfo { hasNextPage endCursor } } }');
    expect(data.none).toEqual({ edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
  });
});
