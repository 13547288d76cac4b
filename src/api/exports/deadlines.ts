/**
 * deadlines.ics: a body's deadlines as an iCalendar feed (RFC 5545, written by ical-generator)
 * that a calendar application subscribes to: one all-day event per task on its due date, with
 * a stable UID (the task id), the task's text and document in Vietnamese as written.
 */
import ical from 'ical-generator';
import { readDeadlines, type DeadlineModel } from '../../traverse/deadlines/index.ts';
import { optionalBoolean, requiredParam } from './params.ts';
import type { ExportRoute } from './types.ts';

function summary(d: DeadlineModel): string {
  const where = [d.documentNumber, d.section].filter((s) => s).join(' ');
  const text = d.text.length > 90 ? `${d.text.slice(0, 89)}…` : d.text;
  return `Hạn ${where ? `${where}: ` : ''}${text}`;
}

function description(d: DeadlineModel): string {
  return [
    d.text,
    d.deadlineText ? `Thời hạn: ${d.deadlineText}` : null,
    d.leads.length > 0 ? `Chủ trì: ${d.leads.join('; ')}` : null,
    `Văn bản: ${[d.documentNumber, d.documentTitle].filter((s) => s).join(' — ')}`,
    d.own ? null : 'Nhiệm vụ cấp dưới cụ thể hóa nhiệm vụ của cơ quan (DERIVED_FROM).',
    `Nhiệm vụ: ${d.taskId}`,
  ]
    .filter((s) => s !== null)
    .join('\n');
}

export const deadlinesIcs: ExportRoute = {
  description:
    "A body's task deadlines as an iCalendar feed (subscribe in a calendar application).",
  parameters: {
    actor: 'id of the body (leads, coordinates or is reported to the tasks)',
    includeCascade: 'true: also the lower-level tasks that restate its tasks (DERIVED_FROM)',
  },
  handle: async (params, db) => {
    const actor = requiredParam(params, 'actor');
    const feed = await readDeadlines(db, actor, optionalBoolean(params, 'includeCascade', false));
    const calendar = ical({
      name: `Hạn nhiệm vụ — ${feed.actorName}`,
      prodId: { company: 'directive-graph', product: 'deadlines', language: 'VI' },
      ttl: 60 * 60,
    });
    for (const d of feed.deadlines) {
      calendar.createEvent({
        id: `${d.taskId}@directive-graph`,
        start: new Date(`${d.due}T00:00:00Z`),
        allDay: true,
        summary: summary(d),
        description: description(d),
        categories: [{ name: d.own ? 'nhiệm vụ' : 'cấp dưới' }],
      });
    }
    return {
      contentType: 'text/calendar; charset=utf-8',
      filename: 'deadlines.ics',
      body: calendar.toString(),
    };
  },
};
