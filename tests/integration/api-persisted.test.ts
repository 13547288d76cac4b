/**
 * Persisted operations over HTTP on the seed graph: the allow-list mode serves the operations of
 * operations/ (by text or by hash alone) and refuses any other; reads by GET carry an ETag and
 * Cache-Control, and a matching If-None-Match gets 304.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../src/api/server.ts';
import { sha256 } from '../../src/api/persisted.ts';
import { repoRoot } from '../../src/paths.ts';
import { loadSeedGraph } from '../support/seed-graph.ts';
import { database, testDriver } from '../support/neo4j.ts';
import { postGraphQL } from '../support/api.ts';

const SEARCH = readFileSync(join(repoRoot, 'operations/Search.graphql'), 'utf8');
let driver: Driver;
let open: RunningApi;
let allowList: RunningApi;

beforeAll(async () => {
  driver = testDriver();
  await loadSeedGraph(driver);
  const options = { driver, database, neo4jUri: process.env.NEO4J_URI ?? '' };
  open = await startApi(options, 0);
  allowList = await startApi({ ...options, persistedOnly: true }, 0);
});
afterAll(async () => {
  await open?.stop();
  await allowList?.stop();
  await driver?.close();
});

/** GET /graphql with the given search parameters (Apollo's CSRF guard wants the header). */
function get(
  api: RunningApi,
  params: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const url = new URL(api.url);
  for (const [k, v] of Object.entries(params))
    url.searchParams.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  return fetch(url, { headers: { 'apollo-require-preflight': 'true', ...headers } });
}

describe('API_PERSISTED_ONLY', () => {
  it('serves a registered operation, by text and by hash alone', async () => {
    const byText = await postGraphQL<{ search: { totalCount: number } }>(allowList, SEARCH);
    expect(byText.status).toBe(200);
    expect(byText.body.data?.search.totalCount).toBeGreaterThan(0);
    const byHash = await get(allowList, {
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(SEARCH) } },
    });
    expect(byHash.status).toBe(200);
    const body = (await byHash.json()) as { data: { search: { totalCount: number } } };
    expect(body.data.search.totalCount).toBe(byText.body.data?.search.totalCount);
  });

  it('refuses an operation that is not registered, and an unknown hash', async () => {
    const refused = await postGraphQL(allowList, '{ stats { documents } }');
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(refused.body.data).toBeUndefined();
    const unknown = await get(allowList, {
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ stats { documents } }') } },
    });
    const answer = (await unknown.json()) as { data?: unknown; errors?: unknown[] };
    expect(answer.data).toBeUndefined();
    expect(answer.errors).toHaveLength(1);
  });

  it('leaves the open API serving any operation', async () => {
    const answer = await postGraphQL<{ stats: { documents: number } }>(
      open,
      '{ stats { documents } }',
    );
    expect(answer.body.data?.stats.documents).toBe(15);
  });
});

describe('GET caching', () => {
  it('gives a read an ETag and Cache-Control, and 304 when the ETag still holds', async () => {
    const first = await get(open, { query: '{ stats { documents } }' });
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const again = await get(open, { query: '{ stats { documents } }' }, { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    const other = await get(open, { query: '{ stats { tasks } }' }, { 'if-none-match': etag! });
    expect(other.status).toBe(200);
  });

  it('never caches a POST or an error', async () => {
    const post = await fetch(open.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { documents } }' }),
    });
    expect(post.headers.get('etag')).toBeNull();
    const failed = await get(open, { query: '{ document(id: "x", number: "y") { id } }' });
    expect(failed.headers.get('etag')).toBeNull();
  });
});
