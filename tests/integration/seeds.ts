/** The four seed documents ingested into an emptied test database, search index refreshed. */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import type { RunningApi } from '../../src/api/server.ts';
import { createEnvironment, ingestFiles } from '../../src/graph/ingest.ts';
import { defaultRegistry } from '../../src/orgs/index.ts';
import { startTestApi } from './http.ts';
import { database, resetDatabase, testDriver } from './neo4j.ts';

const seedDir = resolve(import.meta.dirname, '../../seed/documents');

export async function loadSeedGraph(driver: Driver): Promise<void> {
  await resetDatabase(driver);
  const files = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(seedDir, f));
  const summary = await ingestFiles(
    { driver, database },
    createEnvironment(defaultRegistry()),
    files,
  );
  if (summary.failed > 0) throw new Error('a seed document failed to ingest');
  // The full-text index is updated in the background: wait for it before searching.
  await driver.executeQuery(
    'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()',
    {},
    {
      database,
    },
  );
}

/**
 * For a test file: the seed graph in the test database and the API over it, started before its
 * tests and stopped after them. `api` is there once the file's tests run.
 */
export function useSeedGraphApi(): { readonly api: RunningApi } {
  let driver: Driver | undefined;
  let api: RunningApi | undefined;
  beforeAll(async () => {
    driver = testDriver();
    await loadSeedGraph(driver);
    api = await startTestApi(driver);
  });
  afterAll(async () => {
    await api?.stop();
    await driver?.close();
  });
  return {
    get api(): RunningApi {
      if (!api) throw new Error('the API starts in beforeAll: use it inside a test');
      return api;
    },
  };
}
