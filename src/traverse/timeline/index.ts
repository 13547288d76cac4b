/** Timeline and overdue, as the API and the export call them. */
import type { GraphReader } from '../../read/reader.ts';
import { readPage } from '../../read/page.ts';
import { isoDate } from '../../read/filters.ts';
import { toTask, type Props, type TaskConnectionModel } from '../../read/models.ts';
import { timelineQuery, timelineRowsStatement } from './cypher.ts';
import type { TimelineFilterInput, TimelineRow } from './timeline.ts';

export function readTimeline(
  db: GraphReader,
  filter: TimelineFilterInput | null | undefined,
  page: { first?: number | null; after?: string | null },
  overdueAt?: string,
  asOf?: string | null,
): Promise<TaskConnectionModel> {
  const at = overdueAt === undefined ? undefined : isoDate(overdueAt, 'at');
  const on = asOf == null ? undefined : isoDate(asOf, 'asOf');
  return readPage(db, timelineQuery(filter, at, on), page, toTask);
}

/** The whole timeline (at most 10,000 tasks) in one statement, for the export. */
export async function readTimelineRows(
  db: GraphReader,
  filter: TimelineFilterInput | null | undefined,
  overdueAt?: string,
): Promise<TimelineRow[]> {
  const at = overdueAt === undefined ? undefined : isoDate(overdueAt, 'at');
  const { cypher, params } = timelineRowsStatement(timelineQuery(filter, at));
  const rows = await db.read(cypher, params);
  return rows.map((row) => ({ task: toTask(row.node as Props), leads: row.leads as string[] }));
}
