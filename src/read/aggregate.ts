/**
 * Aggregations over the three lists: the count and the date bounds of what a filter matches, and
 * counts grouped by keys (a task's lead, its document's jurisdiction or level, the year it falls
 * due…). Each key is an expression chosen here, with the match it needs; a request runs the
 * totals and the groups only when they are asked for, each in one statement.
 */
import neo4j from 'neo4j-driver';
import { pageSize } from './cursors.ts';
import { allOf } from './params.ts';
import type { ListQuery } from './page.ts';
import type { GraphReader } from './reader.ts';
import type { WhereKind } from './where.ts';

interface GroupKey {
  /** The group's field in the answer. */
  field: string;
  expr: string;
  /** A match the expression needs (shared by the keys that name the same one). */
  match?: string;
}

/** `tw`, the province or `province/district` of the node `v`, as filters take them. */
function jurisdictionOf(v: string): string {
  return `CASE WHEN ${v}.province IS NULL THEN CASE WHEN ${v}.level = 'TW' THEN 'tw' END
    WHEN ${v}.district IS NULL THEN ${v}.province ELSE ${v}.province + '/' + ${v}.district END`;
}

const TASK_DOCUMENT = 'OPTIONAL MATCH (doc:Document {id: n.docId})';
const DOCUMENT_ISSUER = 'OPTIONAL MATCH (n)-[:ISSUED_BY]->(issuer:Actor)';

/** The group keys of each list, by the schema's enum values; the task keys are the ones
 *  `taskStats` (issue 14) groups by, with the same meanings. */
export const GROUP_KEYS: Record<WhereKind, Record<string, GroupKey>> = {
  Task: {
    LEAD: { field: 'lead', expr: 'lead.id', match: 'OPTIONAL MATCH (n)-[:LED_BY]->(lead:Actor)' },
    JURISDICTION: { field: 'jurisdiction', expr: jurisdictionOf('doc'), match: TASK_DOCUMENT },
    LEVEL: { field: 'level', expr: 'doc.level', match: TASK_DOCUMENT },
    YEAR: { field: 'year', expr: 'toInteger(left(n.dueEnd, 4))' },
    STATUS: { field: 'status', expr: 'n.status' },
    DOCUMENT: { field: 'document', expr: 'n.docId' },
  },
  Document: {
    TYPE: { field: 'type', expr: 'n.type' },
    LEVEL: { field: 'level', expr: 'n.level' },
    JURISDICTION: { field: 'jurisdiction', expr: jurisdictionOf('n') },
    YEAR: { field: 'year', expr: 'toInteger(left(n.issuedDate, 4))' },
    STATUS: { field: 'status', expr: 'toUpper(n.status)' },
    ISSUER: { field: 'issuer', expr: 'issuer.id', match: DOCUMENT_ISSUER },
  },
  Organization: {
    ORG_KIND: { field: 'orgKind', expr: 'n.orgKind' },
    LEVEL: { field: 'level', expr: 'n.level' },
    JURISDICTION: { field: 'jurisdiction', expr: jurisdictionOf('n') },
  },
};

/** The date each list's bounds are taken on (none for organizations). */
const DATE_OF: Record<WhereKind, string | null> = {
  Task: 'n.dueEnd',
  Document: 'n.issuedDate',
  Organization: null,
};

export interface AggregateTotals {
  count: number;
  minDate: string | null;
  maxDate: string | null;
}

export interface AggregateGroup extends AggregateTotals {
  /** The value of each grouped key by its field name (`lead`, `year`…); null when missing. */
  key: Record<string, string | number | null>;
}

export interface AggregateModel {
  totals: () => Promise<AggregateTotals>;
  groups: () => Promise<AggregateGroup[]>;
}

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

export function totalsStatement(kind: WhereKind, query: ListQuery): Statement {
  const date = DATE_OF[kind] ?? 'null';
  return {
    cypher: `${query.source}
WITH ${query.distinct ? 'DISTINCT ' : ''}n WHERE ${allOf(query.conditions)}
RETURN count(n) AS count, min(${date}) AS minDate, max(${date}) AS maxDate`,
    params: query.params.toRecord(),
  };
}

/** Counts per distinct combination of the keys, largest first, ties by key; at most `limit`. */
export function groupsStatement(
  kind: WhereKind,
  query: ListQuery,
  groupBy: readonly string[],
  limit: number,
): Statement {
  const keys = [...new Set(groupBy)].map((name) => {
    const key = GROUP_KEYS[kind][name];
    if (!key) throw new Error(`no group key ${name} for ${kind}`);
    return key;
  });
  const matches = [...new Set(keys.flatMap((k) => (k.match ? [k.match] : [])))];
  const columns = keys.map((k, i) => `${k.expr} AS g${i}`);
  const names = keys.map((_, i) => `g${i}`);
  const date = DATE_OF[kind] ?? 'null';
  const params = query.params.fork();
  const limitParam = params.add('limit', neo4j.int(limit));
  return {
    cypher: `${query.source}
WITH ${query.distinct ? 'DISTINCT ' : ''}n WHERE ${allOf(query.conditions)}
${matches.join('\n')}${matches.length > 0 ? '\n' : ''}WITH ${['n', ...columns].join(', ')}
RETURN ${[...names, 'count(DISTINCT n) AS count', `min(${date}) AS minDate`, `max(${date}) AS maxDate`].join(', ')}
ORDER BY ${['count DESC', ...names].join(', ')} LIMIT ${limitParam}`,
    params: params.toRecord(),
  };
}

export function aggregate(
  db: GraphReader,
  kind: WhereKind,
  query: ListQuery,
  groupBy: readonly string[] | null | undefined,
  first: number | null | undefined,
): AggregateModel {
  const limit = pageSize(first);
  const fields = [...new Set(groupBy ?? [])].map((name) => GROUP_KEYS[kind][name]?.field ?? name);
  let totals: Promise<AggregateTotals> | undefined;
  let groups: Promise<AggregateGroup[]> | undefined;
  return {
    totals: () =>
      (totals ??= (async () => {
        const { cypher, params } = totalsStatement(kind, query);
        const [row] = await db.read(cypher, params);
        return toTotals(row ?? {});
      })()),
    groups: () =>
      (groups ??= (async () => {
        if (fields.length === 0) return [];
        const { cypher, params } = groupsStatement(kind, query, groupBy ?? [], limit);
        const rows = await db.read(cypher, params);
        return rows.map((row) => ({
          ...toTotals(row),
          key: Object.fromEntries(fields.map((f, i) => [f, (row[`g${i}`] ?? null) as never])),
        }));
      })()),
  };
}

function toTotals(row: Record<string, unknown>): AggregateTotals {
  return {
    count: (row.count as number | undefined) ?? 0,
    minDate: (row.minDate as string | null | undefined) ?? null,
    maxDate: (row.maxDate as string | null | undefined) ?? null,
  };
}
