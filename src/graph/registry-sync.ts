/**
 * The registry (seed/orgs) in the graph: every organization with an absolute identity, and the
 * provincial and district bodies of each known jurisdiction, with PART_OF links, and the
 * successions between bodies (SUCCEEDED_BY with date, basis and share). Skipped when the registry
 * has not changed since the last sync (a hash of its organizations and successions).
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { RegistryOrganization, SuccessionRecord } from '../orgs/index.ts';
import * as Q from './cypher.ts';

export interface RegistrySyncResult {
  organizations: number;
  successions: number;
  skipped: boolean;
}

const BATCH = 5000;

export async function syncRegistry(
  driver: Driver,
  database: string,
  organizations: readonly RegistryOrganization[],
  successions: readonly SuccessionRecord[] = [],
): Promise<RegistrySyncResult> {
  const rows = organizations.map((o) => ({
    id: o.id,
    kind: 'organization',
    name: o.name,
    aliases: o.aliases,
    orgKind: o.orgKind,
    level: o.level,
    province: o.jurisdiction?.province ?? null,
    district: o.jurisdiction?.district ?? null,
    partOf: o.partOf ?? null,
    validFrom: o.validFrom ?? null,
    validTo: o.validTo ?? null,
  }));
  const links = successions.map((s) => ({ ...s, source: s.source ?? null }));
  const hash = createHash('sha256')
    .update(JSON.stringify([rows, links]))
    .digest('hex');
  const counts = { organizations: rows.length, successions: links.length };
  const { records } = await driver.executeQuery(Q.REGISTRY_VERSION, {}, { database });
  if (records[0]?.get('hash') === hash) return { ...counts, skipped: true };

  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      for (let i = 0; i < rows.length; i += BATCH) {
        await tx.run(Q.SYNC_REGISTRY, { rows: rows.slice(i, i + BATCH) });
      }
      const withParent = rows.filter((r) => r.partOf !== null);
      for (let i = 0; i < withParent.length; i += BATCH) {
        await tx.run(Q.SYNC_REGISTRY_PART_OF, { rows: withParent.slice(i, i + BATCH) });
      }
      await tx.run(Q.CLEAR_SUCCESSIONS);
      for (let i = 0; i < links.length; i += BATCH) {
        await tx.run(Q.SYNC_SUCCESSIONS, { rows: links.slice(i, i + BATCH) });
      }
      await tx.run(Q.SET_REGISTRY_VERSION, { hash, count: rows.length });
    });
  } finally {
    await session.close();
  }
  return { ...counts, skipped: false };
}
