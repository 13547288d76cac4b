/**
 * Connections under a parent (an organization's tasks, a group's members, a document's tasks):
 * one statement per field for all parents of a level, each parent's page cut in Cypher after its
 * own cursor, with its total. Every pattern binds `n` from the parent id `key`; they are fixed
 * strings chosen in code, never input.
 */
import { nodeProjection } from '../../graph/vocabulary.ts';
const PATTERNS = {
  tasksLed: 'MATCH (n:Task)-[:LED_BY]->(:Actor {id: key})',
  tasksCoordinated: 'MATCH (n:Task)-[:COORDINATES_WITH]->(:Actor {id: key})',
  tasksReportedTo: 'MATCH (n:Task)-[:REPORTS_TO]->(:Actor {id: key})',
  documentsIssued: 'MATCH (n:Document)-[:ISSUED_BY]->(:Actor {id: key})',
  members: 'MATCH (n:Organization)-[:MEMBER_OF]->(:OrgGroup {id: key})',
  documentTasks: 'MATCH (:Document {id: key})-[:HAS_TASK]->(n:Task)',
} as const;

export type NestedList = keyof typeof PATTERNS;

/** $keys: parent ids; $after: the id after which each page starts (or null); $limit: page size
 *  plus one (whether another page follows). Rows: key, total, nodes. */
export function nestedPage(list: NestedList): string {
  return `
UNWIND $keys AS key
CALL {
  WITH key
  ${PATTERNS[list]}
  WITH DISTINCT n ORDER BY n.id
  WITH collect(n) AS items
  RETURN size(items) AS total, [x IN items WHERE $after IS NULL OR x.id > $after][..$limit] AS page
}
RETURN key, total, [x IN page | ${nodeProjection('x')}] AS nodes`;
}
