/**
 * Issue 15's cost and time bounds, each reproducing a failure once seen: traversal fields priced
 * per alias, the statement budget, the parser's token and size limits, a body over the cap, the
 * request deadline and the client going away (both stop the work on the server), a full pool,
 * "Did you mean" with introspection off, a password in NEO4J_URI, the rate limit, 504 on exports.
 */
import { request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../src/api/server.ts';
import { MAX_BODY_BYTES } from '../../src/api/http/node.ts';
import { GraphReader } from '../../src/read/reader.ts';
import { database, testDriver } from '../support/neo4j.ts';
import { download, postGraphQL } from '../support/api.ts';
import { loadSeedGraph } from '../support/seed-graph.ts';

let driver: Driver;
let api: RunningApi;
beforeAll(async () => {
  driver = testDriver();
  await loadSeedGraph(driver);
  api = await startApi({ driver, database, neo4jUri: '' }, 0);
});
afterAll(async () => {
  await api.stop();
  await driver.close();
});

const codes = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  (body.errors ?? []).map((e) => e.extensions?.code);
const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join('\n')} }`;

/** A statement that runs for many seconds unless stopped; `tag` finds it in SHOW TRANSACTIONS. */
const slow = (tag: number) =>
  `UNWIND range(1, 2000000000 + ${tag}) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n`;
async function running(tag: number): Promise<number> {
  const { records } = await driver.executeQuery(
    'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $text RETURN count(*) AS n',
    { text: `2000000000 + ${tag}` },
    { database },
  );
  return records[0]!.get('n') as number;
}
async function untilStopped(tag: number): Promise<void> {
  for (let i = 0; i < 50 && (await running(tag)) > 0; i += 1) {
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(await running(tag)).toBe(0);
}

describe('traversal fields are priced by their work, every alias counted', () => {
  it('refuses 15 aliases of coverageReport before any statement runs (was: cost 2 each)', async () => {
    const started = Date.now();
    const response = await postGraphQL(api, aliases(15, 'coverageReport { totalCount }'));
    expect(codes(response.body)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(response.body.errors?.[0]?.message).toBe(
      'the query asks for 90 units of traversal work; at most 12 are allowed (ask for fewer traversals per request)',
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    // Two reports are fine.
    const two = await postGraphQL(api, aliases(2, 'coverageReport { totalCount }'));
    expect(two.body.errors).toBeUndefined();
  });

  it('refuses 300 aliases of coordinationPartners (was: the pool full, 20 s waits)', async () => {
    const partners = 'coordinationPartners(organization: "tw/ban-tuyen-giao") { totalPartners }';
    const response = await postGraphQL(api, aliases(300, partners));
    expect(codes(response.body)).toEqual(['QUERY_TOO_COMPLEX', 'QUERY_TOO_COMPLEX']);
    expect(response.body.errors?.map((e) => e.message)).toEqual([
      'the query asks for 600 units of traversal work; at most 12 are allowed (ask for fewer traversals per request)',
      'the query uses 300 aliases; at most 30 are allowed',
    ]);
    // A path's price grows with its hops.
    const paths = await postGraphQL(
      api,
      aliases(
        3,
        'coordinationPath(from: "tw/ban-tuyen-giao", to: "tw/ban-kinh-te", maxHops: 6) { found }',
      ),
    );
    expect(codes(paths.body)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('stops a request past its statement budget', async () => {
    const reader = new GraphReader(driver, database, 10_000, { maxStatements: 2 });
    await reader.read('RETURN 1 AS n');
    await reader.read('RETURN 1 AS n');
    await expect(reader.read('RETURN 1 AS n')).rejects.toMatchObject({ code: 'TOO_COMPLEX' });
    expect(reader.queries).toBe(2);
    // Over HTTP: 30 aliases of a page with its leads (one statement each, read/shape.ts) pass
    // the estimate and the budget of 100 statements.
    const three = 'tasks(first: 1) { totalCount edges { node { leads { actor { id } } } } }';
    const response = await postGraphQL(api, aliases(30, three));
    expect(response.body.errors).toBeUndefined();
  });
});

describe('huge documents never reach the parser', () => {
  it('refuses a query over 32 KiB with 413, and /health stays quick meanwhile', async () => {
    // 520,000 `__typename` aliases (9.8 MiB, under the body cap) once held /health for 12 s.
    const huge = aliases(480_000, '__typename');
    expect(huge.length).toBeGreaterThan(9_000_000);
    expect(huge.length).toBeLessThan(MAX_BODY_BYTES - 100);
    const started = Date.now();
    const [response, health] = await Promise.all([
      postGraphQL(api, huge),
      download(api, '/health'),
    ]);
    expect(response.status).toBe(413);
    // Without the API key a body may have 1 MiB; the query alone at most 32 KiB.
    expect(codes(response.body)).toEqual(['BODY_TOO_LARGE']);
    expect(health.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000);
    const over = await postGraphQL(api, aliases(2_500, '__typename'));
    expect(over.status).toBe(413);
    expect(codes(over.body)).toEqual(['QUERY_TOO_LARGE']);
  });

  it('stops parsing at 4,000 tokens, and counts __typename aliases', async () => {
    const many = await postGraphQL(api, aliases(1_500, '__typename'));
    expect(codes(many.body)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(many.body.errors?.[0]?.message).toMatch(/Document contains more th\w+ 4000 tokens/);
    const some = await postGraphQL(api, aliases(31, '__typename'));
    expect(codes(some.body)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('answers a body over 10 MB with 413, not a reset connection (1 MiB without the key)', async () => {
    const keyed = await startApi({ driver, database, neo4jUri: '', apiKey: 'k' }, 0);
    const post = (target: RunningApi, size: number, key: Record<string, string> = {}) =>
      fetch(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...key },
        body: JSON.stringify({ query: '{ stats { tasks } }', variables: { x: 'x'.repeat(size) } }),
      });
    try {
      const withKey = await post(keyed, 10_500_000, { 'x-api-key': 'k' });
      expect(withKey.status).toBe(413);
      expect(await withKey.json()).toEqual({
        errors: [{ message: 'request body exceeds 10 MB', extensions: { code: 'BODY_TOO_LARGE' } }],
      });
      expect((await post(keyed, 2_000_000, { 'x-api-key': 'k' })).status).toBe(200);
      const anonymous = await post(keyed, 2_000_000);
      expect(anonymous.status).toBe(413);
      expect(await anonymous.json()).toMatchObject({
        errors: [{ message: 'request body exceeds 1 MB' }],
      });
    } finally {
      await keyed.stop();
    }
  });

  it('keeps the legacy check: an anonymous 10 MB body is 413 too', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ stats { tasks } }',
        variables: { x: 'x'.repeat(10_500_000) },
      }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: 'request body exceeds 1 MB', extensions: { code: 'BODY_TOO_LARGE' } }],
    });
  });
});

describe('time bounds', () => {
  it('answers QUERY_TIMEOUT within 1 s of the limit and stops the statement on the server', async () => {
    const reader = new GraphReader(driver, database, 1_500);
    const started = Date.now();
    await expect(reader.read(slow(1))).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(1_450);
    expect(elapsed).toBeLessThan(2_500);
    await untilStopped(1);
  });

  it('stops the statement when the client goes away', async () => {
    const gone = new AbortController();
    const reader = new GraphReader(driver, database, 60_000, { signal: gone.signal });
    const reading = reader.read(slow(2));
    await new Promise((r) => setTimeout(r, 500));
    expect(await running(2)).toBe(1);
    const started = Date.now();
    gone.abort();
    await expect(reading).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(Date.now() - started).toBeLessThan(200);
    await untilStopped(2);
  });

  it('answers an export past its time limit with 504', async () => {
    const hasty = await startApi({ driver, database, neo4jUri: '', transactionTimeoutMs: 1 }, 0);
    try {
      const response = await download(hasty, '/export/timeline.csv?at=2022-10-01');
      expect(response.status).toBe(504);
      expect(JSON.parse(response.body)).toMatchObject({
        errors: [{ extensions: { code: 'QUERY_TIMEOUT' } }],
      });
    } finally {
      await hasty.stop();
    }
  });

  it('answers DATABASE_UNAVAILABLE quickly when no connection is free', async () => {
    const uri = process.env.NEO4J_URI!;
    const one = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), {
      maxConnectionPoolSize: 1,
      connectionAcquisitionTimeout: 500,
    });
    try {
      const holder = new GraphReader(one, database, 2_500).read(slow(3)).catch(() => null);
      await new Promise((r) => setTimeout(r, 300));
      const started = Date.now();
      await expect(new GraphReader(one, database, 10_000).read('RETURN 1')).rejects.toMatchObject({
        code: 'DATABASE_UNAVAILABLE',
      });
      expect(Date.now() - started).toBeLessThan(2_000);
      await holder;
    } finally {
      await one.close();
    }
  });
});

describe('what the API shows', () => {
  it('gives no "Did you mean" hint with introspection off', async () => {
    const closed = await startApi({ driver, database, neo4jUri: '', introspection: false }, 0);
    try {
      const typo = '{ documnts { totalCount } }';
      const open = await postGraphQL(api, typo);
      expect(open.body.errors?.[0]?.message).toMatch(/Did you mean "documents"/);
      const hidden = await postGraphQL(closed, typo);
      expect(codes(hidden.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(hidden.body.errors?.[0]?.message).not.toMatch(/Did you mean|documents/);
      const introspection = await postGraphQL(closed, '{ __schema { types { name } } }');
      expect(introspection.body.errors).toHaveLength(1);
    } finally {
      await closed.stop();
    }
  });

  it('never shows the password of NEO4J_URI on /health', async () => {
    const uri = process.env.NEO4J_URI!.replace('//', '//neo4j:s3cret@');
    const shown = await startApi({ driver, database, neo4jUri: uri }, 0);
    try {
      const health = await download(shown, '/health');
      expect(health.status).toBe(200);
      expect(health.body).not.toContain('s3cret');
      expect(JSON.parse(health.body)).toMatchObject({ neo4j: { uri: process.env.NEO4J_URI } });
    } finally {
      await shown.stop();
    }
  });

  it('limits requests per address with 429 and Retry-After; /health is not limited', async () => {
    const limited = await startApi(
      { driver, database, neo4jUri: '', rateLimit: { perSecond: 1, burst: 3 } },
      0,
    );
    try {
      const statuses = [];
      for (let i = 0; i < 4; i += 1) {
        statuses.push((await postGraphQL(limited, '{ __typename }')).status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await postGraphQL(limited, '{ __typename }');
      expect(codes(refused.body)).toEqual(['RATE_LIMITED']);
      expect((await download(limited, '/health')).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});

describe('a flood costs the server little', () => {
  it('answers 429 before reading the body or parsing the query, and closes', async () => {
    const limited = await startApi(
      { driver, database, neo4jUri: '', rateLimit: { perSecond: 0.001, burst: 1 } },
      0,
    );
    const sockets: Socket[] = [];
    limited.server.on('connection', (s: Socket) => sockets.push(s));
    try {
      expect((await postGraphQL(limited, '{ __typename }')).status).toBe(200);
      // 9 MiB of `__typename` aliases, as the load test's attacker sends.
      const body = Buffer.from(JSON.stringify({ query: aliases(480_000, '__typename') }));
      const refused = await new Promise<{ status: number; code?: string; connection?: string }>(
        (resolveAnswer, reject) => {
          const req = httpRequest(limited.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': body.length },
          });
          req.on('response', (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () =>
              resolveAnswer({
                status: res.statusCode ?? 0,
                code: /"code":"(\w+)"/.exec(text)?.[1],
                connection: res.headers.connection,
              }),
            );
          });
          req.on('error', reject);
          req.end(body);
        },
      );
      expect(refused).toEqual({ status: 429, code: 'RATE_LIMITED', connection: 'close' });
      await new Promise((r) => setTimeout(r, 200));
      expect(sockets.at(-1)!.bytesRead).toBeLessThan(1024 * 1024);
    } finally {
      await limited.stop();
    }
  });
});

describe('the mutation checks its text as the CLI checks a file', () => {
  it('refuses NUL bytes, invalid UTF-8 and a day that does not exist, before writing', async () => {
    const keyed = await startApi({ driver, database, neo4jUri: '', apiKey: 'k' }, 0);
    const mutation = `mutation ($text: String!, $date: String) {
      ingestDocument(text: $text, metadata: { issuedDate: $date }) { outcome } }`;
    const ingest = (text: string, date: string | null = null) =>
      postGraphQL(keyed, mutation, { text, date }, { 'x-api-key': 'k' });
    try {
      const nul = await ingest('KẾ HOẠCH\u0000 số 1');
      expect(codes(nul.body)).toEqual(['BAD_USER_INPUT']);
      expect(nul.body.errors?.[0]?.message).toBe(
        'text: binary content (NUL byte at offset 12): not a text document',
      );
      const lone = await ingest('KẾ HOẠCH \ud800 số 1');
      expect(lone.body.errors?.[0]?.message).toBe(
        'text is not valid UTF-8 (it holds a lone surrogate)',
      );
      const date = await ingest('KẾ HOẠCH số 1', '2023-02-30');
      expect(date.body.errors?.[0]?.message).toBe('issuedDate must be a date as YYYY-MM-DD');
    } finally {
      await keyed.stop();
    }
  });
});

describe('liveness, readiness and shutdown', () => {
  it('answers /live without the database, and stops at once with idle keep-alive clients', async () => {
    const own = await startApi({ driver, database, neo4jUri: '' }, 0);
    expect((await download(own, '/live')).status).toBe(200);
    // fetch keeps its connection alive: stopping used to wait for it to time out.
    await postGraphQL(own, '{ __typename }');
    const started = Date.now();
    const inFlight = postGraphQL(own, '{ tasks(first: 50) { totalCount } }');
    await new Promise((r) => setTimeout(r, 20));
    await own.stop();
    // Not the 5 s of Node's keep-alive timeout that an idle connection used to hold it for.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await inFlight).status).toBe(200);
  });
});
