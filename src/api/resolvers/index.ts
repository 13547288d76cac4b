import type { Resolvers } from '../generated/graphql.ts';
import { actorResolvers } from './actors.ts';
import { aggregateResolvers } from './aggregate.ts';
import { cascadeResolvers } from './cascade.ts';
import { closureResolvers } from './closure.ts';
import { coordinationResolvers } from './coordination.ts';
import { coverageResolvers } from './coverage.ts';
import { documentResolvers } from './documents.ts';
import { neighbourhoodResolvers } from './neighbourhood.ts';
import { queryResolvers } from './query.ts';
import { successionResolvers } from './successions.ts';
import { lineageResolvers } from './lineage.ts';
import { statsResolvers } from './stats.ts';
import { subscriptionResolvers } from './subscriptions.ts';
import { statusResolvers } from './status.ts';
import { taskResolvers } from './tasks.ts';
import { sourceResolvers } from './sources.ts';
import { timelineResolvers } from './timeline.ts';
import { userResolvers } from './users.ts';

export const resolvers: Resolvers = {
  ...queryResolvers,
  ...documentResolvers,
  // Organization and Task get fields from two modules: merged, not replaced by a spread.
  ...actorResolvers,
  ...taskResolvers,
  Document: {
    ...documentResolvers.Document,
    ...successionResolvers.Document,
    ...sourceResolvers.Document,
    ...userResolvers.Document,
  },
  Organization: { ...actorResolvers.Organization, ...successionResolvers.Organization },
  Task: {
    ...taskResolvers.Task,
    ...successionResolvers.Task,
    ...statusResolvers.Task,
    ...lineageResolvers.Task,
    ...closureResolvers.Task,
  },
  Closure: closureResolvers.Closure,
  SuccessionStep: successionResolvers.SuccessionStep,
  TaskLineage: lineageResolvers.TaskLineage,
  TaskStatsGroup: statsResolvers.TaskStatsGroup,
  ScorecardRow: statsResolvers.ScorecardRow,
  Subscription: subscriptionResolvers.Subscription,
  DocumentIngestedEvent: subscriptionResolvers.DocumentIngestedEvent,
  TaskConnection: taskResolvers.TaskConnection,
  StatusEvidence: statusResolvers.StatusEvidence,
  TaskStatusUpdate: statusResolvers.TaskStatusUpdate,
  ...coverageResolvers,
  TaskAggregate: aggregateResolvers.TaskAggregate,
  DocumentAggregate: aggregateResolvers.DocumentAggregate,
  OrganizationAggregate: aggregateResolvers.OrganizationAggregate,
  // Fields added to Document and Evidence by schema/sources.graphql: merged, not replaced.
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
    ...aggregateResolvers.Query,
    ...lineageResolvers.Query,
    ...statsResolvers.Query,
    ...userResolvers.Query,
  },
  Mutation: {
    ...queryResolvers.Mutation,
    ...statusResolvers.Mutation,
    ...userResolvers.Mutation,
  },
  User: userResolvers.User,
  Viewer: userResolvers.Viewer,
};
