/**
 * The registry (seed/orgs) in the graph: every organization with an absolute identity, the
 * provincial, district and commune bodies of each known unit, with PART_OF links, and the
 * successions between bodies (SUCCEEDED_BY with date, basis and share). Skipped when the registry
 * has not changed since the last sync (a hash of its organizations and successions); else only
 * the bodies and successions that differ from the graph's are written, in transactions of at most
 * CHUNK rows, so the national registry (65,000 bodies, 50,000 successions) never sits in one
 * transaction and a sync cut short is finished by the next start.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import {
  registryOrganizations,
  registrySuccessions,
  type Registry,
  type RegistryOrganization,
  type SuccessionRecord,
} from '../orgs/index.ts';
import * as Q from './cypher.ts';

export interface RegistrySyncResult {
  organizations: number;
  successions: number;
  skipped: boolean;
  /** What this sync wrote: the rows that were new or differed from the graph's (0 when skipped). */
  written?: { organizations: number; successions: number; removedSuccessions: number };
}

const BATCH = 5000;
/** Rows per transaction (bench:scale's chunk). */
const CHUNK = 20_000;

type Row = ReturnType<typeof organizationRow>;
type Link = ReturnType<typeof successionLink>;

function organizationRow(o: RegistryOrganization) {
  return {
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
  };
}

function successionLink(s: SuccessionRecord) {
  return {
    from: s.from,
    to: s.to,
    date: s.date,
    basis: s.basis,
    share: s.share,
    source: s.source ?? null,
  };
}

/** What a row says, as the graph would give it back (property order fixed). */
const rowKey = (r: Omit<Row, 'id'>): string =>
  JSON.stringify([
    r.kind,
    r.name,
    r.aliases,
    r.orgKind,
    r.level,
    r.province,
    r.district,
    r.partOf,
    r.validFrom,
    r.validTo,
  ]);
const linkId = (l: Pick<Link, 'from' | 'to'>): string => `${l.from}\u0000${l.to}`;
const linkKey = (l: Omit<Link, 'from' | 'to'>): string =>
  JSON.stringify([l.date, l.basis, l.share, l.source]);

interface Stored {
  organizations: Map<string, string>;
  successions: Map<string, string>;
}

async function readStored(driver: Driver, database: string): Promise<Stored> {
  const [orgs, links] = await Promise.all([
    driver.executeQuery(Q.STORED_REGISTRY, {}, { database }),
    driver.executeQuery(Q.STORED_SUCCESSIONS, {}, { database }),
  ]);
  return {
    organizations: new Map(
      orgs.records.map((r) => [r.get('id') as string, rowKey(r.get('row') as Omit<Row, 'id'>)]),
    ),
    successions: new Map(
      links.records.map((r) => [
        linkId({ from: r.get('from') as string, to: r.get('to') as string }),
        linkKey(r.get('link') as Omit<Link, 'from' | 'to'>),
      ]),
    ),
  };
}

/** Run `statement` over `rows`, CHUNK rows per transaction in batches of BATCH. */
async function inChunks(
  driver: Driver,
  database: string,
  statement: string,
  rows: readonly unknown[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const session = driver.session({ database });
    try {
      await session.executeWrite(async (tx) => {
        for (let j = 0; j < chunk.length; j += BATCH) {
          await tx.run(statement, { rows: chunk.slice(j, j + BATCH) });
        }
      });
    } finally {
      await session.close();
    }
  }
}

export async function syncRegistry(
  driver: Driver,
  database: string,
  organizations: readonly RegistryOrganization[],
  successions: readonly SuccessionRecord[] = [],
): Promise<RegistrySyncResult> {
  const rows = organizations.map(organizationRow);
  const links = successions.map(successionLink);
  const hash = createHash('sha256')
    .update(JSON.stringify([rows, links]))
    .digest('hex');
  const counts = { organizations: rows.length, successions: links.length };
  const { records } = await driver.executeQuery(Q.REGISTRY_VERSION, {}, { database });
  if (records[0]?.get('hash') === hash) return { ...counts, skipped: true };

  const stored = await readStored(driver, database);
  const changed = rows.filter((r) => stored.organizations.get(r.id) !== rowKey(r));
  // Every node first, then the links between them: a parent is always there when its child links.
  await inChunks(driver, database, Q.SYNC_REGISTRY, changed);
  const withParent = changed.filter((r) => r.partOf !== null);
  await inChunks(driver, database, Q.SYNC_REGISTRY_PART_OF, withParent);
  const wanted = new Map(links.map((l) => [linkId(l), l]));
  const stale = [...stored.successions.keys()]
    .filter((id) => !wanted.has(id))
    .map((id) => {
      const [from, to] = id.split('\u0000');
      return { from, to };
    });
  await inChunks(driver, database, Q.REMOVE_SUCCESSIONS, stale);
  const fresh = links.filter((l) => stored.successions.get(linkId(l)) !== linkKey(l));
  await inChunks(driver, database, Q.SYNC_SUCCESSIONS, fresh);
  await driver.executeQuery(Q.SET_REGISTRY_VERSION, { hash, count: rows.length }, { database });
  const written = {
    organizations: changed.length,
    successions: fresh.length,
    removedSuccessions: stale.length,
  };
  return { ...counts, skipped: false, written };
}

/** A whole registry synced: its bodies and every succession between them, as an ingest syncs it
 *  before it writes. */
export function syncWholeRegistry(
  driver: Driver,
  database: string,
  registry: Registry,
): Promise<RegistrySyncResult> {
  return syncRegistry(
    driver,
    database,
    registryOrganizations(registry),
    registrySuccessions(registry).all,
  );
}
