/**
 * Recipient coverage over HTTP on the seed graph: exact answers for seed 001 (the bloc plan
 * whose Liên minh Hợp tác xã gets a task and no copy) and 10-KH/TW (its part IV, outline 5.x in
 * the graph, against the groups of its Nơi nhận), the report over the five ingested documents in
 * its order, the CSV exports, and the errors.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GraphReader } from '../../src/read/reader.ts';
import { readCoverageReport, readDocumentCoverage } from '../../src/traverse/coverage/index.ts';
import { postGraphQL } from '../support/api.ts';
import { database } from '../support/neo4j.ts';
import { useSeedGraphApi } from '../support/seed-graph.ts';

const seeded = useSeedGraphApi();

const PLAN_001 = 'doc:h:c17ea55ac633508e';
const PLAN_10 = 'doc:10-KH/TW@tw:2022';
const CENTRAL_GROUP = 'group:tw/ban-dang-ban-can-su-dang-dang-doan-dang-uy-truc-thuoc-trung-uong';
const seedText = (file: string): string =>
  readFileSync(resolve(import.meta.dirname, '../../seed/documents', file), 'utf8');

const { query, download } = seeded;

interface Evidence {
  quote: string;
  start: number;
  end: number;
  document: { id: string };
}
interface Way {
  kind: string;
  archiveOnly: boolean;
  groupRule: string | null;
  reason: string | null;
  membershipSource: string | null;
  bodyWay: string | null;
  body: { id: string } | null;
  issuer: { actor: { id: string }; evidence: Evidence } | null;
  recipient: { actor: { id: string }; purpose: string | null; evidence: Evidence } | null;
}
interface Body {
  actor: { id: string; name: string; kind: string };
  status: string;
  roles: string[];
  onlyThroughArchive: boolean;
  note: string | null;
  tasks: { taskId: string; outlineId: string; role: string; evidence: Evidence }[];
  ways: Way[];
}
interface Coverage {
  recipientCoverage: {
    document: { id: string; status: string };
    summary: Record<string, number | null>;
    bodies: Body[];
    recipients: { actor: { id: string } }[];
    recipientsWithoutTask: { actor: { id: string }; purpose: string | null; evidence: Evidence }[];
    publications: { actor: { id: string }; evidence: Evidence }[];
  };
}

const EVIDENCE = 'evidence { quote start end document { id } }';
const COVERAGE = `query ($document: ID!) { recipientCoverage(document: $document) {
  document { id status }
  summary { bodies covered notCovered notCheckable coveredOnlyThroughArchive recipients
            recipientsWithoutTask publications coverageRatio }
  bodies {
    actor { id name kind } status roles onlyThroughArchive note
    tasks { taskId outlineId role ${EVIDENCE} }
    ways { kind archiveOnly groupRule reason membershipSource bodyWay body { id }
           issuer { actor { id } ${EVIDENCE} }
           recipient { actor { id } purpose ${EVIDENCE} } }
  }
  recipients { actor { id } }
  recipientsWithoutTask { actor { id } purpose ${EVIDENCE} }
  publications { actor { id } ${EVIDENCE} }
} }`;

const coverageOf = async (document: string) =>
  (await query<Coverage>(COVERAGE, { document })).recipientCoverage;
const bodyOf = (bodies: Body[], id: string): Body => {
  const body = bodies.find((b) => b.actor.id === id);
  if (!body) throw new Error(`no body ${id}`);
  return body;
};
/** kind, recipient line quote (or issuer quote), purpose, archive flag — per way. */
const waysOf = (body: Body) =>
  body.ways.map((w) => [
    w.kind,
    w.recipient?.evidence.quote ?? w.issuer?.evidence.quote,
    w.recipient?.purpose ?? null,
    w.archiveOnly,
  ]);

describe('recipient coverage of seed 001 (bloc party committee plan, no number)', () => {
  it('every task actor with its status, roles and tasks; the figures', async () => {
    const c = await coverageOf(PLAN_001);
    expect(c.document).toEqual({ id: PLAN_001, status: 'INGESTED' });
    expect(
      c.bodies.map((b) => [b.actor.id, b.status, b.roles, b.tasks.map((t) => t.outlineId)]),
    ).toEqual([
      [
        'generic:thu-truong-co-quan-don-vi',
        'NOT_CHECKABLE',
        ['COORDINATOR'],
        ['3.2.1', '3.2.2', '3.2.3', '3.2.4'],
      ],
      [
        'generic:lanh-dao-doanh-nghiep-co-lien-quan',
        'NOT_CHECKABLE',
        ['COORDINATOR'],
        ['3.2.1', '3.2.2', '3.2.3', '3.2.4'],
      ],
      [`group:${PLAN_001}/cap-uy-co-so`, 'COVERED', ['LEAD'], ['3.2.1', '3.2.2', '3.2.3', '3.2.4']],
      ['generic:cac-co-quan-co-lien-quan', 'NOT_CHECKABLE', ['COORDINATOR'], ['3.3']],
      [`${PLAN_001}/lien-minh-htx`, 'NOT_COVERED', ['LEAD'], ['3.3']],
      [`group:${PLAN_001}/doan-the`, 'NOT_COVERED', ['LEAD'], ['3.4']],
      [`group:${PLAN_001}/chi-uy-dang-uy-co-so`, 'COVERED', ['LEAD'], ['4.1']],
      [`${PLAN_001}/ban-thuong-vu-doan-khoi`, 'COVERED', ['LEAD'], ['4.2']],
      [`${PLAN_001}/cong-doan-vien-chuc`, 'COVERED', ['LEAD'], ['4.2']],
      [`${PLAN_001}/cong-doan-khu-cong-nghiep`, 'COVERED', ['LEAD'], ['4.2']],
      [`${PLAN_001}/ban-tuyen-giao-dang-uy-khoi`, 'COVERED', ['LEAD'], ['4.3']],
      [`${PLAN_001}/ban-thuong-vu-dang-uy-khoi`, 'COVERED', ['REPORTED_TO'], ['4.3']],
    ]);
    // 12 actors: 3 generic phrases, 7 of the 9 others reached → 7/9.
    expect(c.summary).toEqual({
      bodies: 12,
      covered: 7,
      notCovered: 2,
      notCheckable: 3,
      coveredOnlyThroughArchive: 1,
      recipients: 10,
      recipientsWithoutTask: 5,
      publications: 1,
      coverageRatio: 7 / 9,
    });
  });

  it('Liên minh Hợp tác xã tỉnh leads task 3.3 and receives nothing', async () => {
    const c = await coverageOf(PLAN_001);
    const lmhtx = bodyOf(c.bodies, `${PLAN_001}/lien-minh-htx`);
    expect(lmhtx.actor).toEqual({
      id: `${PLAN_001}/lien-minh-htx`,
      name: 'Liên minh Hợp tác xã tỉnh',
      kind: 'ORGANIZATION',
    });
    expect(lmhtx.ways).toEqual([]);
    // The OCR-damaged quote ("tinh") is the text's own.
    expect(lmhtx.tasks.map((t) => [t.taskId, t.role, t.evidence.quote])).toEqual([
      [`${PLAN_001}#3.3`, 'LEAD', 'Liên minh Hợp tác xã tinh'],
    ]);
  });

  it('part III (tasks 4.1–4.3) is reached through BTV Đoàn Khối, the unions’ BTVs, the base party cells, an archive line and the issuer', async () => {
    const c = await coverageOf(PLAN_001);
    const within = bodyOf(c.bodies, `group:${PLAN_001}/chi-uy-dang-uy-co-so`);
    expect(waysOf(within)).toEqual([['GROUP_WITHIN_GROUP', 'Các chi, đảng bộ cơ sở', null, false]]);
    expect(within.ways[0]?.reason).toBe(
      '"chi ủy" (cap-uy) within "chi"; "đảng ủy" (dang-uy) within "đảng bộ"',
    );
    expect(within.ways[0]?.groupRule).toBe(
      'chi, (cap-uy, level xa, of document h:c17ea55ac633508e only); đảng bộ, (cap-uy|dang-uy, level xa, of document h:c17ea55ac633508e only) — cơ sở',
    );
    expect(waysOf(bodyOf(c.bodies, `${PLAN_001}/ban-thuong-vu-doan-khoi`))).toEqual([
      ['DIRECT', 'BTV Đoàn Khối', null, false],
    ]);
    const union = bodyOf(c.bodies, `${PLAN_001}/cong-doan-vien-chuc`);
    expect(waysOf(union)).toEqual([['STANDING_BODY', 'BTV Công đoàn Viên chức', null, false]]);
    expect(union.ways[0]?.body?.id).toBe(`${PLAN_001}/ban-thuong-vu-cong-doan-vien-chuc`);
    expect(union.ways[0]?.recipient?.evidence).toEqual({
      quote: 'BTV Công đoàn Viên chức',
      start: 4843,
      end: 4866,
      document: { id: PLAN_001 },
    });
    expect(waysOf(bodyOf(c.bodies, `${PLAN_001}/cong-doan-khu-cong-nghiep`))).toEqual([
      ['STANDING_BODY', 'BTV Công đoàn Các khu công nghiệp', null, false],
    ]);
    // Ban Tuyên giáo Đảng ủy Khối leads 4.3 but is only on the archive line "Lưu VP, BTG…".
    const btg = bodyOf(c.bodies, `${PLAN_001}/ban-tuyen-giao-dang-uy-khoi`);
    expect(waysOf(btg)).toEqual([['DIRECT', 'BTG Đảng ủy Khối', 'lưu', true]]);
    expect(btg.onlyThroughArchive).toBe(true);
    // 4.3 is reported to the issuing Ban Thường vụ.
    const issuer = bodyOf(c.bodies, `${PLAN_001}/ban-thuong-vu-dang-uy-khoi`);
    expect(waysOf(issuer)).toEqual([
      ['ISSUER', 'Ban Thường vụ Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh', null, false],
    ]);
  });

  it('recipients without a task, archive lines included; "Đăng website" apart', async () => {
    const c = await coverageOf(PLAN_001);
    expect(c.recipientsWithoutTask.map((r) => [r.actor.id, r.evidence.quote, r.purpose])).toEqual([
      [`${PLAN_001}/thuong-truc-tinh-uy`, 'Thường trực Tỉnh ủy', 'báo cáo'],
      [
        `person:tran-ngoc-tam@${PLAN_001}/tinh-uy`,
        'Đ/c Trần Ngọc Tam, Phó Bí thư Tỉnh ủy',
        'báo cáo',
      ],
      [`${PLAN_001}/ban-tuyen-giao-tinh-uy`, 'Ban Tuyên giáo Tỉnh ủy', 'báo cáo'],
      [`role:uy-vien@${PLAN_001}/dang-uy-khoi`, 'Các đồng chí UVBCH Đảng bộ Khối', null],
      [`${PLAN_001}/van-phong-dang-uy-khoi`, 'VP', 'lưu'],
    ]);
    expect(c.publications.map((p) => [p.actor.id, p.evidence.quote])).toEqual([
      ['publication:website', 'Đăng website'],
    ]);
    expect(c.recipients).toHaveLength(10);
  });

  it('every quote returned is the text at its span', async () => {
    const c = await coverageOf(PLAN_001);
    const text = seedText('001_655f8d64d6a8d424.txt');
    const evidence = [
      ...c.bodies.flatMap((b) => [
        ...b.tasks.map((t) => t.evidence),
        ...b.ways.flatMap((w) => [w.recipient?.evidence, w.issuer?.evidence]),
      ]),
      ...c.recipientsWithoutTask.map((r) => r.evidence),
      ...c.publications.map((r) => r.evidence),
    ].filter((e): e is Evidence => e !== undefined);
    // 21 task quotes, 7 ways, 5 recipients without a task, 1 publication.
    expect(evidence.length).toBe(34);
    expect(evidence.filter((e) => text.slice(e.start, e.end) !== e.quote)).toEqual([]);
  });
});

describe('recipient coverage of 10-KH/TW (Politburo plan)', () => {
  it('part IV (outline 5.x): who is reached through the groups of its Nơi nhận, and who is not', async () => {
    const c = await coverageOf(PLAN_10);
    const partIV = c.bodies.filter((b) => b.tasks.some((t) => t.outlineId.startsWith('5.')));
    expect(
      partIV.map((b) => [
        b.actor.id,
        b.status,
        b.ways.map((w) => `${w.kind} ${w.recipient?.actor.id ?? w.issuer?.actor.id}`),
      ]),
    ).toEqual([
      ['tw/ban-bi-thu', 'NOT_COVERED', []],
      ['generic:cac-co-quan-lien-quan', 'NOT_CHECKABLE', []],
      ['tw/ban-tuyen-giao', 'COVERED', [`GROUP ${CENTRAL_GROUP}`]],
      ['group:tw/to-chuc-chinh-tri-xa-hoi', 'NOT_COVERED', []],
      ['tw/ban-can-su-dang-chinh-phu', 'COVERED', [`GROUP ${CENTRAL_GROUP}`]],
      ['tw/dang-doan-quoc-hoi', 'COVERED', [`GROUP ${CENTRAL_GROUP}`]],
      ['tw/ban-can-su-dang-bo-ke-hoach-va-dau-tu', 'COVERED', [`GROUP ${CENTRAL_GROUP}`]],
      ['tw/lien-minh-htx', 'NOT_COVERED', []],
      ['tw/ban-kinh-te', 'COVERED', [`GROUP ${CENTRAL_GROUP}`]],
      ['tw/hoi-dong-ly-luan', 'NOT_COVERED', []],
      ['tw/ban-can-su-dang-bo-thong-tin-va-truyen-thong', 'COVERED', [`GROUP ${CENTRAL_GROUP}`]],
      ['tw/bo-chinh-tri', 'COVERED', ['ISSUER tw/bo-chinh-tri']],
      ['tw/ban-can-su-dang-bo-tu-phap', 'COVERED', [`GROUP ${CENTRAL_GROUP}`]],
      ['tw/ban-noi-chinh', 'COVERED', [`GROUP ${CENTRAL_GROUP}`]],
      ['tw/uy-ban-kiem-tra', 'NOT_COVERED', []],
      ['group:tw/ban-dang-dang-doan-ban-can-su-dang-o-trung-uong', 'NOT_COVERED', []],
      ['generic:cac-co-quan-to-chuc-co-lien-quan-o-trung-uong', 'NOT_CHECKABLE', []],
      ['tw/dang-doan-mat-tran-to-quoc', 'COVERED', [`GROUP ${CENTRAL_GROUP}`]],
      ['tw/doan-tncs/ban-bi-thu', 'COVERED', ['DIRECT tw/doan-tncs/ban-bi-thu']],
      ['group:system/lien-minh-htx', 'NOT_COVERED', []],
      [
        'group:tw/tinh-uy-thanh-uy-dang-uy-truc-thuoc-trung-uong',
        'COVERED',
        ['GROUP_WITHIN_GROUP group:tw/tinh-uy-thanh-uy', `GROUP_WITHIN_GROUP ${CENTRAL_GROUP}`],
      ],
    ]);
  });

  it('Ban Tuyên giáo Trung ương: through the central group by its stored MEMBER_OF reason, with both quotes', async () => {
    const c = await coverageOf(PLAN_10);
    const btg = bodyOf(c.bodies, 'tw/ban-tuyen-giao');
    expect(btg.tasks.map((t) => [t.outlineId, t.role, t.evidence.quote, t.evidence.start])).toEqual(
      [
        ['3.2', 'LEAD', 'Ban Tuyên giáo Trung ương', 1894],
        ['5.3.1', 'LEAD', 'Ban Tuyên giáo Trung ương', 5961],
        ['5.3.2', 'LEAD', 'Ban Tuyên giáo Trung ương', 5961],
        ['5.3.3', 'LEAD', 'Ban Tuyên giáo Trung ương', 5961],
        ['5.3.4', 'LEAD', 'Ban Tuyên giáo Trung ương', 5961],
      ],
    );
    expect(btg.ways).toHaveLength(1);
    const way = btg.ways[0];
    expect(way?.membershipSource).toBe('STORED_LINK');
    expect(way?.reason).toBe(
      'admitted by "ban đảng": kind ban-dang, level TW, under tw/ban-chap-hanh-trung-uong',
    );
    expect(way?.recipient).toEqual({
      actor: { id: CENTRAL_GROUP },
      purpose: null,
      evidence: {
        quote: 'Các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương',
        start: 11537,
        end: 11608,
        document: { id: PLAN_10 },
      },
    });
    expect(way?.groupRule).toMatch(
      /^ban đảng, \(ban-dang, level TW, directly under tw\/ban-chap-hanh-trung-uong\); /,
    );
  });

  it('roles: a member of the Central Committee is a recipient; a bí thư of a group not in the graph cannot be checked', async () => {
    const c = await coverageOf(PLAN_10);
    expect(waysOf(bodyOf(c.bodies, 'role:uy-vien@tw/ban-chap-hanh-trung-uong'))).toEqual([
      ['DIRECT', 'Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng', null, false],
    ]);
    const secretary = bodyOf(
      c.bodies,
      'role:bi-thu@group:tw/tinh-uy-thanh-uy-dang-doan-ban-can-su-dang-dang-uy-truc-thuoc-trung-uong',
    );
    expect([secretary.status, secretary.note]).toEqual([
      'NOT_CHECKABLE',
      'its body group:tw/tinh-uy-thanh-uy-dang-doan-ban-can-su-dang-dang-uy-truc-thuoc-trung-uong is not in the graph',
    ]);
  });

  it('the figures and the recipients without a task', async () => {
    const c = await coverageOf(PLAN_10);
    expect(c.summary).toEqual({
      bodies: 28,
      covered: 14,
      notCovered: 9,
      notCheckable: 5,
      coveredOnlyThroughArchive: 0,
      recipients: 6,
      recipientsWithoutTask: 2,
      publications: 0,
      coverageRatio: 14 / 23,
    });
    expect(c.recipientsWithoutTask.map((r) => [r.actor.id, r.purpose])).toEqual([
      ['group:tw/dang-uy-don-vi-su-nghiep-trung-uong', null],
      ['tw/van-phong', 'lưu'],
    ]);
  });
});

describe('recipient coverage of the Lạng Sơn sao y copy 156-SY/TU', () => {
  it('has no task of its own: a note points to the original, its recipients have no task', async () => {
    const data = await query<{
      recipientCoverage: {
        note: string | null;
        bodies: unknown[];
        recipientsWithoutTask: { actor: { id: string } }[];
        summary: { coverageRatio: number | null };
      };
    }>(`{ recipientCoverage(document: "doc:156-SY/TU@lang-son:2022") {
      note bodies { status } recipientsWithoutTask { actor { id } } summary { coverageRatio } } }`);
    expect(data.recipientCoverage.note).toBe(
      `a certified copy of ${PLAN_10}: the tasks are the original's, audit that one; the copy's own recipients are listed without a task`,
    );
    expect(data.recipientCoverage.bodies).toEqual([]);
    expect(data.recipientCoverage.recipientsWithoutTask).toHaveLength(5);
    expect(data.recipientCoverage.summary.coverageRatio).toBeNull();
  });
});

describe('recipient coverage: errors', () => {
  it('an unknown document is NOT_FOUND with its id; a referenced placeholder is BAD_USER_INPUT', async () => {
    const unknown = await postGraphQL<Coverage>(seeded.api, COVERAGE, { document: 'doc:nope' });
    expect(unknown.body.data?.recipientCoverage).toBeNull();
    expect(unknown.body.errors?.map((e) => [e.message, e.extensions])).toEqual([
      ['no document doc:nope', { code: 'NOT_FOUND', id: 'doc:nope' }],
    ]);
    const placeholder = await postGraphQL<Coverage>(seeded.api, COVERAGE, {
      document: 'doc:20-NQ/TW@tw:2022',
    });
    expect(placeholder.body.errors?.map((e) => e.extensions)).toEqual([
      { code: 'BAD_USER_INPUT', id: 'doc:20-NQ/TW@tw:2022', status: 'referenced' },
    ]);
  });
});

describe('coverage report', () => {
  const REPORT = `query ($filter: CoverageFilter, $first: Int, $after: String) {
    coverageReport(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { document { id } summary { covered notCovered coverageRatio } } }
    } }`;
  interface Report {
    coverageReport: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: {
        cursor: string;
        node: {
          document: { id: string };
          summary: { covered: number; notCovered: number; coverageRatio: number | null };
        };
      }[];
    };
  }
  const rows = (r: Report) =>
    r.coverageReport.edges.map((e) => [
      e.node.document.id,
      e.node.summary.covered,
      e.node.summary.notCovered,
      e.node.summary.coverageRatio,
    ]);

  it('the five ingested seed documents, worst coverage first; the copy without tasks last', async () => {
    const r = await query<Report>(REPORT, {});
    expect(r.coverageReport.totalCount).toBe(5);
    expect(rows(r)).toEqual([
      [PLAN_10, 14, 9, 14 / 23],
      // seed 003: "Mặt trận Tổ quốc" written out after a collective is a lead of its own, and
      // "Các ban, ngành" / "đoàn thể chính trị - xã hội" stand apart (docs/labelling.md)
      ['doc:67-KH/HU@quang-tri/vinh-linh:2023', 10, 4, 10 / 14],
      [PLAN_001, 7, 2, 7 / 9],
      ['doc:h:e2ccd97eeb0684c6', 9, 0, 1],
      ['doc:156-SY/TU@lang-son:2022', 0, 0, null],
    ]);
    expect(r.coverageReport.pageInfo).toEqual({
      hasNextPage: false,
      endCursor: r.coverageReport.edges[4]?.cursor,
    });
  });

  it('pages by 2 with stable cursors: each document once, in the same order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const r: Report = await query<Report>(REPORT, { first: 2, after });
      seen.push(...r.coverageReport.edges.map((e) => e.node.document.id));
      expect(r.coverageReport.pageInfo.hasNextPage).toBe(page < 2);
      after = r.coverageReport.pageInfo.endCursor;
    }
    expect(seen).toEqual([
      PLAN_10,
      'doc:67-KH/HU@quang-tri/vinh-linh:2023',
      PLAN_001,
      'doc:h:e2ccd97eeb0684c6',
      'doc:156-SY/TU@lang-son:2022',
    ]);
  });

  it('filters: province, level, type, implements, issuer, dates', async () => {
    const ids = async (filter: Record<string, string>) =>
      rows(await query<Report>(REPORT, { filter })).map((r) => r[0]);
    expect(await ids({ jurisdiction: 'quang-tri' })).toEqual([
      'doc:67-KH/HU@quang-tri/vinh-linh:2023',
    ]);
    expect(await ids({ level: 'tinh' })).toEqual([
      PLAN_001,
      'doc:h:e2ccd97eeb0684c6',
      'doc:156-SY/TU@lang-son:2022',
    ]);
    expect(await ids({ type: 'Chương trình hành động' })).toEqual(['doc:h:e2ccd97eeb0684c6']);
    expect(await ids({ implements: 'doc:20-NQ/TW@tw:2022' })).toEqual([
      PLAN_10,
      'doc:67-KH/HU@quang-tri/vinh-linh:2023',
      'doc:h:e2ccd97eeb0684c6',
    ]);
    expect(await ids({ issuer: 'tw/bo-chinh-tri' })).toEqual([PLAN_10]);
    expect(await ids({ issuedFrom: '2022-09-01', issuedTo: '2022-12-31' })).toEqual([
      'doc:156-SY/TU@lang-son:2022',
    ]);
  });

  it('bad arguments are BAD_USER_INPUT', async () => {
    const codes = async (variables: Record<string, unknown>) =>
      (await postGraphQL(seeded.api, REPORT, variables)).body.errors?.map((e) => [
        e.extensions?.code,
        (e.extensions as { argument?: string } | undefined)?.argument,
      ]);
    expect(await codes({ first: 101 })).toEqual([['BAD_USER_INPUT', 'first']]);
    expect(await codes({ after: 'not-a-cursor' })).toEqual([['BAD_USER_INPUT', 'after']]);
    expect(await codes({ filter: { issuedFrom: '2022-13-01' } })).toEqual([
      ['BAD_USER_INPUT', 'issuedFrom'],
    ]);
  });
});

describe('one Cypher statement per traversal call', () => {
  it('a document’s coverage and a report each run exactly one statement', async () => {
    const one = new GraphReader(seeded.driver, database, 10_000);
    await readDocumentCoverage(one, PLAN_10);
    expect(one.queries).toBe(1);
    const report = new GraphReader(seeded.driver, database, 10_000);
    expect(await readCoverageReport(report, {})).toHaveLength(5);
    expect(report.queries).toBe(1);
  });

  it('a report past its cap is refused with the number matched, still in one statement', async () => {
    const db = new GraphReader(seeded.driver, database, 10_000);
    await expect(readCoverageReport(db, {}, 4)).rejects.toMatchObject({
      message:
        '5 documents match; a coverage report spans at most 4: narrow the filter (jurisdiction, level, type, issuer, issuedFrom/issuedTo, implements)',
      code: 'BAD_USER_INPUT',
      details: { matched: 5, max: 4 },
    });
    expect(db.queries).toBe(1);
    expect(await readCoverageReport(db, {}, 5)).toHaveLength(5);
  });
});

describe('coverage exports', () => {
  const get = download;
  /** The body as sent, byte-order mark included. */
  const csvLines = (file: { body: string }): string[] => file.body.split('\r\n');

  it('coverage.csv: a row per task actor × way, then the recipients without a task', async () => {
    const response = await get(`/export/coverage.csv?document=${encodeURIComponent(PLAN_001)}`);
    expect(response.status).toBe(200);
    expect(response.type).toBe('text/csv; charset=utf-8');
    const lines = csvLines(response);
    expect(lines[0]).toBe(
      '\uFEFFbody_id,body_name,body_kind,status,roles,task_outlines,way,recipient_quote,recipient_purpose,archive_only,membership_source,group_rule,reason,task_evidence',
    );
    // 12 actors, one way each (or none), then 5 recipients without a task, then the final CRLF.
    expect(lines).toHaveLength(1 + 12 + 5 + 1);
    expect(lines.at(-1)).toBe('');
    expect(lines).toContain(
      `${PLAN_001}/lien-minh-htx,Liên minh Hợp tác xã tỉnh,Organization,NOT_COVERED,LEAD,3.3,,,,,,,,3.3: Liên minh Hợp tác xã tinh`,
    );
    expect(lines).toContain(
      `${PLAN_001}/cong-doan-vien-chuc,Công đoàn Viên chức tỉnh,Organization,COVERED,LEAD,4.2,STANDING_BODY,BTV Công đoàn Viên chức,,false,,,Ban Thường vụ Công đoàn Viên chức tỉnh (ban-thuong-vu) is part of Công đoàn Viên chức tỉnh: its standing body,4.2: Công đoàn Viên chức`,
    );
    expect(lines).toContain(
      `${PLAN_001}/ban-tuyen-giao-dang-uy-khoi,Ban Tuyên giáo Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh,Organization,COVERED,LEAD,4.3,DIRECT,BTG Đảng ủy Khối,lưu,true,,,,4.3: Ban Tuyên giáo Đảng ủy Khối`,
    );
    expect(lines).toContain(
      `group:${PLAN_001}/chi-uy-dang-uy-co-so,"Các chi ủy, đảng ủy cơ sở",OrgGroup,COVERED,LEAD,4.1,GROUP_WITHIN_GROUP,"Các chi, đảng bộ cơ sở",,false,,"chi, (cap-uy, level xa, of document h:c17ea55ac633508e only); đảng bộ, (cap-uy|dang-uy, level xa, of document h:c17ea55ac633508e only) — cơ sở","""chi ủy"" (cap-uy) within ""chi""; ""đảng ủy"" (dang-uy) within ""đảng bộ""","4.1: Các chi ủy, đảng ủy cơ sở"`,
    );
    expect(lines).toContain(
      `${PLAN_001}/thuong-truc-tinh-uy,Thường trực Tỉnh ủy,Organization,RECIPIENT_WITHOUT_TASK,,,,Thường trực Tỉnh ủy,báo cáo,,,,,`,
    );
  });

  it('coverage.csv of 10-KH/TW: Ban Tuyên giáo through the central group, with the stored reason', async () => {
    const response = await get(`/export/coverage.csv?document=${encodeURIComponent(PLAN_10)}`);
    const lines = csvLines(response);
    const btg = lines.filter((l) => l.startsWith('tw/ban-tuyen-giao,'));
    expect(btg).toHaveLength(1);
    expect(btg[0]).toContain(
      ',COVERED,LEAD,3.2 5.3.1 5.3.2 5.3.3 5.3.4,GROUP,"Các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương",,false,STORED_LINK,',
    );
    expect(btg[0]).toContain(
      ',"admitted by ""ban đảng"": kind ban-dang, level TW, under tw/ban-chap-hanh-trung-uong",',
    );
    expect(lines.filter((l) => l.startsWith('tw/lien-minh-htx,'))).toEqual([
      'tw/lien-minh-htx,Liên minh Hợp tác xã Việt Nam,Organization,NOT_COVERED,LEAD COORDINATOR,5.3.1 5.4.1 5.9.1 5.9.2,,,,,,,,5.3.1: Liên minh Hợp tác xã Việt Nam 5.4.1: Liên minh Hợp tác xã Việt Nam 5.9.1: Liên minh hợp tác xã 5.9.2: Liên minh hợp tác xã',
    ]);
  });

  it('coverage-report.csv: the report in its order, filters as query parameters', async () => {
    const response = await get('/export/coverage-report.csv');
    expect(response.status).toBe(200);
    expect(response.type).toBe('text/csv; charset=utf-8');
    expect(csvLines(response)).toEqual([
      '\uFEFFdocument_id,number,type,issued_date,level,jurisdiction,bodies,covered,not_covered,not_checkable,covered_only_through_archive,recipients,recipients_without_task,publications,coverage_ratio',
      'doc:10-KH/TW@tw:2022,10-KH/TW,Kế hoạch,2022-08-23,TW,tw,28,14,9,5,0,6,2,0,0.6087',
      'doc:67-KH/HU@quang-tri/vinh-linh:2023,67-KH/HU,Kế hoạch,2023-01-31,huyen,quang-tri/vinh-linh,18,10,4,4,0,11,5,0,0.7143',
      'doc:h:c17ea55ac633508e,,Kế hoạch,,tinh,,12,7,2,3,1,10,5,1,0.7778',
      'doc:h:e2ccd97eeb0684c6,,Chương trình hành động,,tinh,,10,9,0,1,0,15,9,0,1',
      'doc:156-SY/TU@lang-son:2022,156-SY/TU,Sao y,2022-09-09,tinh,lang-son,0,0,0,0,0,5,5,0,',
      '',
    ]);
    const filtered = await get('/export/coverage-report.csv?jurisdiction=quang-tri');
    expect(csvLines(filtered).slice(1)).toEqual([
      'doc:67-KH/HU@quang-tri/vinh-linh:2023,67-KH/HU,Kế hoạch,2023-01-31,huyen,quang-tri/vinh-linh,18,10,4,4,0,11,5,0,0.7143',
      '',
    ]);
  });

  it('404 for an unknown document, 400 for a missing parameter, a placeholder or a bad date', async () => {
    const unknown = await get('/export/coverage.csv?document=doc%3Anope');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toEqual({
      errors: [
        { message: 'no document doc:nope', extensions: { code: 'NOT_FOUND', id: 'doc:nope' } },
      ],
    });
    const missing = await get('/export/coverage.csv');
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.body)).toEqual({
      errors: [
        {
          message: 'the query parameter "document" is required',
          extensions: { code: 'BAD_USER_INPUT', parameter: 'document' },
        },
      ],
    });
    const placeholder = await get(
      `/export/coverage.csv?document=${encodeURIComponent('doc:20-NQ/TW@tw:2022')}`,
    );
    expect(placeholder.status).toBe(400);
    expect((await get('/export/coverage-report.csv?issuedTo=2022-02-30x')).status).toBe(400);
  });
});
