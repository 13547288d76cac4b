import type { Resolvers } from '../generated/graphql.ts';
import { actorResolvers } from './actors.ts';
import { cascadeResolvers } from './cascade.ts';
import { coordinationResolvers } from './coordination.ts';
import { coverageResolvers } from './coverage.ts';
import { documentResolvers } from './documents.ts';
import { neighbourhoodResolvers } from './neighbourhood.ts';
import { queryResolvers } from './query.ts';
import { taskResolvers } from './tasks.ts';
import { sourceResolvers } from './sources.ts';
import { timelineResolvers } from './timeline.ts';

export const resolvers: Resolvers = {
  ...queryResolvers,
  ...documentResolvers,
  ...actorResolvers,
  ...taskResolvers,
  ...coverageResolvers,
  // Fields added to Document and Evidence by schema/sources.graphql: merged, not replaced.
  Document: { ...documentResolvers.Document, ...sourceResolvers.Document },
  Evidence: { ...documentResolvers.Evidence, ...sourceResolvers.Evidence },
  DocumentSource: sourceResolvers.DocumentSource,
  Neighbourhood: neighbourhoodResolvers.Neighbourhood,
  NeighbourhoodNode: neighbourhoodResolvers.NeighbourhoodNode,
  NeighbourhoodEdge: neighbourhoodResolvers.NeighbourhoodEdge,
  // Each concern adds root fields of its own: Query is merged, not replaced by a spread.
  Query: {
    ...queryResolvers.Query,
    ...cascadeResolvers.Query,
    ...timelineResolvers.Query,
    ...coordinationResolvers.Query,
    ...neighbourhoodResolvers.Query,
    ...coverageResolvers.Query,
  },
};
