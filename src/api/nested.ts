/**
 * Batched connections under parents: `tasksLedConnection(first, after)` on every organization of
 * a page costs one statement, whatever the number of organizations. Parents asked with the same
 * arguments share a batch (aliases may ask one field with different arguments).
 */
import neo4j from 'neo4j-driver';
import { Batcher } from './batch.ts';
import type { GraphReader } from '../read/reader.ts';
import type { ConnectionModel, Props } from '../read/models.ts';
import { nestedPage, type NestedList } from './cypher/nested.ts';
import { decodeCursor, encodeCursor, pageSize } from '../read/cursors.ts';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export type NestedLoader<T> = (parentId: string, args: PageArgs) => Promise<ConnectionModel<T>>;

export function nestedLoader<T extends { id: string }>(
  db: GraphReader,
  list: NestedList,
  convert: (node: Props) => T,
): NestedLoader<T> {
  const batchers = new Map<string, Batcher<ConnectionModel<T>>>();
  return (parentId, args) => {
    const size = pageSize(args.first);
    const after = decodeCursor(args.after);
    const argsKey = JSON.stringify([size, after]);
    let batcher = batchers.get(argsKey);
    if (!batcher) {
      batcher = new Batcher<ConnectionModel<T>>(
        async (keys) => {
          const rows = await db.read(nestedPage(list), {
            keys,
            after,
            limit: neo4j.int(size + 1),
          });
          return new Map(
            rows.map((row) => {
              const nodes = (row.nodes as Props[]).map(convert);
              const page = nodes.slice(0, size);
              const total = row.total as number;
              return [
                row.key as string,
                {
                  nodes: page,
                  cursors: page.map((n) => encodeCursor(n.id)),
                  hasNextPage: nodes.length > size,
                  totalCount: () => Promise.resolve(total),
                },
              ];
            }),
          );
        },
        () => ({
          nodes: [],
          cursors: [],
          hasNextPage: false,
          totalCount: () => Promise.resolve(0),
        }),
      );
      batchers.set(argsKey, batcher);
    }
    return batcher.load(parentId);
  };
}
