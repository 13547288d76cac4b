/** Relay connection fields over a page read by src/read/page.ts. */
import type { ConnectionModel } from '../../read/models.ts';

export function connectionFields<T extends { id: string }>() {
  return {
    edges: (page: ConnectionModel<T>) =>
      page.nodes.map((node, i) => ({ cursor: page.cursors[i] as string, node })),
    pageInfo: (page: ConnectionModel<T>) => ({
      hasNextPage: page.hasNextPage,
      endCursor: page.cursors.at(-1) ?? null,
    }),
    totalCount: (page: ConnectionModel<T>) => page.totalCount(),
  };
}
