import type { Resolvers } from '../generated/graphql.ts';
import { readStats } from '../../graph/stats.ts';

export const resolvers: Resolvers = {
  Query: {
    stats: (_parent, _args, { driver, database }) => readStats(driver, database),
  },
};
