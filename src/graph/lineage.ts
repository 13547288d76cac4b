/**
 * Task lineage down the cascade: a lower document's task that restates an upper document's task
 * is linked (lower)-[:DERIVED_FROM]->(upper) with a score and the evidence of both.
 *
 * Candidates: the lower document implements the upper one, or both implement the same document
 * (a district plan and the Politburo's plan both carrying out Nghị quyết 20), and the upper one
 * sits at a higher level (TW > tỉnh > huyện > xã). Each lower task is linked to the upper task
 * it scores best with (lineage-score.ts), when that score reaches MIN_SCORE. A derived task due
 * after its source is flagged (`deadlineLater`) with both deadlines.
 *
 * Run after ingests (the CLI, the API's ingest and `npm start` call it), not inside each
 * document's write: it reads every related document's tasks.
 */
import type { Driver } from 'neo4j-driver';
import { SimilarityModel, sharedPhrases } from './lineage-score.ts';
import type { RelRow } from './rows.ts';
import {
  evidenceProjection,
  taskDocId,
  taskText,
  withoutOwnDocId,
  type Evidence,
} from './vocabulary.ts';

/** Below this a pair of tasks shares words ("kinh tế tập thể"), not a subject: chosen on the
 *  seeds, where 0.15–0.18 pairs share only the field's name and 0.2+ restate a task. */
export const MIN_SCORE = 0.2;

const RANK = `CASE $lvl WHEN 'TW' THEN 0 WHEN 'tinh' THEN 1 WHEN 'huyen' THEN 2 WHEN 'xa' THEN 3 END`;

export const LINEAGE_PAIRS = `
MATCH (lower:Document {status: 'ingested'})-[li:IMPLEMENTS]->(via:Document)
MATCH (upper:Document {status: 'ingested'})
WHERE upper <> lower AND (upper = via OR (upper)-[:IMPLEMENTS]->(via))
  AND ($ids IS NULL OR lower.id IN $ids OR upper.id IN $ids)
  AND ${RANK.replace('$lvl', 'upper.level')} < ${RANK.replace('$lvl', 'lower.level')}
OPTIONAL MATCH (upper)-[ui:IMPLEMENTS]->(via)
WITH lower, upper, via, li, ui ORDER BY CASE WHEN upper = via THEN 0 ELSE 1 END, via.id
WITH lower, upper, head(collect({
  via: via.id, direct: upper = via,
  lowerRef: ${evidenceProjection('li')}, upperRef: ${evidenceProjection('ui')}
})) AS link
CALL {
  WITH lower MATCH (lower)-[:HAS_TASK]->(t:Task)
  WITH lower, t ORDER BY t.ordinal
  RETURN collect(t {.id, text: ${taskText('t')}, .dueEnd, .deadlineText, docId: lower.id, .start, .end, .quote}) AS lowerTasks
}
CALL {
  WITH upper MATCH (upper)-[:HAS_TASK]->(t:Task)
  WITH upper, t ORDER BY t.ordinal
  RETURN collect(t {.id, text: ${taskText('t')}, .dueEnd, .deadlineText, docId: upper.id, .start, .end, .quote}) AS upperTasks
}
RETURN lower.id AS lower, upper.id AS upper, link, lowerTasks, upperTasks
ORDER BY lower, upper`;

export const WRITE_LINEAGE = `
UNWIND $pairs AS pair
CALL {
  WITH pair
  // From the lower document's tasks (not a scan of every task for its docId).
  MATCH (:Document {id: pair.lower})-[:HAS_TASK]->(:Task)-[x:DERIVED_FROM]->(b:Task)
  WHERE ${taskDocId('b')} = pair.upper DELETE x
}
WITH collect(pair) AS done
UNWIND $links AS link
MATCH (a:Task {id: link.from})
MATCH (b:Task {id: link.to})
CREATE (a)-[r:DERIVED_FROM]->(b)
SET r = link.props
RETURN count(r) AS linked`;

export interface LineageTask extends Evidence {
  id: string;
  text: string;
  dueEnd: string | null;
  deadlineText: string | null;
}

export interface LineagePair {
  lower: string;
  upper: string;
  link: {
    via: string;
    direct: boolean;
    lowerRef: Evidence | null;
    upperRef: Evidence | null;
  };
  lowerTasks: LineageTask[];
  upperTasks: LineageTask[];
}

/** The DERIVED_FROM links of one pair of documents (pure). */
export function lineageLinks(pair: LineagePair, minScore = MIN_SCORE): RelRow[] {
  const { lowerTasks, upperTasks, link } = pair;
  const model = new SimilarityModel([...lowerTasks, ...upperTasks].map((t) => t.text));
  const links: RelRow[] = [];
  lowerTasks.forEach((lower, i) => {
    let best = -1;
    let score = 0;
    upperTasks.forEach((_, j) => {
      const s = model.score(i, lowerTasks.length + j);
      if (s > score) [best, score] = [j, s];
    });
    const upper = upperTasks[best];
    if (!upper || score < minScore) return;
    const later = lower.dueEnd !== null && upper.dueEnd !== null && lower.dueEnd > upper.dueEnd;
    links.push({
      from: lower.id,
      to: upper.id,
      // The derived task's own passage is the relationship's evidence (its docId the task's own:
      // not stored, vocabulary.ts withoutOwnDocId); the source's beside it.
      props: withoutOwnDocId(
        {
          docId: lower.docId,
          start: lower.start,
          end: lower.end,
          quote: lower.quote,
          sourceDocId: upper.docId,
          sourceStart: upper.start,
          sourceEnd: upper.end,
          sourceQuote: upper.quote,
          score,
          sharedPhrases: sharedPhrases(lower.text, upper.text),
          via: link.via,
          direct: link.direct,
          implementsQuote: link.lowerRef?.quote ?? null,
          sourceImplementsQuote: link.direct ? null : (link.upperRef?.quote ?? null),
          dueEnd: lower.dueEnd,
          sourceDueEnd: upper.dueEnd,
          deadlineLater: later,
        },
        lower.docId,
      ),
    });
  });
  return links;
}

/** Recomputes the lineage of these documents (all when `ids` is null); answers the links made. */
export async function linkLineage(
  driver: Driver,
  database: string,
  ids: readonly string[] | null = null,
): Promise<number> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const found = await tx.run(LINEAGE_PAIRS, { ids });
      const pairs = found.records.map((r) => r.toObject() as unknown as LineagePair);
      if (pairs.length === 0) return 0;
      const links = pairs.flatMap((p) => lineageLinks(p));
      const written = await tx.run(WRITE_LINEAGE, {
        pairs: pairs.map((p) => ({ lower: p.lower, upper: p.upper })),
        links,
      });
      return Number(written.records[0]?.get('linked') ?? 0);
    });
  } finally {
    await session.close();
  }
}
