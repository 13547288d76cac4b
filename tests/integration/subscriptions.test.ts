/**
 * The change feed over graphql-ws: a client subscribed to documentIngested (filtered by level)
 * receives the ingest of 67-KH/HU made through the API, and a status update after it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startApi, type RunningApi } from '../../src/api/server.ts';
import { postGraphQL } from '../support/api.ts';
import { database, resetDatabase, testDriver } from '../support/neo4j.ts';

const KEY = 'subscriptions-test-key';
const seed003 = readFileSync(
  resolve(import.meta.dirname, '../../seed/documents/003_c1ef8345d186a5d7.txt'),
  'utf8',
);

let driver: Driver;
let api: RunningApi;
let client: Client;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  api = await startApi({ driver, database, neo4jUri: '', apiKey: KEY }, 0);
  client = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket });
});
afterAll(async () => {
  await client.dispose();
  await api.stop();
  await driver.close();
});

/** The first `count` results of a subscription (it starts at once). */
function firstOf<T>(query: string, count: number): Promise<T[]> {
  const got: T[] = [];
  return new Promise((resolveAll, reject) => {
    const stop = client.subscribe<T>(
      { query },
      {
        next: (value) => {
          if (value.errors) reject(new Error(JSON.stringify(value.errors)));
          got.push(value.data as T);
          if (got.length === count) {
            stop();
            resolveAll(got);
          }
        },
        error: reject,
        complete: () => resolveAll(got),
      },
    );
  });
}

const settle = () => new Promise((r) => setTimeout(r, 300));

describe('subscriptions', () => {
  it('a documentIngested subscriber receives an ingest through the API, filtered', async () => {
    const district = firstOf<{
      documentIngested: { outcome: string; document: { id: string; number: string } };
    }>(
      `subscription { documentIngested(filter: { level: "huyen", jurisdiction: "quang-tri" }) {
        outcome document { id number } } }`,
      1,
    );
    const central = firstOf<unknown>(
      'subscription { documentIngested(filter: { level: "TW" }) { outcome } }',
      1,
    );
    await settle();
    const ingest = await postGraphQL(
      api,
      'mutation ($text: String!) { ingestDocument(text: $text, name: "seed-003") { outcome } }',
      { text: seed003 },
      { 'x-api-key': KEY },
    );
    expect(ingest.body.errors).toBeUndefined();
    expect(await district).toEqual([
      {
        documentIngested: {
          outcome: 'CREATED',
          document: { id: 'doc:67-KH/HU@quang-tri/vinh-linh:2023', number: '67-KH/HU' },
        },
      },
    ]);
    // The TW subscriber heard nothing: its promise is still pending.
    const none = await Promise.race([central.then(() => 'heard'), settle().then(() => 'nothing')]);
    expect(none).toBe('nothing');
  });

  it('a taskStatusChanged subscriber receives a manual update of its document', async () => {
    const task = 'doc:67-KH/HU@quang-tri/vinh-linh:2023#4.1.1';
    const changed = firstOf<{
      taskStatusChanged: { taskId: string; status: string; note: string };
    }>(
      `subscription { taskStatusChanged(document: "doc:67-KH/HU@quang-tri/vinh-linh:2023") {
        taskId status note } }`,
      1,
    );
    await settle();
    await postGraphQL(
      api,
      `mutation { updateTaskStatus(task: "${task}", status: DONE_LATE, note: "Biên bản kiểm tra") { id } }`,
      {},
      { 'x-api-key': KEY },
    );
    expect(await changed).toEqual([
      { taskStatusChanged: { taskId: task, status: 'DONE_LATE', note: 'Biên bản kiểm tra' } },
    ]);
  });
});
