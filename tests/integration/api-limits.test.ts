/**
 * The API's limits and errors over HTTP: bounded Cypher statements per request (no N+1), page
 * size, cursors, bad input, parse errors and an unreachable Neo4j, each with `extensions.code`
 * and never a stack trace.
 */
import { getIntrospectionQuery } from 'graphql';
import type { Driver, Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/local-neo4j.ts';
import { API_RETRY_WINDOW_MS, createDriver } from '../../src/db/driver.ts';
import { startApi, type RunningApi } from '../../src/api/server.ts';
import { DEFAULT_TRANSACTION_TIMEOUT_MS } from '../../src/api/context.ts';
import { GraphReader } from '../../src/read/reader.ts';
import { toApiError } from '../../src/api/errors.ts';
import { database, testDriver } from '../support/neo4j.ts';
import { postGraphQL, type GraphQLResponse } from '../support/api.ts';
import { loadSeedGraph } from '../support/seed-graph.ts';

let driver: Driver;
let api: RunningApi;
let statements = 0;
/** Statements an anonymous request spends on which documents it may not see (issue 15): none,
 *  they are read inside its first statement (src/read/viewer.ts foldHiddenLookup). */
const VIEWER = 0;
let inFlight = 0;
let maxInFlight = 0;
interface Recorded {
  mode: string | undefined;
  timeout: number | undefined;
}
let configs: Recorded[] = [];

/** The driver, counting every statement the API's reader runs through it (one auto-commit read
 *  each) and the session mode and timeout of each. */
function counting(target: Driver): Driver {
  return new Proxy(target, {
    get(object, property) {
      if (property === 'session') {
        return (...sessionArgs: Parameters<Driver['session']>) => {
          const session = object.session(...sessionArgs);
          // The reader runs each statement as an auto-commit read (src/read/reader.ts).
          const run: Session['run'] = (cypher, params, config) => {
            statements += 1;
            configs.push({
              mode: sessionArgs[0]?.defaultAccessMode,
              timeout: config?.timeout as number | undefined,
            });
            inFlight += 1;
            maxInFlight = Math.max(maxInFlight, inFlight);
            const result = session.run(cypher, params, config);
            const done = () => {
              inFlight -= 1;
            };
            result.then(done, done);
            return result;
          };
          return new Proxy(session, {
            get: (s, p) => (p === 'run' ? run : bound(s, p)),
          });
        };
      }
      return bound(object, property);
    },
  });
}

function bound(object: object, property: string | symbol): unknown {
  const value: unknown = Reflect.get(object, property, object);
  return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(object) : value;
}

beforeAll(async () => {
  driver = testDriver();
  await loadSeedGraph(driver);
  api = await startApi({ driver: counting(driver), database, neo4jUri: '' }, 0);
});
afterAll(async () => {
  await api.stop();
  await driver.close();
});

async function countStatements<T>(query: string): Promise<{ count: number; data: T }> {
  statements = 0;
  const response = await postGraphQL<T>(api, query);
  expect(response.body.errors).toBeUndefined();
  return { count: statements, data: response.body.data as T };
}

function expectError(response: GraphQLResponse<unknown>, code: string): void {
  const errors = response.body.errors ?? [];
  expect(errors.map((e) => e.extensions?.code)).toEqual([code]);
  expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
}

describe('a bounded number of Cypher statements per request', () => {
  it('50 tasks with their leads and documents: 1 statement (read/shape.ts)', async () => {
    const { count, data } = await countStatements<{
      tasks: {
        edges: { node: { leads: { actor: { name: string } }[]; document: { title: string } } }[];
      };
    }>('{ tasks(first: 50) { edges { node { leads { actor { name } } document { title } } } } }');
    expect(data.tasks.edges).toHaveLength(50);
    expect(count).toBe(1 + VIEWER);
  });

  it("a task's document asked for its id alone costs no read: 1 (page with actors)", async () => {
    const { count, data } = await countStatements<{
      tasks: { edges: { node: { id: string; document: { id: string } } }[] };
    }>('{ tasks(first: 50) { edges { node { id leads { actor { id } } document { id } } } } }');
    expect(count).toBe(1 + VIEWER);
    const { records } = await driver.executeQuery(
      'MATCH (d:Document)-[:HAS_TASK]->(t:Task) RETURN t.id AS task, d.id AS document',
      {},
      { database },
    );
    const documentOf = new Map(records.map((r) => [r.get('task') as string, r.get('document')]));
    expect(data.tasks.edges).toHaveLength(50);
    for (const { node } of data.tasks.edges) expect(node.document.id).toBe(documentOf.get(node.id));
  });

  it('a deeper selection costs one statement per field the page cannot read, whatever the number of rows', async () => {
    const { count, data } = await countStatements<{
      documents: { edges: { node: { tasks: unknown[] } }[] };
    }>(`{
      documents(first: 100) {
        totalCount
        edges { node {
          issuers { actor { name } }
          recipients { purpose actor { name ... on Organization { partOf { id } } } }
          tasks { id leads { actor { ... on Organization { tasksLed { id } } } } coordinators { evidence { quote } } }
          targets { metric evidence { document { id } } }
        } }
      }
    }`);
    expect(data.documents.edges).toHaveLength(15);
    // page with its total, issuers, recipients and their partOf, tasks, their actors, the
    // leads' tasksLed and targets (one statement, read/shape.ts); then the targets' evidence
    // documents.
    expect(count).toBe(2 + VIEWER);
  });
});

describe('root lookups by id', () => {
  it("load the node and the lists it selects in one round: the lists don't wait for the node", async () => {
    maxInFlight = 0;
    const { count, data } = await countStatements<{
      document: { issuers: unknown[]; recipients: unknown[]; implements: unknown[] };
    }>(`{ document(id: "doc:10-KH/TW@tw:2022") { number
          issuers { actor { id } } recipients { actor { id } } implements { document { id } } } }`);
    expect(data.document.recipients).toHaveLength(6);
    // node, issuers, recipients, implements: one statement, the viewer's lookup in it.
    expect(count).toBe(1 + VIEWER);
    expect(maxInFlight).toBe(1 + VIEWER);
    maxInFlight = 0;
    const org = await countStatements<{ organization: { tasksLed: unknown[] } }>(
      `{ organization(id: "tw/ban-tuyen-giao") { name tasksLed { id } groups { reason } } }`,
    );
    expect(org.data.organization.tasksLed).toHaveLength(5);
    // The node with its tasksLed and groups: one statement.
    expect(org.count).toBe(1 + VIEWER);
    expect(maxInFlight).toBe(1 + VIEWER);
    // An id that names no organization: null, the prefetched lists unused.
    const none = await countStatements<{ organization: null }>(
      `{ organization(id: "doc:10-KH/TW@tw:2022") { tasksLed { id } } }`,
    );
    expect(none.data.organization).toBeNull();
  });
});

describe("an organization's, a group's and a document's lists in the root's statement", () => {
  /** The actor with the most rows of `pattern` (which binds `a`), the seed graph's busiest. */
  async function busiest(pattern: string): Promise<string> {
    const { records } = await driver.executeQuery(
      `MATCH ${pattern} WITH a, count(*) AS n ORDER BY n DESC, a.id LIMIT 1 RETURN a.id AS id`,
      {},
      { database },
    );
    const id = records[0]?.get('id') as string | undefined;
    if (!id) throw new Error(`the seed graph has no ${pattern}`);
    return id;
  }

  const ORGANIZATION_LISTS = `groups { group { id name } reason } reportedToBy { id }
    reportsTo { id } documentsIssued { id number } tasksLed { id }
    documentsReceived { document { id } via { id name } purpose evidence { quote start } }
    documentsIssuedConnection(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id } } }
    tasksCoordinatedConnection(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id } } }
    tasksReportedToConnection(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id } } }
    groupsAgain: groups { group { members { id }
      membersConnection(first: 3) { totalCount edges { node { id } } } } }`;

  it('one statement, the same answers as the batched fields (node(id:) reads them field by field)', async () => {
    const ids = [
      await busiest('(a:Organization)-[:MEMBER_OF]->()'),
      await busiest('(:Task)-[:REPORTS_TO]->(a:Organization)'),
      await busiest('(:Task)-[:LED_BY]->(a:Organization)'),
      await busiest('(:Document)-[:ISSUED_BY]->(a:Organization)'),
      await busiest('(:Task)-[:COORDINATES_WITH]->(a:Organization)'),
      await busiest('(a:Organization)-[:MEMBER_OF]->(:OrgGroup)<-[:SENT_TO]-()'),
    ];
    for (const id of ids) {
      const compiled = await countStatements<{ organization: unknown }>(
        `{ organization(id: "${id}") { ${ORGANIZATION_LISTS} } }`,
      );
      expect(compiled.count).toBe(1 + VIEWER);
      const batched = await countStatements<{ node: unknown }>(
        `{ node(id: "${id}") { ... on Organization { ${ORGANIZATION_LISTS} } } }`,
      );
      expect(batched.count).toBeGreaterThan(compiled.count);
      expect(compiled.data.organization).toEqual(batched.data.node);
    }
  });

  it('the lists are not empty on the seed graph: the comparison above compares rows', async () => {
    const id = await busiest('(a:Organization)-[:MEMBER_OF]->()');
    const { data } = await countStatements<{
      organization: { groups: { group: { id: string }; reason: string | null }[] };
    }>(`{ organization(id: "${id}") { groups { group { id } reason } } }`);
    expect(data.organization.groups.length).toBeGreaterThan(0);
    const reporter = await busiest('(:Task)-[:REPORTS_TO]->(a:Organization)');
    const reported = await countStatements<{ organization: { reportedToBy: unknown[] } }>(
      `{ organization(id: "${reporter}") { reportedToBy { id } } }`,
    );
    expect(reported.data.organization.reportedToBy.length).toBeGreaterThan(0);
    const member = await busiest('(a:Organization)-[:MEMBER_OF]->(:OrgGroup)<-[:SENT_TO]-()');
    const received = await countStatements<{
      organization: { documentsReceived: { via: { id: string } | null }[] };
    }>(`{ organization(id: "${member}") { documentsReceived { via { id } } } }`);
    expect(received.data.organization.documentsReceived.some((d) => d.via !== null)).toBe(true);
  });

  it("a document's implementers and targets: one statement, as batched", async () => {
    const resolution = await busiest('(:Document)-[:IMPLEMENTS]->(a:Document)');
    const withTargets = await busiest('(a:Document)-[:SETS_TARGET]->()');
    const lists = `implementedBy { document { id number } evidence { quote start end } }
      targets { id metric value unit year }`;
    for (const id of [resolution, withTargets]) {
      const compiled = await countStatements<{
        document: { implementedBy: unknown[]; targets: unknown[] };
      }>(`{ document(id: "${id}") { ${lists} } }`);
      expect(compiled.count).toBe(1 + VIEWER);
      const batched = await countStatements<{ node: unknown }>(
        `{ node(id: "${id}") { ... on Document { ${lists} } } }`,
      );
      expect(compiled.data.document).toEqual(batched.data.node);
      const { implementedBy, targets } = compiled.data.document;
      expect(implementedBy.length + targets.length).toBeGreaterThan(0);
    }
  });
});

describe('connections under parents', () => {
  it("every organization's tasksLedConnection in one statement, each paged on its own", async () => {
    const { count, data } = await countStatements<{
      organizations: {
        edges: {
          node: {
            id: string;
            tasksLedConnection: { totalCount: number; edges: { node: { id: string } }[] };
          };
        }[];
      };
    }>(`{ organizations(filter: { jurisdiction: "tw" }, first: 100) { edges { node { id
          tasksLedConnection(first: 2) { totalCount edges { node { id } } } } } } }`);
    // The page of organizations with their task pages (totals included): one statement.
    expect(count).toBe(1 + VIEWER);
    const busiest = data.organizations.edges
      .map((e) => e.node)
      .filter((o) => o.tasksLedConnection.totalCount > 0)
      .map((o) => [o.id, o.tasksLedConnection.totalCount, o.tasksLedConnection.edges.length]);
    // Each body's total, and a page of at most 2 (Ban Tuyên giáo 5 → 2, Đảng đoàn Quốc hội 3 → 2).
    expect(busiest).toEqual([
      ['tw/ban-bi-thu', 2, 2],
      ['tw/ban-can-su-dang-chinh-phu', 2, 2],
      ['tw/ban-kinh-te', 2, 2],
      ['tw/ban-noi-chinh', 1, 1],
      ['tw/ban-tuyen-giao', 5, 2],
      ['tw/bo-chinh-tri', 1, 1],
      ['tw/dang-doan-mat-tran-to-quoc', 2, 2],
      ['tw/dang-doan-quoc-hoi', 3, 2],
      ['tw/doan-tncs/ban-bi-thu', 2, 2],
      ['tw/hoi-dong-ly-luan', 1, 1],
      ['tw/lien-minh-htx', 2, 2],
      ['tw/mat-tran-to-quoc', 1, 1],
      ['tw/uy-ban-kiem-tra', 1, 1],
    ]);
  });
});

describe('transactions', () => {
  it('every statement runs as a read within what is left of the request time limit (configurable)', async () => {
    configs = [];
    await countStatements(
      '{ tasks(first: 5) { totalCount edges { node { leads { actor { id } } } } } }',
    );
    // The viewer's hidden documents, the page with its total and the leads.
    expect(configs).toHaveLength(1 + VIEWER);
    for (const config of configs) {
      expect(config.mode).toBe('READ');
      // The request's deadline is shared: each statement gets the time that is left of it.
      expect(config.timeout).toBeLessThanOrEqual(DEFAULT_TRANSACTION_TIMEOUT_MS);
      expect(config.timeout).toBeGreaterThan(DEFAULT_TRANSACTION_TIMEOUT_MS - 2_000);
    }
    const custom = await startApi(
      { driver: counting(driver), database, neo4jUri: '', transactionTimeoutMs: 1234 },
      0,
    );
    try {
      configs = [];
      await postGraphQL(custom, '{ tasks(first: 1) { totalCount } }');
      expect(configs).toHaveLength(1 + VIEWER);
      expect(configs[0]?.timeout).toBeLessThanOrEqual(1234);
      expect(configs[0]?.timeout).toBeGreaterThan(0);
    } finally {
      await custom.stop();
    }
  });
});

describe('errors carry extensions.code and no stack trace', () => {
  it('a page larger than 100 is BAD_USER_INPUT', async () => {
    expectError(await postGraphQL(api, '{ tasks(first: 101) { totalCount } }'), 'BAD_USER_INPUT');
    expectError(
      await postGraphQL(api, '{ documents(first: -1) { totalCount } }'),
      'BAD_USER_INPUT',
    );
  });

  it('a cursor this API did not hand out is BAD_USER_INPUT', async () => {
    for (const after of ['not a cursor!', 'Zm9vYmFy', '']) {
      expectError(
        await postGraphQL(api, 'query ($after: String) { tasks(after: $after) { totalCount } }', {
          after,
        }),
        'BAD_USER_INPUT',
      );
    }
  });

  it('bad filter values are BAD_USER_INPUT', async () => {
    expectError(
      await postGraphQL(api, '{ tasks(filter: {dueFrom: "31/12/2023"}) { totalCount } }'),
      'BAD_USER_INPUT',
    );
    expectError(
      await postGraphQL(api, '{ organizations(filter: {search: "  ***  "}) { totalCount } }'),
      'BAD_USER_INPUT',
    );
    expectError(
      await postGraphQL(api, '{ documents(filter: {jurisdiction: "a/b/c"}) { totalCount } }'),
      'BAD_USER_INPUT',
    );
    expectError(await postGraphQL(api, '{ document { id } }'), 'BAD_USER_INPUT');
    expectError(
      await postGraphQL(api, '{ document(id: "x", number: "y") { id } }'),
      'BAD_USER_INPUT',
    );
  });

  it('a malformed query is GRAPHQL_PARSE_FAILED, an unknown field GRAPHQL_VALIDATION_FAILED', async () => {
    // GraphQL over HTTP: 400 under application/graphql-response+json, 200 under the legacy
    // application/json (the errors are in the body either way).
    const modern = { accept: 'application/graphql-response+json' };
    const parse = await postGraphQL(api, '{ tasks(first: 1) { edges { node { id } }', {}, modern);
    expect(parse.status).toBe(400);
    expectError(parse, 'GRAPHQL_PARSE_FAILED');
    const validation = await postGraphQL(api, '{ tasks { nope } }', {}, modern);
    expect(validation.status).toBe(400);
    expectError(validation, 'GRAPHQL_VALIDATION_FAILED');
    const legacy = { accept: 'application/json' };
    const legacyParse = await postGraphQL(api, '{ tasks(first: 1) {', {}, legacy);
    expect(legacyParse.status).toBe(200);
    expectError(legacyParse, 'GRAPHQL_PARSE_FAILED');
    const variables = await postGraphQL(
      api,
      'query ($n: Int) { tasks(first: $n) { totalCount } }',
      { n: 'many' },
      legacy,
    );
    expect(variables.status).toBe(200);
    expectError(variables, 'BAD_USER_INPUT');
  });

  it('too deep or too costly is QUERY_TOO_COMPLEX, refused before any statement runs', async () => {
    statements = 0;
    const deep = await postGraphQL(
      api,
      '{ organization(id: "tw/ban-tuyen-giao") { units { units { units { units { units { units { units { units { units { id } } } } } } } } } } }',
    );
    expect(deep.status).toBe(200);
    expectError(deep, 'QUERY_TOO_COMPLEX');
    expect(deep.body.errors?.[0]?.message).toBe(
      'the query is 11 levels deep; at most 10 are allowed',
    );
    const costly = await postGraphQL(
      api,
      '{ organizations(first: 100) { edges { node { tasksLed { leads { actor { ... on Organization { tasksLed { coordinators { actor { id } } } } } } } } } } }',
    );
    expectError(costly, 'QUERY_TOO_COMPLEX');
    expect(costly.body.errors?.[0]?.message).toMatch(/estimated cost is \d+; at most 250000/);
    // A connection without `first` counts its default page (20): six lists of 100 organizations
    // × 20 tasks × 10 coordinators each (it would pass if a missing `first` counted as 1).
    const oneList = `organizations(first: 100) { edges { node { tasksLedConnection {
      edges { node { coordinators { actor { id } } } } } } } }`;
    const defaults = await postGraphQL(
      api,
      `{ ${[1, 2, 3, 4, 5, 6].map((i) => `a${i}: ${oneList}`).join('\n')} }`,
    );
    expectError(defaults, 'QUERY_TOO_COMPLEX');
    expect(defaults.body.errors?.[0]?.message).toBe(
      "the query's estimated cost is 277806; at most 250000 is allowed (lower first or select less)",
    );
    expect(statements).toBe(0);
  });

  it('introspection is not limited', async () => {
    const response = await postGraphQL<{ __schema: { types: unknown[] } }>(
      api,
      getIntrospectionQuery({ descriptions: true }),
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.__schema.types.length).toBeGreaterThan(30);
  });

  it('a statement running past the transaction timeout is QUERY_TIMEOUT', async () => {
    // No API query runs long on the seed graph, so this drives the API's only path to Neo4j
    // (GraphReader) with a statement that would take many seconds, under a 200 ms timeout; the
    // API answers the reader's error with its code (toApiError).
    // Neo4j's transaction monitor checks every 2 s by default: the statement stops within ~2 s.
    const reader = new GraphReader(driver, database, 200);
    const error = await reader
      .read('UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n')
      .then(
        () => undefined,
        (e: unknown) => toApiError(e) as { message?: string; extensions?: { code?: string } },
      );
    expect(error?.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(error?.message).toBe('the query took longer than the server allows');
  });

  it('an unreachable Neo4j is DATABASE_UNAVAILABLE', async () => {
    const port = await freePort();
    // The driver as `npm start` builds it for the API: a 3 s retry window, not the default 30 s.
    const dead = createDriver({
      uri: `bolt://127.0.0.1:${port}`,
      user: 'neo4j',
      password: '',
      retryWindowMs: API_RETRY_WINDOW_MS,
    });
    const down = await startApi({ driver: dead, database, neo4jUri: '' }, 0);
    try {
      for (const query of ['{ tasks { totalCount } }', '{ stats { tasks } }']) {
        const response = await postGraphQL(down, query);
        expectError(response, 'DATABASE_UNAVAILABLE');
        expect(response.body.errors?.[0]?.message).not.toContain(String(port));
      }
    } finally {
      await down.stop();
      await dead.close();
    }
  });
});
