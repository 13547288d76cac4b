/**
 * Aggregations over the three lists: the count and the date bounds of what a filter matches, and
 * counts grouped by keys (a task's lead, its document's jurisdiction or level, the year it falls
 * due…). Each key is an expression chosen here, with the match it needs; a request runs the
 * totals and the groups only when they are asked for, each in one statement.
 */
import neo4j from 'neo4j-driver';
import { taskDocId } from '../graph/vocabulary.ts';
import { pageSize } from './cursors.ts';
import type { ListQuery } from './page.ts';
import type { GraphReader } from './reader.ts';
import type { WhereKind } from './where.ts';
import { visibleWhere, withHidden } from './viewer.ts';

interface GroupKey {
  /** The group's field in the answer. */
  field: string;
  /** What rows are counted by first: a node the match binds, or an expression on `n`. */
  by: string;
  /** The key's value from the first count's column `k` (its properties are then read once per
   *  group, not once per row); the column itself when absent. */
  value?: (k: string) => string;
  /** A match the key needs (shared by the keys that name the same one). */
  match?: string;
}

/** `tw`, the province or `province/district` of the node `v`, as filters take them. */
function jurisdictionOf(v: string): string {
  return `CASE WHEN ${v}.province IS NULL THEN CASE WHEN ${v}.level = 'TW' THEN 'tw' END
    WHEN ${v}.district IS NULL THEN ${v}.province ELSE ${v}.province + '/' + ${v}.district END`;
}

const TASK_DOCUMENT = `OPTIONAL MATCH (doc:Document {id: ${taskDocId('n')}})`;
const DOCUMENT_ISSUER = 'OPTIONAL MATCH (n)-[:ISSUED_BY]->(issuer)';
const id = (k: string): string => `${k}.id`;
const level = (k: string): string => `${k}.level`;

/** The group keys of each list, by the schema's enum values; the task keys are the ones
 *  `taskStats` (issue 14) groups by, with the same meanings (STATUS is derived as `taskStats`
 *  derives it: src/traverse/stats/aggregate.ts; the entry here is its stored fallback). */
export const GROUP_KEYS: Record<WhereKind, Record<string, GroupKey>> = {
  Task: {
    LEAD: {
      field: 'lead',
      by: 'lead',
      value: id,
      // LED_BY only ever ends on an Actor: no label test per row.
      match: 'OPTIONAL MATCH (n)-[:LED_BY]->(lead)',
    },
    JURISDICTION: { field: 'jurisdiction', by: 'doc', value: jurisdictionOf, match: TASK_DOCUMENT },
    LEVEL: { field: 'level', by: 'doc', value: level, match: TASK_DOCUMENT },
    YEAR: { field: 'year', by: 'toInteger(left(n.dueEnd, 4))' },
    STATUS: { field: 'status', by: 'n.status' },
    DOCUMENT: { field: 'document', by: taskDocId('n') },
  },
  Document: {
    TYPE: { field: 'type', by: 'n.type' },
    LEVEL: { field: 'level', by: 'n.level' },
    JURISDICTION: { field: 'jurisdiction', by: jurisdictionOf('n') },
    YEAR: { field: 'year', by: 'toInteger(left(n.issuedDate, 4))' },
    STATUS: { field: 'status', by: 'toUpper(n.status)' },
    ISSUER: { field: 'issuer', by: 'issuer', value: id, match: DOCUMENT_ISSUER },
  },
  Organization: {
    ORG_KIND: { field: 'orgKind', by: 'n.orgKind' },
    LEVEL: { field: 'level', by: 'n.level' },
    JURISDICTION: { field: 'jurisdiction', by: jurisdictionOf('n') },
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
  /** `dates`: the groups' date bounds are wanted (else null). */
  groups: (dates?: boolean) => Promise<AggregateGroup[]>;
}

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

export function totalsStatement(kind: WhereKind, query: ListQuery): Statement {
  const date = DATE_OF[kind] ?? 'null';
  return {
    cypher: `${query.source}
WITH ${query.distinct ? 'DISTINCT ' : ''}n WHERE ${visibleWhere(query.conditions)}
RETURN count(n) AS count, min(${date}) AS minDate, max(${date}) AS maxDate`,
    params: withHidden(query.params.toRecord()),
  };
}

/**
 * Counts per distinct combination of the keys, largest first, ties by key; at most `limit`.
 * Two steps: rows are counted by the nodes the keys come from (no property read per row), then
 * the keys' values are read once per group and the counts summed by value. `count(n)` needs no
 * DISTINCT: the source binds each node once (or is made distinct), and a key's match adds one
 * row per related node (one LED_BY per task and actor, one ISSUED_BY per document).
 */
export function groupsStatement(
  kind: WhereKind,
  query: ListQuery,
  groupBy: readonly string[],
  limit: number,
  /** The date bounds per group are asked for (else null: a property read per row saved). */
  dates = true,
): Statement {
  const keys = [...new Set(groupBy)].map((name) => {
    const key = GROUP_KEYS[kind][name];
    if (!key) throw new Error(`no group key ${name} for ${kind}`);
    return key;
  });
  const matches = [...new Set(keys.flatMap((k) => (k.match ? [k.match] : [])))];
  const firsts = [...new Set(keys.map((k) => k.by))];
  const column = (k: GroupKey): string => `k${firsts.indexOf(k.by)}`;
  const values = keys.map((k, i) => `${(k.value ?? ((c) => c))(column(k))} AS g${i}`);
  const names = keys.map((_, i) => `g${i}`);
  const date = DATE_OF[kind];
  const bounds =
    dates && date !== null
      ? [
          [`min(${date}) AS lo`, `max(${date}) AS hi`],
          ['min(lo) AS minDate', 'max(hi) AS maxDate'],
        ]
      : [[], ['null AS minDate', 'null AS maxDate']];
  const params = query.params.fork();
  const limitParam = params.add('limit', neo4j.int(limit));
  return {
    cypher: `${query.source}
WITH ${query.distinct ? 'DISTINCT ' : ''}n WHERE ${visibleWhere(query.conditions)}
${matches.map((m) => `${m}\n`).join('')}WITH ${[...firsts.map((b, i) => `${b} AS k${i}`), 'count(n) AS c', ...(bounds[0] ?? [])].join(', ')}
WITH ${[...values, 'sum(c) AS count', ...(bounds[1] ?? [])].join(', ')}
RETURN ${[...names, 'count', 'minDate', 'maxDate'].join(', ')}
ORDER BY ${['count DESC', ...names].join(', ')} LIMIT ${limitParam}`,
    params: withHidden(params.toRecord()),
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
  const groups = new Map<boolean, Promise<AggregateGroup[]>>();
  return {
    totals: () =>
      (totals ??= (async () => {
        const { cypher, params } = totalsStatement(kind, query);
        const [row] = await db.read(cypher, params);
        return toTotals(row ?? {});
      })()),
    groups: (dates = true) => {
      const run = async (): Promise<AggregateGroup[]> => {
        if (fields.length === 0) return [];
        const { cypher, params } = groupsStatement(kind, query, groupBy ?? [], limit, dates);
        const rows = await db.read(cypher, params);
        return rows.map((row) => ({
          ...toTotals(row),
          key: Object.fromEntries(fields.map((f, i) => [f, (row[`g${i}`] ?? null) as never])),
        }));
      };
      const made = groups.get(dates) ?? run();
      groups.set(dates, made);
      return made;
    },
  };
}

function toTotals(row: Record<string, unknown>): AggregateTotals {
  return {
    count: (row.count as number | undefined) ?? 0,
    minDate: (row.minDate as string | null | undefined) ?? null,
    maxDate: (row.maxDate as string | null | undefined) ?? null,
  };
}
