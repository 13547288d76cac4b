/**
 * The task list as a list query on `n:Task`: what "due", "recurring" and "overdue" mean, once,
 * for the API's `tasks` and the timeline traversal. Overdue is open and late: a task whose
 * document a newer one replaced or repealed by then is closed, not overdue.
 */
import { taskDocId } from '../graph/vocabulary.ts';
import type { ListQuery } from './page.ts';
import { isoDate } from './filters.ts';
import { Params } from './params.ts';
import { listSource } from './search.ts';
import { endedDocument } from './lifecycle.ts';

/** What tasks may be filtered on (the API's TaskFilter has this shape). */
export interface TaskConditions {
  search?: string | null;
  document?: string | null;
  lead?: string | null;
  coordinator?: string | null;
  anyActor?: string | null;
  dueFrom?: string | null;
  dueTo?: string | null;
  recurring?: boolean | null;
  overdueAt?: string | null;
}

export function tasksQuery(filter: TaskConditions | null | undefined): ListQuery {
  const params = new Params();
  const add = (name: string, value: unknown): string => params.add(name, value);
  const { source, conditions } = listSource('Task', filter?.search, params);
  if (filter?.document != null)
    conditions.push(`${taskDocId('n')} = ${add('document', filter.document)}`);
  const actorVia = (types: string, name: string, id: string): string =>
    `EXISTS { (n)-[:${types}]->(:Actor {id: ${add(name, id)}}) }`;
  if (filter?.lead != null) conditions.push(actorVia('LED_BY', 'lead', filter.lead));
  if (filter?.coordinator != null) {
    conditions.push(actorVia('COORDINATES_WITH', 'coordinator', filter.coordinator));
  }
  if (filter?.anyActor != null) {
    conditions.push(actorVia('LED_BY|COORDINATES_WITH|REPORTS_TO', 'anyActor', filter.anyActor));
  }
  const before = conditions.length;
  const window: { from: string | null; to: string | null } = { from: null, to: null };
  if (filter?.dueFrom != null) {
    window.from = add('dueFrom', isoDate(filter.dueFrom, 'dueFrom'));
    conditions.push(`n.dueEnd >= ${window.from}`);
  }
  if (filter?.dueTo != null) {
    window.to = add('dueTo', isoDate(filter.dueTo, 'dueTo'));
    conditions.push(`n.dueEnd <= ${window.to}`);
  }
  // Nothing but a due window (every task, or a search, document or actor narrowing it, not):
  // its total may come from the days' counts (page.ts dueWindowTotal).
  const onlyWindow =
    before === 0 &&
    source === 'MATCH (n:Task)' &&
    (window.from !== null || window.to !== null) &&
    filter?.recurring == null &&
    filter?.overdueAt == null;
  if (filter?.recurring != null) {
    conditions.push(`(n.recurrence IS NOT NULL) = ${add('recurring', filter.recurring)}`);
  }
  if (filter?.overdueAt != null) {
    const at = add('overdueAt', isoDate(filter.overdueAt, 'overdueAt'));
    // A task of a document replaced or repealed by then is closed, not overdue (Task.closedBy).
    conditions.push(`n.dueEnd < ${at}`, `NOT ${endedDocument(taskDocId('n'), at)}`);
  }
  return {
    source,
    conditions,
    params,
    ...(onlyWindow ? { dueWindow: { ...window, conditions: [...conditions] } } : {}),
  };
}
