import type { Resolvers } from '../generated/graphql.ts';
import { actorResolvers } from './actors.ts';
import { cascadeResolvers } from './cascade.ts';
import { coordinationResolvers } from './coordination.ts';
import { documentResolvers } from './documents.ts';
import { neighbourhoodResolvers } from './neighbourhood.ts';
import { queryResolvers } from './query.ts';
import { taskResolvers } from './tasks.ts';
import { timelineResolvers } from './timeline.ts';

// Each concern adds root fields of its own: Query is merged, not overwritten.
export const resolvers: Resolvers = {
  ...queryResolvers,
  Query: {
    ...queryResolvers.Query,
    ...cascadeResolvers.Query,
    ...timelineResolvers.Query,
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
