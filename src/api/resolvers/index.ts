import type { Resolvers } from '../generated/graphql.ts';
import { actorResolvers } from './actors.ts';
import { coverageResolvers } from './coverage.ts';
import { documentResolvers } from './documents.ts';
import { queryResolvers } from './query.ts';
import { taskResolvers } from './tasks.ts';

export const resolvers: Resolvers = {
  ...queryResolvers,
  ...documentResolvers,
  ...actorResolvers,
  ...taskResolvers,
  ...coverageResolvers,
  // Query fields come from several modules: merged, not replaced.
  Query: { ...queryResolvers.Query, ...coverageResolvers.Query },
};
