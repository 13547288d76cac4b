/** The report documents (seed/reports) ingested on top of the seed graph. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createEnvironment, ingestFiles } from '../../src/graph/ingest.ts';
import { defaultRegistry } from '../../src/orgs/index.ts';
import { repoRoot } from '../../src/paths.ts';
import { database } from './neo4j.ts';

export const reportDir = join(repoRoot, 'seed/reports');

export function reportFiles(): string[] {
  return readdirSync(reportDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(reportDir, f));
}

export async function loadReports(driver: Driver, files = reportFiles()): Promise<void> {
  const summary = await ingestFiles(
    { driver, database },
    createEnvironment(defaultRegistry()),
    files,
  );
  if (summary.failed > 0) throw new Error('a report failed to ingest');
}
