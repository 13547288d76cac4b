/**
 * GraphQL over HTTP conformance: graphql-http's server audits against /graphql. Every MUST and
 * every SHOULD passes (server.ts answers 200 for parse, validation and variable failures under
 * the legacy `application/json`, where Apollo alone answers 400). The optional MAYs about GET
 * are refused on purpose: Apollo's CSRF prevention wants a preflight header on GET requests.
 */
import { serverAudits } from 'graphql-http';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../src/api/server.ts';
import { testDriver } from '../support/neo4j.ts';
import { startTestApi } from '../support/api.ts';

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
  const audits = serverAudits({ url: () => api.url }).filter(
    (a) => a.name.startsWith('MUST') || a.name.startsWith('SHOULD'),
  );

  it('has MUST and SHOULD audits to run', () => {
    expect(audits.filter((a) => a.name.startsWith('MUST'))).toHaveLength(13);
    expect(audits.filter((a) => a.name.startsWith('SHOULD'))).toHaveLength(23);
  });

  for (const audit of audits) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
    });
  }
});
