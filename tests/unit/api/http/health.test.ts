import { describe, expect, it } from 'vitest';
import { healthHandler, withoutCredentials } from '../../../../src/api/http/health.ts';
import { json, request } from './requests.ts';

describe('healthHandler', () => {
  it('reports a reachable database with its latency', async () => {
    const times = [1000, 1012];
    const health = healthHandler({
      ping: () => Promise.resolve(),
      uri: 'bolt://db:7687',
      now: () => times.shift() ?? 0,
    });
    const response = await health(request('GET', '/health'));
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({
      status: 'ok',
      neo4j: { reachable: true, uri: 'bolt://db:7687', latencyMs: 12 },
    });
  });

  it('answers 503 degraded with the reason when the ping fails', async () => {
    const health = healthHandler({
      ping: () => Promise.reject(new Error('connection refused')),
      uri: 'bolt://db:7687',
    });
    const response = await health(request('GET', '/health'));
    expect(response.status).toBe(503);
    expect(await json(response)).toEqual({
      status: 'degraded',
      neo4j: { reachable: false, uri: 'bolt://db:7687', error: 'connection refused' },
    });
  });

  it('answers 503 within its time limit when the database does not answer at all', async () => {
    const health = healthHandler({
      ping: () => new Promise(() => {}),
      uri: 'bolt://db:7687',
      timeoutMs: 50,
    });
    const started = Date.now();
    const response = await health(request('GET', '/health'));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(response.status).toBe(503);
    expect(await json(response)).toMatchObject({
      neo4j: { reachable: false, error: 'no answer within 50 ms' },
    });
  });

  it('never shows the credentials a NEO4J_URI carries', async () => {
    const health = healthHandler({
      ping: () => Promise.resolve(),
      uri: 'neo4j+s://reader:s3cret@abc.databases.neo4j.io:7687',
    });
    const body = JSON.stringify(await json(await health(request('GET', '/health'))));
    expect(body).not.toContain('s3cret');
    expect(body).not.toContain('reader');
    expect(body).toContain('neo4j+s://abc.databases.neo4j.io:7687');
    expect(withoutCredentials('bolt://db:7687')).toBe('bolt://db:7687');
    expect(withoutCredentials('bolt://u:p@db')).toBe('bolt://db');
    expect(withoutCredentials('not a uri u:p@host')).toBe('not a uri u:p@host');
  });
});
