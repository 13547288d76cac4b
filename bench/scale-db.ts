/**
 * What `bench:scale` does to its database between steps: the registry grown with the corpus, and
 * the store measured after a checkpoint.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { syncWholeRegistry } from '../src/graph/registry-sync.ts';
import type { Registry } from '../src/orgs/index.ts';
import { cascadeRegistryPrefixes } from './corpus/generate.ts';
import { dirSize, type BenchDatabase } from './setup.ts';

/** seed/orgs plus the provinces, districts and communes of the first `documents` documents, for
 *  each size up to `largest` (the records merged in: the YAML round trip of 100,000 documents'
 *  registry takes minutes; the cascade's plans are walked once for all sizes). */
export function cascadeRegistries(
  base: Registry,
  largest: number,
  seed: number,
): (documents: number) => Registry {
  const prefixes = cascadeRegistryPrefixes({ documents: largest, seed });
  return (documents) => {
    const extra = prefixes(documents);
    return {
      ...base,
      jurisdictions: [...base.jurisdictions, ...extra.jurisdictions],
      organizations: [...base.organizations, ...extra.organizations],
    };
  };
}

/**
 * Writes the organizations of `registry` that the graph does not hold yet: syncRegistry compares
 * with the stored rows, writes in transactions of at most 20,000 and every node before its
 * PART_OF (one transaction for the 600,000 bodies of 100,000 documents would hold them all in
 * the heap at once). Returns how many were written. The successions go with them, exactly as
 * ingestFiles syncs the registry: its check at the start of a timed run is then the hash
 * comparison of a registry already in the graph, as for any ingest after the first start, not a
 * second, untimed-by-design sync (8 s of a 10,000-document step, docs/operations.md "Scale").
 */
export async function syncNewOrganizations(
  driver: Driver,
  database: string,
  registry: Registry,
): Promise<number> {
  const result = await syncWholeRegistry(driver, database, registry);
  return result.written?.organizations ?? 0;
}

export interface StoreSizes {
  /** Node, relationship, property and string/array store files, and the id files. */
  store: number;
  /** The schema indexes (range, text, full-text, lookup). */
  indexes: number;
  /** The transaction logs left after the checkpoint. */
  txLogs: number;
  total: number;
  nodes: number;
  relationships: number;
}

/** The database's files of a stopped server (a clean shutdown checkpoints: Community has no
 *  `db.checkpoint()`), and the graph's counts from the restarted one. */
export async function storeSizes(
  home: string,
  database: string,
  reopen: () => Promise<BenchDatabase>,
): Promise<{ sizes: StoreSizes; db: BenchDatabase }> {
  const files = join(home, 'data', 'databases', database);
  const schema = join(files, 'schema');
  const logs = join(home, 'data', 'transactions', database);
  const indexes = existsSync(schema) ? dirSize(schema) : 0;
  const store = dirSize(files) - indexes;
  const txLogs = existsSync(logs) ? dirSize(logs) : 0;
  const db = await reopen();
  const { records } = await db.driver.executeQuery(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    {},
    { database },
  );
  const sizes = {
    store,
    indexes,
    txLogs,
    total: store + indexes + txLogs,
    nodes: Number(records[0]?.get('nodes')),
    relationships: Number(records[0]?.get('relationships')),
  };
  return { sizes, db };
}
