/**
 * The graph's vocabulary, written once: node labels, relationship types, levels, the evidence
 * every fact read from text carries, and how a node is projected when it is read. The writes
 * (src/graph), the migrations (src/db), the read layer, the traversals and the API all name
 * things from here; tests/unit/graph/vocabulary.test.ts checks that every label and
 * relationship type written in a Cypher statement under src/ is one of these.
 *
 * Cypher templates keep the words themselves (`-[:LED_BY]->` reads better than an interpolated
 * constant); what is enumerated in code (the actor labels, the task-actor relationships) comes
 * from the lists below.
 */
import type { ResolutionKind } from '../orgs/types.ts';

import { LEVELS, type Level } from '../orgs/types.ts';

export { LEVELS, type Level };

/** TW, tinh, huyen or xa: a level as the graph stores it. */
export function isLevel(value: string | null | undefined): value is Level {
  return LEVELS.some((level) => level === value);
}

/** Every actor has the label `Actor` and exactly one of these. */
export const ACTOR_LABELS = [
  'Organization',
  'OrgGroup',
  'Person',
  'Role',
  'Generic',
  'Publication',
  'Unresolved',
] as const;
export type ActorLabel = (typeof ACTOR_LABELS)[number];

/** The actor label of each kind the resolver answers with. */
export const ACTOR_LABEL_OF: Readonly<Record<ResolutionKind, ActorLabel>> = {
  organization: 'Organization',
  group: 'OrgGroup',
  person: 'Person',
  role: 'Role',
  generic: 'Generic',
  publication: 'Publication',
  unresolved: 'Unresolved',
};

export const NODE_LABELS = [
  'Document',
  'Actor',
  ...ACTOR_LABELS,
  'Task',
  'Target',
  // A document's text and original (src/graph/source.ts): kept apart from the Document node so
  // reading a document's properties does not carry its whole text.
  'DocumentText',
  // Bookkeeping, not domain facts: applied migrations and the registry version loaded.
  'Migration',
  'RegistryVersion',
  // How many tasks fall due on a day (a window's total without reading each task: cypher.ts).
  'TaskDueCount',
  // A manual status update of a task (an audit record, found by the task's id).
  'TaskStatusUpdate',
  // Users of the API (their key's digest, role, clearance, scopes) and who wrote what (users.ts,
  // audit.ts).
  'User',
  'AuditEvent',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/**
 * What a newer document does to an older one (thay thế / sửa đổi, bổ sung / bãi bỏ): from the
 * newer to the older, with the evidence of the sentence that says so.
 */
export const DOCUMENT_LIFECYCLE_TYPES = ['REPLACES', 'AMENDS', 'REPEALS', 'GUIDES'] as const;
export type DocumentLifecycleType = (typeof DOCUMENT_LIFECYCLE_TYPES)[number];

/** Relationships a document's own text creates, removed when the document is re-ingested. */
export const DOCUMENT_FACT_TYPES = [
  'ISSUED_BY',
  'SIGNED_BY',
  'SENT_TO',
  'RECEIVED_BY',
  'IMPLEMENTS',
  'CITES',
  'COPY_OF',
  ...DOCUMENT_LIFECYCLE_TYPES,
  // A report (báo cáo) on a document and on the tasks it answers (to a Task too).
  'REPORTS_ON',
] as const;

/** How a task names its actors: leads (chủ trì), coordinators (phối hợp), report recipients. */
export const TASK_ACTOR_TYPES = ['LED_BY', 'COORDINATES_WITH', 'REPORTS_TO'] as const;
export type TaskActorType = (typeof TASK_ACTOR_TYPES)[number];

export const RELATIONSHIP_TYPES = [
  ...DOCUMENT_FACT_TYPES,
  'HAS_TASK',
  ...TASK_ACTOR_TYPES,
  'SETS_TARGET',
  'PART_OF',
  'MEMBER_OF',
  // A body's duties passing to another (the registry's successions, with date and basis).
  'SUCCEEDED_BY',
  // A lower document's task restating an upper one's (lineage.ts).
  'DERIVED_FROM',
  'HAS_TEXT',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Where a fact was read: the document whose text holds the quote, and the span into it. */
export interface Evidence {
  docId: string;
  start: number;
  end: number;
  quote: string;
}

/** Relationships whose `mention` is stored only where it differs from their quote (the quote is
 *  the mention otherwise: src/graph/rows.ts). */
export const MENTION_TYPES: ReadonlySet<string> = new Set([
  'ISSUED_BY',
  'SENT_TO',
  'RECEIVED_BY',
  'LED_BY',
  'COORDINATES_WITH',
  'REPORTS_TO',
]);

/** Just the evidence of a row, a node's or a relationship's properties (nothing else). */
export function toEvidence(props: Readonly<Partial<Record<keyof Evidence, unknown>>>): Evidence {
  return {
    docId: props.docId as string,
    start: props.start as number,
    end: props.end as number,
    quote: props.quote as string,
  };
}

/**
 * A node as every read returns it: its properties and its labels (src/read/models.ts `toNode`
 * tells the kind from the labels). `v` is a variable name chosen in code, never input.
 */
export function nodeProjection(v: string): string {
  return `${v} {.*, labels: labels(${v})}`;
}

/**
 * The document a fact starting at this node is read from, unless the fact says otherwise: a
 * task's (or a target's) `docId`, else the node's own id (a document). Cypher; `node` is an
 * expression chosen in code, never input.
 */
export function ownDocId(node: string): string {
  return `coalesce(${node}.docId, ${node}.id)`;
}

/**
 * A fact relationship stores its evidence's `docId` only where it differs from its start node's
 * own document (`ownDocId`: a sao y copy's links are read from the original's text): the id of
 * ~40 characters took a 128-byte string record on each of ~70 relationships a document.
 */
export function withoutOwnDocId<T extends { docId?: unknown }>(
  props: T,
  own: string,
): Omit<T, 'docId'> & Partial<Pick<T, 'docId'>> {
  if (props.docId !== own) return props;
  const rest: Omit<T, 'docId'> & Partial<Pick<T, 'docId'>> = { ...props };
  delete rest.docId;
  return rest;
}

/** A relationship's properties as every read returns them: a fact's `docId` filled in from its
 *  start node where it is not stored (`withoutOwnDocId`); a relationship without a quote as it is. */
export function factProperties(v: string): string {
  return `CASE WHEN ${v}.quote IS NULL OR ${v}.docId IS NOT NULL THEN properties(${v}) ELSE ${v} {.*, docId: ${ownDocId(`startNode(${v})`)}} END`;
}

/** A fact relationship's evidence docId: stored, or its start node's own (`withoutOwnDocId`). */
export function factDocId(v: string): string {
  return `coalesce(${v}.docId, ${ownDocId(`startNode(${v})`)})`;
}

/** A fact's evidence as a Cypher map, for statements that return only that. */
export function evidenceProjection(v: string): string {
  return `${v} {docId: ${factDocId(v)}, .start, .end, .quote}`;
}
