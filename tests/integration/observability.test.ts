/**
 * Observability over real HTTP and the real Neo4j: a JSON log line per request and per GraphQL
 * operation carrying the request id, Prometheus metrics on /metrics, readiness (/ready: the
 * database answers and every migration is applied) apart from liveness (/live), and a graceful
 * stop that finishes the request in flight.
 */
import { request as httpRequest } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createObservability } from '../../src/api/http/observe.ts';
import { startApi, type RunningApi } from '../../src/api/server.ts';
import { runMigrations } from '../../src/db/migrations.ts';
import { download, postGraphQL } from '../support/api.ts';
import { database, useTestDriver } from '../support/neo4j.ts';

const KEY = 'test-key-not-a-secret';
const db = useTestDriver({ reset: true });
const lines: Record<string, unknown>[] = [];
let api: RunningApi;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  const observability = createObservability(pino({ level: 'info' }, sink));
  api = await startApi(
    { driver: db.driver, database, neo4jUri: '', apiKey: KEY, observability },
    0,
  );
});
afterAll(async () => {
  await api.stop();
});

describe('logs and metrics', () => {
  it('logs each request and operation as JSON with its request id, echoed to the client', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-42' },
      body: JSON.stringify({ query: 'query CountTasks { tasks(first: 1) { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req-42');
    expect(lines).toContainEqual(
      expect.objectContaining({ reqId: 'req-42', operation: 'CountTasks', outcome: 'ok' }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ reqId: 'req-42', path: '/graphql', status: 200, method: 'POST' }),
    );
    // Without one (or with one that is not sane), the server makes one up.
    const other = await fetch(api.url.replace('/graphql', '/live'), {
      headers: { 'x-request-id': 'bad id\twith spaces' },
    });
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('/metrics: requests by route and status, operations by name and outcome, ingests', async () => {
    const seed = readFileSync(
      resolve(import.meta.dirname, '../../seed/documents/003_c1ef8345d186a5d7.txt'),
      'utf8',
    );
    const ingest = await postGraphQL<unknown>(
      api,
      'mutation Ingest($text: String!) { ingestDocument(text: $text) { outcome } }',
      { text: seed },
      { 'x-api-key': KEY },
    );
    expect(ingest.body.errors).toBeUndefined();
    await postGraphQL(api, 'query Broken { nope }');
    const metrics = await download(api, '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.body).toMatch(/^http_requests_total\{route="\/graphql",status="200"\} [1-9]/m);
    expect(metrics.body).toMatch(
      /^graphql_operations_total\{operation="CountTasks",outcome="ok"\} 1$/m,
    );
    expect(metrics.body).toMatch(
      /^graphql_operations_total\{operation="unparsed",outcome="GRAPHQL_VALIDATION_FAILED"\} 1$/m,
    );
    expect(metrics.body).toMatch(
      /^graphql_operation_duration_seconds_bucket\{le="\+Inf",operation="CountTasks"\} 1$/m,
    );
    expect(metrics.body).toMatch(/^ingest_documents_total\{outcome="created"\} 1$/m);
    expect(metrics.body).toMatch(/^neo4j_requests_in_flight 0$/m);
    expect(metrics.body).toMatch(/^process_resident_memory_bytes /m);
  });
});

describe('readiness apart from liveness', () => {
  it('/ready needs every migration applied; /live only the process', async () => {
    expect((await download(api, '/ready')).status).toBe(200);
    await db.driver.executeQuery(
      "MATCH (m:Migration {id: '0004-graph-ingest'}) DELETE m",
      {},
      {
        database,
      },
    );
    const pending = await download(api, '/ready');
    expect(pending.status).toBe(503);
    expect(JSON.parse(pending.body)).toMatchObject({ pendingMigrations: ['0004-graph-ingest'] });
    expect((await download(api, '/live')).status).toBe(200);
    await runMigrations(db.driver, database);
    expect((await download(api, '/ready')).status).toBe(200);
  });
});

describe('graceful stop', () => {
  it('finishes the request in flight, then takes no new one', async () => {
    const own = await startApi({ driver: db.driver, database, neo4jUri: '' }, 0);
    const url = new URL(own.url);
    const body = JSON.stringify({ query: '{ tasks(first: 1) { totalCount } }' });
    let stopped = false;
    const answer = new Promise<{ status: number; text: string }>((done, fail) => {
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: '/graphql',
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => done({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', fail);
      // Half the body, the stop, then the rest: the request is in flight while the server stops.
      req.write(body.slice(0, 10));
      setTimeout(() => {
        const stopping = own.stop().then(() => (stopped = true));
        setTimeout(() => {
          expect(stopped).toBe(false);
          req.end(body.slice(10));
        }, 300);
        void stopping;
      }, 300);
    });
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ data: { tasks: { totalCount: expect.any(Number) } } });
    await expect.poll(() => stopped).toBe(true);
    await expect(fetch(own.url.replace('/graphql', '/live'))).rejects.toThrow();
  });
});
