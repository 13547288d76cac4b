/**
 * Migration 0010: a store written before a link's mention was stored once (beside an equal quote)
 * is rewritten, also when several processes start on it at once; a mention that differs is kept.
 */
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../src/db/migrations.ts';
import { database, testDriver, useTestDriver } from '../support/neo4j.ts';

const db = useTestDriver();

const OLD_STORE = `
CREATE (t:Task {id: 'mention-once:t1', text: 'Xây dựng kế hoạch', quote: 'Xây dựng kế hoạch'})
CREATE (a:Actor:Organization {id: 'mention-once:a'})
CREATE (t)-[:LED_BY {quote: 'Sở Nội vụ', mention: 'Sở Nội vụ'}]->(a)
CREATE (t)-[:COORDINATES_WITH {quote: 'các sở', mention: 'các sở, ngành'}]->(a)
CREATE (t)-[:REPORTS_TO {quote: 'UBND tỉnh', mention: 'UBND tỉnh'}]->(a)`;

describe('migration 0010-mention-stored-once', () => {
  it('removes mentions equal to their quote, once, under a concurrent start', async () => {
    // The schema as any start leaves it (a fresh one costs the test its time), then a store of before.
    await runMigrations(db.driver, database);
    await db.driver.executeQuery(
      "MATCH (n) WHERE n.id STARTS WITH 'mention-once:' DETACH DELETE n",
      {},
      { database },
    );
    await db.driver.executeQuery(OLD_STORE, {}, { database });
    await db.driver.executeQuery(
      "MATCH (m:Migration {id: '0010-mention-stored-once'}) DELETE m",
      {},
      { database },
    );
    const drivers = [1, 2, 3].map(() => testDriver());
    try {
      const results = await Promise.all(drivers.map((d) => runMigrations(d, database)));
      expect(results.flatMap((r) => r.applied)).toContain('0010-mention-stored-once');
    } finally {
      await Promise.all(drivers.map((d) => d.close()));
    }
    const { records } = await db.driver.executeQuery(
      `MATCH (t:Task {id: 'mention-once:t1'})-[r]->()
       RETURN t.quote AS quote, type(r) AS type, r.mention AS mention ORDER BY type`,
      {},
      { database },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { quote: 'Xây dựng kế hoạch', type: 'COORDINATES_WITH', mention: 'các sở, ngành' },
      { quote: 'Xây dựng kế hoạch', type: 'LED_BY', mention: null },
      { quote: 'Xây dựng kế hoạch', type: 'REPORTS_TO', mention: null },
    ]);
    // A later start: nothing left to apply.
    expect((await runMigrations(db.driver, database)).applied).toEqual([]);
  });
});
