import { describe, expect, it } from 'vitest';
import { healthHandler } from '../../../../src/api/http/health.ts';
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
});
