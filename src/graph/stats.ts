/** Counts of the main node kinds: one Cypher query. */
import type { Driver } from 'neo4j-driver';

export interface GraphStats {
  documents: number;
  ingestedDocuments: number;
  organizations: number;
  tasks: number;
}

const STATS = `
CALL { MATCH (d:Document) RETURN count(d) AS documents }
CALL { MATCH (d:Document {status: 'ingested'}) RETURN count(d) AS ingestedDocuments }
CALL { MATCH (o:Organization) RETURN count(o) AS organizations }
CALL { MATCH (t:Task) RETURN count(t) AS tasks }
RETURN documents, ingestedDocuments, organizations, tasks`;

export async function readStats(driver: Driver, database: string): Promise<GraphStats> {
  const { records } = await driver.executeQuery(STATS, {}, { database, routing: 'READ' });
  const row = records[0];
  if (!row) throw new Error('stats query returned no row');
  return {
    documents: row.get('documents') as number,
    ingestedDocuments: row.get('ingestedDocuments') as number,
    organizations: row.get('organizations') as number,
    tasks: row.get('tasks') as number,
  };
}
