/** taskStats and scorecard: the stats traversal (src/traverse/stats), resolved field by field. */
import type { Resolvers } from '../generated/graphql.ts';
import type { ApiContext } from '../context.ts';
import { toApiError } from '../errors.ts';
import type { ActorModel, DocumentModel } from '../../read/models.ts';
import { statusDate } from '../../read/status.ts';
import { scorecard, taskStats } from '../../traverse/stats/index.ts';

async function actor(id: string | null, { loaders }: ApiContext): Promise<ActorModel | null> {
  if (id === null) return null;
  const node = await loaders.node.load(id);
  return node && node.__type !== 'Document' && node.__type !== 'Task' && node.__type !== 'Target'
    ? node
    : null;
}

async function document(id: string | null, { loaders }: ApiContext): Promise<DocumentModel | null> {
  if (id === null) return null;
  const node = await loaders.node.load(id);
  return node?.__type === 'Document' ? node : null;
}

/** Read errors (bad dates, too many tasks) as the API's coded errors. */
async function coded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toApiError(error);
  }
}

export const statsResolvers: Resolvers = {
  Query: {
    taskStats: (_parent, args, { db }) =>
      coded(() =>
        taskStats(db, {
          filter: args.filter,
          groupBy: args.groupBy,
          asOf: statusDate(args.asOf),
          dueSoonDays: args.dueSoonDays ?? 30,
        }),
      ),
    scorecard: (_parent, args, { db }) =>
      coded(() =>
        scorecard(db, {
          from: args.from,
          to: args.to,
          asOf: statusDate(args.asOf),
          filter: args.filter,
        }),
      ),
  },
  TaskStatsGroup: {
    lead: (g, _args, context) => actor(g.leadId, context),
    document: (g, _args, context) => document(g.documentId, context),
  },
  ScorecardRow: {
    lead: (g, _args, context) => actor(g.leadId, context),
  },
};
