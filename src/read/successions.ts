/**
 * Bodies over time: the successions (SUCCEEDED_BY) of an organization and the bodies carrying its
 * duties on a date, batched by organization id ($keys). What a "now" question means is here once,
 * for the API's fields and the traversals that take `asOf`.
 */
import { nodeProjection, taskDocId } from '../graph/vocabulary.ts';
import { isoDate } from './filters.ts';
import { endedDocument } from './lifecycle.ts';
import { toActor, toTask, type ActorModel, type Props, type TaskModel } from './models.ts';

/** Rows `key, node, rel`: the organization `o` at the other end of `r`, per key. */
const across = (pattern: string): string => `
UNWIND $keys AS key
MATCH ${pattern}
RETURN key, ${nodeProjection('o')} AS node, properties(r) AS rel ORDER BY key, o.id`;

export const ORG_SUCCESSORS = across('(:Actor {id: key})-[r:SUCCEEDED_BY]->(o:Organization)');
export const ORG_PREDECESSORS = across('(o:Organization)-[r:SUCCEEDED_BY]->(:Actor {id: key})');

/** The longest chain followed: a body merged twice in a year is two steps. */
export const MAX_SUCCESSION_STEPS = 6;

/**
 * A CALL subquery: the bodies of the date at `date` (a placeholder) carrying the duties of the
 * organization `a`, as `body` and `steps`: `a` itself while it exists then, else every chain of
 * successions taken by that date that ends at a body existing then (none: it ended without a
 * known successor). `a` is a variable name chosen in code.
 */
export function responsibleCall(a: string, date: string): string {
  return `CALL {
  WITH ${a}
  WITH ${a} WHERE ${a}.validTo IS NULL OR ${a}.validTo >= ${date}
  RETURN ${a} AS body, [] AS steps
  UNION
  WITH ${a}
  MATCH p = (${a})-[:SUCCEEDED_BY*1..${MAX_SUCCESSION_STEPS}]->(b:Organization)
  WHERE ${a}.validTo < ${date}
    AND all(r IN relationships(p) WHERE r.date <= ${date})
    AND (b.validTo IS NULL OR b.validTo >= ${date})
    AND all(x IN nodes(p)[..-1] WHERE x.validTo < ${date})
  RETURN b AS body,
    [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, date: r.date,
      basis: r.basis, share: r.share}] AS steps
}`;
}

/** The bodies of $date for each key (see responsibleCall). */
export const RESPONSIBLE_ON = `
UNWIND $keys AS key
MATCH (a:Organization {id: key})
${responsibleCall('a', '$date')}
RETURN key, ${nodeProjection('body')} AS node, steps ORDER BY key, body.id`;

/**
 * The open tasks that came to each key through successions taken by $asOf: tasks led by a
 * predecessor (at any remove), with the chain from it; a task of a document replaced or repealed
 * by then is not open.
 */
export const INHERITED_TASKS = `
UNWIND $keys AS key
MATCH p = (a:Organization)-[:SUCCEEDED_BY*1..${MAX_SUCCESSION_STEPS}]->(:Organization {id: key})
WHERE all(r IN relationships(p) WHERE r.date <= $asOf)
MATCH (t:Task)-[:LED_BY]->(a)
WHERE NOT ${endedDocument(taskDocId('t'), '$asOf')}
RETURN key, ${nodeProjection('t')} AS node, ${nodeProjection('a')} AS from,
  [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, date: r.date,
    basis: r.basis, share: r.share}] AS steps
ORDER BY key, t.id, a.id`;

export type ShareModel = 'WHOLE' | 'PART';

export interface SuccessionModel {
  organization: ActorModel;
  date: string;
  basis: string;
  share: ShareModel;
  source: string | null;
}

/** A step as the Cypher returns it: the bodies by id (the API resolves them to nodes). */
export interface SuccessionStepModel {
  from: string;
  to: string;
  date: string;
  basis: string;
  share: ShareModel;
}

export interface ResponsibleBodyModel {
  organization: ActorModel;
  chain: SuccessionStepModel[];
}

const share = (value: unknown): ShareModel => (value === 'part' ? 'PART' : 'WHOLE');

export function toSuccession(row: Props): SuccessionModel {
  const rel = row.rel as Props;
  return {
    organization: toActor(row.node as Props),
    date: rel.date as string,
    basis: rel.basis as string,
    share: share(rel.share),
    source: (rel.source as string | null | undefined) ?? null,
  };
}

function toSteps(steps: Props[] | null | undefined): SuccessionStepModel[] {
  return (steps ?? []).map((s) => ({
    from: s.from as string,
    to: s.to as string,
    date: s.date as string,
    basis: s.basis as string,
    share: share(s.share),
  }));
}

export function toResponsible(row: Props): ResponsibleBodyModel {
  return { organization: toActor(row.node as Props), chain: toSteps(row.steps as Props[]) };
}

export interface InheritedTaskModel {
  task: TaskModel;
  /** The predecessor that led it. */
  from: ActorModel;
  /** The successions from it to the body asked about, oldest first. */
  chain: SuccessionStepModel[];
}

export function toInheritedTask(row: Props): InheritedTaskModel {
  return {
    task: toTask(row.node as Props),
    from: toActor(row.from as Props),
    chain: toSteps(row.steps as Props[]),
  };
}

/** Whether an organization existed on `date` (no dates known: it always has). */
export function existsOn(
  org: { validFrom?: string | null; validTo?: string | null },
  date: string,
): boolean {
  return (org.validFrom ?? date) <= date && (org.validTo ?? date) >= date;
}

/** Today as an ISO date (UTC), the default of every "as of" question. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `asOf` checked, or today when not given. */
export function asOfDate(value: string | null | undefined, argument = 'asOf'): string {
  return value == null ? today() : isoDate(value, argument);
}

/** A Cypher condition: the organization `v` existed on the date at `placeholder`. */
export function existedOn(v: string, placeholder: string): string {
  return `coalesce(${v}.validFrom, ${placeholder}) <= ${placeholder} AND coalesce(${v}.validTo, ${placeholder}) >= ${placeholder}`;
}
