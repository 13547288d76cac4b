/**
 * Validation rules that refuse a query before it runs: too deep, or too costly by estimate.
 * Both answer QUERY_TOO_COMPLEX. Introspection (`__schema`, `__type`) is not counted.
 */
import {
  GraphQLError,
  Kind,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../read/cursors.ts';

/** How deep a GraphQL document may nest its selections. */
export const MAX_QUERY_DEPTH = 10;
/** Estimated rows a request may touch: fields × `first` of connections × a fan-out for lists. */
export const MAX_COMPLEXITY = 250_000;
/** Assumed length of a list field without `first` (a document's tasks, a task's actors…). */
const LIST_FAN_OUT = 10;

function tooComplex(message: string, extra: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...extra } });
}

// The schema's types are inspected by shape, not with graphql's isObjectType & co: those check
// the class, and a test runner may load Apollo's copy of graphql beside this module's.
type Fields = Record<string, GraphQLField<unknown, unknown>>;
function fieldsOf(type: GraphQLNamedType | null | undefined): Fields | null {
  const withFields = type as { getFields?: () => Fields } | null | undefined;
  return typeof withFields?.getFields === 'function' ? withFields.getFields() : null;
}
function namedType(type: GraphQLType): GraphQLNamedType {
  let inner = type as GraphQLType & { ofType?: GraphQLType };
  while (inner.ofType) inner = inner.ofType as GraphQLType & { ofType?: GraphQLType };
  return inner as GraphQLNamedType;
}
/** `[Task!]!` and `[Task]` print with a bracket first. */
const isList = (type: GraphQLType): boolean => String(type).startsWith('[');

interface Measure {
  depth: number;
  cost: number;
}

/** `first` as written, else its default in the schema; a variable counts as the largest page,
 *  since its value is not known yet. Null for a field without `first`. */
function firstOf(
  args: readonly { name: { value: string }; value: { kind: string } }[],
  field: GraphQLField<unknown, unknown>,
): number | null {
  const arg = args.find((a) => a.name.value === 'first');
  if (!arg) {
    const declared = field.args.find((a) => a.name === 'first')?.defaultValue;
    return typeof declared === 'number' ? declared : null;
  }
  const value = arg.value as { kind: string; value?: string };
  if (value.kind === Kind.INT && value.value !== undefined) return Number(value.value);
  return MAX_PAGE_SIZE;
}

function measure(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType,
  fragments: Set<string>,
): Measure {
  let depth = 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    let inner: Measure = { depth: 0, cost: 0 };
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__')) continue;
      const field = fieldsOf(parent)?.[name];
      if (!field) continue; // other validation rules report unknown fields
      const child = selection.selectionSet
        ? measure(context, selection.selectionSet, namedType(field.type), fragments)
        : { depth: 0, cost: 0 };
      const connectionEdges = name === 'edges' && parent.name.endsWith('Connection');
      const multiplier =
        firstOf(selection.arguments ?? [], field) ??
        (isList(field.type) && !connectionEdges ? LIST_FAN_OUT : 1);
      inner = { depth: child.depth + 1, cost: 1 + multiplier * child.cost };
    } else {
      let set: SelectionSetNode | undefined;
      let typeName: string | undefined;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        set = selection.selectionSet;
        typeName = selection.typeCondition?.name.value;
      } else {
        const name = selection.name.value;
        // A fragment cycle is reported by another rule; stop here.
        if (fragments.has(name)) continue;
        const fragment = context.getFragment(name);
        if (!fragment) continue;
        set = fragment.selectionSet;
        typeName = fragment.typeCondition.name.value;
        fragments = new Set(fragments).add(name);
      }
      const type = typeName ? context.getSchema().getType(typeName) : parent;
      if (!type) continue;
      inner = measure(context, set, type, fragments);
    }
    depth = Math.max(depth, inner.depth);
    cost += inner.cost;
  }
  return { depth, cost };
}

export const queryLimits: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    const root = context.getSchema().getRootType(operation.operation);
    if (!root) return;
    const { depth, cost } = measure(context, operation.selectionSet, root, new Set());
    if (depth > MAX_QUERY_DEPTH) {
      context.reportError(
        tooComplex(`the query is ${depth} levels deep; at most ${MAX_QUERY_DEPTH} are allowed`, {
          depth,
          maxDepth: MAX_QUERY_DEPTH,
        }),
      );
    } else if (cost > MAX_COMPLEXITY) {
      context.reportError(
        tooComplex(
          `the query's estimated cost is ${cost}; at most ${MAX_COMPLEXITY} is allowed (lower first or select less)`,
          { cost, maxCost: MAX_COMPLEXITY },
        ),
      );
    }
  },
});
