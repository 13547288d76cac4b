/**
 * Timeline and overdue tasks as list queries on `n:Task`. The conditions are the `tasks` list's
 * (src/read/tasks.ts), so "due", "recurring" and "overdue" mean one thing in the API;
 * timeline adds the cascade and the jurisdiction of the task's document.
 */
import { nodeProjection, taskDocId } from '../../graph/vocabulary.ts';
import neo4j from 'neo4j-driver';
import type { ListQuery, Statement } from '../../read/page.ts';
import { visibleWhere } from '../../read/viewer.ts';
import { jurisdictionCondition } from '../../read/filters.ts';
import { tasksQuery } from '../../read/tasks.ts';
import { effectDate, endedDocument } from '../../read/lifecycle.ts';
import type { TimelineFilterInput } from './timeline.ts';
import { MAX_CASCADE_DEPTH } from '../cascade/cypher.ts';

/** Ordered by due date (deadline end), then id; tasks without one are left out. */
export function timelineQuery(
  filter: TimelineFilterInput | null | undefined,
  overdueAt?: string,
  asOf?: string,
): ListQuery {
  const query = tasksQuery({
    anyActor: filter?.actor ?? null,
    dueFrom: filter?.dueFrom ?? null,
    dueTo: filter?.dueTo ?? null,
    // Overdue: one-off tasks only (see schema/timeline.graphql).
    recurring: overdueAt !== undefined ? false : (filter?.recurring ?? null),
    overdueAt: overdueAt ?? null,
  });
  const { conditions, params } = query;
  conditions.push('n.dueEnd IS NOT NULL');
  if (overdueAt !== undefined && filter?.recurring === true) conditions.push('false');
  if (filter?.document != null) {
    const document = params.add('document', filter.document);
    conditions.push(
      filter.includeCascade
        ? `(${taskDocId('n')} = ${document} OR EXISTS {
    MATCH (:Document {id: ${taskDocId('n')}})-[:IMPLEMENTS|COPY_OF*1..${MAX_CASCADE_DEPTH}]->(:Document {id: ${document}}) })`
        : `${taskDocId('n')} = ${document}`,
    );
  }
  if (filter?.jurisdiction != null) {
    const condition = jurisdictionCondition(filter.jurisdiction, params, 'd');
    conditions.push(`EXISTS { MATCH (d:Document {id: ${taskDocId('n')}}) WHERE ${condition} }`);
  }
  if (asOf !== undefined) {
    // The timeline of that day: documents in force by then (date of effect, else issue date),
    // tasks not yet closed by a document replacing or repealing theirs.
    const on = params.add('asOf', asOf);
    conditions.push(
      `EXISTS { MATCH (d:Document {id: ${taskDocId('n')}}) WHERE ${effectDate('d')} <= ${on} }`,
      `NOT ${endedDocument(taskDocId('n'), on)}`,
    );
  }
  return { ...query, order: { key: 'n.dueEnd', descending: false } };
}

export const EXPORT_LIMIT = neo4j.int(10_000);

/** Every task of a timeline query at once (the CSV export, at most `limit`), with its leads'
 *  names. */
export function timelineRowsStatement(query: ListQuery, limit = EXPORT_LIMIT): Statement {
  const params = query.params.fork();
  return {
    cypher: `${query.source}
WITH n WHERE ${visibleWhere(query.conditions)}
WITH n ORDER BY n.dueEnd, n.id LIMIT ${params.add('limit', limit)}
RETURN ${nodeProjection('n')} AS node,
  COLLECT { MATCH (n)-[l:LED_BY]->(a:Actor) RETURN a.name ORDER BY l.start } AS leads`,
    params: params.toRecord(),
  };
}
