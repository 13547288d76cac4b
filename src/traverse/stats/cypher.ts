/** Task statistics: the matching tasks with what they are grouped by and their status facts. */
import { taskDocId } from '../../graph/vocabulary.ts';
import { visibleWhere } from '../../read/viewer.ts';
import type { ListQuery } from '../../read/page.ts';
import { STATUS_FACT_CLAUSES } from '../../read/status.ts';

/**
 * One statement: the tasks the filter matches (`matched` on every row); when more than $max
 * match, one row without a task, so the caller can refuse with the number.
 */
export function statsStatement(query: ListQuery, max: string): string {
  return `${query.source}
WITH n WHERE ${visibleWhere(query.conditions)}
WITH collect(n) AS tasks
WITH tasks, size(tasks) AS matched
UNWIND CASE WHEN matched > ${max} OR matched = 0 THEN [null] ELSE tasks END AS t
OPTIONAL MATCH (d:Document {id: ${taskDocId('t')}})
CALL {
  WITH t
  OPTIONAL MATCH (t)-[:LED_BY]->(a:Actor)
  WITH DISTINCT a WHERE a IS NOT NULL
  RETURN collect(a {.id, .name}) AS leads
}
${STATUS_FACT_CLAUSES}
RETURN matched, t.id AS id, t.dueEnd AS dueEnd, t.deadlineText AS deadlineText,
       d {.id, .number, .level, .province, .district} AS document, leads, closures, reports, latest`;
}
