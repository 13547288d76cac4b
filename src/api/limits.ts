/**
 * Validation rules that refuse a query before it runs: too deep, too costly by estimate (rows
 * touched), or asking too much traversal work (cost.ts, every alias counted). All answer
 * QUERY_TOO_COMPLEX. Introspection (`__schema`, `__type`) is not counted.
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
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { MAX_PAGE_SIZE } from '../read/cursors.ts';
import { MAX_TRAVERSAL_WORK, traversalWork } from './cost.ts';

/** How deep a GraphQL document may nest its selections. */
export const MAX_QUERY_DEPTH = 10;
/** Estimated rows a request may touch: fields × `first` of connections × a fan-out for lists. */
export const MAX_COMPLEXITY = 250_000;
/** Aliases one operation may use (`__typename` included): each runs its field again. */
export const MAX_ALIASES = 30;
/** Lexical tokens a document may hold: the parser stops there, before building a huge tree.
 *  The largest operation of operations/ has about 250, the introspection query about 190. */
export const MAX_TOKENS = 4_000;
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
  /** Traversal work (cost.ts), summed over every selection, aliases included. */
  work: number;
}
const NOTHING: Measure = { depth: 0, cost: 0, work: 0 };

function workOf(
  parent: GraphQLNamedType,
  name: string,
  field: GraphQLField<unknown, unknown>,
  args: Parameters<typeof traversalWork>[2],
): number {
  const defaults = new Map(field.args.map((a) => [a.name, a.defaultValue]));
  return traversalWork(parent.name, name, args, defaults);
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
  let work = 0;
  for (const selection of selectionSet.selections) {
    let inner: Measure = NOTHING;
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__')) continue;
      const field = fieldsOf(parent)?.[name];
      if (!field) continue; // other validation rules report unknown fields
      const child = selection.selectionSet
        ? measure(context, selection.selectionSet, namedType(field.type), fragments)
        : NOTHING;
      const connectionEdges = name === 'edges' && parent.name.endsWith('Connection');
      const multiplier =
        firstOf(selection.arguments ?? [], field) ??
        (isList(field.type) && !connectionEdges ? LIST_FAN_OUT : 1);
      inner = {
        depth: child.depth + 1,
        cost: 1 + multiplier * child.cost,
        work: child.work + workOf(parent, name, field, selection.arguments ?? []),
      };
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
    work += inner.work;
  }
  return { depth, cost, work };
}

export const queryLimits: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    const root = context.getSchema().getRootType(operation.operation);
    if (!root) return;
    const { depth, cost, work } = measure(context, operation.selectionSet, root, new Set());
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
    } else if (work > MAX_TRAVERSAL_WORK) {
      context.reportError(
        tooComplex(
          `the query asks for ${work} units of traversal work; at most ${MAX_TRAVERSAL_WORK} are allowed (ask for fewer traversals per request)`,
          { work, maxWork: MAX_TRAVERSAL_WORK },
        ),
      );
    }
  },
});

/** graphql-armor's alias count, answering QUERY_TOO_COMPLEX like the rules above. */
export const aliasLimit: ValidationRule = maxAliasesRule({
  n: MAX_ALIASES,
  allowList: [],
  propagateOnRejection: false,
  onReject: [
    (context, error) => {
      const found = /found (\d+)/.exec(error.message)?.[1];
      context?.reportError(
        tooComplex(
          `the query uses ${found ?? 'too many'} aliases; at most ${MAX_ALIASES} are allowed`,
          { maxAliases: MAX_ALIASES },
        ),
      );
    },
  ],
});
