/**
 * Manual status updates (the updateTaskStatus mutation): each is its own TaskStatusUpdate node —
 * who, when, why, the status said — never an overwrite, so the audit trail is the list of
 * nodes. Found by the task's id (no relationship), so a re-ingest of the task's document, which
 * rewrites its Task nodes, keeps the trail.
 */
import type { Driver } from 'neo4j-driver';

export const CREATE_STATUS_UPDATE = `
MATCH (t:Task {id: $task})
CREATE (u:TaskStatusUpdate {
  id: randomUUID(), taskId: t.id, status: $status, note: $note, evidence: $evidence,
  by: $by, keyId: $keyId, at: toString(datetime.realtime())
})
RETURN u {.*} AS update`;

export interface StatusUpdateInput {
  task: string;
  status: string;
  note: string;
  evidence: string | null;
  /** Who says so, as given. */
  by: string | null;
  /** Which API key wrote it (a digest's prefix, never the key). */
  keyId: string | null;
}

/** Writes one update; null when the task is unknown. */
export async function recordStatusUpdate(
  driver: Driver,
  database: string,
  input: StatusUpdateInput,
): Promise<Record<string, unknown> | null> {
  const { records } = await driver.executeQuery(CREATE_STATUS_UPDATE, { ...input }, { database });
  const first = records[0];
  return first ? (first.get('update') as Record<string, unknown>) : null;
}
