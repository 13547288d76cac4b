/** Organizations: the list query and what hangs off an actor, batched by actor id ($keys). */
import type { OrganizationFilter } from '../generated/graphql.ts';
import { SEARCH_INDEX } from '../../db/migrations.ts';
import type { ListQuery } from './page.ts';
import { jurisdictionCondition } from './filters.ts';
import { luceneQuery } from './search.ts';
import { badInput } from '../errors.ts';
import { isIsoDate } from '../successions.ts';

export function organizationsQuery(filter: OrganizationFilter | null | undefined): ListQuery {
  const params: Record<string, unknown> = {};
  const conditions: string[] = [];
  let source = 'MATCH (n:Organization)';
  if (filter?.search != null) {
    params.index = SEARCH_INDEX;
    params.search = luceneQuery(filter.search);
    source = 'CALL db.index.fulltext.queryNodes($index, $search) YIELD node AS n';
    conditions.push('n:Organization');
  }
  if (filter?.kind != null) {
    params.kind = filter.kind;
    conditions.push('n.orgKind = $kind');
  }
  if (filter?.level != null) {
    params.level = filter.level;
    conditions.push('n.level = $level');
  }
  if (filter?.jurisdiction != null) {
    conditions.push(jurisdictionCondition(filter.jurisdiction, params));
  }
  if (filter?.asOf != null) {
    if (!isIsoDate(filter.asOf)) {
      throw badInput('asOf must be an ISO date (YYYY-MM-DD)', { argument: 'asOf' });
    }
    params.asOf = filter.asOf;
    conditions.push(
      'coalesce(n.validFrom, $asOf) <= $asOf AND coalesce(n.validTo, $asOf) >= $asOf',
    );
  }
  return { source, conditions, params };
}

const node = (v: string): string => `${v} {.*, labels: labels(${v})}`;

export const ORG_PART_OF = `
UNWIND $keys AS key
MATCH (:Actor {id: key})-[:PART_OF]->(p:Actor)
RETURN key, ${node('p')} AS node ORDER BY key, p.id`;

export const ORG_UNITS = `
UNWIND $keys AS key
MATCH (u:Actor)-[:PART_OF]->(:Actor {id: key})
RETURN key, ${node('u')} AS node ORDER BY key, u.id`;

export const ORG_GROUPS = `
UNWIND $keys AS key
MATCH (:Actor {id: key})-[r:MEMBER_OF]->(g:OrgGroup)
RETURN key, ${node('g')} AS node, properties(r) AS rel ORDER BY key, g.id`;

export const GROUP_MEMBERS = `
UNWIND $keys AS key
MATCH (o:Organization)-[:MEMBER_OF]->(:OrgGroup {id: key})
RETURN key, ${node('o')} AS node ORDER BY key, o.id`;

function tasksVia(type: string): string {
  return `
UNWIND $keys AS key
MATCH (t:Task)-[:${type}]->(:Actor {id: key})
RETURN key, ${node('t')} AS node ORDER BY key, t.id`;
}

export const ORG_TASKS_LED = tasksVia('LED_BY');
export const ORG_TASKS_COORDINATED = tasksVia('COORDINATES_WITH');
export const ORG_TASKS_REPORTED_TO = tasksVia('REPORTS_TO');

/** Leads of the tasks reported to the actor. */
export const ORG_REPORTED_TO_BY = `
UNWIND $keys AS key
MATCH (t:Task)-[:REPORTS_TO]->(:Actor {id: key})
MATCH (t)-[:LED_BY]->(a:Actor)
WITH DISTINCT key, a
RETURN key, ${node('a')} AS node ORDER BY key, a.id`;

/** Where the tasks the actor leads are reported. */
export const ORG_REPORTS_TO = `
UNWIND $keys AS key
MATCH (t:Task)-[:LED_BY]->(:Actor {id: key})
MATCH (t)-[:REPORTS_TO]->(a:Actor)
WITH DISTINCT key, a
RETURN key, ${node('a')} AS node ORDER BY key, a.id`;

export const ORG_DOCUMENTS_ISSUED = `
UNWIND $keys AS key
MATCH (d:Document)-[:ISSUED_BY]->(:Actor {id: key})
WITH DISTINCT key, d
RETURN key, ${node('d')} AS node ORDER BY key, d.id`;

/** Documents sent to the actor, or to a group it is a member of (`via`). */
export const ORG_DOCUMENTS_RECEIVED = `
UNWIND $keys AS key
MATCH (o:Actor {id: key})
CALL {
  WITH o MATCH (d:Document)-[r:SENT_TO]->(o) RETURN d, r, null AS via
  UNION
  WITH o MATCH (o)-[:MEMBER_OF]->(g:OrgGroup)<-[r:SENT_TO]-(d:Document) RETURN d, r, g AS via
}
RETURN key, ${node('d')} AS node, properties(r) AS rel,
       CASE WHEN via IS NULL THEN null ELSE ${node('via')} END AS via
ORDER BY key, d.id, via.id`;
