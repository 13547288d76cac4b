/**
 * Secrecy and scopes in the numbers (issue 15): aggregates computed inside a statement —
 * `stats`, `taskStats`, `scorecard`, `*Aggregate`, `coverageReport`, `recipientCoverage`,
 * `search` totals — and the exports and kept originals count and serve only what the key may
 * see. The seed graph plus seed 003 marked TỐI MẬT as 68-KH/HU (auth.test.ts's fixture), sent as
 * a file so its original is kept: anonymous and clearance 0–1 see 15 documents, clearance 2 and
 * admin 17, a Lạng Sơn key 7.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../src/api/server.ts';
import { createUser, type UserInput } from '../../src/graph/users.ts';
import { readerInput } from '../support/users.ts';
import { sha256Of } from '../../src/io/source-store.ts';
import { readCoverageReport } from '../../src/traverse/coverage/index.ts';
import { GraphReader } from '../../src/read/reader.ts';
import { ANONYMOUS, UNRESTRICTED } from '../../src/read/viewer.ts';
import { postGraphQL } from '../support/api.ts';
import { database, testDriver } from '../support/neo4j.ts';
import { loadSeedGraph } from '../support/seed-graph.ts';
import { MARKED, markedText } from '../support/marked.ts';

const ENV_KEY = 'the-shared-key';
const ITS_ORIGINAL = 'doc:67-KH/HU@quang-tri/vinh-linh:2023';
const MARKED_BYTES = new TextEncoder().encode(markedText());

let driver: Driver;
let api: RunningApi;
let sourceDir: string;
const keys: Record<string, string> = {};

const user = readerInput;

beforeAll(async () => {
  driver = testDriver();
  await loadSeedGraph(driver);
  sourceDir = mkdtempSync(join(tmpdir(), 'dg-aggregates-'));
  api = await startApi(
    {
      driver,
      database,
      neo4jUri: 'bolt://test',
      apiKey: ENV_KEY,
      nationalRegistry: false,
      sourceDir,
    },
    0,
  );
  const made: Record<string, UserInput> = {
    reader0: user('reader, unmarked only'),
    reader1: user('reader, Mật', { clearance: 1 }),
    reader2: user('reader, Tối mật', { clearance: 2 }),
    admin: user('admin', { role: 'admin', clearance: 3 }),
    langSon: user('Lạng Sơn, every level', { clearance: 3, jurisdictions: ['lang-son'] }),
  };
  for (const [name, input] of Object.entries(made)) {
    keys[name] = (await createUser(driver, database, input, 'test')).key;
  }
  const file = { name: 'marked.txt', contentBase64: Buffer.from(MARKED_BYTES).toString('base64') };
  const ingested = await ask(
    'mutation($file: DocumentFile!) { ingestDocument(file: $file) { outcome } }',
    ENV_KEY,
    { file },
  );
  expect(ingested).toEqual({ ingestDocument: { outcome: 'CREATED' } });
  await driver.executeQuery(
    'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()',
    {},
    { database },
  );
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await driver?.close();
  if (sourceDir) rmSync(sourceDir, { recursive: true, force: true });
});

async function ask<T = Record<string, unknown>>(
  query: string,
  key?: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const r = await postGraphQL<T>(api, query, variables, key ? { 'x-api-key': key } : {});
  expect(r.body.errors).toBeUndefined();
  return r.body.data!;
}

/** What each kind of viewer counts, exactly. */
interface Expected {
  stats: { documents: number; ingestedDocuments: number; organizations: number; tasks: number };
  /** taskStats: matched, assigned, overdue at 2024-06-30. */
  tasks: [number, number, number];
  /** Tasks by document (tasksAggregate and taskStats alike). */
  byDocument: Record<string, number>;
  /** tasksAggregate by STATUS at 2024-06-30. */
  byStatus: Record<string, number>;
  /** Tasks due in 2023 on the scorecard, summed over its bodies. */
  scorecard: number;
  /** documentsAggregate by LEVEL (the referenced ones have none). */
  byLevel: Record<string, number>;
  organizations: number;
  coverageReport: number;
  /** Hits of "Vĩnh Linh". */
  search: number;
}

const SEED_TASKS = {
  'doc:10-KH/TW@tw:2022': 33,
  [ITS_ORIGINAL]: 20,
  'doc:h:c17ea55ac633508e': 10,
  'doc:h:e2ccd97eeb0684c6': 25,
};

const UNMARKED: Expected = {
  stats: { documents: 15, ingestedDocuments: 5, organizations: 123, tasks: 88 },
  tasks: [88, 88, 12],
  byDocument: SEED_TASKS,
  byStatus: { NOT_DUE: 76, OVERDUE: 12 },
  scorecard: 10,
  byLevel: { null: 10, tinh: 3, TW: 1, huyen: 1 },
  organizations: 123,
  coverageReport: 5,
  search: 27,
};

/** The marked copy adds its 20 tasks (seed 003's, three of them overdue, five due in 2023),
 *  itself and the plan it alone cites, and one search hit. */
const CLEARED: Expected = {
  stats: { documents: 17, ingestedDocuments: 6, organizations: 123, tasks: 108 },
  tasks: [108, 108, 15],
  byDocument: { ...SEED_TASKS, [MARKED]: 20 },
  byStatus: { NOT_DUE: 93, OVERDUE: 15 },
  scorecard: 18,
  byLevel: { null: 11, tinh: 3, TW: 1, huyen: 2 },
  organizations: 123,
  coverageReport: 6,
  search: 28,
};

/** 10-KH/TW and 156-SY/TU and what they cite; the bodies scoped to other documents left out. */
const LANG_SON: Expected = {
  stats: { documents: 7, ingestedDocuments: 2, organizations: 105, tasks: 33 },
  tasks: [33, 33, 9],
  byDocument: { 'doc:10-KH/TW@tw:2022': 33 },
  byStatus: { NOT_DUE: 24, OVERDUE: 9 },
  scorecard: 2,
  byLevel: { null: 5, TW: 1, tinh: 1 },
  organizations: 105,
  coverageReport: 2,
  search: 26,
};

/** Every kind of viewer of the fixture: its key (undefined: anonymous) and what it counts. */
const VIEWERS: [string, () => string | undefined, Expected][] = [
  ['anonymous', () => undefined, UNMARKED],
  ['clearance 0', () => keys.reader0, UNMARKED],
  ['clearance 1 (Mật)', () => keys.reader1, UNMARKED],
  ['clearance 2 (Tối mật)', () => keys.reader2, CLEARED],
  ['an admin', () => keys.admin, CLEARED],
  ['the shared key', () => ENV_KEY, CLEARED],
  ['a Lạng Sơn key', () => keys.langSon, LANG_SON],
];

type Counted = { count: number } & Record<string, unknown>;
const byKey = (groups: Counted[], key: string): Record<string, number> =>
  Object.fromEntries(groups.map((g) => [String(g[key]), g.count]));
const AS_OF = '"2024-06-30"';

/** What one viewer counts, each figure asked on its own (one statement each). */
async function counted(key: string | undefined): Promise<Expected> {
  const { stats } = await ask<{ stats: Expected['stats'] }>(
    '{ stats { documents ingestedDocuments organizations tasks } }',
    key,
  );
  const { taskStats } = await ask<{
    taskStats: {
      matched: number;
      totals: { assigned: number; overdue: number };
      groups: { document: { id: string }; counts: { assigned: number } }[];
    };
  }>(
    `{ taskStats(groupBy: [DOCUMENT], asOf: ${AS_OF}) { matched totals { assigned overdue }
       groups { document { id } counts { assigned } } } }`,
    key,
  );
  const { scorecard } = await ask<{ scorecard: { counts: { assigned: number } }[] }>(
    `{ scorecard(from: "2023-01-01", to: "2023-12-31", asOf: ${AS_OF}) { counts { assigned } } }`,
    key,
  );
  const { tasksAggregate: byDocument } = await ask<{
    tasksAggregate: { count: number; groups: Counted[] };
  }>('{ tasksAggregate(groupBy: [DOCUMENT]) { count groups { document count } } }', key);
  const { tasksAggregate: byStatus } = await ask<{
    tasksAggregate: { count: number; groups: Counted[] };
  }>(
    `{ tasksAggregate(groupBy: [STATUS], asOf: ${AS_OF}) { count groups { status count } } }`,
    key,
  );
  const { documentsAggregate } = await ask<{
    documentsAggregate: { count: number; groups: Counted[] };
  }>('{ documentsAggregate(groupBy: [LEVEL]) { count groups { level count } } }', key);
  const { organizationsAggregate } = await ask<{ organizationsAggregate: { count: number } }>(
    '{ organizationsAggregate { count } }',
    key,
  );
  const { coverageReport } = await ask<{ coverageReport: { totalCount: number } }>(
    '{ coverageReport(first: 100) { totalCount } }',
    key,
  );
  const { search } = await ask<{ search: { totalCount: number } }>(
    '{ search(text: "Vĩnh Linh", first: 1) { totalCount } }',
    key,
  );
  // The same numbers two ways: the aggregates' totals agree with their groups and with taskStats.
  expect(byDocument.count).toBe(taskStats.matched);
  expect(byStatus.count).toBe(taskStats.matched);
  expect(documentsAggregate.count).toBe(stats.documents);
  expect(
    Object.fromEntries(taskStats.groups.map((g) => [g.document.id, g.counts.assigned])),
  ).toEqual(byKey(byDocument.groups, 'document'));
  return {
    stats,
    tasks: [taskStats.matched, taskStats.totals.assigned, taskStats.totals.overdue],
    byDocument: byKey(byDocument.groups, 'document'),
    byStatus: byKey(byStatus.groups, 'status'),
    scorecard: scorecard.reduce((sum, row) => sum + row.counts.assigned, 0),
    byLevel: byKey(documentsAggregate.groups, 'level'),
    organizations: organizationsAggregate.count,
    coverageReport: coverageReport.totalCount,
    search: search.totalCount,
  };
}

describe('aggregates count only what the key may see', () => {
  it.each(VIEWERS)(
    '%s',
    async (_, key, expected) => {
      expect(await counted(key())).toEqual(expected);
    },
    120_000,
  );
});

describe('coverage', () => {
  it('caps a report on the documents the viewer sees, not on hidden ones', async () => {
    const reader = (viewer = ANONYMOUS) => new GraphReader(driver, database, 30_000, { viewer });
    // Five ingested documents visible anonymously, six in all: a cap of five holds for the one.
    expect((await readCoverageReport(reader(), null, 5)).length).toBe(5);
    await expect(readCoverageReport(reader(UNRESTRICTED), null, 5)).rejects.toThrow(
      /^6 documents match; a coverage report spans at most 5/,
    );
  });

  it("answers the marked document's coverage as a missing one, its own figures when cleared", async () => {
    const q = `query($id: ID!) { recipientCoverage(document: $id) { summary {
      bodies covered notCovered notCheckable recipients recipientsWithoutTask } } }`;
    const anonymous = await postGraphQL(api, q, { id: MARKED });
    expect(anonymous.body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    const missing = await postGraphQL(api, q, { id: 'doc:1-KH/HU@nowhere:1999' });
    expect(anonymous.body.errors?.[0]?.message).toBe(
      missing.body.errors?.[0]?.message.replace('doc:1-KH/HU@nowhere:1999', MARKED),
    );
    const original = await ask(q, undefined, { id: ITS_ORIGINAL });
    expect(original).toEqual({
      recipientCoverage: {
        summary: {
          bodies: 18,
          covered: 10,
          notCovered: 4,
          notCheckable: 4,
          recipients: 11,
          recipientsWithoutTask: 5,
        },
      },
    });
    // The marked copy is seed 003's text: the same figures.
    expect(await ask(q, keys.reader2, { id: MARKED })).toEqual(original);
  });
});

describe('exports', () => {
  const download = async (path: string, key?: string): Promise<string> => {
    const response = await fetch(api.url.replace(/\/graphql$/, path), {
      headers: key ? { 'x-api-key': key } : {},
    });
    expect(response.status).toBe(200);
    return response.text();
  };
  /** The CSV's rows (header left out) with the value of one column (RFC 4180 fields). */
  const column = (csv: string, name: string): string[] => {
    const cells = (line: string): string[] => {
      const out: string[] = [];
      for (let i = 0; ; i += 1) {
        let value = '';
        if (line[i] === '"') {
          for (i += 1; i < line.length && !(line[i] === '"' && line[i + 1] !== '"'); i += 1) {
            value += line[i];
            if (line[i] === '"') i += 1;
          }
          i += 1;
        } else {
          const end = line.indexOf(',', i);
          value = line.slice(i, end < 0 ? line.length : end);
          i = end < 0 ? line.length : end;
        }
        out.push(value);
        if (line[i] !== ',') return out;
      }
    };
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split(/\r?\n/);
    const at = cells(header!).indexOf(name);
    expect(at).toBeGreaterThanOrEqual(0);
    return rows.map((row) => cells(row)[at]!);
  };
  const sum = (values: string[]): number => values.reduce((s, v) => s + Number(v), 0);

  it('counts the tasks of task-stats.csv and scorecard.csv as taskStats does', async () => {
    for (const [, key, expected] of VIEWERS) {
      const stats = await download(
        '/export/task-stats.csv?groupBy=document&asOf=2024-06-30',
        key(),
      );
      expect(
        Object.fromEntries(
          column(stats, 'document_id').map((id, i) => [id, Number(column(stats, 'assigned')[i])]),
        ),
      ).toEqual(expected.byDocument);
      const card = await download(
        '/export/scorecard.csv?from=2023-01-01&to=2023-12-31&asOf=2024-06-30',
        key(),
      );
      expect(sum(column(card, 'assigned'))).toBe(expected.scorecard);
    }
  }, 120_000);

  it('lists in coverage-report.csv only the documents the key sees', async () => {
    for (const [, key, expected] of VIEWERS) {
      const report = await download('/export/coverage-report.csv', key());
      expect(column(report, 'document_id').length).toBe(expected.coverageReport);
      expect(report.includes('68-KH/HU')).toBe(expected === CLEARED);
    }
  }, 120_000);
});

describe('kept originals', () => {
  const original = (sha256: string, key?: string) =>
    fetch(api.url.replace(/\/graphql$/, `/sources/${sha256}`), {
      headers: key ? { 'x-api-key': key } : {},
    });

  it("answers a hidden document's original as a missing one", async () => {
    const sha256 = sha256Of(MARKED_BYTES);
    const missing = await original('0'.repeat(64));
    expect(missing.status).toBe(404);
    for (const [name, key, expected] of VIEWERS) {
      const response = await original(sha256, key());
      const body = await response.text();
      if (expected === CLEARED) {
        expect([name, response.status, body]).toEqual([name, 200, markedText()]);
      } else {
        expect([name, response.status]).toEqual([name, 404]);
        expect(JSON.parse(body)).toEqual({
          errors: [{ message: `no kept original ${sha256}; see Document.source` }],
        });
      }
    }
  });
});

describe('neighbourhood', () => {
  const PLAN = 'doc:47-CTr/TU@quang-tri:2022';
  const graph = async (query: string, key?: string) => {
    const response = await fetch(
      api.url.replace(/\/graphql$/, `/export/neighbourhood.json?${query}`),
      {
        headers: key ? { 'x-api-key': key } : {},
      },
    );
    const body = (await response.json()) as { elements?: { nodes: { data: { id: string } }[] } };
    return { status: response.status, ids: body.elements?.nodes.map((n) => n.data.id) ?? [] };
  };

  it('grows around what the key sees: its size limit counts no hidden node', async () => {
    const node = `node=${encodeURIComponent(PLAN)}&depth=2`;
    const open = await graph(node);
    const cleared = await graph(node, keys.admin);
    expect(open.ids.some((id) => id.startsWith(MARKED))).toBe(false);
    expect(cleared.ids.filter((id) => id.startsWith(MARKED)).length).toBeGreaterThan(0);
    expect(new Set(cleared.ids)).toEqual(new Set([...open.ids, ...cleared.ids]));
    // A limit of exactly the visible size: the anonymous answer stands, the admin's (larger) is
    // refused. Counting hidden nodes would refuse both and tell the reader they exist.
    const limit = `${node}&maxNodes=${open.ids.length}`;
    expect(await graph(limit)).toEqual({ status: 200, ids: open.ids });
    expect((await graph(limit, keys.admin)).status).toBe(400);
  });

  it('answers a hidden centre as an unknown id, through GraphQL and the export', async () => {
    const q = 'query($id: ID!) { neighbourhood(node: $id) { nodes { depth } } }';
    const hidden = await postGraphQL(api, q, { id: MARKED });
    const missing = await postGraphQL(api, q, { id: 'doc:1-KH/HU@nowhere:1999' });
    expect(hidden.body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(hidden.body.errors?.[0]?.message).toBe(
      missing.body.errors?.[0]?.message.replace('doc:1-KH/HU@nowhere:1999', MARKED),
    );
    expect((await graph(`node=${encodeURIComponent(MARKED)}`)).status).toBe(404);
    const cleared = await ask<{ neighbourhood: { nodes: unknown[] } }>(q, keys.reader2, {
      id: MARKED,
    });
    expect(cleared.neighbourhood.nodes.length).toBeGreaterThan(1);
  });
});
