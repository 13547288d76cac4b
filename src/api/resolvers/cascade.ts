/** Implementation cascade, pending implementations and target comparison (src/traverse). */
import type { Resolvers } from '../generated/graphql.ts';
import {
  readImplementationTree,
  readPendingImplementations,
  readPlansOwed,
} from '../../traverse/cascade/index.ts';
import { asOfDate } from '../../read/successions.ts';
import { readTargetComparison } from '../../traverse/targets/index.ts';

export const cascadeResolvers: Resolvers = {
  Query: {
    implementationTree: (_parent, { document, direction, depth }, { db }) =>
      readImplementationTree(db, document, direction ?? 'DOWN', depth ?? 3),
    pendingImplementations: (_parent, { document, asOf }, { db }) =>
      readPendingImplementations(db, document, asOfDate(asOf)),
    targets: (_parent, { filter }, { db }) => readTargetComparison(db, filter),
    plansOwed: (_parent, { body, asOf }, { db }) => readPlansOwed(db, body, asOfDate(asOf)),
  },
};
