/** tasksAggregate, documentsAggregate, organizationsAggregate: the read layer's aggregations. */
import type {
  DocumentGroup,
  OrganizationGroup,
  Resolvers,
  TaskGroup,
} from '../generated/graphql.ts';
import { aggregate, type AggregateGroup } from '../../read/aggregate.ts';
import { withWhereAndSort } from '../../read/lists.ts';
import { tasksQuery } from '../../read/tasks.ts';
import { documentsQuery } from '../cypher/documents.ts';
import { organizationsQuery } from '../cypher/actors.ts';
import { selects } from './selected.ts';
import { toApiError } from '../errors.ts';
import { pageSize } from '../../read/cursors.ts';
import { statusDate } from '../../read/status.ts';
import { derivedStatusGroups } from '../../traverse/stats/aggregate.ts';
import type { GraphQLResolveInfo } from 'graphql';

/** A read error (too many tasks, a bad date) as the API's coded error. */
const coded = (error: unknown): never => {
  throw toApiError(error);
};

/** The groups' date bounds are read only when one of them is selected. */
const datesIn = (info: GraphQLResolveInfo, min: string, max: string): boolean =>
  selects(info, min) || selects(info, max);

/** A grouped key's value (null when not grouped by). */
const text = (g: AggregateGroup, field: string): string | null => {
  const value = g.key[field];
  return value == null ? null : String(value);
};
const year = (g: AggregateGroup): number | null =>
  (g.key.year as number | null | undefined) ?? null;

function taskGroup(g: AggregateGroup): TaskGroup {
  return {
    ...{ lead: text(g, 'lead'), jurisdiction: text(g, 'jurisdiction'), level: text(g, 'level') },
    ...{ year: year(g), status: text(g, 'status'), document: text(g, 'document') },
    ...{ count: g.count, dueEndMin: g.minDate, dueEndMax: g.maxDate },
  };
}

function documentGroup(g: AggregateGroup): DocumentGroup {
  return {
    ...{ type: text(g, 'type'), level: text(g, 'level'), jurisdiction: text(g, 'jurisdiction') },
    ...{ year: year(g), status: text(g, 'status'), issuer: text(g, 'issuer') },
    ...{ count: g.count, issuedDateMin: g.minDate, issuedDateMax: g.maxDate },
  };
}

function organizationGroup(g: AggregateGroup): OrganizationGroup {
  const keys = { orgKind: text(g, 'orgKind'), level: text(g, 'level') };
  return { ...keys, jurisdiction: text(g, 'jurisdiction'), count: g.count };
}

export const aggregateResolvers: Resolvers = {
  Query: {
    tasksAggregate: (_p, args, { db }) => {
      const query = withWhereAndSort('Task', tasksQuery(args.filter), args.where, null);
      const model = aggregate(db, 'Task', query, args.groupBy, args.first);
      if (!args.groupBy?.includes('STATUS')) return model;
      // Statuses are derived, as taskStats derives them: its counts by status are ours.
      const derived = {
        groupBy: args.groupBy,
        asOf: statusDate(args.asOf),
        dueSoonDays: args.dueSoonDays ?? 30,
        limit: pageSize(args.first),
      };
      let groups: ReturnType<typeof derivedStatusGroups> | undefined;
      return {
        totals: model.totals,
        groups: () => (groups ??= derivedStatusGroups(db, query, derived).catch(coded)),
      };
    },
    documentsAggregate: (_p, { filter, where, groupBy, first }, { db }) => {
      const query = withWhereAndSort('Document', documentsQuery(filter), where, null);
      return aggregate(db, 'Document', query, groupBy, first);
    },
    organizationsAggregate: (_p, { filter, where, groupBy, first }, { db }) => {
      const query = withWhereAndSort('Organization', organizationsQuery(filter), where, null);
      return aggregate(db, 'Organization', query, groupBy, first);
    },
  },
  TaskAggregate: {
    count: async (a) => (await a.totals()).count,
    dueEndMin: async (a) => (await a.totals()).minDate,
    dueEndMax: async (a) => (await a.totals()).maxDate,
    groups: async (a, _args, _context, info) =>
      (await a.groups(datesIn(info, 'dueEndMin', 'dueEndMax'))).map(taskGroup),
  },
  DocumentAggregate: {
    count: async (a) => (await a.totals()).count,
    issuedDateMin: async (a) => (await a.totals()).minDate,
    issuedDateMax: async (a) => (await a.totals()).maxDate,
    groups: async (a, _args, _context, info) =>
      (await a.groups(datesIn(info, 'issuedDateMin', 'issuedDateMax'))).map(documentGroup),
  },
  OrganizationAggregate: {
    count: async (a) => (await a.totals()).count,
    groups: async (a) => (await a.groups(false)).map(organizationGroup),
  },
};
