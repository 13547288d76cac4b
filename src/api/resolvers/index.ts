import type { Resolvers } from '../generated/graphql.ts';
import { actorResolvers } from './actors.ts';
import { documentResolvers } from './documents.ts';
import { queryResolvers } from './query.ts';
import { taskResolvers } from './tasks.ts';

export const resolvers: Resolvers = {
  ...queryResolvers,
  ...documentResolvers,
  ...actorResolvers,
  ...taskResolvers,
};
