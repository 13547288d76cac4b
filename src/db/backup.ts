/**
 * Backup and restore of what cannot be derived again (backup-format.ts): read in one read
 * transaction (one consistent picture), written back in one write transaction (all or nothing).
 * Restore merges by id and sets each node's properties to the record's, so restoring twice
 * changes nothing, and it needs no document: status updates name their task by id (no
 * relationship), so they may be restored before or after the documents are ingested again.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { NodeLabel } from '../graph/vocabulary.ts';
import {
  BACKUP_KINDS,
  withAllFields,
  type BackupKind,
  type BackupRecord,
  type Properties,
} from './backup-format.ts';

const LABEL: Record<BackupKind, NodeLabel> = {
  user: 'User',
  statusUpdate: 'TaskStatusUpdate',
  auditEvent: 'AuditEvent',
};

/** Records written per statement: a long trail goes in several, inside the one transaction. */
export const RESTORE_BATCH = 5000;

/** A line for people on long runs (stderr in the CLI). */
export type Progress = (line: string) => void;

/** Every record of every kind, ordered by id within a kind (the same graph, the same file). */
export async function readBackupRecords(
  driver: Driver,
  database: string,
  progress: Progress = () => {},
): Promise<BackupRecord[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const records: BackupRecord[] = [];
      for (const kind of BACKUP_KINDS) {
        const result = await tx.run(`MATCH (n:${LABEL[kind]}) RETURN n {.*} AS data ORDER BY n.id`);
        for (const r of result.records) {
          records.push({ kind, data: withAllFields(kind, r.get('data') as Properties) });
        }
        progress(`read ${result.records.length} ${kind} records`);
      }
      return records;
    });
  } finally {
    await session.close();
  }
}

/** How a node's properties are set: `SET n = row`, integers kept integers (a JSON number
 *  would be stored as a float). */
const SETTERS: Record<BackupKind, string> = {
  user: 'SET n = row, n.clearance = toInteger(row.clearance)',
  statusUpdate: 'SET n = row',
  auditEvent: 'SET n = row',
};

async function writeBatch(
  tx: ManagedTransaction,
  kind: BackupKind,
  rows: Properties[],
): Promise<number> {
  const result = await tx.run(
    `UNWIND $rows AS row
OPTIONAL MATCH (old:${LABEL[kind]} {id: row.id})
WITH row, old IS NULL AS created
MERGE (n:${LABEL[kind]} {id: row.id})
${SETTERS[kind]}
RETURN count(CASE WHEN created THEN 1 END) AS created`,
    { rows },
  );
  return Number(result.records[0]?.get('created') ?? 0);
}

export interface RestoreResult {
  /** Per kind: records in the file, and nodes that did not exist before. */
  counts: Record<BackupKind, { records: number; created: number }>;
  /** Status updates whose task is not in the graph (its document not ingested yet). */
  statusUpdatesWithoutTask: number;
}

/** Writes every record in one transaction: all of them, or nothing on any failure. */
export async function restoreRecords(
  driver: Driver,
  database: string,
  records: readonly BackupRecord[],
  progress: Progress = () => {},
): Promise<RestoreResult> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const counts = Object.fromEntries(
        BACKUP_KINDS.map((k) => [k, { records: 0, created: 0 }]),
      ) as RestoreResult['counts'];
      let done = 0;
      for (const kind of BACKUP_KINDS) {
        const rows = records.filter((r) => r.kind === kind).map((r) => r.data);
        counts[kind].records = rows.length;
        for (let at = 0; at < rows.length; at += RESTORE_BATCH) {
          counts[kind].created += await writeBatch(tx, kind, rows.slice(at, at + RESTORE_BATCH));
          done += Math.min(RESTORE_BATCH, rows.length - at);
          progress(`wrote ${done}/${records.length} records (${kind})`);
        }
      }
      const orphans = await tx.run(
        `MATCH (u:TaskStatusUpdate) WHERE NOT EXISTS { MATCH (:Task {id: u.taskId}) }
RETURN count(u) AS n`,
      );
      return { counts, statusUpdatesWithoutTask: Number(orphans.records[0]?.get('n') ?? 0) };
    });
  } finally {
    await session.close();
  }
}
