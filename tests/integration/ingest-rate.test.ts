/**
 * The faster write path writes the same graph: the seed documents written by the bulk path
 * (ingestFiles: the registry synced first, so its bodies are not merged again) and by the plain
 * path (writeDocuments: registry bodies merged as any actor, their PART_OF too) leave exactly the
 * same nodes, relationships and properties.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnvironment, ingestFiles, prepareFile } from '../../src/graph/ingest.ts';
import { syncWholeRegistry } from '../../src/graph/registry-sync.ts';
import { writeDocuments } from '../../src/graph/write.ts';
import { defaultRegistry } from '../../src/orgs/index.ts';
import { dumpGraph as dump } from '../support/graph-dump.ts';
import { database, resetDatabase, testDriver } from '../support/neo4j.ts';
import { seedFiles } from '../support/seed-graph.ts';

let driver: Driver;
const env = createEnvironment(defaultRegistry());
const seeds = seedFiles();

beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

describe('ingest rate: the bulk path writes what the plain path writes', () => {
  it('leaves the same nodes, relationships and properties for the four seed documents', async () => {
    await resetDatabase(driver);
    // As ingestFiles syncs it: bodies and their successions.
    await syncWholeRegistry(driver, database, env.registry);
    const plans = [];
    for (const file of seeds) plans.push((await prepareFile(env, file)).plan);
    const plain = await writeDocuments(
      driver,
      database,
      plans.map((p) => structuredClone(p)),
    );
    expect(plain.map((r) => (r instanceof Error ? r.message : r.outcome))).toEqual(
      seeds.map(() => 'created'),
    );
    const written = await dump(driver, database);

    await resetDatabase(driver);
    // One transaction, as the plain path's: only how the rows are written differs.
    const summary = await ingestFiles({ driver, database }, env, seeds, { batchSize: 4 });
    expect(summary.reports.map((r) => r.outcome)).toEqual(seeds.map(() => 'created'));
    const bulk = await dump(driver, database);
    expect(bulk.filter((l) => !written.includes(l))).toEqual([]);
    expect(bulk).toEqual(written);
  });
});
