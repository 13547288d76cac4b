/** Organizations: the list query and what hangs off an actor, batched by actor id ($keys). */
import { factProperties, nodeProjection } from '../../graph/vocabulary.ts';
import type { ListQuery } from '../../read/page.ts';
import { jurisdictionCondition } from '../../read/filters.ts';
import { Params } from '../../read/params.ts';
import { listSource } from '../../read/search.ts';
import { existedOn } from '../../read/successions.ts';
import { isoDate } from '../../read/filters.ts';

/** What organizations may be filtered on (the schema's OrganizationFilter). */
export interface OrganizationConditions {
  search?: string | null;
  kind?: string | null;
  level?: string | null;
  jurisdiction?: string | null;
  asOf?: string | null;
}

export function organizationsQuery(filter: OrganizationConditions | null | undefined): ListQuery {
  const params = new Params();
  const { source, conditions } = listSource('Organization', filter?.search, params);
  if (filter?.kind != null) conditions.push(`n.orgKind = ${params.add('kind', filter.kind)}`);
  if (filter?.level != null) conditions.push(`n.level = ${params.add('level', filter.level)}`);
  if (filter?.jurisdiction != null) {
    conditions.push(jurisdictionCondition(filter.jurisdiction, params));
  }
  if (filter?.asOf != null) {
    conditions.push(existedOn('n', params.add('asOf', isoDate(filter.asOf, 'asOf'))));
  }
  return { source, conditions, params };
}

export const ORG_PART_OF = `
UNWIND $keys AS key
MATCH (:Actor {id: key})-[:PART_OF]->(p:Actor)
RETURN key, ${nodeProjection('p')} AS node ORDER BY key, p.id`;

export const ORG_UNITS = `
UNWIND $keys AS key
MATCH (u:Actor)-[:PART_OF]->(:Actor {id: key})
RETURN key, ${nodeProjection('u')} AS node ORDER BY key, u.id`;

export const ORG_GROUPS = `
UNWIND $keys AS key
MATCH (:Actor {id: key})-[r:MEMBER_OF]->(g:OrgGroup)
RETURN key, ${nodeProjection('g')} AS node, ${factProperties('r')} AS rel ORDER BY key, g.id`;

export const GROUP_MEMBERS = `
UNWIND $keys AS key
MATCH (o:Organization)-[:MEMBER_OF]->(:OrgGroup {id: key})
RETURN key, ${nodeProjection('o')} AS node ORDER BY key, o.id`;

function tasksVia(type: string): string {
  return `
UNWIND $keys AS key
MATCH (t:Task)-[:${type}]->(:Actor {id: key})
RETURN key, ${nodeProjection('t')} AS node ORDER BY key, t.id`;
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
RETURN key, ${nodeProjection('a')} AS node ORDER BY key, a.id`;

/** Where the tasks the actor leads are reported. */
export const ORG_REPORTS_TO = `
UNWIND $keys AS key
MATCH (t:Task)-[:LED_BY]->(:Actor {id: key})
MATCH (t)-[:REPORTS_TO]->(a:Actor)
WITH DISTINCT key, a
RETURN key, ${nodeProjection('a')} AS node ORDER BY key, a.id`;

export const ORG_DOCUMENTS_ISSUED = `
UNWIND $keys AS key
MATCH (d:Document)-[:ISSUED_BY]->(:Actor {id: key})
WITH DISTINCT key, d
RETURN key, ${nodeProjection('d')} AS node ORDER BY key, d.id`;

/** Documents sent to the actor, or to a group it is a member of (`via`). */
export const ORG_DOCUMENTS_RECEIVED = `
UNWIND $keys AS key
MATCH (o:Actor {id: key})
CALL {
  WITH o MATCH (d:Document)-[r:SENT_TO]->(o) RETURN d, r, null AS via
  UNION
  WITH o MATCH (o)-[:MEMBER_OF]->(g:OrgGroup)<-[r:SENT_TO]-(d:Document) RETURN d, r, g AS via
}
RETURN key, ${nodeProjection('d')} AS node, ${factProperties('r')} AS rel,
       CASE WHEN via IS NULL THEN null ELSE ${nodeProjection('via')} END AS via
ORDER BY key, d.id, via.id`;
