/** Root fields: lookups by id or number, the three lists, and stats. */
import type { QueryResolvers, Resolvers } from '../generated/graphql.ts';
import { readStats } from '../../graph/stats.ts';
import { badInput, fromDatabaseError } from '../errors.ts';
import { toActor, toDocument, toTask, type DocumentModel } from '../models.ts';
import { DOCUMENTS_BY_NUMBER } from '../cypher/nodes.ts';
import { readPage } from '../cypher/page.ts';
import { documentsQuery } from '../cypher/documents.ts';
import { organizationsQuery } from '../cypher/actors.ts';
import { tasksQuery } from '../cypher/tasks.ts';

const Query: QueryResolvers = {
  node: (_parent, { id }, { loaders }) => loaders.node.load(id),

  document: async (_parent, { id, number }, { db, loaders }) => {
    if ((id == null) === (number == null)) {
      throw badInput('give exactly one of id and number');
    }
    if (id != null) {
      const node = await loaders.node.load(id);
      return node?.__type === 'Document' ? node : null;
    }
    const rows = await db.read(DOCUMENTS_BY_NUMBER, { number });
    const found: DocumentModel[] = rows.map((row) =>
      toDocument(row.node as Record<string, unknown>),
    );
    if (found.length > 1) {
      throw badInput(`several documents have number ${number}; ask by id`, {
        argument: 'number',
        ids: found.map((d) => d.id),
      });
    }
    return found[0] ?? null;
  },

  documents: (_parent, { filter, first, after }, { db }) =>
    readPage(db, documentsQuery(filter), { first, after }, toDocument),

  organization: async (_parent, { id }, { loaders }) => {
    const node = await loaders.node.load(id);
    return node?.__type === 'Organization' ? node : null;
  },

  organizations: (_parent, { filter, first, after }, { db }) =>
    readPage(db, organizationsQuery(filter), { first, after }, toActor),

  tasks: (_parent, { filter, first, after }, { db }) =>
    readPage(db, tasksQuery(filter), { first, after }, toTask),

  stats: async (_parent, _args, { driver, database }) => {
    try {
      return await readStats(driver, database);
    } catch (error) {
      throw fromDatabaseError(error);
    }
  },
};

export const queryResolvers: Resolvers = {
  Query,
  Node: { __resolveType: (node) => node.__type },
};
