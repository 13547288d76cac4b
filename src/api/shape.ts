/**
 * A field's GraphQL selection as the read layer's plain Shape (src/read/shape.ts): the field
 * names it selects, and the relationships it follows that one statement can read with it (their
 * arguments evaluated here, against the schema's defaults and the request's variables).
 */
import type { FieldNode, GraphQLField, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import {
  edgeTarget,
  RELATIONS,
  type NestedShape,
  type Shape,
  type ShapeKind,
} from '../read/shape.ts';
import { preloaded } from '../read/preloaded.ts';

/** Levels of relationships read in one statement; deeper ones are read by their resolvers. */
const MAX_DEPTH = 3;

/** The schema types whose field arguments a kind's connections take (an actor's connections
 *  are an organization's or a group's). */
const TYPES_OF: Record<ShapeKind, readonly string[]> = {
  Document: ['Document'],
  Task: ['Task'],
  Actor: ['Organization', 'OrgGroup'],
  Target: ['Target'],
};

type Fields = Record<string, GraphQLField<unknown, unknown>>;

/** The schema's definition of a kind's field (its arguments and their defaults). */
function definitionOf(kind: ShapeKind, field: string, info: GraphQLResolveInfo) {
  for (const name of TYPES_OF[kind]) {
    const def = (info.schema.getType(name) as { getFields(): Fields } | undefined)?.getFields()[
      field
    ];
    if (def) return def;
  }
  throw new Error(`no field ${kind}.${field} in the schema`);
}

type Sets = readonly (SelectionSetNode | undefined)[];

/** The fields of the selection sets by response key, fragments merged (their type conditions
 *  ignored: a property read for another actor type than the one found is harmless). */
function fieldsOf(sets: Sets, info: GraphQLResolveInfo): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === 'Field') {
        const key = s.alias?.value ?? s.name.value;
        out.set(key, [...(out.get(key) ?? []), s]);
      } else if (s.kind === 'InlineFragment') visit(s.selectionSet);
      else visit(info.fragments[s.name.value]?.selectionSet);
    }
  };
  sets.forEach(visit);
  return out;
}

const subsets = (nodes: readonly FieldNode[]): Sets => nodes.map((n) => n.selectionSet);

/** The sub-selections of `name` within the nodes' selections (an edge's `node`…). */
function under(nodes: readonly FieldNode[], name: string, info: GraphQLResolveInfo): FieldNode[] {
  return [...fieldsOf(subsets(nodes), info).values()].flat().filter((n) => n.name.value === name);
}

function onlyId(nodes: readonly FieldNode[], info: GraphQLResolveInfo): boolean {
  return [...fieldsOf(subsets(nodes), info).values()]
    .flat()
    .every((n) => n.name.value === 'id' || n.name.value === '__typename');
}

function shapeOf(kind: ShapeKind, sets: Sets, info: GraphQLResolveInfo, depth: number): Shape {
  const fields: string[] = [];
  const nested: NestedShape[] = [];
  for (const [key, nodes] of fieldsOf(sets, info)) {
    const field = (nodes[0] as FieldNode).name.value;
    const relation = RELATIONS[kind][field];
    // A task's document asked for its id alone needs no read (the task knows it).
    const skip = !relation || depth >= MAX_DEPTH || (field === 'document' && onlyId(nodes, info));
    if (kind === 'Task' && field === 'deadline') fields.push(...deadlineFields(nodes, info));
    else if (skip) fields.push(field);
    else nested.push(nestedOf(kind, key, field, nodes, info, depth + 1));
  }
  return { kind, fields, nested };
}

/** A task's deadline as the subfields it selects (read/shape.ts reads only their properties). */
function deadlineFields(nodes: readonly FieldNode[], info: GraphQLResolveInfo): string[] {
  return [...fieldsOf(subsets(nodes), info).values()].flat().map((n) => `deadline.${fieldName(n)}`);
}

function nestedOf(
  kind: ShapeKind,
  key: string,
  field: string,
  nodes: readonly FieldNode[],
  info: GraphQLResolveInfo,
  depth: number,
): NestedShape {
  const relation = RELATIONS[kind][field];
  if (!relation) throw new Error(`no relation ${kind}.${field}`);
  const base = { key: keyOf(field, key), field, edgeFields: [] };
  switch (relation.form) {
    case 'one':
    case 'list':
      return { ...base, shape: shapeOf(relation.kind, subsets(nodes), info, depth) };
    case 'edges': {
      const names = new Set([...fieldsOf(subsets(nodes), info).values()].flat().map(fieldName));
      const target = edgeTarget(relation);
      const targets = under(nodes, target, info);
      const shape = shapeOf(relation.kind, subsets(targets), info, depth);
      const edgeFields = [...names].flatMap((n) =>
        n === target ? [] : n === 'evidence' ? evidenceFields(nodes, info) : [n],
      );
      return {
        ...base,
        edgeFields,
        shape: { ...shape, untyped: relation.kind === 'Actor' && untyped(targets) },
      };
    }
    case 'page': {
      const def = definitionOf(kind, field, info);
      const arg = (name: string): unknown => argument(def, nodes[0] as FieldNode, name, info);
      const edgeNodes = under(under(nodes, 'edges', info), 'node', info);
      return {
        ...base,
        first: (arg('first') as number | null | undefined) ?? null,
        after: (arg('after') as string | null | undefined) ?? null,
        withTotal: under(nodes, 'totalCount', info).length > 0,
        shape: shapeOf(relation.kind, subsets(edgeNodes), info, depth),
      };
    }
  }
}

const fieldName = (n: FieldNode): string => n.name.value;

/** An edge's evidence as the subfields it selects (`evidence.quote`…: read/shape.ts reads only
 *  their properties). */
function evidenceFields(nodes: readonly FieldNode[], info: GraphQLResolveInfo): string[] {
  const evidence = under(nodes, 'evidence', info);
  return [...fieldsOf(subsets(evidence), info).values()]
    .flat()
    .map((n) => `evidence.${fieldName(n)}`);
}

/** The fields every actor type answers alike (the interface's, default resolvers). */
const ANY_ACTOR = new Set(['id', 'name']);

/** Whether the selections cannot tell one actor type from another: only fields every type
 *  answers alike, no `__typename`, no fragment. */
function untyped(nodes: readonly FieldNode[]): boolean {
  return nodes.every((node) =>
    (node.selectionSet?.selections ?? []).every(
      (s) => s.kind === 'Field' && ANY_ACTOR.has(s.name.value),
    ),
  );
}

/** A page argument's value: its literal, its variable's value, or the schema's default (read
 *  here, not by graphql's getArgumentValues: its type checks fail across the package's ESM and
 *  CommonJS copies, which the server and this module may load apart). Validation has checked
 *  the types; `first` is an Int, `after` a String. */
function argument(
  def: GraphQLField<unknown, unknown>,
  node: FieldNode,
  name: string,
  info: GraphQLResolveInfo,
): unknown {
  const given = node.arguments?.find((a) => a.name.value === name)?.value;
  if (!given) return def.args.find((a) => a.name === name)?.defaultValue;
  switch (given.kind) {
    case 'Variable':
      return info.variableValues[given.name.value];
    case 'IntValue':
      return Number(given.value);
    case 'StringValue':
      return given.value;
    default:
      return null;
  }
}

/** The shape of the node a root lookup returns (`document(id:)`, `organization(id:)`). */
export function nodeShape(kind: ShapeKind, info: GraphQLResolveInfo): Shape {
  return shapeOf(kind, subsets(info.fieldNodes), info, 0);
}

/** The shape of a list's nodes (`documents { edges { node { … } } }`). */
export function connectionShape(kind: ShapeKind, info: GraphQLResolveInfo): Shape {
  const nodes = under(under(info.fieldNodes, 'edges', info), 'node', info);
  return shapeOf(kind, subsets(nodes), info, 0);
}

/** The relationship fields the shape reads itself (root lookups prefetch the others). */
export function compiledFields(shape: Shape): Set<string> {
  return new Set(shape.nested.map((n) => n.field));
}

/** Where a field's answer is kept on its parent: by field name and response key (an alias of
 *  another field of another actor type cannot take it). */
const keyOf = (field: string, responseKey: string | number): string =>
  `${field} ${String(responseKey)}`;

/** The field's answer when its parent's statement read it (read/shape.ts), else undefined: the
 *  resolver reads it itself. */
export function readWith<T>(parent: object, info: GraphQLResolveInfo): T | undefined {
  return preloaded<T>(parent, keyOf(info.fieldName, info.path.key));
}

/** The text a hit's snippet is cut from (api/models.ts searchedText): its properties. */
// A task's text is derived from its quote where not stored (graph/vocabulary.ts taskText).
const SEARCHED = ['title', 'number', 'text', 'quote', 'metric', 'name'];

/** What of each search hit's node the request needs: its id (and type) alone when the node asks
 *  for nothing else, with the searched text when the snippet or highlights are selected; null
 *  (every property) when the node asks for more. */
export function searchProperties(info: GraphQLResolveInfo): string[] | null {
  const hits = under(info.fieldNodes, 'hits', info);
  if (!onlyId(under(hits, 'node', info), info)) return null;
  const text = under(hits, 'snippet', info).length + under(hits, 'highlights', info).length > 0;
  return text ? SEARCHED : [];
}
