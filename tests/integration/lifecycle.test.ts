/**
 * Document lifecycle in the graph (issue 13): "Kế hoạch B thay thế Kế hoạch A" read from B's text
 * becomes B -[:REPLACES]-> A with its evidence, whichever is ingested first; A is no longer in
 * force from B's date, and A's tasks stop being open (they leave a successor's inherited tasks).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { RunningApi } from '../../src/api/server.ts';
import { createEnvironment, prepareText } from '../../src/graph/ingest.ts';
import { syncWholeRegistry } from '../../src/graph/registry-sync.ts';
import { writeDocument } from '../../src/graph/write.ts';
import { defaultRegistry } from '../../src/orgs/index.ts';
import { graphqlData, startTestApi } from '../support/api.ts';
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
    '1. Ban Tuyên giáo Trung ương chủ trì tuyên truyền về kinh tế tập thể.',
    ...body,
  ].join('\n');

const A = plan(
  '11-KH/TW',
  '10 tháng 01 năm 2023',
  '2. Ban Kinh tế Trung ương chủ trì, phối hợp với Ban Tuyên giáo Trung ương sơ kết, hoàn thành trong năm 2024.',
);
const B = plan(
  '12-KH/TW',
  '05 tháng 6 năm 2024',
  'II. TỔ CHỨC THỰC HIỆN',
  'Kế hoạch này thay thế Kế hoạch số 11-KH/TW ngày 10/01/2023 của Ban Bí thư.',
);

let driver: Driver;
let api: RunningApi;
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
});
afterAll(async () => {
  await api?.stop();
  await driver?.close();
});

interface Effect {
  effect: string;
  document: { id: string; status: string };
  evidence: { document: { id: string }; quote: string };
}
interface Validity {
  status: string;
  from: string | null;
  to: string | null;
  replacedBy: { id: string }[];
}

const LIFECYCLE = `query ($a: ID!, $b: ID!) {
  b: node(id: $b) { ... on Document { effects { effect document { id status } evidence { document { id } quote } } } }
  a: node(id: $a) { ... on Document {
    affectedBy { effect document { id status } evidence { document { id } quote } }
    before: validity(asOf: "2024-06-04") { status from to replacedBy { id } }
    after: validity(asOf: "2024-06-05") { status from to replacedBy { id } }
    now: validity { status from to replacedBy { id } }
  } }
  merged: organization(id: "tw/ban-tuyen-giao-va-dan-van") { inheritedTasks { task { id document { id } } } }
}`;

interface Answer {
  b: { effects: Effect[] };
  a: { affectedBy: Effect[]; before: Validity; after: Validity; now: Validity };
  merged: { inheritedTasks: { task: { id: string; document: { id: string } } }[] };
}

describe('Kế hoạch B thay thế Kế hoạch A', () => {
  it('B ingested before A: REPLACES to A’s placeholder, then to A itself', async () => {
    const b = await ingest('b.txt', B);
    const placeholder = await graphqlData<{ node: { effects: Effect[] } }>(
      api,
      `query ($b: ID!) { node(id: $b) { ... on Document { effects { effect document { id status } evidence { quote } } } } }`,
      { b },
    );
    expect(placeholder.node.effects).toEqual([
      {
        effect: 'REPLACES',
        document: { id: 'doc:11-KH/TW@tw:2023', status: 'REFERENCED' },
        evidence: { quote: 'thay thế Kế hoạch số 11-KH/TW' },
      },
    ]);

    const a = await ingest('a.txt', A);
    expect(a).toBe('doc:11-KH/TW@tw:2023');
    const data = await graphqlData<Answer>(api, LIFECYCLE, { a, b });
    const replaces = {
      effect: 'REPLACES',
      evidence: { document: { id: b }, quote: 'thay thế Kế hoạch số 11-KH/TW' },
    };
    expect(data.b.effects).toEqual([{ ...replaces, document: { id: a, status: 'INGESTED' } }]);
    expect(data.a.affectedBy).toEqual([{ ...replaces, document: { id: b, status: 'INGESTED' } }]);
    expect(data.a.before).toEqual({
      status: 'IN_FORCE',
      from: '2023-01-10',
      to: null,
      replacedBy: [],
    });
    const replaced = {
      status: 'REPLACED',
      from: '2023-01-10',
      to: '2024-06-04',
      replacedBy: [{ id: b }],
    };
    expect(data.a.after).toEqual(replaced);
    expect(data.a.now).toEqual(replaced);
    // Both plans give Ban Tuyên giáo Trung ương a task; since 2025-03-01 Ban Tuyên giáo và Dân vận
    // holds its duties, but only B's task is still open.
    expect(data.merged.inheritedTasks.map((t) => t.task.document.id)).toEqual([b]);
  });

  it('re-ingesting B changes nothing; the relation is written once', async () => {
    const b = await ingest('b.txt', B);
    const { records } = await driver.executeQuery(
      'MATCH (:Document {id: $b})-[r:REPLACES]->(a:Document) RETURN a.id AS a, count(r) AS n',
      { b },
      { database },
    );
    expect(records.map((r) => [r.get('a'), r.get('n')])).toEqual([['doc:11-KH/TW@tw:2023', 1]]);
  });
});

describe('as of a date: A’s tasks close when B replaces it', () => {
  const A_ID = 'doc:11-KH/TW@tw:2023';
  const ASKED = `query ($a: ID!, $asOf: String) {
    recipientCoverage(document: $a, asOf: $asOf) { note summary { bodies } }
    timeline(asOf: $asOf) { edges { node { id } } }
    coordinationPartners(organization: "tw/ban-tuyen-giao", asOf: $asOf) { totalTasks }
  }`;
  interface Asked {
    recipientCoverage: { note: string | null; summary: { bodies: number } };
    timeline: { edges: { node: { id: string } }[] };
    coordinationPartners: { totalTasks: number };
  }
  const ask = (asOf: string): Promise<Asked> => graphqlData<Asked>(api, ASKED, { a: A_ID, asOf });

  it('the day before B: A’s coverage has its actors, its task is on the timeline and shared', async () => {
    const before = await ask('2024-06-04');
    expect(before.recipientCoverage).toEqual({ note: null, summary: { bodies: 2 } });
    expect(before.timeline.edges.map((e) => e.node.id)).toEqual([`${A_ID}#1.2`]);
    expect(before.coordinationPartners.totalTasks).toBe(1);
  });

  it('from B’s date: no task of A is open; the note names B', async () => {
    const after = await ask('2024-06-05');
    expect(after.recipientCoverage).toEqual({
      note: 'no longer in force on 2024-06-05: doc:12-KH/TW@tw:2024 replaced or repealed it (issued 2024-06-05), so its tasks were closed',
      summary: { bodies: 0 },
    });
    expect(after.timeline.edges).toEqual([]);
    expect(after.coordinationPartners.totalTasks).toBe(0);
  });
});

describe('dates of effect and guides, stored with their words', () => {
  const DECISION = [
    'BAN CHẤP HÀNH TRUNG ƯƠNG',
    'BAN BÍ THƯ',
    'Số 13-QĐ/TW',
    'Hà Nội, ngày 20 tháng 6 năm 2024',
    'QUYẾT ĐỊNH',
    'về tuyên truyền kinh tế tập thể',
    'Điều 1. Ban Tuyên giáo Trung ương chủ trì tuyên truyền về kinh tế tập thể.',
    'Điều 2. Quyết định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024.',
  ].join('\n');
  const GUIDE = [
    'BAN CHẤP HÀNH TRUNG ƯƠNG',
    'BAN TUYÊN GIÁO',
    'Số 14-HD/BTGTW',
    'Hà Nội, ngày 15 tháng 6 năm 2024',
    'HƯỚNG DẪN',
    'tuyên truyền kinh tế tập thể',
    'Thực hiện Kế hoạch số 12-KH/TW ngày 05/6/2024 của Ban Bí thư, Ban Tuyên giáo Trung ương hướng dẫn như sau:',
    '1. Các tỉnh ủy tổ chức tuyên truyền.',
  ].join('\n');
  const ASKED = `query ($d: ID!, $g: ID!) {
    d: node(id: $d) { ... on Document {
      before: validity(asOf: "2024-06-30") { status from fromEvidence { quote document { id } } }
      after: validity(asOf: "2024-07-01") { status from }
    } }
    g: node(id: $g) { ... on Document { effects { effect document { id } evidence { quote } } } }
    b: document(id: "doc:12-KH/TW@tw:2024") { affectedBy { effect document { id } } validity { status } }
  }`;

  it('a decision in force from 2024-07-01; a Hướng dẫn guides the plan it implements', async () => {
    const d = await ingest('d.txt', DECISION);
    const g = await ingest('g.txt', GUIDE);
    const data = await graphqlData<{
      d: {
        before: {
          status: string;
          from: string;
          fromEvidence: { quote: string; document: { id: string } };
        };
        after: { status: string; from: string };
      };
      g: { effects: { effect: string; document: { id: string }; evidence: { quote: string } }[] };
      b: {
        affectedBy: { effect: string; document: { id: string } }[];
        validity: { status: string };
      };
    }>(api, ASKED, { d, g });
    expect(data.d.before).toEqual({
      status: 'NOT_YET_IN_FORCE',
      from: '2024-07-01',
      fromEvidence: {
        quote: 'Quyết định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024',
        document: { id: d },
      },
    });
    expect(data.d.after).toEqual({ status: 'IN_FORCE', from: '2024-07-01' });
    expect(data.g.effects).toEqual([
      {
        effect: 'GUIDES',
        document: { id: 'doc:12-KH/TW@tw:2024' },
        evidence: { quote: 'Kế hoạch số 12-KH/TW' },
      },
    ]);
    // Guidance changes nothing about the plan's validity.
    expect(data.b).toEqual({
      affectedBy: [{ effect: 'GUIDES', document: { id: g } }],
      validity: { status: 'IN_FORCE' },
    });
  });
});
