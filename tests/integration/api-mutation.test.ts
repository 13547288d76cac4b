/**
 * ingestDocument over HTTP: refused without the API key (or when the server has none), then the
 * real pipeline on a seed text — created, then unchanged — and bad input refused.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../src/api/server.ts';
import { database, resetDatabase, testDriver } from '../support/neo4j.ts';
import { postGraphQL, startTestApi, type GraphQLResponse } from '../support/api.ts';

const KEY = 'test-key-not-a-secret';
const seed003 = readFileSync(
  resolve(import.meta.dirname, '../../seed/documents/003_c1ef8345d186a5d7.txt'),
  'utf8',
);

let driver: Driver;
let api: RunningApi;
let readOnly: RunningApi;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  api = await startApi({ driver, database, neo4jUri: '', apiKey: KEY }, 0);
  readOnly = await startTestApi(driver);
});
afterAll(async () => {
  await readOnly.stop();
  await api.stop();
  await driver.close();
});

const INGEST = `mutation ($text: String!, $metadata: DocumentMetadata) {
  ingestDocument(text: $text, metadata: $metadata, name: "seed-003") {
    outcome
    warnings { code }
    document { id number status tasks { id } }
  }
}`;

interface Ingested {
  ingestDocument: {
    outcome: string;
    warnings: { code: string }[];
    document: { id: string; number: string; status: string; tasks: { id: string }[] };
  };
}

function codes(response: GraphQLResponse<unknown>): (string | undefined)[] {
  return (response.body.errors ?? []).map((e) => e.extensions?.code);
}

describe('ingestDocument', () => {
  it('needs the API key; a server without one has mutations off', async () => {
    expect(codes(await postGraphQL(api, INGEST, { text: seed003 }))).toEqual(['UNAUTHENTICATED']);
    expect(
      codes(await postGraphQL(api, INGEST, { text: seed003 }, { 'x-api-key': 'wrong' })),
    ).toEqual(['UNAUTHENTICATED']);
    // A server without API_KEY knows no shared key: KEY is nobody's (users have their own keys).
    expect(
      codes(await postGraphQL(readOnly, INGEST, { text: seed003 }, { 'x-api-key': KEY })),
    ).toEqual(['UNAUTHENTICATED']);
    const { records } = await driver.executeQuery(
      'MATCH (d:Document) RETURN count(d) AS n',
      {},
      { database },
    );
    expect(records[0]?.get('n')).toBe(0);
  });

  it('ingests a text through the real pipeline, then finds it unchanged', async () => {
    const first = await postGraphQL<Ingested>(api, INGEST, { text: seed003 }, { 'x-api-key': KEY });
    expect(first.body.errors).toBeUndefined();
    const created = first.body.data?.ingestDocument;
    expect(created?.outcome).toBe('CREATED');
    expect(created?.document).toMatchObject({
      id: 'doc:67-KH/HU@quang-tri/vinh-linh:2023',
      number: '67-KH/HU',
      status: 'INGESTED',
    });
    expect(created?.document.tasks).toHaveLength(20);
    expect(created?.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['number-normalised', 'doubtful-reference']),
    );
    const again = await postGraphQL<Ingested>(api, INGEST, { text: seed003 }, { 'x-api-key': KEY });
    expect(again.body.data?.ingestDocument.outcome).toBe('UNCHANGED');
  });

  it('refuses a text that is not a directive document, and bad metadata', async () => {
    const headers = { 'x-api-key': KEY };
    expect(codes(await postGraphQL(api, INGEST, { text: 'xin chào' }, headers))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codes(
        await postGraphQL(api, INGEST, { text: seed003, metadata: { level: 'nation' } }, headers),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });
});
