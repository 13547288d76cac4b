/** The four seed documents ingested into an emptied test database, search index refreshed. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import type { RunningApi } from '../../src/api/server.ts';
import { createEnvironment, ingestFiles } from '../../src/graph/ingest.ts';
import { defaultRegistry, type Registry } from '../../src/orgs/index.ts';
import { repoRoot } from '../../src/paths.ts';
import { download, graphqlData, graphqlError, startTestApi } from './api.ts';
import { database, resetDatabase, testDriver } from './neo4j.ts';

export const seedDir = join(repoRoot, 'seed/documents');

/** The seed documents' paths, in name order. */
export function seedFiles(): string[] {
  return readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(seedDir, f));
}

/** Which graph: the registry it resolves with (seed/orgs alone unless told) and the files. */
export interface SeedGraphOptions {
  registry?: () => Registry;
  files?: () => string[];
}

export async function loadSeedGraph(driver: Driver, options: SeedGraphOptions = {}): Promise<void> {
  await resetDatabase(driver);
  const summary = await ingestFiles(
    { driver, database },
    createEnvironment((options.registry ?? defaultRegistry)()),
    (options.files ?? seedFiles)(),
  );
  if (summary.failed > 0) throw new Error('a seed document failed to ingest');
  // The full-text index is updated in the background: wait for it before searching.
  await driver.executeQuery(
    'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()',
    {},
    { database },
  );
}

/**
 * For a test file: the seed graph in the test database and the API over it, started before its
 * tests and stopped after them; `api` and `driver` are there once the file's tests run, and
 * `query`, `error` and `download` ask that API.
 */
export function useSeedGraphApi(options: SeedGraphOptions = {}) {
  let driver: Driver | undefined;
  let api: RunningApi | undefined;
  beforeAll(async () => {
    driver = testDriver();
    await loadSeedGraph(driver, options);
    api = await startTestApi(driver);
  });
  afterAll(async () => {
    await api?.stop();
    await driver?.close();
  });
  const started = (): RunningApi => {
    if (!api) throw new Error('the API starts in beforeAll: use it inside a test');
    return api;
  };
  return {
    get api(): RunningApi {
      return started();
    },
    get driver(): Driver {
      if (!driver) throw new Error('the driver opens in beforeAll: use it inside a test');
      return driver;
    },
    query: <T>(text: string, variables: Record<string, unknown> = {}): Promise<T> =>
      graphqlData<T>(started(), text, variables),
    error: (text: string, variables: Record<string, unknown> = {}) =>
      graphqlError(started(), text, variables),
    download: (path: string) => download(started(), path),
  };
}
