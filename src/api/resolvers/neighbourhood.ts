/** neighbourhood: the traversal in src/traverse/neighbourhood, as the exports run it. */
import type { Resolvers } from '../generated/graphql.ts';
import { apiError } from '../errors.ts';
import { neighbourhood } from '../../traverse/neighbourhood/index.ts';

const text = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

export const neighbourhoodResolvers: Resolvers = {
  Query: {
    neighbourhood: (_parent, { node, depth }, { db }) =>
      neighbourhood(db, { node, depth: depth ?? 1 }),
  },
  Neighbourhood: {
    root: (graph) => {
      const root = graph.nodes.find((n) => n.depth === 0);
      // The statement returns no row at all for an unknown id (NOT_FOUND before this).
      if (!root) throw apiError('INTERNAL_SERVER_ERROR', 'neighbourhood without its centre');
      return root.model;
    },
  },
  NeighbourhoodNode: { node: (n) => n.model },
  NeighbourhoodEdge: {
    type: (e) => text(e.attributes.type) ?? '',
    purpose: (e) => text(e.attributes.purpose),
    reason: (e) => text(e.attributes.reason),
  },
};
