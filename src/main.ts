/**
 * npm start — the main job: make sure Neo4j runs (the project's own when NEO4J_URI is unset),
 * apply schema migrations, load seed/, and serve GraphQL on http://localhost:$PORT/graphql.
 */
import { join } from 'node:path';
import { readConfig } from './config.ts';
import { ensureNeo4j, type Neo4jConnection } from './db/ensure.ts';
import { runMigrations } from './db/migrations.ts';
import { startApi, type RunningApi } from './api/server.ts';
import { listDocuments } from './io/list-documents.ts';
import { createEnvironment, ingestFiles } from './graph/ingest.ts';
import { linkLineage } from './graph/lineage.ts';
import { loadRegistry } from './orgs/index.ts';
import { seedDir } from './paths.ts';
import { PENDING, PENDING_OWED } from './traverse/cascade/cypher.ts';
import { ANONYMOUS, foldHiddenLookup } from './read/viewer.ts';

const log = (line: string): void => console.log(`[directive-graph] ${line}`);

async function main(): Promise<void> {
  const config = readConfig();
  // Filled as each part comes up, so a signal during start-up stops what already runs.
  const running: { neo4j?: Neo4jConnection; api?: RunningApi } = {};
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    await running.api?.stop();
    await running.neo4j?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const neo4j = await ensureNeo4j(config, log);
  running.neo4j = neo4j;
  const migrated = await runMigrations(neo4j.driver, neo4j.database);
  log(
    `schema migrations: ${migrated.applied.length} applied, ${migrated.skipped.length} already in place`,
  );
  // Load seed/: quick when nothing changed (each document's content hash is checked first).
  const seeds = listDocuments([join(seedDir, 'documents')]);
  const started = Date.now();
  const loaded = await ingestFiles(
    { driver: neo4j.driver, database: neo4j.database },
    createEnvironment(loadRegistry(undefined, { national: config.registryNational })),
    seeds.files,
    {
      sourceDir: config.sourceDir,
      onReport: (r) => {
        if (r.outcome === 'failed') log(`seed ${r.file} failed: ${r.error ?? 'unknown error'}`);
      },
    },
  );
  const lineage = await linkLineage(neo4j.driver, neo4j.database);
  log(
    `seed: lineage ${lineage} task links; ${seeds.files.length} documents (${loaded.created} created, ${loaded.updated} updated, ${loaded.unchanged} unchanged, ${loaded.failed} failed) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const api = await startApi(
    {
      driver: neo4j.readDriver,
      writeDriver: neo4j.driver,
      database: neo4j.database,
      neo4jUri: neo4j.uri,
      apiKey: config.apiKey,
      readsNeedKey: config.readsNeedKey,
      rateLimit: { perSecond: config.rateLimitPerSecond, burst: 2 * config.rateLimitPerSecond },
      introspection: config.introspection,
      nationalRegistry: config.registryNational,
      persistedOnly: config.persistedOnly,
      sourceDir: config.sourceDir,
    },
    config.port,
  );
  running.api = api;
  log(`GraphQL API ready at ${api.url} (health: ${api.url.replace('/graphql', '/health')})`);
  planCascadeChecks(neo4j);
}

/**
 * The cascade's pending check is one large statement whose first plan takes seconds on a graph
 * with the national registry (9–10 s measured, 0.5 s to answer once planned; docs/registry.md):
 * plan it in the background now, so a user's first request does not pay it against its limit.
 */
function planCascadeChecks(neo4j: Neo4jConnection): void {
  const started = Date.now();
  const params = { id: '', body: '', asOf: '2000-01-01' };
  // Each as it is sent: alone, and with an anonymous reader's hidden documents read in it.
  const sent = [PENDING, PENDING_OWED].flatMap((cypher) => [
    { cypher, params },
    foldHiddenLookup(ANONYMOUS, cypher, params) ?? { cypher, params },
  ]);
  Promise.all(
    sent.map(({ cypher: statement, params }) =>
      neo4j.readDriver.executeQuery(`EXPLAIN ${statement}`, params, {
        database: neo4j.database,
        routing: 'READ',
      }),
    ),
  ).then(
    () => log(`cascade checks planned in ${((Date.now() - started) / 1000).toFixed(1)} s`),
    (error: unknown) =>
      log(`planning the cascade checks failed: ${error instanceof Error ? error.message : error}`),
  );
}

main().catch((error: unknown) => {
  console.error(`[directive-graph] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
