/**
 * Full-text search a page at a time: the hits of the accent-insensitive index among the kinds
 * asked for, filtered by jurisdiction and date, best first (ties by id), with keyset cursors on
 * (score, id). Only the page's nodes are projected, after ORDER BY … LIMIT.
 */
import neo4j from 'neo4j-driver';
import { SEARCH_INDEX } from '../db/migrations.ts';
import { nodeProjection, ownDocId } from '../graph/vocabulary.ts';
import { decodeKeyedCursor, encodeKeyedCursor, pageSize } from './cursors.ts';
import { isoDate, jurisdictionCondition } from './filters.ts';
import { Params } from './params.ts';
import { visibleWhere, withHidden } from './viewer.ts';
import type { Props } from './models.ts';
import type { GraphReader } from './reader.ts';
import { luceneQuery } from './search.ts';

export interface SearchArgs {
  text: string;
  /** Node labels to keep (all when null). */
  labels: string[] | null;
  jurisdiction?: string | null;
  /** A document's issue date or a task's due date on or after / before; others are left out. */
  from?: string | null;
  to?: string | null;
  first?: number | null;
  after?: string | null;
  /** The properties of each hit to read (fixed names chosen in code, never input); every
   *  property when not given. */
  properties?: readonly string[] | null;
}

const TAG = 'search';
const DATE = 'CASE WHEN node:Document THEN node.issuedDate WHEN node:Task THEN node.dueEnd END';

/** The source and the conditions every statement of one search shares. */
export function searchQuery(args: SearchArgs): {
  params: Params;
  source: string;
  conditions: string[];
} {
  const params = new Params();
  const source = `CALL db.index.fulltext.queryNodes(${params.add('index', SEARCH_INDEX)}, ${params.add('search', luceneQuery(args.text))}) YIELD node, score`;
  const conditions: string[] = [];
  if (args.labels !== null) {
    conditions.push(
      `any(label IN labels(node) WHERE label IN ${params.add('labels', args.labels)})`,
    );
  }
  if (args.jurisdiction != null) {
    // Documents and actors carry their jurisdiction; tasks and targets take their document's.
    const own = jurisdictionCondition(args.jurisdiction, params, 'node');
    const ofDocument = jurisdictionCondition(args.jurisdiction, params, 'd');
    conditions.push(`(((node:Document OR node:Actor) AND ${own}) OR ((node:Task OR node:Target)
    AND EXISTS { MATCH (d:Document {id: ${ownDocId('node')}}) WHERE ${ofDocument} }))`);
  }
  if (args.from != null)
    conditions.push(`${DATE} >= ${params.add('from', isoDate(args.from, 'from'))}`);
  if (args.to != null) conditions.push(`${DATE} <= ${params.add('to', isoDate(args.to, 'to'))}`);
  return { params, source, conditions };
}

/** A hit's map, projected after ORDER BY … LIMIT: the properties asked for, or all of them. Its
 *  labels are the one asked for when only one is (no read), else read. */
function hitProjection(args: SearchArgs, params: Params): string {
  if (!args.properties) return nodeProjection('node');
  const own = [...new Set(['id', ...args.properties])].map((p) => `.${p}`);
  const labels = args.labels?.length === 1 ? params.add('hitLabels', args.labels) : 'labels(node)';
  return `node {${own.join(', ')}, labels: ${labels}}`;
}

export function searchPageStatement(
  args: SearchArgs,
  size: number,
): { cypher: string; params: Record<string, unknown> } {
  const { params, source, conditions } = searchQuery(args);
  const after = decodeKeyedCursor(args.after, TAG);
  if (after) {
    const score = params.add('afterScore', after.key);
    const id = params.add('afterId', after.id);
    conditions.push(`(score < ${score} OR (score = ${score} AND node.id > ${id}))`);
  }
  const limit = params.add('limit', neo4j.int(size + 1));
  // The page's lowest score first, from the scores alone (no read): only the hits at or above
  // it can be on the page, so only their ids are read for the order's ties, not every hit's.
  return {
    cypher: `${source}
WITH node, score WHERE ${visibleWhere(conditions, 'node')}
WITH collect([node, score]) AS hits
CALL { WITH hits UNWIND hits AS hit WITH hit[1] AS s ORDER BY s DESC LIMIT ${limit} RETURN min(s) AS floor }
UNWIND hits AS hit
WITH hit[0] AS node, hit[1] AS score, floor WHERE score >= floor
WITH node, score ORDER BY score DESC, node.id LIMIT ${limit}
RETURN ${hitProjection(args, params)} AS node, score`,
    params: withHidden(params.toRecord()),
  };
}

export function searchCountStatement(args: SearchArgs): {
  cypher: string;
  params: Record<string, unknown>;
} {
  const { params, source, conditions } = searchQuery(args);
  return {
    cypher: `${source}\nWITH node WHERE ${visibleWhere(conditions, 'node')}\nRETURN count(node) AS total`,
    params: withHidden(params.toRecord()),
  };
}

export interface SearchPage {
  rows: { node: Props; score: number; cursor: string }[];
  hasNextPage: boolean;
  totalCount: () => Promise<number>;
}

export async function searchPage(db: GraphReader, args: SearchArgs): Promise<SearchPage> {
  const size = pageSize(args.first);
  const { cypher, params } = searchPageStatement(args, size);
  const found = await db.read(cypher, params);
  let total: Promise<number> | undefined;
  return {
    rows: found.slice(0, size).map((row) => {
      const node = row.node as Props;
      const score = row.score as number;
      return { node, score, cursor: encodeKeyedCursor(score, node.id as string, TAG) };
    }),
    hasNextPage: found.length > size,
    totalCount: () => {
      const count = searchCountStatement(args);
      return (total ??= db
        .read(count.cypher, count.params)
        .then((r) => (r[0]?.total as number | undefined) ?? 0));
    },
  };
}
