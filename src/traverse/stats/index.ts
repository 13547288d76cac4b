/**
 * Grouped task counts (taskStats) and a scorecard per body: the matching tasks read in one
 * statement (cypher.ts), each task's status derived as `Task.status` derives it, then counted
 * per group (pure). A task with several leads counts once under each lead.
 */
import neo4j from 'neo4j-driver';
import { badInput } from '../../read/errors.ts';
import { jurisdictionOf, type Props } from '../../read/models.ts';
import { toStatusFacts } from '../../read/status.ts';
import { deriveStatus, type TaskStatusValue } from '../../read/status-derive.ts';
import { tasksQuery, type TaskConditions } from '../../read/tasks.ts';
import type { GraphReader } from '../../read/reader.ts';
import type { ListQuery } from '../../read/page.ts';
import { statsStatement } from './cypher.ts';

export const GROUP_KEYS = ['LEAD', 'JURISDICTION', 'LEVEL', 'YEAR', 'STATUS', 'DOCUMENT'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

/** Tasks one call may count: more is refused with the number matched (narrow the filter). */
export const MAX_STATS_TASKS = 5000;

export interface TaskCountsModel {
  assigned: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  dueSoon: number;
  notDue: number;
  closed: number;
  /** Neither done nor closed nor overdue: not due or due soon. */
  open: number;
}

export interface StatsGroupModel {
  leadId: string | null;
  leadName: string | null;
  jurisdiction: string | null;
  level: string | null;
  year: number | null;
  status: TaskStatusValue | null;
  documentId: string | null;
  documentNumber: string | null;
  counts: TaskCountsModel;
}

export interface TaskStatsModel {
  asOf: string;
  matched: number;
  totals: TaskCountsModel;
  groups: StatsGroupModel[];
}

/** One task as counted: its status and what it may be grouped by. */
export interface CountedTask {
  status: TaskStatusValue;
  leads: { id: string; name: string }[];
  jurisdiction: string | null;
  level: string | null;
  year: number | null;
  documentId: string | null;
  documentNumber: string | null;
}

function emptyCounts(): TaskCountsModel {
  return {
    assigned: 0,
    doneOnTime: 0,
    doneLate: 0,
    overdue: 0,
    dueSoon: 0,
    notDue: 0,
    closed: 0,
    open: 0,
  };
}

function count(counts: TaskCountsModel, status: TaskStatusValue): void {
  counts.assigned += 1;
  if (status === 'DONE_ON_TIME') counts.doneOnTime += 1;
  if (status === 'DONE_LATE') counts.doneLate += 1;
  if (status === 'OVERDUE') counts.overdue += 1;
  if (status === 'DUE_SOON') counts.dueSoon += 1;
  if (status === 'NOT_DUE') counts.notDue += 1;
  if (status === 'CLOSED') counts.closed += 1;
  if (status === 'NOT_DUE' || status === 'DUE_SOON') counts.open += 1;
}

/** The groups of one task: one per lead when grouped by lead (a task without one: null). */
export function groupsOf(
  task: CountedTask,
  by: readonly GroupKey[],
): Omit<StatsGroupModel, 'counts'>[] {
  const has = (k: GroupKey): boolean => by.includes(k);
  const base = {
    leadId: null,
    leadName: null,
    jurisdiction: has('JURISDICTION') ? task.jurisdiction : null,
    level: has('LEVEL') ? task.level : null,
    year: has('YEAR') ? task.year : null,
    status: has('STATUS') ? task.status : null,
    documentId: has('DOCUMENT') ? task.documentId : null,
    documentNumber: has('DOCUMENT') ? task.documentNumber : null,
  };
  if (!has('LEAD') || task.leads.length === 0) return [base];
  return task.leads.map((l) => ({ ...base, leadId: l.id, leadName: l.name }));
}

const sortKey = (g: Omit<StatsGroupModel, 'counts'>): string =>
  [g.leadName, g.leadId, g.jurisdiction, g.level, g.year, g.status, g.documentId]
    .map((v) => (v === null ? '\uffff' : String(v)))
    .join('\u0000');

/** Counts per group and in all (pure), groups in the order of their keys (nulls last). */
export function groupTasks(
  tasks: readonly CountedTask[],
  by: readonly GroupKey[],
): { totals: TaskCountsModel; groups: StatsGroupModel[] } {
  const totals = emptyCounts();
  const groups = new Map<string, StatsGroupModel>();
  for (const task of tasks) {
    count(totals, task.status);
    for (const g of groupsOf(task, by)) {
      const key = sortKey(g);
      const group = groups.get(key) ?? { ...g, counts: emptyCounts() };
      groups.set(key, group);
      count(group.counts, task.status);
    }
  }
  const sorted = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'vi'));
  return { totals, groups: sorted.map(([, g]) => g) };
}

export function toCounted(row: Props, asOf: string, dueSoonDays: number): CountedTask {
  const doc = (row.document as Props | null) ?? {};
  const due = row.dueEnd as string | null;
  return {
    status: deriveStatus(toStatusFacts(row), asOf, dueSoonDays).status,
    leads: row.leads as { id: string; name: string }[],
    jurisdiction: jurisdictionOf(doc),
    level: (doc.level as string | null | undefined) ?? null,
    year: due ? Number(due.slice(0, 4)) : null,
    documentId: (doc.id as string | null | undefined) ?? null,
    documentNumber: (doc.number as string | null | undefined) ?? null,
  };
}

export interface StatsArgs {
  filter: TaskConditions | null | undefined;
  groupBy: readonly GroupKey[];
  asOf: string;
  dueSoonDays: number;
}

/** The tasks a list query matches, read with their status facts (at most MAX_STATS_TASKS, else
 *  BAD_USER_INPUT with the number matched); each row as counted, with its due date. */
export async function readCounted(
  db: GraphReader,
  query: ListQuery,
  asOf: string,
  dueSoonDays: number,
): Promise<{ matched: number; tasks: { task: CountedTask; dueEnd: string | null }[] }> {
  const params = query.params.fork();
  const max = params.add('max', neo4j.int(MAX_STATS_TASKS));
  const rows = await db.read(statsStatement(query, max), params.toRecord());
  const matched = Number(rows[0]?.matched ?? 0);
  if (matched > MAX_STATS_TASKS) {
    throw badInput(`the filter matches ${matched} tasks, more than ${MAX_STATS_TASKS}: narrow it`, {
      argument: 'filter',
      matched,
    });
  }
  const tasks = rows
    .filter((r) => r.id !== null)
    .map((r) => ({
      task: toCounted(r, asOf, dueSoonDays),
      dueEnd: (r.dueEnd as string | null) ?? null,
    }));
  return { matched, tasks };
}

export async function taskStats(db: GraphReader, args: StatsArgs): Promise<TaskStatsModel> {
  const { matched, tasks } = await readCounted(
    db,
    tasksQuery(args.filter),
    args.asOf,
    args.dueSoonDays,
  );
  return {
    asOf: args.asOf,
    matched,
    ...groupTasks(
      tasks.map((t) => t.task),
      args.groupBy,
    ),
  };
}

export interface ScorecardRowModel extends StatsGroupModel {
  /** Done on time over the tasks due in the period (null when none). */
  onTimeRate: number | null;
}

/** Per body (lead): the tasks due in [from, to] and how they stand at `asOf`. */
export async function scorecard(
  db: GraphReader,
  args: { from: string; to: string; asOf: string; filter?: TaskConditions | null },
): Promise<ScorecardRowModel[]> {
  const stats = await taskStats(db, {
    filter: { ...args.filter, dueFrom: args.from, dueTo: args.to },
    groupBy: ['LEAD'],
    asOf: args.asOf,
    dueSoonDays: 30,
  });
  return stats.groups.map((g) => ({
    ...g,
    onTimeRate:
      g.counts.assigned > 0
        ? Math.round((g.counts.doneOnTime / g.counts.assigned) * 1000) / 1000
        : null,
  }));
}
