/** Root fields: lookups by id or number, the three lists, search, and stats. */
import neo4j from 'neo4j-driver';
import type { QueryResolvers, Resolvers } from '../generated/graphql.ts';
import { readStats } from '../../graph/stats.ts';
import { badInput, fromDatabaseError } from '../errors.ts';
import {
  toActor,
  toDocument,
  toNode,
  toTask,
  type DocumentModel,
  type Props,
} from '../../read/models.ts';
import { searchedText } from '../models.ts';
import type { SearchType } from '../generated/graphql.ts';
import { DOCUMENTS_BY_NUMBER } from '../cypher/nodes.ts';
import { readPage } from '../../read/page.ts';
import { documentsQuery } from '../cypher/documents.ts';
import { organizationsQuery } from '../cypher/actors.ts';
import { tasksQuery } from '../../read/tasks.ts';
import { SEARCH, SEARCH_COUNT } from '../cypher/search.ts';
import { luceneQuery, searchWords } from '../../read/search.ts';
import { SEARCH_INDEX } from '../../db/migrations.ts';
import { pageSize } from '../../read/cursors.ts';
import { snippet } from '../snippet.ts';
import { ingestText, requireKey } from '../ingest.ts';
import { prefetchDocumentLists, prefetchOrganizationLists } from '../prefetch.ts';

const SEARCH_LABELS: Record<SearchType, string> = {
  DOCUMENT: 'Document',
  ORGANIZATION: 'Organization',
  GROUP: 'OrgGroup',
  PERSON: 'Person',
  TASK: 'Task',
  TARGET: 'Target',
};

const Query: QueryResolvers = {
  node: (_parent, { id }, { loaders }) => loaders.node.load(id),

  document: async (_parent, { id, number }, { db, loaders }, info) => {
    if ((id == null) === (number == null)) {
      throw badInput('give exactly one of id and number');
    }
    if (id != null) {
      prefetchDocumentLists(id, info, loaders);
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

  documents: (_parent, { filter, orderBy, first, after }, { db }) =>
    readPage(db, documentsQuery(filter, orderBy), { first, after }, toDocument),

  organization: async (_parent, { id }, { loaders }, info) => {
    prefetchOrganizationLists(id, info, loaders);
    const node = await loaders.node.load(id);
    return node?.__type === 'Organization' ? node : null;
  },

  organizations: (_parent, { filter, first, after }, { db }) =>
    readPage(db, organizationsQuery(filter), { first, after }, toActor),

  tasks: (_parent, { filter, first, after }, { db }) =>
    readPage(db, tasksQuery(filter), { first, after }, toTask),

  search: async (_parent, { text, types, first }, { db }) => {
    const limit = pageSize(first);
    const params = {
      index: SEARCH_INDEX,
      search: luceneQuery(text),
      labels: types ? [...new Set(types.map((t) => SEARCH_LABELS[t]))] : null,
    };
    const words = searchWords(text);
    const rows = await db.read(SEARCH, { ...params, limit: neo4j.int(limit) });
    let total: Promise<number> | undefined;
    return {
      hits: rows.map((row) => {
        const node = toNode(row.node as Props);
        const { text: excerpt, highlights } = snippet(searchedText(node), words);
        return { node, score: row.score as number, snippet: excerpt, highlights };
      }),
      totalCount: () =>
        (total ??= db
          .read(SEARCH_COUNT, params)
          .then((r) => (r[0]?.total as number | undefined) ?? 0)),
    };
  },

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
  Mutation: {
    ingestDocument: (_parent, args, { writeDriver, database, access }) => {
      requireKey(access);
      return ingestText(writeDriver, database, args, access.sourceDir);
    },
  },
  IngestResult: {
    document: async (result, _args, { loaders }) => {
      const node = await loaders.node.load(result.documentId);
      if (node?.__type !== 'Document') throw new Error(`ingested ${result.documentId} is missing`);
      return node;
    },
  },
  SearchResult: { totalCount: (result) => result.totalCount() },
  Node: { __resolveType: (node) => node.__type },
};
