/**
 * A body's deadlines: the tasks it leads, coordinates or is reported to that fall due on a date,
 * and with `includeCascade` the tasks that restate them down the cascade (DERIVED_FROM, up to 4
 * hops) — what a calendar feed of that body shows. One statement.
 */
import { taskDocId, taskText } from '../../graph/vocabulary.ts';
import { notFound } from '../../read/errors.ts';
import type { Props } from '../../read/models.ts';
import type { GraphReader } from '../../read/reader.ts';

export const DEADLINES = `
MATCH (a:Actor {id: $actor})
OPTIONAL MATCH (t:Task)-[:LED_BY|COORDINATES_WITH|REPORTS_TO]->(a)
WITH a, collect(DISTINCT t) AS own
CALL {
  WITH own
  UNWIND CASE WHEN $cascade THEN own ELSE [] END AS s
  MATCH (x:Task)-[:DERIVED_FROM*1..4]->(s)
  RETURN collect(DISTINCT x) AS derived
}
WITH a, own, [x IN derived WHERE NOT x IN own] AS derived
UNWIND own + derived AS t
WITH a, t, t IN own AS own WHERE t.dueEnd IS NOT NULL
MATCH (d:Document {id: ${taskDocId('t')}})
OPTIONAL MATCH (t)-[:LED_BY]->(l:Actor)
WITH a, t, own, d, l ORDER BY l.name
RETURN a.name AS actorName, t {.id, text: ${taskText('t')}, .section, .dueEnd, .deadlineText} AS task,
       d {.id, .number, .title} AS document, own, collect(l.name) AS leads
ORDER BY task.dueEnd, task.id`;

const ACTOR_NAME = `MATCH (a:Actor {id: $actor}) RETURN a.name AS actorName`;

export interface DeadlineModel {
  taskId: string;
  text: string;
  section: string | null;
  due: string;
  deadlineText: string | null;
  documentId: string;
  documentNumber: string | null;
  documentTitle: string | null;
  /** The body's own task (false: a task restating one of its tasks, lower down). */
  own: boolean;
  leads: string[];
}

export interface DeadlineFeed {
  actorId: string;
  actorName: string;
  deadlines: DeadlineModel[];
}

function toDeadline(row: Props): DeadlineModel {
  const task = row.task as Props;
  const doc = row.document as Props;
  return {
    taskId: task.id as string,
    text: task.text as string,
    section: (task.section as string | null) ?? null,
    due: task.dueEnd as string,
    deadlineText: (task.deadlineText as string | null) ?? null,
    documentId: doc.id as string,
    documentNumber: (doc.number as string | null) ?? null,
    documentTitle: (doc.title as string | null) ?? null,
    own: row.own === true,
    leads: row.leads as string[],
  };
}

export async function readDeadlines(
  db: GraphReader,
  actor: string,
  includeCascade: boolean,
): Promise<DeadlineFeed> {
  const rows = await db.read(DEADLINES, { actor, cascade: includeCascade });
  let name = rows[0]?.actorName as string | undefined;
  // A body with no dated task still has a (empty) feed; an unknown id has none.
  if (name === undefined) name = (await db.read(ACTOR_NAME, { actor }))[0]?.actorName as string;
  if (name === undefined) throw notFound(`no actor ${actor}`, { parameter: 'actor' });
  return { actorId: actor, actorName: name, deadlines: rows.map(toDeadline) };
}
