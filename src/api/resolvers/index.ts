import type { Resolvers } from '../generated/graphql.ts';
import { actorResolvers } from './actors.ts';
import { coordinationResolvers } from './coordination.ts';
import { documentResolvers } from './documents.ts';
import { neighbourhoodResolvers } from './neighbourhood.ts';
import { queryResolvers } from './query.ts';
import { taskResolvers } from './tasks.ts';

export const resolvers: Resolvers = {
  ...queryResolvers,
  // Their Query fields join the root ones (a spread would replace the whole Query object).
  Query: {
    ...queryResolvers.Query,
    ...coordinationResolvers.Query,
    ...neighbourhoodResolvers.Query,
  },
  ...documentResolvers,
  Neighbourhood: neighbourhoodResolvers.Neighbourhood,
  NeighbourhoodNode: neighbourhoodResolvers.NeighbourhoodNode,
  NeighbourhoodEdge: neighbourhoodResolvers.NeighbourhoodEdge,
  ...actorResolvers,
  ...taskResolvers,
};
