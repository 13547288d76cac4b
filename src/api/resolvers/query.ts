/** Root fields: lookups by id or number, the three lists, search, and stats. */
import type { QueryResolvers, Resolvers } from '../generated/graphql.ts';
import { readStats } from '../../graph/stats.ts';
import { readVisibleStats } from '../../read/stats.ts';
import { seesEverything } from '../../read/viewer.ts';
import { apiError, badInput, fromDatabaseError } from '../errors.ts';
import { toDocument, toNode, type DocumentModel, type Props } from '../../read/models.ts';
import { searchedText } from '../models.ts';
import type { SearchType } from '../generated/graphql.ts';
import { DOCUMENTS_BY_NUMBER } from '../cypher/nodes.ts';
import { readPage } from '../../read/page.ts';
import { documentsQuery } from '../cypher/documents.ts';
import { organizationsQuery } from '../cypher/actors.ts';
import { tasksQuery } from '../../read/tasks.ts';
import { isoDate } from '../../read/filters.ts';
import { existsOn } from '../../read/successions.ts';
import { withWhereAndSort } from '../../read/lists.ts';
import { selects } from './selected.ts';
import { searchWords } from '../../read/search.ts';
import { searchPage } from '../../read/search-page.ts';
import { snippet } from '../snippet.ts';
import { ingestText } from '../ingest.ts';
import { requireRole } from '../auth.ts';
import { noteWrite } from '../context.ts';
import { prefetchDocumentLists, prefetchOrganizationLists } from '../prefetch.ts';
import { fromShape, readById } from '../../read/shape.ts';
import { compiledFields, connectionShape, nodeShape, searchProperties } from '../shape.ts';
import type { ActorModel, TaskModel } from '../../read/models.ts';

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
      // One statement for the node and the relationships its selection follows; the lists it
      // cannot read with them are prefetched beside it.
      const shape = nodeShape('Document', info);
      prefetchDocumentLists(id, info, loaders, compiledFields(shape));
      const node = await readById(db, 'Document', id, shape);
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

  documents: (_parent, { filter, where, orderBy, sort, first, after }, { db }, info) => {
    const shape = connectionShape('Document', info);
    return readPage(
      db,
      withWhereAndSort('Document', documentsQuery(filter, sort ? null : orderBy), where, sort),
      { first, after },
      (map) => fromShape(shape, map) as DocumentModel,
      selects(info, 'totalCount'),
      shape,
    );
  },

  organization: async (_parent, { id, asOf }, { db, loaders }, info) => {
    const date = asOf == null ? null : isoDate(asOf, 'asOf');
    const selected = nodeShape('Actor', info);
    // Whether it existed on the date is read from its dates (only when a date is asked).
    const dates = date === null ? [] : ['validFrom', 'validTo'];
    const shape = { ...selected, fields: [...selected.fields, ...dates] };
    prefetchOrganizationLists(id, info, loaders, compiledFields(shape));
    const node = await readById(db, 'Actor', id, shape);
    if (node?.__type !== 'Organization') return null;
    return date === null || existsOn(node, date) ? node : null;
  },

  organizations: (_parent, { filter, where, sort, ...page }, { db }, info) => {
    const query = withWhereAndSort('Organization', organizationsQuery(filter), where, sort);
    const shape = connectionShape('Actor', info);
    const convert = (map: Props) => fromShape(shape, map) as ActorModel;
    return readPage(db, query, page, convert, selects(info, 'totalCount'), shape);
  },

  tasks: (_parent, { filter, where, sort, ...page }, { db }, info) => {
    const query = withWhereAndSort('Task', tasksQuery(filter), where, sort);
    const shape = connectionShape('Task', info);
    const convert = (map: Props) => fromShape(shape, map) as TaskModel;
    return readPage(db, query, page, convert, selects(info, 'totalCount'), shape);
  },

  search: async (_parent, { text, types, ...rest }, { db }, info) => {
    const labels = types ? [...new Set(types.map((t) => SEARCH_LABELS[t]))] : null;
    const properties = searchProperties(info);
    const page = await searchPage(db, { text, labels, ...rest, properties });
    const words = searchWords(text);
    // Without the searched text read (not selected), no snippet to cut.
    const cut = properties?.length === 0 ? () => ({ text: '', highlights: [] }) : snippet;
    return {
      hits: page.rows.map(({ node: props, score, cursor }) => {
        const node = toNode(props);
        const { text: excerpt, highlights } = cut(searchedText(node), words);
        return { node, score, cursor, snippet: excerpt, highlights };
      }),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.rows.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  },

  stats: async (_parent, _args, { driver, database, db }) => {
    try {
      if (!seesEverything(db.viewer)) return await readVisibleStats(db);
      return await readStats(driver, database);
    } catch (error) {
      throw fromDatabaseError(error);
    }
  },
};

export const queryResolvers: Resolvers = {
  Query,
  Mutation: {
    ingestDocument: async (_parent, args, context) => {
      const { writeDriver, database, access } = context;
      requireRole(access.viewer, 'editor', 'ingestDocument');
      const result = await ingestText(writeDriver, database, args, {
        viewer: access.viewer,
        national: access.nationalRegistry ?? false,
        ...(access.sourceDir ? { sourceDir: access.sourceDir } : {}),
      });
      await noteWrite(context);
      return result;
    },
  },
  IngestResult: {
    document: async (result, _args, { loaders }) => {
      const node = await loaders.node.load(result.documentId);
      if (node?.__type !== 'Document') {
        // Written, but outside the key's scopes (src/read/viewer.ts): the key may not read it.
        throw apiError(
          'FORBIDDEN',
          `ingested as ${result.documentId}, which lies outside this key's scopes`,
          { documentId: result.documentId },
        );
      }
      return node;
    },
  },
  SearchResult: { totalCount: (result) => result.totalCount() },
  Node: { __resolveType: (node) => node.__type },
};
