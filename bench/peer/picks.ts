/** The graph's entities the peer questions ask about (bench:peer, bench:api-cpu). */
import type { Driver } from 'neo4j-driver';
import type { Picks } from './questions.ts';

async function one(driver: Driver, database: string, cypher: string): Promise<string> {
  const { records } = await driver.executeQuery(cypher, {}, { database });
  const value = records[0]?.get('v') as string | undefined;
  if (!value) throw new Error(`the graph has nothing for: ${cypher}`);
  return value;
}

export async function pick(driver: Driver, database: string): Promise<Picks> {
  const q = (cypher: string) => one(driver, database, cypher);
  // The half-year with the most tasks due ("2024-2" = July to December 2024).
  const half = await q(
    "MATCH (t:Task) WHERE t.dueEnd IS NOT NULL WITH left(t.dueEnd, 4) + CASE WHEN substring(t.dueEnd, 5, 2) <= '06' THEN '-1' ELSE '-2' END AS v RETURN v, count(*) AS n ORDER BY n DESC, v LIMIT 1",
  );
  const [year, part] = half.split('-');
  return {
    document: await q(
      "MATCH (d:Document {status: 'ingested'}) WHERE EXISTS { (d)-[:IMPLEMENTS]->() } RETURN d.id AS v, COUNT { (d)-[:SENT_TO]->() } AS n ORDER BY n DESC, v LIMIT 1",
    ),
    body: await q(
      'MATCH (o:Organization)<-[:LED_BY]-(t:Task) RETURN o.id AS v, count(t) AS n ORDER BY n DESC, v LIMIT 1',
    ),
    resolution: await q(
      'MATCH (d:Document)<-[:IMPLEMENTS]-(i:Document) RETURN d.id AS v, count(DISTINCT i) AS n ORDER BY n DESC, v LIMIT 1',
    ),
    dueFrom: part === '1' ? `${year}-01-01` : `${year}-07-01`,
    dueTo: part === '1' ? `${year}-06-30` : `${year}-12-31`,
    province: await q(
      'MATCH (d:Document)-[:HAS_TASK]->(:Task) WHERE d.province IS NOT NULL RETURN d.province AS v, count(*) AS n ORDER BY n DESC, v LIMIT 1',
    ),
  };
}
