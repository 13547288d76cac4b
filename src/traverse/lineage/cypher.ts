/** Task lineage (DERIVED_FROM, written by src/graph/lineage.ts), batched by task id ($keys). */

/** Rank of a level, highest first, for ordering. */
const rank = (v: string): string =>
  `CASE ${v} WHEN 'TW' THEN 0 WHEN 'tinh' THEN 1 WHEN 'huyen' THEN 2 WHEN 'xa' THEN 3 ELSE 4 END`;

/** The tasks each task restates (one hop up). */
export const DERIVED_FROM = `
UNWIND $keys AS key
MATCH (a:Task {id: key})-[r:DERIVED_FROM]->(b:Task)
OPTIONAL MATCH (d:Document {id: ${taskDocId('a')}})
RETURN key, 1 AS depth, a.id AS derived, b.id AS source, ${factProperties('r')} AS rel, d.level AS level
ORDER BY key, r.score DESC, source`;

/**
 * The tasks that restate each task, transitively (up to 4 hops), each once at its shortest
 * depth with the hop it restates, highest level first.
 */
export const DERIVED_TASKS = `
UNWIND $keys AS key
MATCH p = (x:Task)-[:DERIVED_FROM*1..4]->(:Task {id: key})
WITH key, x, p ORDER BY length(p)
WITH key, x, head(collect(p)) AS p
WITH key, x, length(p) AS depth, relationships(p)[0] AS r
OPTIONAL MATCH (d:Document {id: ${taskDocId('x')}})
RETURN key, depth, x.id AS derived, endNode(r).id AS source, ${factProperties('r')} AS rel,
       d.level AS level
ORDER BY key, ${rank('level')}, depth, derived`;

/** Derived tasks due after the task they restate (optionally of one document, either side). */
export const LATE_DERIVED = `
MATCH (a:Task)-[r:DERIVED_FROM]->(b:Task)
WHERE r.deadlineLater AND ($document IS NULL OR ${taskDocId('a')} = $document OR ${taskDocId('b')} = $document)
OPTIONAL MATCH (d:Document {id: ${taskDocId('a')}})
RETURN a.id AS key, 1 AS depth, a.id AS derived, b.id AS source, ${factProperties('r')} AS rel,
       d.level AS level
ORDER BY derived, source
LIMIT $limit`;
import { factProperties, taskDocId } from '../../graph/vocabulary.ts';
