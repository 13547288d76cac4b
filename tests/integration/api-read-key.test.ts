/** API_READS_NEED_KEY: every operation needs the key; /health stays open. Real Neo4j, HTTP. */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../src/api/server.ts';
import { postGraphQL } from '../support/api.ts';
import { database, testDriver } from '../support/neo4j.ts';

let driver: Driver;
let api: RunningApi;

beforeAll(async () => {
  driver = testDriver();
  api = await startApi(
    { driver, database, neo4jUri: 'bolt://test', apiKey: 'the-key', readsNeedKey: true },
    0,
  );
});
afterAll(async () => {
  await api.stop();
  await driver.close();
});

describe('reads protected by the API key', () => {
  it('refuses a query without the key or with a wrong one', async () => {
    const attempts: Record<string, string>[] = [{}, { 'x-api-key': 'wrong' }];
    for (const headers of attempts) {
      const r = await postGraphQL(api, '{ stats { documents } }', {}, headers);
      expect(r.status).toBe(401);
      expect(r.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(r.body.data).toBeUndefined();
    }
  });

  it('answers with the key', async () => {
    const r = await postGraphQL<{ stats: { documents: number } }>(
      api,
      '{ stats { documents } }',
      {},
      { 'x-api-key': 'the-key' },
    );
    expect(r.status).toBe(200);
    expect(typeof r.body.data?.stats.documents).toBe('number');
  });

  it('keeps /health open', async () => {
    const response = await fetch(api.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
  });
});
