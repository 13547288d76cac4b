/**
 * A request's selection compiled into one Cypher map projection (issue 16): a node's selected
 * properties only, and the relationships the selection follows (a task's leads, a document's
 * recipients, a page of its tasks…) nested in the same statement as COLLECT subqueries, instead
 * of every property and one statement per field level. The API turns its selection into a
 * `Shape` (plain field names, no GraphQL here); property names come from the fixed tables below,
 * never from the request, and a field they do not know reads every property.
 */
import neo4j from 'neo4j-driver';
import { factDocId, factQuote, memberReason } from '../graph/vocabulary.ts';
import { decodeCursor, encodeCursor, pageSize } from './cursors.ts';
import {
  toActor,
  toDocument,
  toEvidence,
  toTarget,
  toTask,
  type ConnectionModel,
  type NodeModel,
  type Props,
} from './models.ts';
import { Params } from './params.ts';
import type { GraphReader } from './reader.ts';
import { PRELOADED, type Preloaded } from './preloaded.ts';

import { edgeTarget, RELATIONS, type Relation, type ShapeKind } from './relations.ts';

export { edgeTarget, RELATIONS, type ShapeKind };

export interface Shape {
  kind: ShapeKind;
  /** The selected fields that are not followed relationships (GraphQL field names). */
  fields: readonly string[];
  nested: readonly NestedShape[];
  /** An actor whose concrete type the request cannot observe (no `__typename`, fragment or
   *  field of one type): its labels are not read. */
  untyped?: boolean;
}

export interface NestedShape {
  /** Where the resolver finds its answer (the API names it by field and response key). */
  key: string;
  /** A relationship of the tables below, by its field name on `kind`. */
  field: string;
  /** Edge fields selected beside the node: evidence, purpose (edges only). */
  edgeFields: readonly string[];
  /** Page arguments (connections only). */
  first?: number | null;
  after?: string | null;
  /** The page's total is selected (connections only). */
  withTotal?: boolean;
  shape: Shape;
}

/** Field → the properties it reads; `[]` for fields answered from the id or by their own read. */
const BY_ID: Record<string, readonly string[]> = { id: [], __typename: [] };
const JURISDICTION = ['level', 'province', 'district'];
const PROPERTIES: Record<ShapeKind, Record<string, readonly string[]>> = {
  Document: {
    ...BY_ID,
    ...Object.fromEntries(
      ['number', 'type', 'title', 'issuedDate', 'place', 'status', 'level', 'secrecy'].map((p) => [
        p,
        [p],
      ]),
    ),
    jurisdiction: JURISDICTION,
    ...Object.fromEntries(
      ['issuers', 'recipients', 'implements', 'implementedBy', 'tasks', 'tasksConnection']
        .concat(['targets', 'effects', 'affectedBy'])
        .map((f) => [f, []]),
    ),
  },
  Task: {
    ...BY_ID,
    section: ['section'],
    sectionTitles: ['sectionTitles'],
    // Stored only where the quote does not give it (graph/vocabulary.ts taskText).
    text: ['text', 'quote'],
    deadline: ['deadlineText', 'dueStart', 'dueEnd', 'recurrence', 'deadlineInherited'],
    // A deadline's subfields (the API names them `deadline.<field>`): its text says whether the
    // task has one at all, so every subfield reads it.
    'deadline.text': ['deadlineText'],
    'deadline.__typename': ['deadlineText'],
    'deadline.start': ['deadlineText', 'dueStart'],
    'deadline.end': ['deadlineText', 'dueEnd'],
    'deadline.recurrence': ['deadlineText', 'recurrence'],
    'deadline.inherited': ['deadlineText', 'deadlineInherited'],
    // A task's docId is its id's prefix (toNode fills it in: vocabulary.ts taskDocId).
    document: [],
    evidence: ['start', 'end', 'quote'],
    ...Object.fromEntries(
      ['leads', 'coordinators', 'reportsTo', 'rolesOf', 'derivedFrom', 'derivedTasks'].map((f) => [
        f,
        [],
      ]),
    ),
  },
  Actor: {
    ...BY_ID,
    name: ['name'],
    kind: [],
    orgKind: ['orgKind'],
    level: ['level'],
    jurisdiction: JURISDICTION,
    aliases: ['aliases'],
    validFrom: ['validFrom'],
    validTo: ['validTo'],
    rule: ['membership'],
    ...Object.fromEntries(
      ['partOf', 'units', 'groups', 'members', 'membersConnection', 'reportedToBy', 'reportsTo']
        .concat(['tasksLed', 'tasksCoordinated', 'tasksReportedTo', 'tasksLedConnection'])
        .concat(['tasksCoordinatedConnection', 'tasksReportedToConnection'])
        .concat(['documentsIssued', 'documentsIssuedConnection', 'documentsReceived'])
        .map((f) => [f, []]),
    ),
  },
  // Every field of a target but its id reads every property (its evidence is the node itself).
  Target: { ...BY_ID },
};

/** Edge fields → the relationship's properties, read into the node's map under EDGE: a node of
 *  a viewer's hidden document drops its edge (viewer.ts scrub), as the batched statements drop
 *  its row; the evidence is in the parent's document, seen with it. */
const EDGE = 'edge_';
const EVIDENCE = ['docId', 'start', 'end', 'quote'];
const EDGE_PROPERTIES: Record<string, readonly string[]> = {
  evidence: EVIDENCE,
  purpose: ['purpose'],
  reason: ['reason'],
  via: ['via'],
  // The evidence's subfields (the API names them `evidence.<field>`); any other reads it whole.
  'evidence.quote': ['quote'],
  'evidence.start': ['start'],
  'evidence.end': ['end'],
  'evidence.document': ['docId'],
  'evidence.__typename': [],
};

/** A relationship's properties the edge fields read, each once. */
function edgeProperties(fields: readonly string[]): string[] {
  const read = fields.flatMap(
    (f) => EDGE_PROPERTIES[f] ?? (f.startsWith('evidence.') ? EVIDENCE : []),
  );
  return [...new Set(read)];
}

/** Every property, or the selected ones; null when a field is not in the table. */
function propertiesOf(shape: Shape): string[] | null {
  const table = PROPERTIES[shape.kind];
  const props = new Set<string>();
  for (const field of shape.fields) {
    const read = table[field];
    if (read === undefined) return null;
    for (const p of read) props.add(p);
  }
  props.delete('id');
  return [...props].sort();
}

/** Names of variables and parameters in the statement, numbered by depth and position. */
class Names {
  private n = 0;
  next(): number {
    return (this.n += 1);
  }
}

/** Values the statement has already bound, by property name: a sort key read once. */
type Known = ReadonlyMap<string, string>;
const NONE: Known = new Map();

/** The Cypher map of `v` for the shape: its properties, labels and followed relationships. */
export function projection(
  v: string,
  shape: Shape,
  params: Params,
  names = new Names(),
  /** A further entry (an edge's properties beside its node). */
  extra?: string,
  known: Known = NONE,
): string {
  const props = propertiesOf(shape);
  const read = (p: string): string => {
    const bound = known.get(p);
    return bound ? `${p}: ${bound}` : `.${p}`;
  };
  const own = props === null ? ['.*'] : ['id', ...props].map(read);
  const nested = shape.nested.map(
    (n, i) =>
      `n${i}: ${nestedProjection(v, RELATIONS[shape.kind][n.field] as Relation, n, params, names)}`,
  );
  // A document's or a task's label is known from the pattern that bound it, and an untyped
  // actor's is not needed: fromShape adds them (a read less per node, a constant not sent).
  const labels = shape.kind === 'Actor' && !shape.untyped ? [`labels: labels(${v})`] : [];
  const entries = [...own, ...labels, ...nested, ...(extra ? [extra] : [])];
  return `${v} {${entries.join(', ')}}`;
}

/** The sort keys bound once (`WITH r, x, x.id AS k1_0 ORDER BY k1_0`): the projection takes
 *  the node's and the relationship's keys from them instead of reading them again. */
function sortKeys(
  i: number,
  keys: readonly string[],
  x: string,
  r: string,
): { bind: string; order: string; node: Known; edge: Known } {
  const named = keys.map((k, j) => [k, `k${i}_${j}`] as const);
  const of = (v: string): Known =>
    new Map(
      named.flatMap(([k, name]) => (k.startsWith(`${v}.`) ? [[k.slice(v.length + 1), name]] : [])),
    );
  return {
    bind: named.map(([k, name]) => `${k} AS ${name}`).join(', '),
    order: named.map(([, name]) => name).join(', '),
    node: of(x),
    edge: of(r),
  };
}

function nestedProjection(
  v: string,
  relation: Relation,
  nested: NestedShape,
  params: Params,
  names: Names,
): string {
  const i = names.next();
  const [x, r] = [`x${i}`, `r${i}`];
  const match = relation.match(v, x, r);
  const keys = sortKeys(i, relation.order(v, x, r), x, r);
  const node = (known = NONE): string =>
    projection(x, nested.shape, params, names, undefined, known);
  const sorted = `${match} WITH ${r}, ${x}, ${keys.bind} ORDER BY ${keys.order}`;
  switch (relation.form) {
    case 'one':
      return `head(COLLECT { ${match} RETURN ${node()} })`;
    case 'list':
      return `COLLECT { ${sorted} RETURN ${node(keys.node)} }`;
    case 'edges': {
      const edge = edgeProperties(nested.edgeFields);
      // A fact's docId is stored only where its start node does not give it, a task link's
      // quote only where its task's does not, a membership's reason only where its group's
      // sentence does not give it (vocabulary.ts).
      const derived = (p: string): string | undefined =>
        relation.mapped
          ? undefined
          : p === 'docId'
            ? factDocId(r)
            : p === 'quote'
              ? factQuote(r)
              : p === 'reason'
                ? memberReason(r, `endNode(${r})`)
                : undefined;
      const read = (p: string): string => keys.edge.get(p) ?? derived(p) ?? `${r}.${p}`;
      const map = `{${edge.map((p) => `${p}: ${read(p)}`).join(', ')}}`;
      // No edge field selected: no map sent for it.
      const extra = edge.length > 0 ? `${EDGE}: ${map}` : undefined;
      const withEdge = projection(x, nested.shape, params, names, extra, keys.node);
      return `COLLECT { ${sorted} RETURN ${withEdge} }`;
    }
    case 'page':
      return pageProjection(match, x, nested, params, node);
  }
}

/** A page under the parent, by id: its nodes projected only for the page (one more: whether
 *  another page follows), the total only when selected. */
function pageProjection(
  match: string,
  x: string,
  nested: NestedShape,
  params: Params,
  node: (known?: Known) => string,
): string {
  const after = params.add('after', decodeCursor(nested.after));
  const limit = params.add('limit', neo4j.int(pageSize(nested.first) + 1));
  if (!nested.withTotal) {
    // The id read once, for the cursor, the order and the node's id.
    const id = `id_${x}`;
    return `{nodes: COLLECT { ${match} WITH DISTINCT ${x} WITH ${x}, ${x}.id AS ${id} WHERE ${after} IS NULL OR ${id} > ${after} ORDER BY ${id} LIMIT ${limit} RETURN ${node(new Map([['id', id]]))} }}`;
  }
  // Bound once through a one-element list: the total counts them all, only the page is projected.
  const [all, y] = [`a${x}`, `y${x}`];
  const collected = `COLLECT { ${match} WITH DISTINCT ${x} ORDER BY ${x}.id RETURN ${x} }`;
  const page = `[${y} IN ${all} WHERE ${after} IS NULL OR ${y}.id > ${after}][..${limit}]`;
  return `[${all} IN [${collected}] | {total: size(${all}), nodes: [${x} IN ${page} | ${node()}]}][0]`;
}

/** A row's map as a model, with what it preloaded under the response keys. */
export function fromShape(shape: Shape, map: Props): NodeModel {
  const model = CONVERT[shape.kind]('labels' in map ? map : { ...map, labels: KNOWN[shape.kind] });
  if (shape.nested.length === 0) return model;
  const pre: Preloaded = new Map();
  shape.nested.forEach((nested, i) => {
    const relation = RELATIONS[shape.kind][nested.field] as Relation;
    pre.set(nested.key, fromNested(relation, nested, map[`n${i}`]));
  });
  return Object.assign(model, { [PRELOADED]: pre });
}

/** The labels of a node the statement did not read them for (projection): an untyped actor's
 *  are none (its type is unobservable, toNode calls it Unresolved). */
const KNOWN: Record<ShapeKind, string[]> = {
  Document: ['Document'],
  Task: ['Task'],
  Actor: [],
  Target: ['Target'],
};

const CONVERT: Record<ShapeKind, (map: Props) => NodeModel> = {
  Document: toDocument,
  Task: toTask,
  Actor: toActor,
  Target: toTarget,
};

function fromNested(relation: Relation, nested: NestedShape, value: unknown): unknown {
  const node = (map: Props) => fromShape(nested.shape, map);
  switch (relation.form) {
    case 'one':
      return value === null || value === undefined ? null : node(value as Props);
    case 'list':
      return (value as Props[]).map(node);
    case 'edges':
      return (value as Props[]).map(({ [EDGE]: edgeMap, ...nodeMap }) => {
        const edge = (edgeMap ?? {}) as Props;
        const target = node(nodeMap);
        // A membership is its group and the rule's reason; the other edges carry evidence.
        const field = edgeTarget(relation);
        if (field === 'group') {
          return { group: target, reason: (edge.reason as string | null | undefined) ?? null };
        }
        return {
          [field]: target,
          evidence: toEvidence(edge),
          purpose: (edge.purpose as string | null | undefined) ?? null,
          // A received document's group (relations.ts documentsReceived).
          via: edge.via ? toActor(edge.via as Props) : null,
        };
      });
    case 'page':
      return fromPage(nested, value as Props, node);
  }
}

function fromPage(
  nested: NestedShape,
  value: Props,
  node: (map: Props) => NodeModel,
): ConnectionModel<NodeModel> {
  const size = pageSize(nested.first);
  const all = (value.nodes as Props[]).map(node);
  const page = all.slice(0, size);
  const total = value.total as number | undefined;
  return {
    nodes: page,
    cursors: page.map((n) => encodeCursor(n.id)),
    hasNextPage: all.length > size,
    totalCount: () =>
      total === undefined
        ? Promise.reject(new Error('the total of this page was not selected, so not counted'))
        : Promise.resolve(total),
  };
}

/** A document or an actor by id, with what the shape selects, in one statement. */
export async function readById(
  db: GraphReader,
  label: 'Document' | 'Actor',
  id: string,
  shape: Shape,
): Promise<NodeModel | null> {
  const params = new Params({ id });
  const cypher = `MATCH (n:${label} {id: $id}) RETURN ${projection('n', shape, params)} AS node`;
  const rows = await db.read(cypher, params.toRecord());
  return rows[0] ? fromShape(shape, rows[0].node as Props) : null;
}
