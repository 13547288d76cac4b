/**
 * Fault tests on the test Neo4j itself: frozen with SIGSTOP (a hung server: its sockets stay open,
 * nothing answers), then resumed. Reads, exports and /health once hung for the whole pause (an
 * export then answered 500); now /health answers 503 within 2 s, and a read or an export a coded
 * error (504 or 503 for an export) within 1 s of its limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_ACQUISITION_TIMEOUT_MS,
  API_CONNECT_TIMEOUT_MS,
  API_RETRY_WINDOW_MS,
  createDriver,
} from '../../src/db/driver.ts';
import type { Driver } from 'neo4j-driver';
import { startApi, type RunningApi } from '../../src/api/server.ts';
import { database } from '../support/neo4j.ts';
import { download, postGraphQL } from '../support/api.ts';

/** The pid of the test Neo4j (`npm test` sets it); these tests freeze that process. */
function neo4jPid(): number {
  const pid = Number(process.env.NEO4J_PID);
  if (!Number.isInteger(pid) || pid <= 0) {
    throw new Error(
      'fault tests need NEO4J_PID, the pid of the test Neo4j: run them through `npm test`',
    );
  }
  return pid;
}

let driver: Driver;
let api: RunningApi;
const LIMIT_MS = 3_000;
beforeAll(async () => {
  // The API's driver as `npm start` builds it (db/ensure.ts).
  driver = createDriver({
    uri: process.env.NEO4J_URI!,
    user: 'neo4j',
    password: '',
    retryWindowMs: API_RETRY_WINDOW_MS,
    acquisitionTimeoutMs: API_ACQUISITION_TIMEOUT_MS,
    connectTimeoutMs: API_CONNECT_TIMEOUT_MS,
  });
  api = await startApi({ driver, database, neo4jUri: '', transactionTimeoutMs: LIMIT_MS }, 0);
});
afterAll(async () => {
  await api.stop();
  await driver.close();
});

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = Date.now();
  const result = await work();
  return { ms: Date.now() - started, result };
}

describe('a frozen Neo4j (SIGSTOP)', () => {
  it('/health answers 503 within 2 s, reads a coded error within 1 s of their limit', async () => {
    const pid = neo4jPid();
    expect((await download(api, '/health')).status).toBe(200);
    process.kill(pid, 'SIGSTOP');
    try {
      for (let i = 0; i < 2; i += 1) {
        const health = await timed(() => download(api, '/health'));
        expect(health.result.status).toBe(503);
        expect(health.ms).toBeLessThan(2_300);
      }
      const read = await timed(() => postGraphQL(api, '{ tasks(first: 1) { totalCount } }'));
      const code = read.result.body.errors?.[0]?.extensions?.code;
      expect(['QUERY_TIMEOUT', 'DATABASE_UNAVAILABLE']).toContain(code);
      expect(read.ms).toBeLessThan(LIMIT_MS + 1_000);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    // Resumed: healthy again within seconds.
    let status = 0;
    for (let i = 0; i < 40 && status !== 200; i += 1) {
      status = (await download(api, '/health')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    const again = await postGraphQL(api, '{ tasks(first: 1) { totalCount } }');
    expect(again.body.errors).toBeUndefined();
  });

  it('answers an export 504 or 503 within 1 s of its limit, not 500', async () => {
    const pid = neo4jPid();
    const path = '/export/timeline.csv?at=2023-01-01';
    expect((await download(api, path)).status).toBe(200);
    process.kill(pid, 'SIGSTOP');
    try {
      const frozen = await timed(() => download(api, path));
      expect([503, 504]).toContain(frozen.result.status);
      const code = (
        JSON.parse(frozen.result.body) as { errors: { extensions: { code: string } }[] }
      ).errors[0]!.extensions.code;
      expect(code).toBe(frozen.result.status === 504 ? 'QUERY_TIMEOUT' : 'DATABASE_UNAVAILABLE');
      expect(frozen.ms).toBeLessThan(LIMIT_MS + 1_000);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    let status = 0;
    for (let i = 0; i < 40 && status !== 200; i += 1) {
      status = (await download(api, path)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
  });
});
