/** Tasks: their actors, batched by task id ($keys); the list query is the read layer's. */
import { factProperties, nodeProjection, taskSectionTitles } from '../../graph/vocabulary.ts';

/** Leads, coordinators and report recipients of each task, in text order. */
export const TASK_ACTORS = `
UNWIND $keys AS key
MATCH (:Task {id: key})-[r:LED_BY|COORDINATES_WITH|REPORTS_TO]->(a:Actor)
RETURN key, type(r) AS type, ${nodeProjection('a')} AS node, ${factProperties('r')} AS rel
ORDER BY key, r.start, a.id`;

/** Each task's section titles: its own or its section's entry on its document. */
export const TASK_SECTION_TITLES = `
UNWIND $keys AS key
MATCH (d:Document)-[:HAS_TASK]->(t:Task {id: key})
RETURN key, ${taskSectionTitles('t', 'd')} AS titles`;
