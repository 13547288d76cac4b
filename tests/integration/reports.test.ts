/**
 * Reports as documents: a báo cáo is ingested like any document and linked REPORTS_ON to the
 * document it reports on and to the tasks it answers, each link with its evidence. Then the
 * statuses derived from them, and manual updates as an audit trail.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../src/api/server.ts';
import { postGraphQL } from '../support/api.ts';
import { createEnvironment, ingestFiles } from '../../src/graph/ingest.ts';
import { defaultRegistry } from '../../src/orgs/index.ts';
import { database } from '../support/neo4j.ts';
import { loadReports, reportDir } from '../support/reports.ts';
import { seedDir, useSeedGraphApi } from '../support/seed-graph.ts';

const graph = useSeedGraphApi();

const PLAN_10 = 'doc:10-KH/TW@tw:2022';
const PLAN_67 = 'doc:67-KH/HU@quang-tri/vinh-linh:2023';

interface Link {
  report: string;
  target: string;
  answers: string | null;
  outcome: string | null;
  completedOn: string | null;
  quote: string;
}

async function links(): Promise<Link[]> {
  const { records } = await graph.driver.executeQuery(
    `MATCH (r:Document)-[l:REPORTS_ON]->(x)
     RETURN r.number AS report, x.id AS target, l.answers AS answers, l.outcome AS outcome,
            l.completedOn AS completedOn, l.quote AS quote, coalesce(l.docId, r.id) AS docId, l.start AS start,
            l.end AS end
     ORDER BY report, target`,
    {},
    { database },
  );
  return records.map((r) => {
    const text = readFileSync(
      join(reportDir, r.get('report') === '85-BC/BTGTW' ? '85-BC-BTGTW.txt' : '112-BC-HU.txt'),
      'utf8',
    );
    // The evidence is the report's own text.
    expect(text.slice(r.get('start') as number, r.get('end') as number)).toBe(r.get('quote'));
    return {
      report: r.get('report') as string,
      target: r.get('target') as string,
      answers: r.get('answers') as string | null,
      outcome: r.get('outcome') as string | null,
      completedOn: r.get('completedOn') as string | null,
      quote: r.get('quote') as string,
    };
  });
}

beforeAll(async () => {
  await loadReports(graph.driver);
});

describe('reports on 10-KH/TW and 67-KH/HU', () => {
  it('link each report to its document and to the tasks it answers', async () => {
    const found = await links();
    expect(found.map((l) => [l.report, l.target, l.outcome, l.completedOn])).toEqual([
      ['112-BC/HU', PLAN_67, null, null],
      ['112-BC/HU', `${PLAN_67}#4.1.2`, 'done', '2023-06-15'],
      ['112-BC/HU', `${PLAN_67}#4.3.1`, 'done', '2024-11-30'],
      ['112-BC/HU', `${PLAN_67}#4.3.2`, 'done', '2024-11-30'],
      ['85-BC/BTGTW', PLAN_10, null, null],
      ['85-BC/BTGTW', `${PLAN_10}#3.2`, 'done', '2022-08-25'],
      ['85-BC/BTGTW', `${PLAN_10}#5.3.2`, 'done', '2024-02-20'],
      ['85-BC/BTGTW', `${PLAN_10}#5.3.4`, 'ongoing', null],
    ]);
    expect(found[0]?.quote).toBe('Kế hoạch số 67-KH/HU');
    expect(found[5]?.answers).toBe(
      'mục II.2: “hướng dẫn các cấp uỷ tổ chức nghiên cứu, học tập, quán triệt Nghị quyết 20”',
    );
    expect(found[1]?.answers).toBe(
      '“Xây dựng nội dung và phương pháp tuyên truyền phù hợp với từng đối tượng”',
    );
  });

  it('keeps the links when the reported document is ingested again (its tasks are rewritten)', async () => {
    const seed67 = join(seedDir, '003_c1ef8345d186a5d7.txt');
    const text = readFileSync(seed67, 'utf8');
    const copy = join(mkdtempSync(join(tmpdir(), 'reports-')), '67.txt');
    // The same plan with one more line: a changed text, so its tasks are written again.
    writeFileSync(copy, `${text}\n`);
    const env = createEnvironment(defaultRegistry());
    const before = await links();
    const summary = await ingestFiles({ driver: graph.driver, database }, env, [copy]);
    expect(summary.reports[0]?.outcome).toBe('updated');
    expect(await links()).toEqual(before);
    // Back to the seed's own text for the tests that follow.
    await ingestFiles({ driver: graph.driver, database }, env, [seed67]);
  });
});

interface StatusAnswer {
  task: {
    status: string;
    statusEvidence: {
      source: string;
      explanation: string;
      report: { number: string } | null;
      answers: string | null;
      done: string | null;
      completedOn: string | null;
      evidence: { quote: string } | null;
    }[];
  };
}

const STATUS = `query ($id: ID!, $asOf: String) {
  task: node(id: $id) {
    ... on Task {
      status(asOf: $asOf)
      statusEvidence(asOf: $asOf) {
        source explanation report { number } answers done completedOn evidence { quote }
      }
    }
  }
}`;

async function statusOf(id: string, asOf: string): Promise<StatusAnswer['task']> {
  return (await graph.query<StatusAnswer>(STATUS, { id, asOf })).task;
}

describe('task status, derived and explained', () => {
  it('gives each reported task its status at the end of 2024, with the report as evidence', async () => {
    const cases: [string, string][] = [
      [`${PLAN_10}#3.2`, 'DONE_ON_TIME'],
      [`${PLAN_10}#5.3.2`, 'DONE_LATE'],
      [`${PLAN_10}#5.3.4`, 'NOT_DUE'],
      [`${PLAN_10}#3.3`, 'OVERDUE'],
      [`${PLAN_67}#4.1.1`, 'OVERDUE'],
      [`${PLAN_67}#4.1.2`, 'DONE_LATE'],
      [`${PLAN_67}#4.3.1`, 'DONE_ON_TIME'],
    ];
    const got = await Promise.all(cases.map(([id]) => statusOf(id, '2024-12-31')));
    expect(got.map((s) => s.status)).toEqual(cases.map(([, status]) => status));
    const onTime = got[0]?.statusEvidence[0];
    expect(onTime).toMatchObject({
      source: 'REPORT',
      explanation: 'report 85-BC/BTGTW says it was done on 2022-08-25 (due 2022-08-31)',
      report: { number: '85-BC/BTGTW' },
      completedOn: '2022-08-25',
    });
    expect(onTime?.done).toMatch(/^Ban Tuyên giáo Trung ương đã ban hành Hướng dẫn số 52-HD/);
    expect(onTime?.evidence?.quote).toMatch(/^Về nhiệm vụ tại mục II.2 của Kế hoạch 10/);
    expect(got[2]?.statusEvidence.map((e) => [e.source, e.explanation])).toEqual([
      ['DEADLINE', 'no end date (“thực hiện từ năm 2022”)'],
      ['REPORT', 'report 85-BC/BTGTW: ongoing'],
    ]);
    expect(got[3]?.statusEvidence.map((e) => e.explanation)).toEqual([
      'due 2022-09-30, before 2024-12-31, and no report says it was done',
    ]);
  });

  it('ignores a report issued after the date asked', async () => {
    const before = await statusOf(`${PLAN_67}#4.3.1`, '2024-12-01');
    expect(before.status).toBe('DUE_SOON');
    expect(before.statusEvidence.map((e) => e.explanation)).toEqual([
      'due 2024-12-31, within 30 days of 2024-12-01',
    ]);
    expect((await statusOf(`${PLAN_67}#4.3.1`, '2023-06-01')).status).toBe('NOT_DUE');
  });

  it("is CLOSED when a newer document replaces the task's document", async () => {
    // The REPLACES a registry of document relations (issue 13) writes, newer → older.
    await graph.driver.executeQuery(
      `MATCH (old:Document {id: $old})
       MERGE (n:Document {id: 'doc:test-replacing'}) SET n.number = '99-KH/HU', n.status = 'referenced'
       MERGE (n)-[:REPLACES]->(old)`,
      { old: PLAN_67 },
      { database },
    );
    const closed = await statusOf(`${PLAN_67}#4.1.1`, '2024-12-31');
    expect(closed.status).toBe('CLOSED');
    expect(closed.statusEvidence[0]?.explanation).toBe('its document was replaced by 99-KH/HU');
    await graph.driver.executeQuery(
      `MATCH (n:Document {id: 'doc:test-replacing'}) DETACH DELETE n`,
      {},
      { database },
    );
    expect((await statusOf(`${PLAN_67}#4.1.1`, '2024-12-31')).status).toBe('OVERDUE');
  });

  it('refuses a date that is not one', async () => {
    const error = await graph.error(STATUS, { id: `${PLAN_67}#4.1.1`, asOf: '31/12/2024' });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

interface Counts {
  assigned: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  open: number;
}
interface Group {
  leadName: string | null;
  year: number | null;
  counts: Counts;
}
const COUNTS = 'counts { assigned doneOnTime doneLate overdue open }';
const row = (g: Group): (string | number | null)[] => [
  g.leadName ?? g.year,
  g.counts.assigned,
  g.counts.doneOnTime,
  g.counts.doneLate,
  g.counts.overdue,
  g.counts.open,
];

describe('taskStats and the scorecard', () => {
  it('counts 10-KH/TW tasks per lead at the end of 2024', async () => {
    const data = await graph.query<{
      taskStats: { matched: number; totals: Counts; groups: Group[] };
    }>(
      `query ($doc: ID) { taskStats(filter: { document: $doc }, groupBy: [LEAD], asOf: "2024-12-31") {
        matched totals { assigned doneOnTime doneLate overdue open } groups { leadName ${COUNTS} } } }`,
      { doc: PLAN_10 },
    );
    const { matched, totals, groups } = data.taskStats;
    expect(matched).toBe(33);
    expect(totals).toEqual({ assigned: 33, doneOnTime: 1, doneLate: 1, overdue: 7, open: 24 });
    // 23 leads and the tasks without one; a task with two leads counts under each.
    expect(groups).toHaveLength(24);
    const of = (name: string | null) => groups.filter((g) => g.leadName === name).map(row);
    expect(of('Ban Tuyên giáo Trung ương')).toEqual([['Ban Tuyên giáo Trung ương', 5, 1, 1, 0, 3]]);
    expect(of('Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương')).toEqual([
      ['Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương', 3, 0, 0, 2, 1],
    ]);
    expect(groups.at(-1)).toMatchObject({ leadName: null, counts: { assigned: 4, open: 4 } });
  });

  it('counts every task per year it falls due', async () => {
    const data = await graph.query<{ taskStats: { groups: Group[] } }>(
      `{ taskStats(groupBy: [YEAR], asOf: "2024-12-31") { groups { year ${COUNTS} } } }`,
    );
    expect(data.taskStats.groups.map(row)).toEqual([
      [2022, 7, 1, 0, 6, 0],
      [2023, 5, 0, 2, 3, 0],
      [2024, 2, 2, 0, 0, 0],
      [null, 74, 0, 0, 0, 74],
    ]);
  });

  it('gives a scorecard per body for 2022–2024, and the same as CSV', async () => {
    const data = await graph.query<{ scorecard: (Group & { onTimeRate: number | null })[] }>(
      `{ scorecard(from: "2022-01-01", to: "2024-12-31", asOf: "2024-12-31") { leadName onTimeRate ${COUNTS} } }`,
    );
    const tuyenGiao = data.scorecard.find((g) => g.leadName === 'Ban Tuyên giáo Trung ương');
    expect(tuyenGiao && [...row(tuyenGiao), tuyenGiao.onTimeRate]).toEqual([
      'Ban Tuyên giáo Trung ương',
      2,
      1,
      1,
      0,
      0,
      0.5,
    ]);
    // 17 bodies: Ủy ban MTTQ huyện Vĩnh Linh leads four tasks of 67-KH/HU since "Các cấp ủy,
    // tổ chức đảng, chính quyền, Mặt trận Tổ quốc …" is read as its bodies (docs/labelling.md).
    expect(data.scorecard).toHaveLength(17);
    const csv = await graph.download(
      '/export/scorecard.csv?from=2022-01-01&to=2024-12-31&asOf=2024-12-31',
    );
    expect(csv.status).toBe(200);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'lead_id,lead,assigned,done_on_time,done_late,overdue,open,due_soon,closed,on_time_rate',
    );
    expect(lines).toHaveLength(18);
    expect(lines).toContain('tw/ban-tuyen-giao,Ban Tuyên giáo Trung ương,2,1,1,0,0,0,0,0.5');
    const stats = await graph.download('/export/task-stats.csv?groupBy=year&asOf=2024-12-31');
    expect(
      stats.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    ).toEqual([
      'year,assigned,done_on_time,done_late,overdue,open,due_soon,closed',
      '2022,7,1,0,6,0,0,0',
      '2023,5,0,2,3,0,0,0',
      '2024,2,2,0,0,0,0,0',
      ',74,0,0,0,74,0,0',
    ]);
  });
});

describe('updateTaskStatus: an audit trail, never an overwrite', () => {
  const KEY = 'status-test-key';
  let keyed: RunningApi | undefined;
  beforeAll(async () => {
    keyed = await startApi({ driver: graph.driver, database, neo4jUri: '', apiKey: KEY }, 0);
  });
  afterAll(async () => {
    await keyed?.stop();
  });
  const UPDATE = `mutation ($task: ID!, $status: TaskStatus!, $note: String!) {
    updateTaskStatus(task: $task, status: $status, note: $note, evidence: "Công văn 12-CV/HU", by: "Kiểm toán viên A") {
      id taskId status note evidence by keyId at task { id }
    }
  }`;
  const HISTORY = `query ($id: ID!) { task: node(id: $id) { ... on Task {
    status(asOf: "2099-01-01") statusHistory { status note by }
    statusEvidence(asOf: "2099-01-01") { source explanation update { note } }
  } } }`;
  const update = (task: string, status: string, note: string, key = KEY) =>
    postGraphQL<{ updateTaskStatus: Record<string, unknown> }>(
      keyed as RunningApi,
      UPDATE,
      { task, status, note },
      { 'x-api-key': key },
    );

  it('needs the key, and names an unknown task', async () => {
    const refused = await update(`${PLAN_67}#4.1.1`, 'DONE_LATE', 'x', 'wrong');
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await update(`${PLAN_67}#9.9`, 'DONE_LATE', 'x');
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('records who, when and why; the latest counts and the earlier stay', async () => {
    const task = `${PLAN_67}#4.1.1`;
    const first = await update(task, 'DONE_LATE', 'Biên bản kiểm tra tháng 5/2023');
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.updateTaskStatus).toMatchObject({
      taskId: task,
      status: 'DONE_LATE',
      evidence: 'Công văn 12-CV/HU',
      by: 'Kiểm toán viên A',
      keyId: 'env',
      task: { id: task },
    });
    await update(task, 'DONE_ON_TIME', 'Đính chính: hoàn thành đúng hạn');
    const { task: after } = await graph.query<{
      task: {
        status: string;
        statusHistory: { status: string; note: string }[];
        statusEvidence: { source: string; update: { note: string } | null }[];
      };
    }>(HISTORY, { id: task });
    expect(after.status).toBe('DONE_ON_TIME');
    expect(after.statusHistory.map((h) => h.status)).toEqual(['DONE_LATE', 'DONE_ON_TIME']);
    expect(after.statusEvidence[0]).toMatchObject({
      source: 'MANUAL',
      update: { note: 'Đính chính: hoàn thành đúng hạn' },
    });
  });
});
