/**
 * A neighbourhood as a graph for graph tools (pure): the statement's nodes and relationships
 * become nodes and edges with a fixed set of attributes (so GraphML can declare its keys), and
 * the Cytoscape.js elements JSON that Cytoscape desktop and Cytoscape.js import.
 */
import { toNode, type EvidenceModel, type NodeModel, type Props } from '../../read/models.ts';
import {
  ACTOR_LABELS,
  MENTION_TYPES,
  taskDocIdOf,
  type NodeLabel,
} from '../../graph/vocabulary.ts';

export type AttributeType = 'string' | 'int';
export type AttributeValue = string | number | null;

/** The attributes a node may carry, with their type: from the graph's properties, named as the
 *  graph names them (`type` of a document is `documentType` here, so it never reads as an edge
 *  type). */
export const NODE_ATTRIBUTES = {
  label: 'string',
  kind: 'string',
  labels: 'string',
  depth: 'int',
  name: 'string',
  number: 'string',
  documentType: 'string',
  title: 'string',
  issuedDate: 'string',
  status: 'string',
  level: 'string',
  province: 'string',
  district: 'string',
  orgKind: 'string',
  section: 'string',
  outlineId: 'string',
  text: 'string',
  deadline: 'string',
  metric: 'string',
  value: 'string',
  year: 'int',
  unit: 'string',
  docId: 'string',
  quote: 'string',
} as const satisfies Record<string, AttributeType>;

/** The attributes an edge may carry: its type and its evidence, and the few facts edges hold. */
export const EDGE_ATTRIBUTES = {
  type: 'string',
  quote: 'string',
  docId: 'string',
  start: 'int',
  end: 'int',
  mention: 'string',
  purpose: 'string',
  reason: 'string',
  rule: 'string',
  ordinal: 'int',
} as const satisfies Record<string, AttributeType>;

export type NodeAttribute = keyof typeof NODE_ATTRIBUTES;
export type EdgeAttribute = keyof typeof EDGE_ATTRIBUTES;

export interface GraphNode {
  id: string;
  attributes: Partial<Record<NodeAttribute, AttributeValue>>;
  /** The node as the API models it (for the GraphQL field). */
  model: NodeModel;
  depth: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  attributes: Partial<Record<EdgeAttribute, AttributeValue>>;
  /** Where the text states the relationship; null for links not read from text (PART_OF,
   *  MEMBER_OF, HAS_TASK…). */
  evidence: EvidenceModel | null;
}

export interface NeighbourhoodGraph {
  root: string;
  depth: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** As the statement returns them. */
export interface NodeRow {
  depth: number;
  node: Props;
}
export interface EdgeRow {
  type: string;
  source: string;
  target: string;
  props: Props;
}

/** Labels that say what a node is, most specific first (`Actor` comes with a kind label). */
const KINDS: readonly NodeLabel[] = ['Document', 'Task', 'Target', ...ACTOR_LABELS, 'Actor'];

const text = (v: unknown): string | null =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
const int = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : null;

function kindOf(labels: readonly string[]): string {
  return KINDS.find((k) => labels.includes(k)) ?? labels[0] ?? 'Node';
}

/** What a graph tool shows on the node: a name, a document's number or title, a task's section
 *  and outline, a target's metric. */
function displayLabel(kind: string, n: Props): string {
  if (kind === 'Document') return text(n.number) ?? text(n.title) ?? (n.id as string);
  if (kind === 'Task') return `${text(n.section) ?? ''} (${text(n.outlineId) ?? ''})`.trim();
  if (kind === 'Target') return text(n.metric) ?? (n.id as string);
  return text(n.name) ?? (n.id as string);
}

function valueOf(n: Props): string | null {
  if (n.value != null) return text(n.value);
  if (n.min != null || n.max != null) return `${text(n.min) ?? ''}-${text(n.max) ?? ''}`;
  return null;
}

function compact<K extends string>(
  attributes: Record<K, AttributeValue>,
): Partial<Record<K, AttributeValue>> {
  return Object.fromEntries(
    Object.entries(attributes).filter(([, v]) => v !== null && v !== ''),
  ) as Partial<Record<K, AttributeValue>>;
}

export function toGraphNode({ depth, node: n }: NodeRow): GraphNode {
  const labels = ((n.labels as string[] | undefined) ?? []).slice().sort();
  const kind = kindOf(labels);
  const model = toNode(n);
  return {
    id: n.id as string,
    model,
    depth,
    attributes: compact<NodeAttribute>({
      label: displayLabel(kind, n),
      kind,
      labels: labels.join(':'),
      depth,
      name: text(n.name),
      number: text(n.number),
      documentType: kind === 'Document' ? text(n.type) : null,
      title: text(n.title),
      issuedDate: text(n.issuedDate),
      status: text(n.status),
      level: text(n.level),
      province: text(n.province),
      district: text(n.district),
      orgKind: text(n.orgKind),
      section: text(n.section),
      outlineId: text(n.outlineId),
      // A task's text derived from its quote where not stored (graph/vocabulary.ts taskText).
      text: text(model.__type === 'Task' ? model.text : n.text),
      deadline: text(n.deadlineText),
      metric: text(n.metric),
      value: kind === 'Target' ? valueOf(n) : null,
      year: int(n.year),
      unit: text(n.unit),
      // A task's is its id's prefix, not stored (vocabulary.ts taskDocId).
      docId:
        kind === 'Document' ? null : kind === 'Task' ? taskDocIdOf(n.id as string) : text(n.docId),
      quote: kind === 'Document' ? null : text(n.quote),
    }),
  };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Nodes by depth then id; edges by source, type, target and text position, each with an id made
 * of its ends and type (`a-[LED_BY]->b`), suffixed `#2`, `#3`… when the same two nodes are
 * linked the same way more than once.
 */
export function toNeighbourhoodGraph(
  root: string,
  depth: number,
  nodeRows: readonly NodeRow[],
  edgeRows: readonly EdgeRow[],
): NeighbourhoodGraph {
  const nodes = nodeRows.map(toGraphNode).sort((a, b) => a.depth - b.depth || compare(a.id, b.id));
  const sorted = [...edgeRows].sort(
    (a, b) =>
      compare(a.source, b.source) ||
      compare(a.type, b.type) ||
      compare(a.target, b.target) ||
      (int(a.props.start) ?? -1) - (int(b.props.start) ?? -1),
  );
  const seen = new Map<string, number>();
  const edges = sorted.map((e): GraphEdge => {
    const base = `${e.source}-[${e.type}]->${e.target}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const { docId, start, end, quote } = e.props;
    return {
      id: n === 1 ? base : `${base}#${n}`,
      source: e.source,
      target: e.target,
      evidence:
        typeof docId === 'string' &&
        typeof start === 'number' &&
        typeof end === 'number' &&
        typeof quote === 'string'
          ? { docId, start, end, quote }
          : null,
      attributes: compact<EdgeAttribute>({
        type: e.type,
        quote: text(e.props.quote),
        docId: text(e.props.docId),
        start: int(e.props.start),
        end: int(e.props.end),
        mention: text(e.props.mention ?? (MENTION_TYPES.has(e.type) ? e.props.quote : undefined)),
        purpose: text(e.props.purpose),
        reason: text(e.props.reason),
        rule: text(e.props.rule),
        ordinal: int(e.props.ordinal),
      }),
    };
  });
  return { root, depth, nodes, edges };
}

/** Cytoscape.js elements JSON: `{data, elements: {nodes: [{data}], edges: [{data}]}}`. */
export function toCytoscape(graph: NeighbourhoodGraph): {
  data: { name: string; root: string; depth: number };
  elements: {
    nodes: { data: Record<string, AttributeValue> }[];
    edges: { data: Record<string, AttributeValue> }[];
  };
} {
  return {
    data: { name: `neighbourhood of ${graph.root}`, root: graph.root, depth: graph.depth },
    elements: {
      nodes: graph.nodes.map((n) => ({ data: { id: n.id, ...n.attributes } })),
      edges: graph.edges.map((e) => ({
        data: { id: e.id, source: e.source, target: e.target, ...e.attributes },
      })),
    },
  };
}
