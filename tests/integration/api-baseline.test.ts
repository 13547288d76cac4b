import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../src/api/server.ts';
import { database, useTestDriver } from '../support/neo4j.ts';
import { postGraphQL, startTestApi } from '../support/api.ts';

const db = useTestDriver({ reset: true });
let api: RunningApi;

beforeAll(async () => {
  api = await startTestApi(db.driver);
});
afterAll(async () => {
  await api.stop();
});

describe('GraphQL baseline over HTTP', () => {
  it('answers stats from Neo4j', async () => {
    await db.driver.executeQuery(
      `CREATE (:Document {id: 'd1', status: 'ingested'}), (:Document {id: 'd2', status: 'referenced'}),
              (:Organization {id: 'o1'}), (:Task {id: 't1'}), (:Task {id: 't2'}), (:Task {id: 't3'})`,
      {},
      { database },
    );
    const response = await postGraphQL<{ stats: Record<string, number> }>(
      api,
      '{ stats { documents ingestedDocuments organizations tasks } }',
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: { stats: { documents: 2, ingestedDocuments: 1, organizations: 1, tasks: 3 } },
    });
  });

  it('reports Neo4j connectivity on /health', async () => {
    const response = await fetch(api.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; neo4j: { reachable: boolean } };
    expect(body.status).toBe('ok');
    expect(body.neo4j.reachable).toBe(true);
  });

  it('answers unknown routes with 404', async () => {
    const response = await fetch(api.url.replace('/graphql', '/nope'));
    expect(response.status).toBe(404);
  });
});
