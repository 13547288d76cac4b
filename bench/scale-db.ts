/**
 * What `bench:scale` does to its database between steps: the registry grown with the corpus, and
 * the store measured after a checkpoint.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { syncRegistry } from '../src/graph/registry-sync.ts';
import { registryOrganizations, type Registry } from '../src/orgs/index.ts';
import { cascadeRegistryRecords } from './corpus/generate.ts';
import { dirSize, type BenchDatabase } from './setup.ts';

/** seed/orgs plus the provinces, districts and communes of the first `documents` documents (the
 *  records merged in: the YAML round trip of 100,000 documents' registry takes minutes). */
export function cascadeRegistry(base: Registry, documents: number, seed: number): Registry {
  const extra = cascadeRegistryRecords({ documents, seed });
  return {
    ...base,
    jurisdictions: [...base.jurisdictions, ...extra.jurisdictions],
    organizations: [...base.organizations, ...extra.organizations],
  };
}

const synced = new Set<string>();
const CHUNK = 20_000;

/**
 * Writes the organizations of `registry` not yet written, in transactions of 20,000 (one for the
 * 600,000 bodies of 100,000 documents would hold them all in the heap at once); parents first, so
 * that each chunk's PART_OF finds its parent. Returns how many were new.
 */
export async function syncNewOrganizations(
  driver: Driver,
  database: string,
  registry: Registry,
): Promise<number> {
  const all = registryOrganizations(registry);
  const byId = new Map(all.map((o) => [o.id, o]));
  const depth = (id: string, seen = 0): number => {
    const parent = byId.get(id)?.partOf;
    return parent && seen < 10 ? 1 + depth(parent, seen + 1) : 0;
  };
  const fresh = all
    .filter((o) => !synced.has(o.id))
    .map((o) => ({ o, d: depth(o.id) }))
    .sort((a, b) => a.d - b.d)
    .map((x) => x.o);
  for (let i = 0; i < fresh.length; i += CHUNK) {
    await syncRegistry(driver, database, fresh.slice(i, i + CHUNK));
  }
  for (const o of fresh) synced.add(o.id);
  return fresh.length;
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
