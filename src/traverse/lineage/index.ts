/**
 * Lineage down the cascade as read: each DERIVED_FROM hop with its score, evidence and deadline
 * check (one statement per call, batched by task id).
 */
import neo4j from 'neo4j-driver';
import type { Evidence } from '../../graph/vocabulary.ts';
import { toEvidence, type Props } from '../../read/models.ts';
import type { GraphReader } from '../../read/reader.ts';
import { DERIVED_FROM, DERIVED_TASKS, LATE_DERIVED } from './cypher.ts';

export interface LineageEdgeModel {
  /** The task that restates (lower). */
  derived: string;
  /** The task it restates (upper). */
  source: string;
  /** Hops from the task asked about. */
  depth: number;
  /** Level of the derived task's document. */
  level: string | null;
  score: number;
  sharedPhrases: string[];
  via: string | null;
  direct: boolean;
  implementsQuote: string | null;
  sourceImplementsQuote: string | null;
  derivedEvidence: Evidence;
  sourceEvidence: Evidence;
  deadlineLater: boolean;
  derivedDeadline: string | null;
  sourceDeadline: string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function toLineageEdge(row: Props): LineageEdgeModel {
  const rel = row.rel as Props;
  return {
    derived: row.derived as string,
    source: row.source as string,
    depth: Number(row.depth),
    level: str(row.level),
    score: Number(rel.score),
    sharedPhrases: (rel.sharedPhrases as string[] | null) ?? [],
    via: str(rel.via),
    direct: rel.direct === true,
    implementsQuote: str(rel.implementsQuote),
    sourceImplementsQuote: str(rel.sourceImplementsQuote),
    derivedEvidence: toEvidence(rel),
    sourceEvidence: {
      docId: rel.sourceDocId as string,
      start: Number(rel.sourceStart),
      end: Number(rel.sourceEnd),
      quote: rel.sourceQuote as string,
    },
    deadlineLater: rel.deadlineLater === true,
    derivedDeadline: str(rel.dueEnd),
    sourceDeadline: str(rel.sourceDueEnd),
  };
}

async function grouped(
  db: GraphReader,
  cypher: string,
  keys: readonly string[],
): Promise<Map<string, LineageEdgeModel[]>> {
  const out = new Map<string, LineageEdgeModel[]>();
  for (const row of await db.read(cypher, { keys })) {
    const key = row.key as string;
    out.set(key, [...(out.get(key) ?? []), toLineageEdge(row)]);
  }
  return out;
}

/** For each task: the tasks it restates. */
export function derivedFrom(db: GraphReader, keys: readonly string[]) {
  return grouped(db, DERIVED_FROM, keys);
}

/** For each task: the tasks that restate it, transitively, highest level first. */
export function derivedTasks(db: GraphReader, keys: readonly string[]) {
  return grouped(db, DERIVED_TASKS, keys);
}

/** Derived tasks due after their source (a document's, or all), at most `limit`. */
export async function lateDerivedTasks(
  db: GraphReader,
  document: string | null,
  limit: number,
): Promise<LineageEdgeModel[]> {
  return (await db.read(LATE_DERIVED, { document, limit: neo4j.int(limit) })).map(toLineageEdge);
}
