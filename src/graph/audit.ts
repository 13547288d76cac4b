/**
 * Who wrote what, and when (issue 15): one AuditEvent per write — an ingest (API or CLI), a task
 * status update, a user created or revoked. Events are only ever created, never changed, and are
 * found by user, action or target.
 */
import type { Driver } from 'neo4j-driver';

export type AuditAction = 'ingest' | 'task-status' | 'user-create' | 'user-revoke';

export interface Actor {
  /** A user's id, `env` (the shared API_KEY) or `cli:<login>` (the command line). */
  userId: string;
  userName: string;
}

export interface AuditInput extends Actor {
  action: AuditAction;
  /** `api` or `cli`. */
  via: string;
  /** What was written: document, task or user ids. */
  targets: string[];
  /** A short description (outcome, status said). */
  detail: string | null;
}

export interface AuditEvent extends AuditInput {
  id: string;
  at: string;
}

const CREATE_EVENT = `
CREATE (e:AuditEvent {id: randomUUID(), at: toString(datetime.realtime()), userId: $userId,
  userName: $userName, action: $action, via: $via, targets: $targets, detail: $detail})`;

export async function recordAudit(
  driver: Driver,
  database: string,
  event: AuditInput,
): Promise<void> {
  await driver.executeQuery(CREATE_EVENT, { ...event }, { database });
}
