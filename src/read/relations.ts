/**
 * The relationships a compiled selection (shape.ts) follows in its statement: how each is
 * matched from its parent, the keys it is sorted by, and the form of its answer.
 */
import { factDocId, taskDocId } from '../graph/vocabulary.ts';

export type ShapeKind = 'Document' | 'Task' | 'Actor' | 'Target';

export type Pattern = (v: string, x: string, r: string) => string;
/** The sort keys of a followed relationship, most significant first. */
export type Order = (v: string, x: string, r: string) => readonly string[];
export interface Relation {
  kind: ShapeKind;
  /** Binds `x` and `r` (the relationship, for lists and edges) from the parent `v`. */
  match: Pattern;
  /** Sort keys (a page goes by id, its cursor). */
  order: Order;
  form: 'list' | 'one' | 'edges' | 'page';
  /** An edge's field naming its far end (edges only): `document` for a Document, `actor` for
   *  an Actor unless said (a membership's `group`). */
  target?: 'document' | 'actor' | 'group';
  /** `r` is a map the pattern built, its evidence's docId already filled in (edges only). */
  mapped?: boolean;
}

// The far end's label is left out where the writes guarantee it (src/graph/cypher.ts: LED_BY,
// COORDINATES_WITH, REPORTS_TO go from a Task to an Actor; ISSUED_BY, SENT_TO from a Document
// to an Actor; HAS_TASK and IMPLEMENTS from a Document to a Task and a Document): a label check
// is a read per row. An actor's incoming REPORTS_TO keeps it (reporting lines are not only
// tasks').
const tasksVia =
  (type: string, label = ''): Pattern =>
  (v, x, r) =>
    `MATCH (${x}${label})-[${r}:${type}]->(${v})`;
const actorsVia =
  (type: string): Pattern =>
  (v, x, r) =>
    `MATCH (${v})-[${r}:${type}]->(${x})`;
/** The field of an edge that holds its far end: `document`, `actor`, or what the relation says. */
export function edgeTarget(relation: Relation): 'document' | 'actor' | 'group' {
  return relation.target ?? (relation.kind === 'Document' ? 'document' : 'actor');
}

/** Far ends reached through a task, each once (`r` bound to null: lists sort on the node). */
const throughTasks =
  (from: string, to: string): Pattern =>
  (v, x, r) =>
    `MATCH (t${x}:Task)-[:${from}]->(${v}) MATCH (t${x})-[:${to}]->(${x}:Actor) WITH DISTINCT ${x}, null AS ${r}`;
const byId: Order = (_v, x) => [`${x}.id`];
const textOrder: Order = (_v, x, r) => [`${r}.start`, `${x}.id`];

/** The relationships a selection may follow in the same statement, each in the order and form
 *  of the batched statement it replaces (src/api/cypher/*.ts). */
export const RELATIONS: Record<ShapeKind, Record<string, Relation>> = {
  Document: {
    issuers: { kind: 'Actor', match: actorsVia('ISSUED_BY'), order: textOrder, form: 'edges' },
    recipients: {
      kind: 'Actor',
      match: actorsVia('SENT_TO'),
      // The ordinal is unique among a document's recipients (src/graph/plan.ts): the text
      // position is read only for a recipient written without one.
      order: (_v, x, r) => [
        `coalesce(${r}.ordinal, 0)`,
        `CASE WHEN ${r}.ordinal IS NULL THEN ${r}.start END`,
        `${x}.id`,
      ],
      form: 'edges',
    },
    implements: {
      kind: 'Document',
      match: (v, x, r) => `MATCH (${v})-[${r}:IMPLEMENTS]->(${x})`,
      order: (_v, x, r) => [`${x}.id`, `${r}.start`],
      form: 'edges',
    },
    implementedBy: {
      kind: 'Document',
      match: (v, x, r) => `MATCH (${x}:Document)-[${r}:IMPLEMENTS]->(${v})`,
      order: (_v, x, r) => [`${x}.id`, `${r}.start`],
      form: 'edges',
    },
    targets: {
      kind: 'Target',
      match: (v, x, r) => `MATCH (${v})-[${r}:SETS_TARGET]->(${x}:Target)`,
      order: (_v, x) => [`${x}.start`, `${x}.id`],
      form: 'list',
    },
    tasks: {
      kind: 'Task',
      match: (v, x, r) => `MATCH (${v})-[${r}:HAS_TASK]->(${x})`,
      order: (_v, _x, r) => [`${r}.ordinal`],
      form: 'list',
    },
    tasksConnection: {
      kind: 'Task',
      match: (v, x) => `MATCH (${v})-[:HAS_TASK]->(${x})`,
      order: byId,
      form: 'page',
    },
  },
  Task: {
    document: {
      kind: 'Document',
      match: (v, x) => `MATCH (${x}:Document {id: ${taskDocId(v)}})`,
      order: byId,
      form: 'one',
    },
    leads: { kind: 'Actor', match: actorsVia('LED_BY'), order: textOrder, form: 'edges' },
    coordinators: {
      kind: 'Actor',
      match: actorsVia('COORDINATES_WITH'),
      order: textOrder,
      form: 'edges',
    },
    reportsTo: { kind: 'Actor', match: actorsVia('REPORTS_TO'), order: textOrder, form: 'edges' },
  },
  Actor: {
    tasksLed: { kind: 'Task', match: tasksVia('LED_BY'), order: byId, form: 'list' },
    tasksCoordinated: {
      kind: 'Task',
      match: tasksVia('COORDINATES_WITH'),
      order: byId,
      form: 'list',
    },
    tasksReportedTo: {
      kind: 'Task',
      match: tasksVia('REPORTS_TO', ':Task'),
      order: byId,
      form: 'list',
    },
    tasksLedConnection: { kind: 'Task', match: tasksVia('LED_BY'), order: byId, form: 'page' },
    tasksCoordinatedConnection: {
      kind: 'Task',
      match: tasksVia('COORDINATES_WITH'),
      order: byId,
      form: 'page',
    },
    tasksReportedToConnection: {
      kind: 'Task',
      match: tasksVia('REPORTS_TO', ':Task'),
      order: byId,
      form: 'page',
    },
    reportedToBy: {
      kind: 'Actor',
      match: throughTasks('REPORTS_TO', 'LED_BY'),
      order: byId,
      form: 'list',
    },
    reportsTo: {
      kind: 'Actor',
      match: throughTasks('LED_BY', 'REPORTS_TO'),
      order: byId,
      form: 'list',
    },
    documentsIssued: {
      kind: 'Document',
      match: (v, x, r) => `MATCH (${x})-[:ISSUED_BY]->(${v}) WITH DISTINCT ${x}, null AS ${r}`,
      order: byId,
      form: 'list',
    },
    documentsIssuedConnection: {
      kind: 'Document',
      match: (v, x) => `MATCH (${x})-[:ISSUED_BY]->(${v})`,
      order: byId,
      form: 'page',
    },
    // Sent to the actor, or to a group it is a member of: the group (`via`) read into the edge.
    documentsReceived: {
      kind: 'Document',
      match: (v, x, r) =>
        `CALL { WITH ${v} MATCH (${x})-[s${x}:SENT_TO]->(${v}) RETURN ${x}, s${x}, null AS g${x}` +
        ` UNION WITH ${v} MATCH (${v})-[:MEMBER_OF]->(g${x}:OrgGroup)<-[s${x}:SENT_TO]-(${x})` +
        ` RETURN ${x}, s${x}, g${x} }` +
        ` WITH ${x}, s${x} {.*, docId: ${factDocId(`s${x}`)}, via: CASE WHEN g${x} IS NULL THEN null` +
        ` ELSE g${x} {.*, labels: labels(g${x})} END} AS ${r}`,
      order: (_v, x, r) => [`${x}.id`, `${r}.via.id`],
      form: 'edges',
      mapped: true,
    },
    groups: {
      kind: 'Actor',
      match: (v, x, r) => `MATCH (${v})-[${r}:MEMBER_OF]->(${x}:OrgGroup)`,
      order: byId,
      form: 'edges',
      target: 'group',
    },
    members: {
      kind: 'Actor',
      match: (v, x, r) => `MATCH (${x}:Organization)-[${r}:MEMBER_OF]->(${v})`,
      order: byId,
      form: 'list',
    },
    membersConnection: {
      kind: 'Actor',
      match: (v, x) => `MATCH (${x}:Organization)-[:MEMBER_OF]->(${v})`,
      order: byId,
      form: 'page',
    },
    partOf: {
      kind: 'Actor',
      match: (v, x, r) => `MATCH (${v})-[${r}:PART_OF]->(${x}:Actor)`,
      order: byId,
      form: 'list',
    },
    units: {
      kind: 'Actor',
      match: (v, x, r) => `MATCH (${x}:Actor)-[${r}:PART_OF]->(${v})`,
      order: byId,
      form: 'list',
    },
  },
  // A target's fields are its own properties; it follows nothing.
  Target: {},
};
