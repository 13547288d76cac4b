/** timeline.csv: tasks by deadline (as `timeline`), or overdue at a date (as `overdue`). */
import { readTimelineRows } from '../../traverse/timeline/index.ts';
import { TIMELINE_COLUMNS } from '../../traverse/timeline/timeline.ts';
import { toCsv } from './csv.ts';
import type { ExportRoute } from './types.ts';
import { optionalBoolean } from './params.ts';

export const timelineCsv: ExportRoute = {
  description: 'Tasks by due date, or the one-off tasks overdue at a date (timeline / overdue).',
  parameters: {
    at: 'overdue at this date (YYYY-MM-DD): one-off tasks due before it, instead of the timeline',
    document: 'id of the document that sets the tasks',
    includeCascade: 'true: also the tasks of documents implementing or copying it',
    actor: 'id of an actor that leads, coordinates or is reported to',
    jurisdiction: 'tw, a province id or province/district of the task’s document',
    dueFrom: 'due on or after (YYYY-MM-DD)',
    dueTo: 'due on or before (YYYY-MM-DD)',
    recurring: 'true: recurring tasks only; false: one-off only',
  },
  handle: async (params, db) => {
    const at = params.get('at');
    const rows = await readTimelineRows(
      db,
      {
        document: params.get('document'),
        includeCascade: optionalBoolean(params, 'includeCascade', null),
        actor: params.get('actor'),
        jurisdiction: params.get('jurisdiction'),
        dueFrom: params.get('dueFrom'),
        dueTo: params.get('dueTo'),
        recurring: optionalBoolean(params, 'recurring', null),
      },
      at === null || at === '' ? undefined : at,
    );
    return {
      contentType: 'text/csv; charset=utf-8',
      filename: at ? `overdue-${at}.csv` : 'timeline.csv',
      body: toCsv(TIMELINE_COLUMNS, rows),
    };
  },
};
