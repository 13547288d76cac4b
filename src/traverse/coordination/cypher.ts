/**
 * Coordination traversals: who shares tasks with whom. A task is shared when two actors both
 * lead it (LED_BY, *chủ trì*) or coordinate on it (COORDINATES_WITH, *phối hợp*); REPORTS_TO
 * (*báo cáo*) is not coordination and is never followed. One statement per traversal call, all
 * parameterised.
 */
import { factProperties, nodeProjection, taskDocId } from '../../graph/vocabulary.ts';
import { effectDate, endedDocument } from '../../read/lifecycle.ts';

/** A body `v` existed on $asOf (registry validFrom / validTo; open ends exist). */
const existsOn = (v: string): string =>
  `(${v}.validFrom IS NULL OR ${v}.validFrom <= $asOf) AND (${v}.validTo IS NULL OR ${v}.validTo >= $asOf)`;

/** The document `d` was in force on $asOf: in effect by then, not yet replaced or repealed. */
const documentOpenOn = (d: string): string =>
  `(${effectDate(d)} <= $asOf AND NOT ${endedDocument(`${d}.id`, '$asOf')})`;

/** The task `t` was open on $asOf: its document was in force then. */
const openTaskOn = (t: string): string =>
  `EXISTS { MATCH (od:Document {id: ${taskDocId(t)}}) WHERE ${documentOpenOn('od')} }`;

/** One row: the actor (null when unknown), every link it shares with a partner on a task for
 *  the filter's documents (partner, task and document by id), and those partners, tasks and
 *  documents once each: a document's properties (its section outline, ~1 KB) repeated on each
 *  of its links were most of the rows' bytes (docs/operations.md, "coordinationPartners").
 *  Shaped by partners.ts. With $asOf, the graph of that day: both bodies existed then, and the
 *  document was in force by then (its date of effect, else its issue date) and not yet
 *  replaced or repealed (its tasks were still open). */
export const PARTNERS = `
OPTIONAL MATCH (o:Actor {id: $id})
CALL {
  WITH o
  MATCH (o)<-[ro:LED_BY|COORDINATES_WITH]-(t:Task)-[rp:LED_BY|COORDINATES_WITH]->(p:Actor)
  WHERE p <> o AND ($includeGeneric OR NOT p:Generic)
    AND ($asOf IS NULL OR (${existsOn('o')} AND ${existsOn('p')}))
  MATCH (d:Document)-[:HAS_TASK]->(t)
  WHERE ($documents IS NULL OR d.id IN $documents)
    AND ($asOf IS NULL OR ${documentOpenOn('d')})
    AND ($issuedFrom IS NULL OR d.issuedDate >= $issuedFrom)
    AND ($issuedTo IS NULL OR d.issuedDate <= $issuedTo)
    AND ($tw IS NULL OR ($tw AND d.level = 'TW')
      OR (NOT $tw AND d.province = $province AND ($district IS NULL OR d.district = $district)))
  RETURN collect({
    partner: p.id, task: t.id, document: d.id,
    type: type(ro), rel: ${factProperties('ro')}, partnerType: type(rp), partnerRel: ${factProperties('rp')}
  }) AS links, collect(DISTINCT p) AS ps, collect(DISTINCT t) AS ts, collect(DISTINCT d) AS ds
}
RETURN CASE WHEN o IS NULL THEN null ELSE ${nodeProjection('o')} END AS actor, links,
  [x IN ps | ${nodeProjection('x')}] AS partners, [x IN ts | ${nodeProjection('x')}] AS tasks,
  [x IN ds | ${nodeProjection('x')}] AS documents`;

export const MIN_HOPS = 1;
export const MAX_HOPS = 6;

/**
 * The shortest chain between two actors, then every task each hop's two actors share. Actor and
 * task alternate by construction: LED_BY and COORDINATES_WITH only run from a task to an actor.
 * Intermediates must be organizations (groups when $throughGroups); the endpoints may be any
 * actor. With $asOf, the graph of that day: every actor on the chain existed then and every
 * task was open (its document in force, not yet replaced or repealed), as PARTNERS. Each hop's
 * links name their task and document by id beside those nodes once each, as PARTNERS (joined
 * in path.ts). The bound of a variable-length pattern cannot be a parameter, so there is one
 * statement per hop count (a closed list, never built from input).
 */
function pathQuery(maxHops: number): string {
  return `
OPTIONAL MATCH (a:Actor {id: $from})
OPTIONAL MATCH (b:Actor {id: $to})
CALL {
  WITH a, b
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = shortestPath((a)-[:LED_BY|COORDINATES_WITH*..${2 * maxHops}]-(b))
  WHERE all(x IN nodes(p) WHERE (x = a OR x = b OR x:Task OR x:Organization
    OR ($throughGroups AND x:OrgGroup))
    AND ($asOf IS NULL OR CASE WHEN x:Task THEN ${openTaskOn('x')} ELSE ${existsOn('x')} END))
  WITH nodes(p) AS ns
  UNWIND range(0, size(ns) / 2 - 1) AS i
  WITH i, ns[2 * i] AS x, ns[2 * i + 2] AS y
  MATCH (x)<-[rx:LED_BY|COORDINATES_WITH]-(t:Task)-[ry:LED_BY|COORDINATES_WITH]->(y)
  MATCH (d:Document)-[:HAS_TASK]->(t)
  WHERE $asOf IS NULL OR ${documentOpenOn('d')}
  WITH i, x, y, collect({
    task: t.id, document: d.id,
    type: type(rx), rel: ${factProperties('rx')}, partnerType: type(ry), partnerRel: ${factProperties('ry')}
  }) AS links, collect(DISTINCT t) AS ts, collect(DISTINCT d) AS ds
  ORDER BY i
  RETURN collect({from: ${nodeProjection('x')}, to: ${nodeProjection('y')}, links: links,
    tasks: [n IN ts | ${nodeProjection('n')}], documents: [n IN ds | ${nodeProjection('n')}]}) AS hops
}
RETURN CASE WHEN a IS NULL THEN null ELSE ${nodeProjection('a')} END AS from,
       CASE WHEN b IS NULL THEN null ELSE ${nodeProjection('b')} END AS to, hops`;
}

/** PATH[maxHops] for maxHops in MIN_HOPS..MAX_HOPS. */
export const PATH: ReadonlyMap<number, string> = new Map(
  Array.from({ length: MAX_HOPS - MIN_HOPS + 1 }, (_, i) => [
    i + MIN_HOPS,
    pathQuery(i + MIN_HOPS),
  ]),
);
