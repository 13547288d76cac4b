/** The graph's counts as a viewer who may not see everything sees them (viewer.ts): documents,
 *  tasks and document-scoped bodies of hidden documents are not counted. The unrestricted count
 *  is src/graph/stats.ts (count store, no scan). */
import type { GraphReader } from './reader.ts';
import { visibleCondition } from './viewer.ts';

const VISIBLE_STATS = `
CALL { MATCH (n:Document) WHERE ${visibleCondition('n')} RETURN count(n) AS documents }
CALL { MATCH (n:Document {status: 'ingested'}) WHERE ${visibleCondition('n')}
       RETURN count(n) AS ingestedDocuments }
CALL { MATCH (n:Organization) WHERE ${visibleCondition('n')} RETURN count(n) AS organizations }
CALL { MATCH (n:Task) WHERE ${visibleCondition('n')} RETURN count(n) AS tasks }
RETURN documents, ingestedDocuments, organizations, tasks`;

export interface VisibleStats {
  documents: number;
  ingestedDocuments: number;
  organizations: number;
  tasks: number;
}

export async function readVisibleStats(db: GraphReader): Promise<VisibleStats> {
  const [row] = await db.read(VISIBLE_STATS);
  return {
    documents: Number(row?.documents ?? 0),
    ingestedDocuments: Number(row?.ingestedDocuments ?? 0),
    organizations: Number(row?.organizations ?? 0),
    tasks: Number(row?.tasks ?? 0),
  };
}
