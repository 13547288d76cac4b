import type { Resolvers } from '../generated/graphql.ts';
import { actorResolvers } from './actors.ts';
import { cascadeResolvers } from './cascade.ts';
import { coordinationResolvers } from './coordination.ts';
import { coverageResolvers } from './coverage.ts';
import { documentResolvers } from './documents.ts';
import { neighbourhoodResolvers } from './neighbourhood.ts';
import { queryResolvers } from './query.ts';
import { lineageResolvers } from './lineage.ts';
import { statsResolvers } from './stats.ts';
import { subscriptionResolvers } from './subscriptions.ts';
import { statusResolvers } from './status.ts';
import { taskResolvers } from './tasks.ts';
import { timelineResolvers } from './timeline.ts';

export const resolvers: Resolvers = {
  ...queryResolvers,
  ...documentResolvers,
  ...actorResolvers,
  Task: { ...taskResolvers.Task, ...statusResolvers.Task, ...lineageResolvers.Task },
  TaskLineage: lineageResolvers.TaskLineage,
  TaskStatsGroup: statsResolvers.TaskStatsGroup,
  ScorecardRow: statsResolvers.ScorecardRow,
  Subscription: subscriptionResolvers.Subscription,
  DocumentIngestedEvent: subscriptionResolvers.DocumentIngestedEvent,
  TaskConnection: taskResolvers.TaskConnection,
  StatusEvidence: statusResolvers.StatusEvidence,
  TaskStatusUpdate: statusResolvers.TaskStatusUpdate,
  ...coverageResolvers,
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
    ...lineageResolvers.Query,
    ...statsResolvers.Query,
  },
  Mutation: { ...queryResolvers.Mutation, ...statusResolvers.Mutation },
};
