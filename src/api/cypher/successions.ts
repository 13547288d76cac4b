/** Successions (SUCCEEDED_BY) of organizations, batched by organization id ($keys). */

const node = (v: string): string => `${v} {.*, labels: labels(${v})}`;

/** Rows `key, node, rel`: the organization `o` at the other end of `r`, per key. */
const across = (pattern: string): string => `
UNWIND $keys AS key
MATCH ${pattern}
RETURN key, ${node('o')} AS node, properties(r) AS rel ORDER BY key, o.id`;

export const ORG_SUCCESSORS = across('(:Actor {id: key})-[r:SUCCEEDED_BY]->(o:Organization)');
export const ORG_PREDECESSORS = across('(o:Organization)-[r:SUCCEEDED_BY]->(:Actor {id: key})');

/**
 * The bodies of $date for each key: the body itself while it exists then, else every chain of
 * successions taken by $date that ends at a body existing then. At most 6 steps (a body merged
 * twice in a year is two).
 */
export const RESPONSIBLE_ON = `
UNWIND $keys AS key
MATCH (a:Organization {id: key})
CALL {
  WITH a
  WITH a WHERE a.validTo IS NULL OR a.validTo >= $date
  RETURN a AS body, [] AS steps
  UNION
  WITH a
  MATCH p = (a)-[:SUCCEEDED_BY*1..6]->(b:Organization)
  WHERE a.validTo < $date
    AND all(r IN relationships(p) WHERE r.date <= $date)
    AND (b.validTo IS NULL OR b.validTo >= $date)
    AND all(x IN nodes(p)[..-1] WHERE x.validTo < $date)
  RETURN b AS body,
    [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, date: r.date,
      basis: r.basis, share: r.share}] AS steps
}
RETURN key, ${node('body')} AS node, steps ORDER BY key, body.id`;
