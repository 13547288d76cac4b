/** Relay connection fields over a page read by src/api/cypher/page.ts. */
import type { ConnectionModel } from '../models.ts';
import { encodeCursor } from '../pagination.ts';

export function connectionFields<T extends { id: string }>() {
  return {
    edges: (page: ConnectionModel<T>) =>
      page.nodes.map((node) => ({ cursor: encodeCursor(node.id), node })),
    pageInfo: (page: ConnectionModel<T>) => {
      const last = page.nodes.at(-1);
      return { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor(last.id) : null };
    },
    totalCount: (page: ConnectionModel<T>) => page.totalCount(),
  };
}
