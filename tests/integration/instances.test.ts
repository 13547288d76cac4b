/**
 * Growth past one machine (issue 15): two API instances — each its own driver, pool and bookmark
 * manager, as two processes would have — over one Neo4j, behind a round-robin client. The API
 * keeps nothing a request needs between requests (users live in the graph), and a client that
 * sends back the `x-bookmark` of its write reads that write on the other instance.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../src/api/server.ts';
import { BOOKMARK_HEADER } from '../../src/api/http/bookmarks.ts';
import { database, resetDatabase, testDriver } from '../support/neo4j.ts';
import { seedDir } from '../support/seed-graph.ts';

const KEY = 'shared-key';
const PLAN_67 = 'doc:67-KH/HU@quang-tri/vinh-linh:2023';
const drivers: Driver[] = [];
const instances: RunningApi[] = [];

beforeAll(async () => {
  for (let i = 0; i < 2; i++) drivers.push(testDriver());
  await resetDatabase(drivers[0]!);
  for (const driver of drivers) {
    instances.push(await startApi({ driver, database, neo4jUri: 'bolt://test', apiKey: KEY }, 0));
  }
}, 120_000);

afterAll(async () => {
  for (const api of instances) await api.stop();
  for (const driver of drivers) await driver.close();
});

interface Answer {
  instance: number;
  status: number;
  bookmark: string | null;
  body: { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
}

/** A client spreading its requests over the instances in turn, as a round-robin balancer does,
 *  carrying the latest bookmark it was given. */
function roundRobin() {
  let turn = 0;
  let bookmark: string | null = null;
  return {
    get bookmark() {
      return bookmark;
    },
    async post(query: string, variables: Record<string, unknown> = {}, key?: string) {
      const instance = turn++ % instances.length;
      const response = await fetch(instances[instance]!.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(key ? { 'x-api-key': key } : {}),
          ...(bookmark ? { [BOOKMARK_HEADER]: bookmark } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const answer: Answer = {
        instance,
        status: response.status,
        bookmark: response.headers.get(BOOKMARK_HEADER),
        body: (await response.json()) as Answer['body'],
      };
      bookmark = answer.bookmark ?? bookmark;
      return answer;
    },
  };
}

describe('two API instances on one Neo4j', () => {
  it('reads an ingest on the other instance through its bookmark', async () => {
    const client = roundRobin();
    const text = readFileSync(join(seedDir, '003_c1ef8345d186a5d7.txt'), 'utf8');
    const ingest = await client.post(
      'mutation($text: String!) { ingestDocument(text: $text, name: "seed-003") { outcome } }',
      { text },
      KEY,
    );
    expect(ingest.body.errors).toBeUndefined();
    expect(ingest.instance).toBe(0);
    expect(ingest.bookmark).toMatch(/^\S+$/);
    const read = await client.post(`{ document(id: "${PLAN_67}") { id tasks { id } } }`);
    expect(read.instance).toBe(1);
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data).toMatchObject({ document: { id: PLAN_67 } });
    expect((read.body.data?.document as { tasks: unknown[] }).tasks).toHaveLength(20);
    // Reads answer no bookmark: they wrote nothing.
    expect(read.bookmark).toBeNull();
  });

  it('serves a user made on one instance on the other at once, and their writes on both', async () => {
    const client = roundRobin();
    const made = await client.post(
      'mutation { createUser(name: "auditor", role: EDITOR) { key user { id } } }',
      {},
      KEY,
    );
    expect(made.instance).toBe(0);
    const { key, user } = made.body.data?.createUser as { key: string; user: { id: string } };
    const seen = await client.post('{ viewer { id role } }', {}, key);
    expect(seen.instance).toBe(1);
    expect(seen.body.data).toEqual({ viewer: { id: user.id, role: 'EDITOR' } });
    const status = `mutation { updateTaskStatus(task: "${PLAN_67}#4.1.1", status: DONE_ON_TIME, note: "n") { keyId } }`;
    const answers = [await client.post(status, {}, key), await client.post(status, {}, key)];
    expect(answers.map((a) => [a.instance, a.body.data])).toEqual([
      [0, { updateTaskStatus: { keyId: user.id } }],
      [1, { updateTaskStatus: { keyId: user.id } }],
    ]);
    const trail = await client.post(
      `{ task: node(id: "${PLAN_67}#4.1.1") { ... on Task { statusHistory { keyId } } } }`,
    );
    expect(trail.body.data).toEqual({
      task: { statusHistory: [{ keyId: user.id }, { keyId: user.id }] },
    });
  });

  it('hands the bookmark to the database: one that is not a bookmark is refused', async () => {
    const response = await fetch(instances[1]!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [BOOKMARK_HEADER]: 'not-a-bookmark' },
      body: JSON.stringify({ query: `{ document(id: "${PLAN_67}") { id } }` }),
    });
    const body = (await response.json()) as Answer['body'];
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
