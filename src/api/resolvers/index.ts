import type { Resolvers } from '../generated/graphql.ts';
import { actorResolvers } from './actors.ts';
import { cascadeResolvers } from './cascade.ts';
import { documentResolvers } from './documents.ts';
import { queryResolvers } from './query.ts';
import { taskResolvers } from './tasks.ts';
import { timelineResolvers } from './timeline.ts';

// Each concern adds root fields of its own: Query is merged, not overwritten.
export const resolvers: Resolvers = {
  ...queryResolvers,
  Query: { ...queryResolvers.Query, ...cascadeResolvers.Query, ...timelineResolvers.Query },
  ...documentResolvers,
  ...actorResolvers,
  ...taskResolvers,
};
