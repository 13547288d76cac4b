/**
 * Per-request batchers, one per relationship a field follows: however many parents a level of
 * the result has, each field costs one Cypher statement.
 */
import { Batcher } from './batch.ts';
import { nestedLoader } from './nested.ts';
import type { GraphReader } from '../read/reader.ts';
import {
  toActor,
  toDocument,
  toEvidence,
  toNode,
  toTarget,
  toTask,
  type ActorEdgeModel,
  type ActorModel,
  type DocumentLinkModel,
  type GroupMembershipModel,
  type NodeModel,
  type Props,
  type ReceivedDocumentModel,
  type RecipientEdgeModel,
} from '../read/models.ts';
import { NODES_BY_ID } from './cypher/nodes.ts';
import { DOCUMENT_TEXTS, toDocumentText, type DocumentTextModel } from '../read/texts.ts';
import * as documents from './cypher/documents.ts';
import * as actors from './cypher/actors.ts';
import { TASK_ACTORS, TASK_SECTION_TITLES } from './cypher/tasks.ts';
import * as successions from '../read/successions.ts';
import { toInheritedTask, toResponsible, toSuccession } from '../read/successions.ts';
import { DOCUMENT_AFFECTED_BY, DOCUMENT_EFFECTS, toDocumentEffect } from '../read/lifecycle.ts';
import { readStatusFacts, STATUS_HISTORY, toStatusUpdate } from '../read/status.ts';
import type { StatusFacts } from '../read/status-derive.ts';
import { derivedFrom, derivedTasks, type LineageEdgeModel } from '../traverse/lineage/index.ts';

/** Rows `key, node[, rel]` grouped by key, in the statement's order. */
function grouped<V>(db: GraphReader, cypher: string, convert: (row: Props) => V): Batcher<V[]> {
  return groupedWith(db, cypher, {}, convert);
}

/** The same with parameters beside the keys. */
function groupedWith<V>(
  db: GraphReader,
  cypher: string,
  params: Record<string, unknown>,
  convert: (row: Props) => V,
): Batcher<V[]> {
  return new Batcher<V[]>(
    async (keys) => {
      const out = new Map<string, V[]>();
      for (const row of await db.read(cypher, { ...params, keys })) {
        const key = row.key as string;
        const list = out.get(key);
        if (list) list.push(convert(row));
        else out.set(key, [convert(row)]);
      }
      return out;
    },
    () => [],
  );
}

const node = (row: Props): Props => row.node as Props;
const rel = (row: Props): Props => row.rel as Props;
const actorEdge = (row: Props): ActorEdgeModel => ({
  actor: toActor(node(row)),
  evidence: toEvidence(rel(row)),
});
const documentLink = (row: Props): DocumentLinkModel => ({
  document: toDocument(node(row)),
  evidence: toEvidence(rel(row)),
});

/** A batcher per date, made on first use. */
function byDate<V>(make: (date: string) => Batcher<V>): (date: string) => Batcher<V> {
  const made = new Map<string, Batcher<V>>();
  return (date) => {
    let batcher = made.get(date);
    if (!batcher) {
      batcher = make(date);
      made.set(date, batcher);
    }
    return batcher;
  };
}

export type TaskActorType = 'LED_BY' | 'COORDINATES_WITH' | 'REPORTS_TO';

/** Bodies and documents through time (src/read/successions.ts, src/read/lifecycle.ts). */
function timeLoaders(db: GraphReader) {
  return {
    successors: grouped(db, successions.ORG_SUCCESSORS, toSuccession),
    predecessors: grouped(db, successions.ORG_PREDECESSORS, toSuccession),
    // One batcher per date asked: a statement per date and level of the result.
    responsibleOn: byDate((date) =>
      groupedWith(db, successions.RESPONSIBLE_ON, { date }, toResponsible),
    ),
    inheritedTasks: byDate((asOf) =>
      groupedWith(db, successions.INHERITED_TASKS, { asOf }, toInheritedTask),
    ),
    documentEffects: grouped(db, DOCUMENT_EFFECTS, toDocumentEffect),
    documentAffectedBy: grouped(db, DOCUMENT_AFFECTED_BY, toDocumentEffect),
  };
}

/** Task status and lineage (src/read/status.ts, src/traverse/lineage). */
function statusLoaders(db: GraphReader) {
  return {
    /** What each task's status is derived from (src/read/status.ts). */
    statusFacts: new Batcher<StatusFacts | null>(
      (keys) => readStatusFacts(db, keys),
      () => null,
    ),
    statusHistory: grouped(db, STATUS_HISTORY, (row) => toStatusUpdate(row.update as Props)),
    /** Lineage hops (src/traverse/lineage). */
    derivedFrom: new Batcher<LineageEdgeModel[]>(
      (keys) => derivedFrom(db, keys),
      () => [],
    ),
    derivedTasks: new Batcher<LineageEdgeModel[]>(
      (keys) => derivedTasks(db, keys),
      () => [],
    ),
  };
}

export function createLoaders(db: GraphReader) {
  return {
    ...timeLoaders(db),
    node: new Batcher<NodeModel | null>(
      async (keys) =>
        new Map(
          (await db.read(NODES_BY_ID, { keys })).map((row) => [
            row.key as string,
            toNode(node(row)),
          ]),
        ),
      () => null,
    ),
    /** A document's kept text and original (read/texts.ts); null when none is kept. */
    documentText: new Batcher<DocumentTextModel | null>(
      async (keys) =>
        new Map(
          (await db.read(DOCUMENT_TEXTS, { keys })).map((row) => [
            row.key as string,
            toDocumentText(row.key as string, row.text as Props),
          ]),
        ),
      () => null,
    ),
    /** A task's section titles where its read did not give them (stored once a section on its
     *  document: graph/vocabulary.ts sectionOutline). */
    taskSectionTitles: new Batcher<string[]>(
      async (keys) =>
        new Map(
          (await db.read(TASK_SECTION_TITLES, { keys })).map((row) => [
            row.key as string,
            row.titles as string[],
          ]),
        ),
      () => [],
    ),
    taskActors: grouped(db, TASK_ACTORS, (row) => ({
      type: row.type as TaskActorType,
      edge: actorEdge(row),
    })),
    documentIssuers: grouped(db, documents.DOCUMENT_ISSUERS, actorEdge),
    documentRecipients: grouped(db, documents.DOCUMENT_RECIPIENTS, (row): RecipientEdgeModel => ({
      ...actorEdge(row),
      purpose: (rel(row).purpose as string | null | undefined) ?? null,
    })),
    documentImplements: grouped(db, documents.DOCUMENT_IMPLEMENTS, documentLink),
    documentImplementedBy: grouped(db, documents.DOCUMENT_IMPLEMENTED_BY, documentLink),
    documentTasks: grouped(db, documents.DOCUMENT_TASKS, (row) => toTask(node(row))),
    documentTargets: grouped(db, documents.DOCUMENT_TARGETS, (row) => toTarget(node(row))),
    partOf: grouped(db, actors.ORG_PART_OF, (row) => toActor(node(row))),
    units: grouped(db, actors.ORG_UNITS, (row) => toActor(node(row))),
    groups: grouped(db, actors.ORG_GROUPS, (row): GroupMembershipModel => ({
      group: toActor(node(row)),
      reason: (rel(row).reason as string | null | undefined) ?? null,
    })),
    members: grouped(db, actors.GROUP_MEMBERS, (row) => toActor(node(row))),
    tasksLed: grouped(db, actors.ORG_TASKS_LED, (row) => toTask(node(row))),
    tasksCoordinated: grouped(db, actors.ORG_TASKS_COORDINATED, (row) => toTask(node(row))),
    tasksReportedTo: grouped(db, actors.ORG_TASKS_REPORTED_TO, (row) => toTask(node(row))),
    reportedToBy: grouped(db, actors.ORG_REPORTED_TO_BY, (row): ActorModel => toActor(node(row))),
    reportsTo: grouped(db, actors.ORG_REPORTS_TO, (row): ActorModel => toActor(node(row))),
    documentsIssued: grouped(db, actors.ORG_DOCUMENTS_ISSUED, (row) => toDocument(node(row))),
    /** Connections under a parent, paged per parent (cypher/nested.ts). */
    pages: {
      tasksLed: nestedLoader(db, 'tasksLed', toTask),
      tasksCoordinated: nestedLoader(db, 'tasksCoordinated', toTask),
      tasksReportedTo: nestedLoader(db, 'tasksReportedTo', toTask),
      documentsIssued: nestedLoader(db, 'documentsIssued', toDocument),
      members: nestedLoader(db, 'members', toActor),
      documentTasks: nestedLoader(db, 'documentTasks', toTask),
    },
    ...statusLoaders(db),
    documentsReceived: grouped(db, actors.ORG_DOCUMENTS_RECEIVED, (row): ReceivedDocumentModel => ({
      document: toDocument(node(row)),
      via: row.via ? toActor(row.via as Props) : null,
      purpose: (rel(row).purpose as string | null | undefined) ?? null,
      evidence: toEvidence(rel(row)),
    })),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
