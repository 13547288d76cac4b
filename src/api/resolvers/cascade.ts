/** Implementation cascade, pending implementations and target comparison (src/traverse). */
import type { Resolvers } from '../generated/graphql.ts';
import {
  readImplementationTree,
  readPendingImplementations,
  readPlansOwed,
} from '../../traverse/cascade/index.ts';
import { readTargetComparison } from '../../traverse/targets/index.ts';

export const cascadeResolvers: Resolvers = {
  Query: {
    implementationTree: (_parent, { document, direction, depth }, { db }) =>
      readImplementationTree(db, document, direction ?? 'DOWN', depth ?? 3),
    pendingImplementations: (_parent, { document }, { db }) =>
      readPendingImplementations(db, document),
    targets: (_parent, { filter }, { db }) => readTargetComparison(db, filter),
    plansOwed: (_parent, { body }, { db }) => readPlansOwed(db, body),
  },
};
