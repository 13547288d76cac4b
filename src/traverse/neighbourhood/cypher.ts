/**
 * The neighbourhood of any node (Document, Actor, Task, Target): every node within $depth hops
 * (1–3, any relationship, either direction), level by level so each node is visited once, and
 * the relationships followed to reach them (both ends in the neighbourhood, at least one nearer
 * than $depth). A level stops growing at $limit nodes and the statement stops expanding once
 * $maxNodes is passed: `exceeded` then says so and no nodes are returned.
 *
 * What the viewer may not see (a hidden document, its tasks and targets) is left out while the
 * levels grow, not scrubbed from the answer afterwards: a hidden centre is an unknown id
 * (NOT_FOUND), a node reached only through a hidden document is not reached, and the size
 * checked against $maxNodes is the visible one, so no count tells of what is hidden.
 */
import { factProperties, nodeProjection } from '../../graph/vocabulary.ts';
import { visibleCondition } from '../../read/viewer.ts';

/** Nodes of one level: neighbours of `frontier` not in `seen`, at most $limit of them. */
function level(k: number, frontier: string, seen: string[]): string {
  const known = seen.map((s) => `NOT y IN ${s}`).join(' AND ');
  return `
CALL {
  WITH ${seen.join(', ')}
  WITH ${seen.join(', ')} WHERE $depth >= ${k} AND size(${seen.join(' + ')}) <= $maxNodes
  UNWIND ${frontier} AS x
  MATCH (x)--(y)
  WHERE ${known} AND NOT y:DocumentText AND ${visibleCondition('y')}
  WITH DISTINCT y LIMIT $limit
  RETURN collect(y) AS l${k}
}`;
}

export const NEIGHBOURHOOD = `
CALL {
  MATCH (n:Document {id: $id}) WHERE ${visibleCondition('n')} RETURN n
  UNION
  MATCH (n:Actor {id: $id}) WHERE ${visibleCondition('n')} RETURN n
  UNION
  MATCH (n:Task {id: $id}) WHERE ${visibleCondition('n')} RETURN n
  UNION
  MATCH (n:Target {id: $id}) WHERE ${visibleCondition('n')} RETURN n
}
WITH [n] AS l0 LIMIT 1
${level(1, 'l0', ['l0'])}
${level(2, 'l1', ['l0', 'l1'])}
${level(3, 'l2', ['l0', 'l1', 'l2'])}
WITH l0, l1, l2, l3, l0 + l1 + l2 + l3 AS everything,
     CASE $depth WHEN 1 THEN l0 WHEN 2 THEN l0 + l1 ELSE l0 + l1 + l2 END AS inner
WITH l0, l1, l2, l3, everything, inner, size(everything) > $maxNodes AS exceeded
CALL {
  WITH everything, inner, exceeded
  WITH everything, inner WHERE NOT exceeded
  UNWIND inner AS a
  MATCH (a)-[r]-(b) WHERE b IN everything
  WITH DISTINCT r
  RETURN collect({
    type: type(r), source: startNode(r).id, target: endNode(r).id, props: ${factProperties('r')}
  }) AS edges
}
RETURN exceeded, size(everything) AS count,
  CASE WHEN exceeded THEN [] ELSE
    [x IN l0 | {depth: 0, node: ${nodeProjection('x')}}] + [x IN l1 | {depth: 1, node: ${nodeProjection('x')}}] +
    [x IN l2 | {depth: 2, node: ${nodeProjection('x')}}] + [x IN l3 | {depth: 3, node: ${nodeProjection('x')}}]
  END AS nodes,
  edges`;
