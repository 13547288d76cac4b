/**
 * Graph nodes as read from Neo4j (their properties as written by the ingest, see
 * src/graph/model.ts) tagged with their kind, and the edges and pages built from them. The
 * traversals and the API pass these around; the API's codegen maps the schema's object types
 * onto them (codegen.ts `mappers`), so field resolvers see exactly this shape.
 */
import {
  ACTOR_LABELS,
  derivedTaskText,
  taskDocIdOf,
  type ActorLabel,
  type Evidence,
} from '../graph/vocabulary.ts';

export { toEvidence } from '../graph/vocabulary.ts';

export type Props = Record<string, unknown>;

export type EvidenceModel = Evidence;

export interface DocumentModel {
  __type: 'Document';
  id: string;
  number?: string | null;
  type?: string | null;
  title?: string | null;
  issuedDate?: string | null;
  place?: string | null;
  status: string;
  level?: string | null;
  province?: string | null;
  district?: string | null;
  /** The date of effect its text gives itself, and the words (graph/cypher WRITE_DOCUMENTS). */
  effectiveFrom?: string | null;
  effectiveQuote?: string | null;
  effectiveStart?: number | null;
  effectiveEnd?: number | null;
  /** Its secrecy mark, 1 (Mật) to 3 (Tuyệt mật); 0 or absent when unmarked. */
  secrecy?: number | null;
}

export type ActorType = ActorLabel;

export interface ActorModel {
  __type: ActorType;
  id: string;
  name: string;
  orgKind?: string | null;
  level?: string | null;
  province?: string | null;
  district?: string | null;
  aliases?: string[] | null;
  /** Organization: the days it began and ended, when the registry knows them. */
  validFrom?: string | null;
  validTo?: string | null;
  /** OrgGroup: the membership rule as JSON (src/orgs). */
  membership?: string | null;
}

export interface TaskModel extends EvidenceModel {
  __type: 'Task';
  id: string;
  /** Outline path within the document (`5.3.1`), unique even where printed numbers repeat. */
  outlineId?: string | null;
  section: string;
  sectionTitles?: string[] | null;
  text: string;
  deadlineText?: string | null;
  dueStart?: string | null;
  dueEnd?: string | null;
  recurrence?: string | null;
  deadlineInherited?: boolean | null;
}

export interface TargetModel extends EvidenceModel {
  __type: 'Target';
  id: string;
  metric: string;
  value?: number | null;
  min?: number | null;
  max?: number | null;
  unit?: string | null;
  qualifier?: string | null;
  year?: number | null;
  perYear?: boolean | null;
}

export type NodeModel = DocumentModel | ActorModel | TaskModel | TargetModel;

export interface ActorEdgeModel {
  actor: ActorModel;
  evidence: EvidenceModel;
}

export interface RecipientEdgeModel extends ActorEdgeModel {
  purpose: string | null;
}

export interface DocumentLinkModel {
  document: DocumentModel;
  evidence: EvidenceModel;
}

export interface GroupMembershipModel {
  group: ActorModel;
  reason: string | null;
}

export interface ReceivedDocumentModel {
  document: DocumentModel;
  via: ActorModel | null;
  purpose: string | null;
  evidence: EvidenceModel;
}

/** A page: its nodes, and the total counted only when asked for. */
export interface ConnectionModel<T> {
  nodes: T[];
  /** The cursor of each node, in the order of `nodes`. */
  cursors: string[];
  hasNextPage: boolean;
  totalCount: () => Promise<number>;
}
export type DocumentConnectionModel = ConnectionModel<DocumentModel>;
export type OrganizationConnectionModel = ConnectionModel<ActorModel>;
export type TaskConnectionModel = ConnectionModel<TaskModel>;

/** A node as Cypher returns it (src/graph/vocabulary.ts `nodeProjection`). */
export function toNode(map: Props): NodeModel {
  const labels = (map.labels as string[] | undefined) ?? [];
  const props = { ...map };
  delete props.labels;
  // The ingest writes these shapes (src/graph/model.ts); the label says which one.
  if (labels.includes('Document')) return { ...props, __type: 'Document' } as DocumentModel;
  if (labels.includes('Task')) {
    // A task's docId is not stored: its id's prefix (src/graph/vocabulary.ts taskDocId). Its
    // text is stored only where its quote does not give it (vocabulary.ts taskText); a
    // projection's `.text` of a task without one reads null, `.*` leaves it out.
    const { text, quote } = props;
    const derived = text == null && typeof quote === 'string';
    return {
      ...props,
      ...(derived ? { text: derivedTaskText(quote) } : {}),
      docId: taskDocIdOf(props.id as string),
      __type: 'Task',
    } as TaskModel;
  }
  if (labels.includes('Target')) return { ...props, __type: 'Target' } as TargetModel;
  const actorType = ACTOR_LABELS.find((type) => labels.includes(type)) ?? 'Unresolved';
  return { ...props, __type: actorType } as ActorModel;
}

export function toDocument(map: Props): DocumentModel {
  return toNode(map) as DocumentModel;
}
export function toActor(map: Props): ActorModel {
  return toNode(map) as ActorModel;
}
export function toTask(map: Props): TaskModel {
  return toNode(map) as TaskModel;
}
export function toTarget(map: Props): TargetModel {
  return toNode(map) as TargetModel;
}

/** `tw`, a province id or `province/district`, as filters take it. */
export function jurisdictionOf(node: {
  level?: string | null;
  province?: string | null;
  district?: string | null;
}): string | null {
  if (node.province) return node.district ? `${node.province}/${node.district}` : node.province;
  return node.level === 'TW' ? 'tw' : null;
}
