/**
 * The registry (seed/orgs) in the graph: every organization with an absolute identity, and the
 * provincial and district bodies of each known jurisdiction, with PART_OF links. Skipped when the
 * registry has not changed since the last sync (a hash of its organizations).
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { RegistryOrganization } from '../orgs/index.ts';
import * as Q from './cypher.ts';

export interface RegistrySyncResult {
  organizations: number;
  skipped: boolean;
}

const BATCH = 5000;

export async function syncRegistry(
  driver: Driver,
  database: string,
  organizations: readonly RegistryOrganization[],
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
  const hash = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  const { records } = await driver.executeQuery(Q.REGISTRY_VERSION, {}, { database });
  if (records[0]?.get('hash') === hash) return { organizations: rows.length, skipped: true };

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
      await tx.run(Q.SET_REGISTRY_VERSION, { hash, count: rows.length });
    });
  } finally {
    await session.close();
  }
  return { organizations: rows.length, skipped: false };
}
