/**
 * GraphQL over HTTP conformance: graphql-http's server audits against /graphql. Every MUST
 * passes; the SHOULDs Apollo answers otherwise (400 rather than 200 for parse and validation
 * failures under `application/json`) and the optional MAYs are not asserted.
 */
import { serverAudits } from 'graphql-http';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../src/api/server.ts';
import { testDriver } from './neo4j.ts';
import { startTestApi } from './http.ts';

let driver: Driver;
let api: RunningApi;

beforeAll(async () => {
  driver = testDriver();
  api = await startTestApi(driver);
});
afterAll(async () => {
  await api.stop();
  await driver.close();
});

describe('graphql-http server audits', () => {
  const audits = serverAudits({ url: () => api.url }).filter((a) => a.name.startsWith('MUST'));

  it('has MUST audits to run', () => {
    expect(audits).toHaveLength(13);
  });

  for (const audit of audits) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
    });
  }
});
