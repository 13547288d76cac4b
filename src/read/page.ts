/**
 * Connections: one statement for a page (ordered by id, keyset after the cursor, one extra row
 * to know whether another page follows) and one for the total, run only when asked for.
 */
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

export interface ListQuery {
  /** Binds `n`: a MATCH or a full-text CALL. */
  source: string;
  /** Conditions on `n`, all required; parameters only, never input. */
  conditions: string[];
  params: Record<string, unknown>;
  /** Another order than by id: a string expression on `n` chosen in code (never input), then id. */
  order?: { key: string; descending: boolean };
}

function where(query: ListQuery): string {
  return query.conditions.length > 0 ? query.conditions.join('\n  AND ') : 'true';
}

export async function readPage<T>(
  db: GraphReader,
  query: ListQuery,
  args: { first?: number | null; after?: string | null },
  convert: (node: Props) => T,
): Promise<ConnectionModel<T>> {
  const size = pageSize(args.first);
  if (query.order) return readOrderedPage(db, query, query.order, size, args.after, convert);
  const after = decodeCursor(args.after);
  // One row more than the page: whether another page follows (also for first: 0).
  const rows = await db.read(
    `${query.source}
WITH n WHERE ${where(query)} AND ($after IS NULL OR n.id > $after)
WITH n ORDER BY n.id LIMIT $limit
RETURN ${nodeProjection('n')} AS node`,
    { ...query.params, after, limit: neo4j.int(size + 1) },
  );
  let total: Promise<number> | undefined;
  return {
    nodes: rows.slice(0, size).map((row) => convert(row.node as Props)),
    cursors: rows.slice(0, size).map((row) => encodeCursor((row.node as Props).id as string)),
    hasNextPage: rows.length > size,
    totalCount: () => (total ??= countOf(db, query)),
  };
}

/** Keyset paging on (key, id): the page after the cursor's key and id, in the given direction. */
async function readOrderedPage<T>(
  db: GraphReader,
  query: ListQuery,
  order: { key: string; descending: boolean },
  size: number,
  cursor: string | null | undefined,
  convert: (node: Props) => T,
): Promise<ConnectionModel<T>> {
  const after = decodeKeyedCursor(cursor);
  const beyond = order.descending ? '<' : '>';
  const rows = await db.read(
    `${query.source}
WITH n, ${order.key} AS sortKey WHERE ${where(query)}
  AND ($afterId IS NULL OR sortKey ${beyond} $afterKey OR (sortKey = $afterKey AND n.id > $afterId))
WITH n, sortKey ORDER BY sortKey ${order.descending ? 'DESC' : 'ASC'}, n.id LIMIT $limit
RETURN ${nodeProjection('n')} AS node, sortKey`,
    {
      ...query.params,
      afterKey: after?.key ?? null,
      afterId: after?.id ?? null,
      limit: neo4j.int(size + 1),
    },
  );
  const page = rows.slice(0, size);
  let total: Promise<number> | undefined;
  return {
    nodes: page.map((row) => convert(row.node as Props)),
    cursors: page.map((row) =>
      encodeKeyedCursor(row.sortKey as string, (row.node as Props).id as string),
    ),
    hasNextPage: rows.length > size,
    totalCount: () => (total ??= countOf(db, query)),
  };
}

function countOf(db: GraphReader, query: ListQuery): Promise<number> {
  return db
    .read(`${query.source}\nWITH n WHERE ${where(query)}\nRETURN count(n) AS total`, query.params)
    .then((r) => (r[0]?.total as number | undefined) ?? 0);
}
