/**
 * A task of a replaced document is closed everywhere (issue 13): "Kế hoạch B thay thế Kế hoạch A"
 * takes A's tasks out of the overdue lists (`overdue`, `tasks(overdueAt)`), out of the plans owed
 * (`pendingImplementations.owedBy`, `plansOwed`), makes them CLOSED in `status`, `taskStats` and
 * `tasksAggregate`, and `Task.closedBy` says why — from the day B took effect, not before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { RunningApi } from '../../src/api/server.ts';
import { createEnvironment, prepareText } from '../../src/graph/ingest.ts';
import { syncWholeRegistry } from '../../src/graph/registry-sync.ts';
import { writeDocument } from '../../src/graph/write.ts';
import { GraphReader } from '../../src/read/reader.ts';
import { readPlansOwed } from '../../src/traverse/cascade/index.ts';
import { defaultRegistry } from '../../src/orgs/index.ts';
import { graphqlData, postGraphQL, startTestApi } from '../support/api.ts';
import { database, resetDatabase, testDriver } from '../support/neo4j.ts';

const plan = (number: string, date: string, ...body: string[]): string =>
  [
    'BAN CHẤP HÀNH TRUNG ƯƠNG',
    'BAN BÍ THƯ',
    `Số ${number}`,
    `Hà Nội, ngày ${date}`,
    'KẾ HOẠCH',
    'tuyên truyền kinh tế tập thể',
    'I. NHIỆM VỤ',
    ...body,
  ].join('\n');

const A = plan(
  '21-KH/TW',
  '10 tháng 01 năm 2023',
  '1. Ban Kinh tế Trung ương chủ trì sơ kết, hoàn thành trong năm 2023.',
  '2. Ban Tổ chức Trung ương chủ trì xây dựng kế hoạch thực hiện, hoàn thành trong quý I năm 2023.',
);
// B takes effect later than it is signed: its date of effect closes A's tasks.
const B = plan(
  '22-KH/TW',
  '05 tháng 6 năm 2024',
  '1. Ban Tuyên giáo Trung ương chủ trì tuyên truyền về kinh tế tập thể, hoàn thành trong năm 2025.',
  'II. TỔ CHỨC THỰC HIỆN',
  'Kế hoạch này thay thế Kế hoạch số 21-KH/TW ngày 10/01/2023 của Ban Bí thư.',
  'Kế hoạch này có hiệu lực kể từ ngày 01/7/2024.',
);

let driver: Driver;
let api: RunningApi;
let a: string;
let b: string;
const env = createEnvironment(defaultRegistry());

async function ingest(name: string, text: string): Promise<string> {
  const prepared = prepareText(env, name, text);
  return (await writeDocument(driver, database, prepared.plan)).documentId;
}

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  const registry = env.registry;
  await syncWholeRegistry(driver, database, registry);
  api = await startTestApi(driver);
  a = await ingest('a.txt', A);
  b = await ingest('b.txt', B);
});
afterAll(async () => {
  await api?.stop();
  await driver?.close();
});

const OPEN_LISTS = `query ($at: String!) {
  overdue(at: $at, first: 100) { edges { node { id } } totalCount }
  tasks(filter: { overdueAt: $at }, first: 100) { edges { node { id } } totalCount }
}`;

interface Lists {
  overdue: { edges: { node: { id: string } }[]; totalCount: number };
  tasks: { edges: { node: { id: string } }[]; totalCount: number };
}

const ids = (l: { edges: { node: { id: string } }[] }): string[] => l.edges.map((e) => e.node.id);

describe('Kế hoạch B thay thế Kế hoạch A: A’s tasks are closed', () => {
  it('reads B’s replacement and its date of effect', async () => {
    expect(a).toBe('doc:21-KH/TW@tw:2023');
    expect(b).toBe('doc:22-KH/TW@tw:2024');
    const data = await graphqlData<{ node: { validity: { from: string } } }>(
      api,
      `query ($b: ID!) { node(id: $b) { ... on Document { validity(asOf: "2024-07-01") { from } } } }`,
      { b },
    );
    expect(data.node.validity.from).toBe('2024-07-01');
  });

  it('as-of reads start from B’s date of effect, not its issue date', async () => {
    const TIMELINE = `query ($b: ID!, $on: String!) {
      timeline(filter: { document: $b }, asOf: $on) { edges { node { id } } }
    }`;
    const on = async (date: string) =>
      ids(
        (await graphqlData<{ timeline: Lists['overdue'] }>(api, TIMELINE, { b, on: date }))
          .timeline,
      );
    expect(await on('2024-06-30')).toEqual([]);
    expect(await on('2024-07-01')).toEqual([`${b}#1.1`]);
    const early = await postGraphQL(
      api,
      `query ($b: ID!) { recipientCoverage(document: $b, asOf: "2024-06-30") { note } }`,
      { b },
    );
    const error = early.body.errors?.[0];
    expect([error?.extensions?.code, error?.message]).toEqual([
      'BAD_USER_INPUT',
      `document ${b} takes effect on 2024-07-01, after 2024-06-30`,
    ]);
  });

  it('A’s tasks are overdue until B takes effect, then leave both overdue lists', async () => {
    const before = await graphqlData<Lists>(api, OPEN_LISTS, { at: '2024-06-30' });
    // Signed on 5 June, in effect from 1 July: still overdue on 30 June.
    expect(ids(before.overdue)).toEqual([`${a}#1.2`, `${a}#1.1`]);
    expect(ids(before.tasks).sort()).toEqual([`${a}#1.1`, `${a}#1.2`]);
    const after = await graphqlData<Lists>(api, OPEN_LISTS, { at: '2024-07-01' });
    expect(after.overdue).toEqual({ edges: [], totalCount: 0 });
    expect(after.tasks).toEqual({ edges: [], totalCount: 0 });
  });

  it('a task says why it is closed, from the day B took effect', async () => {
    const data = await graphqlData<{
      node: {
        before: string;
        after: string;
        evidence: { source: string; explanation: string }[];
        open: unknown[];
        closedBy: unknown[];
      };
    }>(
      api,
      `query ($t: ID!) { node(id: $t) { ... on Task {
        before: status(asOf: "2024-06-30") after: status(asOf: "2024-07-01")
        evidence: statusEvidence(asOf: "2024-07-01") { source explanation }
        open: closedBy(asOf: "2024-06-30") { date }
        closedBy(asOf: "2024-07-01") {
          relation date document { id number } evidence { document { id } quote }
        }
      } } }`,
      { t: `${a}#1.1` },
    );
    expect(data.node.before).toBe('OVERDUE');
    expect(data.node.after).toBe('CLOSED');
    expect(data.node.evidence[0]).toEqual({
      source: 'CLOSURE',
      explanation: 'its document was replaced by 22-KH/TW from 2024-07-01',
    });
    expect(data.node.open).toEqual([]);
    expect(data.node.closedBy).toEqual([
      {
        relation: 'REPLACES',
        date: '2024-07-01',
        document: { id: b, number: '22-KH/TW' },
        evidence: { document: { id: b }, quote: 'thay thế Kế hoạch số 21-KH/TW' },
      },
    ]);
  });

  it('taskStats and tasksAggregate count A’s tasks as closed once B is in effect', async () => {
    const STATS = `query ($doc: ID!, $on: String!) {
      taskStats(filter: { document: $doc }, asOf: $on) { totals { assigned overdue closed open } }
      tasksAggregate(filter: { document: $doc }, groupBy: [STATUS], asOf: $on) {
        groups { status count }
      }
    }`;
    const at = (on: string) =>
      graphqlData<{
        taskStats: { totals: Record<string, number> };
        tasksAggregate: { groups: { status: string; count: number }[] };
      }>(api, STATS, { doc: a, on });
    const before = await at('2024-06-30');
    expect(before.taskStats.totals).toEqual({ assigned: 2, overdue: 2, closed: 0, open: 0 });
    expect(before.tasksAggregate.groups).toEqual([{ status: 'OVERDUE', count: 2 }]);
    const after = await at('2024-07-01');
    expect(after.taskStats.totals).toEqual({ assigned: 2, overdue: 0, closed: 2, open: 0 });
    expect(after.tasksAggregate.groups).toEqual([{ status: 'CLOSED', count: 2 }]);
  });

  it('the plan A asked of Ban Tổ chức is owed until B takes effect, then by nobody', async () => {
    const PENDING = `query ($doc: ID!, $on: String!) {
      pendingImplementations(document: $doc, asOf: $on) {
        pendingCount owedBy { id } closedBy { relation date document { id } }
      }
    }`;
    interface Pending {
      pendingImplementations: {
        pendingCount: number;
        owedBy: { id: string }[];
        closedBy: unknown[];
      };
    }
    const before = await graphqlData<Pending>(api, PENDING, { doc: a, on: '2024-06-30' });
    expect(before.pendingImplementations).toEqual({
      pendingCount: 1,
      owedBy: [{ id: 'tw/ban-to-chuc' }],
      closedBy: [],
    });
    const after = await graphqlData<Pending>(api, PENDING, { doc: a, on: '2024-07-01' });
    expect(after.pendingImplementations).toEqual({
      pendingCount: 1,
      owedBy: [],
      closedBy: [{ relation: 'REPLACES', date: '2024-07-01', document: { id: b } }],
    });
    // plansOwed through the read layer: its one statement over every document may take longer
    // than the API's per-request limit to plan on a loaded machine.
    const reader = new GraphReader(driver, database, 120_000);
    const owed = async (on: string) =>
      (await readPlansOwed(reader, 'tw/ban-to-chuc', on)).map((p) => p.document.id);
    expect(await owed('2024-06-30')).toEqual([a]);
    expect(await owed('2024-07-01')).toEqual([]);
  });
});
