/**
 * `tasksAggregate` grouped by STATUS: the status is derived (src/read/status-derive.ts) as
 * `taskStats` and `Task.status` derive it, from the same statement and the same cap, so grouped
 * counts by status agree between the two. The other keys keep their meanings (a task counts
 * once under each of its leads); groups are ordered like the Cypher groups: largest first, ties
 * by key, nulls last.
 */
import type { AggregateGroup } from '../../read/aggregate.ts';
import type { ListQuery } from '../../read/page.ts';
import type { GraphReader } from '../../read/reader.ts';
import { groupsOf, readCounted, type GroupKey } from './index.ts';

type Value = string | number | null;
type Group = ReturnType<typeof groupsOf>[number];

/** Each key's field in the answer (the aggregate's names) and its value in a group. */
const KEYS: Record<GroupKey, [string, (g: Group) => Value]> = {
  LEAD: ['lead', (g) => g.leadId],
  JURISDICTION: ['jurisdiction', (g) => g.jurisdiction],
  LEVEL: ['level', (g) => g.level],
  YEAR: ['year', (g) => g.year],
  STATUS: ['status', (g) => g.status],
  DOCUMENT: ['document', (g) => g.documentId],
};

function compare(a: Value, b: Value): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export interface DerivedGroupArgs {
  groupBy: readonly GroupKey[];
  asOf: string;
  dueSoonDays: number;
  limit: number;
}

export async function derivedStatusGroups(
  db: GraphReader,
  query: ListQuery,
  args: DerivedGroupArgs,
): Promise<AggregateGroup[]> {
  const keys = [...new Set(args.groupBy)];
  const { tasks } = await readCounted(db, query, args.asOf, args.dueSoonDays);
  const groups = new Map<string, AggregateGroup>();
  for (const { task, dueEnd } of tasks) {
    for (const g of groupsOf(task, keys)) {
      const key = Object.fromEntries(keys.map((k) => [KEYS[k][0], KEYS[k][1](g)]));
      const id = JSON.stringify(key);
      const group = groups.get(id) ?? { key, count: 0, minDate: null, maxDate: null };
      groups.set(id, group);
      group.count += 1;
      if (dueEnd !== null && (group.minDate === null || dueEnd < group.minDate)) {
        group.minDate = dueEnd;
      }
      if (dueEnd !== null && (group.maxDate === null || dueEnd > group.maxDate)) {
        group.maxDate = dueEnd;
      }
    }
  }
  const fields = keys.map((k) => KEYS[k][0]);
  return [...groups.values()]
    .sort(
      (a, b) =>
        b.count - a.count ||
        fields.reduce((c, f) => c || compare(a.key[f] ?? null, b.key[f] ?? null), 0),
    )
    .slice(0, args.limit);
}
