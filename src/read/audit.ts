/** The audit trail read back (src/graph/audit.ts writes it): through the reader, so an event
 *  naming a document the viewer may not see names it no more (viewer.ts). */
import neo4j from 'neo4j-driver';
import type { GraphReader } from './reader.ts';

export interface AuditQuery {
  userId?: string | null;
  action?: string | null;
  /** A document, task or user id the event wrote. */
  target?: string | null;
  limit: number;
}

export interface AuditEventModel {
  id: string;
  at: string;
  userId: string;
  userName: string;
  action: string;
  via: string;
  targets: string[];
  detail: string | null;
}

/** Newest first. */
const AUDIT_EVENTS = `
MATCH (e:AuditEvent)
WHERE ($userId IS NULL OR e.userId = $userId) AND ($action IS NULL OR e.action = $action)
  AND ($target IS NULL OR $target IN e.targets)
RETURN e {.id, .at, .userId, .userName, .action, .via, .targets, .detail} AS event
ORDER BY e.at DESC, e.id LIMIT $limit`;

export async function auditEvents(db: GraphReader, query: AuditQuery): Promise<AuditEventModel[]> {
  const rows = await db.read(AUDIT_EVENTS, {
    userId: query.userId ?? null,
    action: query.action ?? null,
    target: query.target ?? null,
    limit: neo4j.int(query.limit),
  });
  return rows.map((r) => r.event as AuditEventModel);
}
