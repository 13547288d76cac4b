/** Tasks by deadline, and overdue tasks (src/traverse/timeline). */
import type { Resolvers } from '../generated/graphql.ts';
import { readTimeline } from '../../traverse/timeline/index.ts';

export const timelineResolvers: Resolvers = {
  Query: {
    timeline: (_parent, { filter, first, after, asOf }, { db }) =>
      readTimeline(db, filter, { first, after }, undefined, asOf),
    overdue: (_parent, { at, filter, first, after, asOf }, { db }) =>
      readTimeline(db, filter, { first, after }, at, asOf),
  },
};
