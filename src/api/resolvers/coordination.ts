/** coordinationPartners and coordinationPath: the traversals in src/traverse/coordination. */
import type { Resolvers } from '../generated/graphql.ts';
import { pageSize } from '../../read/cursors.ts';
import { coordinationPartners, coordinationPath } from '../../traverse/coordination/index.ts';

export const coordinationResolvers: Resolvers = {
  Query: {
    coordinationPartners: (_parent, { organization, filter, first, asOf }, { db }) =>
      coordinationPartners(db, { organization, filter, first: pageSize(first), asOf }),
    coordinationPath: (_parent, { from, to, maxHops, throughGroups, asOf }, { db }) =>
      coordinationPath(db, { from, to, maxHops, throughGroups, asOf }),
  },
};
