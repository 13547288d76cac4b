/**
 * The task list as a list query on `n:Task`: what "due", "recurring" and "overdue" mean, once,
 * for the API's `tasks` and the timeline traversal.
 */
import { SEARCH_INDEX } from '../db/migrations.ts';
import type { ListQuery } from './page.ts';
import { isoDate } from './filters.ts';
import { luceneQuery } from './search.ts';

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
  const params: Record<string, unknown> = {};
  const conditions: string[] = [];
  let source = 'MATCH (n:Task)';
  if (filter?.search != null) {
    params.index = SEARCH_INDEX;
    params.search = luceneQuery(filter.search);
    source = 'CALL db.index.fulltext.queryNodes($index, $search) YIELD node AS n';
    conditions.push('n:Task');
  }
  if (filter?.document != null) {
    params.document = filter.document;
    conditions.push('n.docId = $document');
  }
  if (filter?.lead != null) {
    params.lead = filter.lead;
    conditions.push('EXISTS { (n)-[:LED_BY]->(:Actor {id: $lead}) }');
  }
  if (filter?.coordinator != null) {
    params.coordinator = filter.coordinator;
    conditions.push('EXISTS { (n)-[:COORDINATES_WITH]->(:Actor {id: $coordinator}) }');
  }
  if (filter?.anyActor != null) {
    params.anyActor = filter.anyActor;
    conditions.push(
      'EXISTS { (n)-[:LED_BY|COORDINATES_WITH|REPORTS_TO]->(:Actor {id: $anyActor}) }',
    );
  }
  if (filter?.dueFrom != null) {
    params.dueFrom = isoDate(filter.dueFrom, 'dueFrom');
    conditions.push('n.dueEnd >= $dueFrom');
  }
  if (filter?.dueTo != null) {
    params.dueTo = isoDate(filter.dueTo, 'dueTo');
    conditions.push('n.dueEnd <= $dueTo');
  }
  if (filter?.recurring != null) {
    params.recurring = filter.recurring;
    conditions.push('(n.recurrence IS NOT NULL) = $recurring');
  }
  if (filter?.overdueAt != null) {
    params.overdueAt = isoDate(filter.overdueAt, 'overdueAt');
    conditions.push('n.dueEnd < $overdueAt');
  }
  return { source, conditions, params };
}
