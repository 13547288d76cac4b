/**
 * Connections: one statement for a page (ordered by id, keyset after the cursor, one extra row
 * to know whether another page follows) and one for the total, run only when asked for.
 */
import { UNIQUE_ID_LABELS } from '../db/migrations.ts';
import { nodeProjection } from '../graph/vocabulary.ts';
import neo4j from 'neo4j-driver';
import type { GraphReader } from './reader.ts';
import type { ConnectionModel, Props } from './models.ts';
import {
  decodeCursor,
  decodeKeyedCursor,
  encodeCursor,
  encodeKeyedCursor,
  pageSize,
} from './cursors.ts';
import type { Params } from './params.ts';
import { projection, type Shape } from './shape.ts';
import { HIDDEN_PARAM, visibleWhere, withHidden } from './viewer.ts';

/** A page's nodes: the selected shape when the API gives one (shape.ts), else every property. */
const projected = (shape: Shape | undefined, params: Params, size = 0): string =>
  shape
    ? projection('n', shape, params, undefined, undefined, size > 0 ? BOUND_ID : undefined)
    : nodeProjection('n');

/** A list's conditions and the viewer's: nothing of a hidden document is listed or counted
 *  (the reader fills the parameter; alone, a statement lists everything). */
function conditionsOf(query: ListQuery): string {
  return visibleWhere(query.conditions);
}

function paramsOf(params: Params): Record<string, unknown> {
  return withHidden(params.toRecord());
}

export interface ListQuery {
  /** Binds `n`: a MATCH or a full-text CALL. */
  source: string;
  /** The source may bind a node more than once (several relationships to it): keep it once. */
  distinct?: boolean;
  /** Conditions on `n`, all required: fixed text with placeholders from `params`. */
  conditions: string[];
  params: Params;
  /**
   * The conditions a due window set (tasks.ts): its bounds' placeholders and its conditions.
   * While they are still all the query's conditions, the total is summed from the days' counts
   * (dueWindowTotal), not read task by task.
   */
  dueWindow?: { from: string | null; to: string | null; conditions: readonly string[] };
  /** Another order than by id: a string expression on `n` chosen in code (never input), then id. */
  order?: {
    key: string;
    descending: boolean;
    /** A number (a count), not a string: the cursor keeps its type. */
    numeric?: boolean;
    /** Names the order in its cursors, so a cursor of another order is refused. */
    tag?: string;
  };
}

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** A page ordered by id: `size` + 1 nodes after the id `after` (one more: whether another
 *  page follows, also for a size of 0). */
export function pageStatement(
  query: ListQuery,
  after: string | null,
  size: number,
  withTotal = false,
  shape?: Shape,
): Statement {
  const params = query.params.fork();
  const limit = params.add('limit', neo4j.int(size + 1));
  const label = withTotal ? idOrderedLabel(query) : null;
  if (label !== null) {
    return {
      cypher: `${countedThenPaged(query, label, params, params.add('from', after ?? ''), limit)}${pageOnly(params, size, false, ', total')}
RETURN ${projected(shape, params, size)} AS node, total${more(size)}`,
      params: paramsOf(params),
    };
  }
  const from = params.add('after', after);
  const t = withTotal ? ', total' : '';
  return {
    cypher: `${matching(query, withTotal, `(${from} IS NULL OR n.id > ${from})`)}
WITH n${t} ORDER BY n.id LIMIT ${limit}${pageOnly(params, size, false, t)}
RETURN ${projected(shape, params, size)} AS node${t}${more(size)}`,
    params: paramsOf(params),
  };
}

/** The extra node bound for `hasNextPage` is not projected (its selected relationships would
 *  be read for nothing): the page is collected with each id (read with the order, not again),
 *  the first `size` unwound, and whether more followed is a column. A page of 0 keeps its one
 *  extra row. */
function pageOnly(params: Params, size: number, sortKey: boolean, t: string): string {
  if (size === 0) return '';
  const n = params.add('size', neo4j.int(size));
  const item = sortKey ? '[n, n.id, sortKey]' : '[n, n.id]';
  const key = sortKey ? ', pair[2] AS sortKey' : '';
  return `\nWITH collect(${item}) AS page${t}\nWITH page${t}, size(page) > ${n} AS more\nUNWIND page[..${n}] AS pair\nWITH pair[0] AS n, pair[1] AS ${BOUND_ID.get('id')}${key}, more${t}`;
}
const BOUND_ID: ReadonlyMap<string, string> = new Map([['id', 'nodeId']]);
const more = (size: number): string => (size === 0 ? '' : ', more');

/** Keyset paging on (key, id): the page after the cursor's key and id, in the query's order. */
export function orderedPageStatement(
  query: ListQuery & Required<Pick<ListQuery, 'order'>>,
  after: { key: string | number; id: string } | null,
  size: number,
  withTotal = false,
  shape?: Shape,
): Statement {
  const { key, descending } = query.order;
  const t = withTotal ? ', total' : '';
  const params = query.params.fork();
  const key0 = after?.key ?? null;
  const afterKey = params.add('afterKey', typeof key0 === 'number' ? neo4j.int(key0) : key0);
  const afterId = params.add('afterId', after?.id ?? null);
  const limit = params.add('limit', neo4j.int(size + 1));
  const beyond = descending ? '<' : '>';
  return {
    cypher: `${matching(query, withTotal, null)}
WITH n${t}, ${key} AS sortKey WHERE (${afterId} IS NULL OR sortKey ${beyond} ${afterKey} OR (sortKey = ${afterKey} AND n.id > ${afterId}))
WITH n${t}, sortKey ORDER BY sortKey ${descending ? 'DESC' : 'ASC'}, n.id LIMIT ${limit}${pageOnly(params, size, true, t)}
RETURN ${projected(shape, params, size)} AS node, sortKey${t}${more(size)}`,
    params: paramsOf(params),
  };
}

/** The label of a list over one whole label with an id index (a unique constraint on `id`: a
 *  range index read in id order), with conditions (a whole label of bodies without any is
 *  counted from the count store, matching()). */
function idOrderedLabel(query: ListQuery): string | null {
  const label = /^MATCH \(n:(\w+)\)$/.exec(query.source)?.[1];
  if (label === undefined || !UNIQUE_ID_LABELS.has(label) || query.distinct) return null;
  if (query.conditions.length === 0 && (label === 'Organization' || label === 'Actor')) return null;
  return label;
}

/**
 * An id-ordered page after the id `from` ('' for the first) with its total, binding `n` and
 * `total`, at most `limit` rows in id order. The matches are collected once, for the total
 * (through the filter's own index when it has one: one index entry per match). Then the page:
 * when the matches are many, read again from the label's id index in id order, stopping after
 * `limit` matches (about limit × all / total rows, not every match: sorting every match by id
 * cost a property read per match and grew with the corpus — 5,645 for the tasks due in the
 * busiest half-year of 3,000 documents); when they are few, the collected matches sorted by id
 * (an id-order read would pass over most of the label before the page is full). The switch is
 * where the two cost the same: total² = 2 × limit × all (all: the label's size, from the count
 * store).
 */
function countedThenPaged(
  query: ListQuery,
  label: string,
  params: Params,
  from: string,
  limit: string,
): string {
  const where = conditionsOf(query);
  const window = dueWindowOf(query);
  // A due window's total from the days' counts: the matches are then collected only when they
  // are few (the sparse branch below sorts them), the UNWIND of nothing reading no index entry.
  const counted =
    window === null
      ? `CALL {
${query.source}
WITH n WHERE ${where}
RETURN collect(n) AS matched
}
CALL {
MATCH (c:${label})
RETURN count(c) AS labelled
}
WITH matched, size(matched) AS total, labelled`
      : `${dueWindowTotal(query, window)}
CALL {
MATCH (c:${label})
RETURN count(c) AS labelled
}
WITH total, labelled, total * total >= 2 * ${limit} * labelled AS dense
CALL {
WITH dense
UNWIND CASE WHEN dense THEN [] ELSE [true] END AS few
${query.source}
WITH n WHERE ${where}
RETURN collect(n) AS matched
}
WITH matched, total, labelled`;
  // The branch not chosen reads nothing: the id seek from null finds no entry, the matches are
  // not unwound. (A WHERE on the choice was planned after the seek, which then read the whole
  // label; an UNWIND before it lost the index's order.)
  return `${counted}
WITH matched, total, total * total >= 2 * ${limit} * labelled AS dense
CALL {
WITH dense
MATCH (n:${label}) USING INDEX n:${label}(id)
WHERE n.id > CASE WHEN dense THEN ${from} END AND ${where}
WITH n ORDER BY n.id LIMIT ${limit}
RETURN n
UNION
WITH matched, dense
UNWIND CASE WHEN dense THEN [] ELSE matched END AS n
WITH n, n.id AS id WHERE id > ${from}
WITH n, id ORDER BY id LIMIT ${limit}
RETURN n
}
WITH n, total ORDER BY n.id LIMIT ${limit}`;
}

/**
 * The clauses binding each matching `n` (with `total` when asked for), `extra` a further
 * condition on `n` (the keyset). The total comes in the same statement: from the count store
 * through a subquery when the whole label is listed (no scan at all), else from one pass that
 * collects the matches, counts them and goes on with them (one index seek or scan, not two).
 */
function matching(query: ListQuery, withTotal: boolean, extra: string | null): string {
  const also = extra === null ? '' : ` WHERE ${extra}`;
  const matches = `${query.source}\nWITH ${once(query)}n WHERE ${conditionsOf(query)}`;
  if (!withTotal) return extra === null ? matches : `${matches} AND ${extra}`;
  // The count store knows nothing of what a viewer may not see: bodies only, never documents.
  if (query.conditions.length === 0 && /^MATCH \(n:(?:Organization|Actor)\)$/.test(query.source)) {
    return `CALL {\n${countStatement(query).cypher}\n}\n${query.source}\nWITH n, total${also}`;
  }
  return `${matches}
WITH collect(n) AS matched
UNWIND matched AS n
WITH n, size(matched) AS total${also}`;
}

const once = (query: ListQuery): string => (query.distinct ? 'DISTINCT ' : '');

type DueWindow = NonNullable<ListQuery['dueWindow']>;

/** The query's due window while its conditions are the window's alone (a filter added since,
 *  such as the API's `where`, turns the counts off). */
function dueWindowOf(query: ListQuery): DueWindow | null {
  const window = query.dueWindow;
  if (window === undefined || query.source !== 'MATCH (n:Task)' || query.distinct) return null;
  const same =
    query.conditions.length === window.conditions.length &&
    query.conditions.every((c, i) => c === window.conditions[i]);
  return same ? window : null;
}

/**
 * Binds `total` alone: the tasks due in the window that the viewer may see, exact. The days'
 * counts (TaskDueCount, kept by the write path, src/graph/cypher.ts) give every task due in the
 * window, one entry a day whatever the corpus; the hidden documents' tasks due then are taken
 * off, read through those documents (and any whose id extends theirs, as viewer.ts hides them).
 * That costs about (hidden documents × tasks a document): when more than the window holds (a
 * viewer scoped to one province hides most documents), the window is counted from its index
 * instead, as before. The branch not chosen unwinds nothing and reads nothing.
 */
function dueWindowTotal(query: ListQuery, window: DueWindow): string {
  const bounds = (v: string, p: string): string =>
    [
      ...(window.from === null ? [] : [`${v}.${p} >= ${window.from}`]),
      ...(window.to === null ? [] : [`${v}.${p} <= ${window.to}`]),
    ].join(' AND ');
  const hidden = `$${HIDDEN_PARAM}`;
  return `CALL {
MATCH (c:TaskDueCount) WHERE ${bounds('c', 'end')}
RETURN sum(c.tasks) AS counted
}
CALL { MATCH (t:Task) RETURN count(t) AS tasks }
CALL { MATCH (d:Document) RETURN count(d) AS documents }
WITH counted, size(${hidden}) * tasks <= counted * documents AS byCounts
CALL {
WITH byCounts
UNWIND CASE WHEN byCounts THEN ${hidden} ELSE [] END AS h
CALL {
WITH h MATCH (d:Document {id: h}) RETURN d
UNION
WITH h MATCH (d:Document) WHERE d.id STARTS WITH h + '/' RETURN d
UNION
WITH h MATCH (d:Document) WHERE d.id STARTS WITH h + '#' RETURN d
}
WITH DISTINCT d
MATCH (d)-[:HAS_TASK]->(n:Task) WHERE ${bounds('n', 'dueEnd')}
RETURN count(n) AS hiddenDue
}
CALL {
WITH byCounts
UNWIND CASE WHEN byCounts THEN [] ELSE [true] END AS indexed
${query.source}
WITH n WHERE ${conditionsOf(query)}
RETURN count(n) AS seen
}
WITH CASE WHEN byCounts THEN counted - hiddenDue ELSE seen END AS total`;
}

/** How many nodes the query matches. */
export function countStatement(query: ListQuery): Statement {
  const window = dueWindowOf(query);
  if (window !== null) {
    return {
      cypher: `${dueWindowTotal(query, window)}\nRETURN total`,
      params: paramsOf(query.params),
    };
  }
  return {
    cypher: `${query.source}\nWITH ${once(query)}n WHERE ${conditionsOf(query)}\nRETURN count(n) AS total`,
    params: paramsOf(query.params),
  };
}

export async function readPage<T>(
  db: GraphReader,
  query: ListQuery,
  args: { first?: number | null; after?: string | null },
  convert: (node: Props) => T,
  /** The total is selected: count it in the page's statement. */
  withTotal = false,
  /** What of each node the request selects (shape.ts); all its properties when not given. */
  shape?: Shape,
): Promise<ConnectionModel<T>> {
  const size = pageSize(args.first);
  const order = query.order;
  const { cypher, params } = order
    ? orderedPageStatement(
        { ...query, order },
        decodeKeyedCursor(args.after, order.tag),
        size,
        withTotal,
        shape,
      )
    : pageStatement(query, decodeCursor(args.after), size, withTotal, shape);
  const rows = await db.read(cypher, params);
  const page = rows.slice(0, size);
  const cursorOf = (row: Props): string => {
    const id = (row.node as Props).id as string;
    return order
      ? encodeKeyedCursor(row.sortKey as string | number, id, order.tag)
      : encodeCursor(id);
  };
  // An empty page carries no total: counted on its own then.
  let total: Promise<number> | undefined =
    withTotal && rows[0] ? Promise.resolve(rows[0].total as number) : undefined;
  return {
    nodes: page.map((row) => convert(row.node as Props)),
    cursors: page.map(cursorOf),
    hasNextPage: rows.length > size || rows[0]?.more === true,
    totalCount: () => (total ??= countOf(db, query)),
  };
}

function countOf(db: GraphReader, query: ListQuery): Promise<number> {
  const { cypher, params } = countStatement(query);
  return db.read(cypher, params).then((r) => (r[0]?.total as number | undefined) ?? 0);
}
