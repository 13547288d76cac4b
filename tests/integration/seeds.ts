/** The four seed documents ingested into an emptied test database, search index refreshed. */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createEnvironment, ingestFiles } from '../../src/graph/ingest.ts';
import { defaultRegistry } from '../../src/orgs/index.ts';
import { database, resetDatabase } from './neo4j.ts';

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
