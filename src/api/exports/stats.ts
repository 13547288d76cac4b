/** task-stats.csv and scorecard.csv: the same traversal as `taskStats` and `scorecard`. */
import { badInput } from '../errors.ts';
import { statusDate } from '../../read/status.ts';
import {
  GROUP_KEYS,
  scorecard,
  taskStats,
  type GroupKey,
  type StatsGroupModel,
  type ScorecardRowModel,
} from '../../traverse/stats/index.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { optionalParam, requiredParam } from './params.ts';
import type { ExportRoute } from './types.ts';

const FILTER = {
  document: 'id of the document that sets the tasks',
  lead: 'id of the body that leads them',
  anyActor: 'id of an actor that leads, coordinates or is reported to',
  dueFrom: 'due on or after (YYYY-MM-DD)',
  dueTo: 'due on or before (YYYY-MM-DD)',
};

function filterOf(params: URLSearchParams) {
  return Object.fromEntries(Object.keys(FILTER).map((k) => [k, optionalParam(params, k)]));
}

function groupByOf(params: URLSearchParams): GroupKey[] {
  const raw = optionalParam(params, 'groupBy');
  if (raw === null) return [];
  return raw.split(',').map((k) => {
    const key = k.trim().toUpperCase();
    if (!(GROUP_KEYS as readonly string[]).includes(key)) {
      throw badInput(`groupBy takes ${GROUP_KEYS.join(', ')}`, { parameter: 'groupBy' });
    }
    return key as GroupKey;
  });
}

const COUNT_COLUMNS: { header: string; value: (g: StatsGroupModel) => CsvValue }[] = [
  { header: 'assigned', value: (g) => g.counts.assigned },
  { header: 'done_on_time', value: (g) => g.counts.doneOnTime },
  { header: 'done_late', value: (g) => g.counts.doneLate },
  { header: 'overdue', value: (g) => g.counts.overdue },
  { header: 'open', value: (g) => g.counts.open },
  { header: 'due_soon', value: (g) => g.counts.dueSoon },
  { header: 'closed', value: (g) => g.counts.closed },
];

const GROUP_COLUMNS: Record<
  GroupKey,
  { header: string; value: (g: StatsGroupModel) => CsvValue }[]
> = {
  LEAD: [
    { header: 'lead_id', value: (g) => g.leadId },
    { header: 'lead', value: (g) => g.leadName },
  ],
  JURISDICTION: [{ header: 'jurisdiction', value: (g) => g.jurisdiction }],
  LEVEL: [{ header: 'level', value: (g) => g.level }],
  YEAR: [{ header: 'year', value: (g) => g.year }],
  STATUS: [{ header: 'status', value: (g) => g.status }],
  DOCUMENT: [
    { header: 'document_id', value: (g) => g.documentId },
    { header: 'document', value: (g) => g.documentNumber },
  ],
};

const dateHelp = 'judge statuses at this date (YYYY-MM-DD); today by default';

export const taskStatsCsv: ExportRoute = {
  description:
    'Task counts per group: assigned, done on time, done late, overdue, open (taskStats).',
  parameters: { groupBy: `comma-separated: ${GROUP_KEYS.join(', ')}`, asOf: dateHelp, ...FILTER },
  handle: async (params, db) => {
    const groupBy = groupByOf(params);
    const stats = await taskStats(db, {
      filter: filterOf(params),
      groupBy,
      asOf: statusDate(optionalParam(params, 'asOf')),
      dueSoonDays: 30,
    });
    const columns = [
      ...GROUP_KEYS.filter((k) => groupBy.includes(k)).flatMap((k) => GROUP_COLUMNS[k]),
      ...COUNT_COLUMNS,
    ];
    return {
      contentType: 'text/csv; charset=utf-8',
      filename: `task-stats-${stats.asOf}.csv`,
      body: toCsv(columns, stats.groups),
    };
  },
};

export const scorecardCsv: ExportRoute = {
  description: 'Per body, its tasks due in a period and how they stand (scorecard).',
  parameters: { from: 'period start (YYYY-MM-DD)', to: 'period end (YYYY-MM-DD)', asOf: dateHelp },
  handle: async (params, db) => {
    const from = requiredParam(params, 'from');
    const to = requiredParam(params, 'to');
    const rows = await scorecard(db, { from, to, asOf: statusDate(optionalParam(params, 'asOf')) });
    const columns: { header: string; value: (g: ScorecardRowModel) => CsvValue }[] = [
      ...GROUP_COLUMNS.LEAD,
      ...COUNT_COLUMNS,
      { header: 'on_time_rate', value: (g) => g.onTimeRate },
    ];
    return {
      contentType: 'text/csv; charset=utf-8',
      filename: `scorecard-${from}-${to}.csv`,
      body: toCsv(columns, rows),
    };
  },
};
