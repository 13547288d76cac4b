/**
 * Issue 13: a graph seeded with seed/orgs alone, then seeded again with the national registry (as
 * `npm start` does once REGISTRY_NATIONAL is turned on): the unchanged text of 10-KH/TW is
 * planned again, so its groups admit every province's committees; a third run with the same
 * registry writes nothing. Likewise a document stored by an older planner (PLANNER_VERSION).
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnvironment, ingestFiles } from '../../src/graph/ingest.ts';
import { PLANNER_VERSION, registryKey } from '../../src/graph/prepare.ts';
import { defaultRegistry, loadRegistry, registryOrganizations } from '../../src/orgs/index.ts';
import { database, resetDatabase, testDriver } from '../support/neo4j.ts';
import { seedFiles } from '../support/seed-graph.ts';

let driver: Driver;
const files = (): string[] => seedFiles().filter((f) => f.includes('/000_'));
const PLAN_10 = 'doc:10-KH/TW@tw:2022';

async function members(): Promise<number> {
  const { records } = await driver.executeQuery(
    `MATCH (:Document {id: $id})-[:SENT_TO|HAS_TASK|LED_BY|COORDINATES_WITH|REPORTS_TO*1..2]->(g:OrgGroup)
     MATCH (m)-[:MEMBER_OF]->(g) RETURN count(DISTINCT [m.id, g.id]) AS n`,
    { id: PLAN_10 },
    { database },
  );
  return Number(records[0]?.get('n'));
}

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  const first = await ingestFiles(
    { driver, database },
    createEnvironment(defaultRegistry()),
    files(),
  );
  expect([first.created, first.failed]).toEqual([1, 0]);
});
afterAll(async () => {
  await driver?.close();
});

describe('turning the national registry on re-plans unchanged documents', () => {
  // Loading and syncing the national registry (11,576 bodies) is most of this test's time.
  it('10-KH/TW is written again with the provinces of 2022; a second run writes nothing', async () => {
    const before = await members();
    const env = createEnvironment(loadRegistry(undefined, { national: true }));
    const again = await ingestFiles({ driver, database }, env, files());
    expect([again.created, again.updated, again.unchanged, again.failed]).toEqual([0, 1, 0, 0]);
    const after = await members();
    // MEMBER_OF links into the groups it names: seed/orgs' bodies, then every province's of 2022.
    expect([before, after]).toEqual([71, 1888]);
    const third = await ingestFiles({ driver, database }, env, files());
    expect([third.updated, third.unchanged]).toEqual([0, 1]);
    expect(await members()).toBe(after);
  }, 180_000);
});

describe('a document planned by an older planner is planned again', () => {
  it('10-KH/TW stored with another key is written again, then left alone', async () => {
    const env = createEnvironment(defaultRegistry());
    await ingestFiles({ driver, database }, env, files());
    // What a release before PLANNER_VERSION was raised stored (prepare.ts registryKey).
    await driver.executeQuery(
      'MATCH (d:Document {id: $id}) SET d.registryKey = $key',
      { id: PLAN_10, key: registryKey(registryOrganizations(env.registry), PLANNER_VERSION - 1) },
      { database },
    );
    const again = await ingestFiles({ driver, database }, env, files());
    expect([again.created, again.updated, again.unchanged, again.failed]).toEqual([0, 1, 0, 0]);
    const { records } = await driver.executeQuery(
      'MATCH (d:Document {id: $id}) RETURN d.registryKey AS key',
      { id: PLAN_10 },
      { database },
    );
    expect(records[0]?.get('key')).toBe(env.registryKey);
    const third = await ingestFiles({ driver, database }, env, files());
    expect([third.updated, third.unchanged]).toEqual([0, 1]);
  }, 120_000);
});
