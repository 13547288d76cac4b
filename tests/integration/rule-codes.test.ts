/**
 * Migration 0014: a store written before a link's resolver rule was stored by its code
 * (vocabulary.ts RULE_CODES) is rewritten, also when several processes start on it at once; a
 * name without a code is kept as it is, and every reader still answers the rule's name
 * (vocabulary.ts factProperties).
 */
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../src/db/migrations.ts';
import { factProperties } from '../../src/graph/vocabulary.ts';
import { database, testDriver, useTestDriver } from '../support/neo4j.ts';

const db = useTestDriver();

const OLD_STORE = `
CREATE (d:Document {id: 'rule-codes:kh-67'})
CREATE (t:Task {id: 'rule-codes:kh-67#1', docId: 'rule-codes:kh-67', quote: 'Mặt trận Tổ quốc chủ trì'})
CREATE (a:Actor:Organization {id: 'rule-codes:ban-thuong-vu'})
CREATE (m:Actor:Organization {id: 'rule-codes:uy-ban-mttq'})
CREATE (g:Actor:Generic {id: 'rule-codes:cac-co-quan'})
CREATE (d)-[:HAS_TASK {ordinal: 1}]->(t)
CREATE (d)-[:ISSUED_BY {start: 530, end: 562, quote: 'Ban Thường vụ Huyện ủy Vĩnh Linh', rule: 'registry-jurisdiction', confidence: 1}]->(a)
CREATE (t)-[:LED_BY {start: 5727, end: 5743, quote: 'Mặt trận Tổ quốc', rule: 'level-of-document+relative-to-jurisdiction', confidence: 0.8}]->(m)
CREATE (d)-[:SENT_TO {start: 900, end: 914, quote: 'Các cơ quan', rule: 'a-rule-without-code', confidence: 1}]->(g)`;

describe('migration 0014-link-rule-codes', () => {
  it("stores each link's rule by its code, once, under a concurrent start; reads answer its name", async () => {
    await runMigrations(db.driver, database);
    await db.driver.executeQuery(
      "MATCH (n) WHERE n.id STARTS WITH 'rule-codes:' DETACH DELETE n",
      {},
      { database },
    );
    await db.driver.executeQuery(OLD_STORE, {}, { database });
    await db.driver.executeQuery(
      "MATCH (m:Migration {id: '0014-link-rule-codes'}) DELETE m",
      {},
      { database },
    );
    const drivers = [1, 2, 3].map(() => testDriver());
    try {
      const results = await Promise.all(drivers.map((d) => runMigrations(d, database)));
      expect(results.flatMap((r) => r.applied)).toContain('0014-link-rule-codes');
    } finally {
      await Promise.all(drivers.map((d) => d.close()));
    }
    const { records } = await db.driver.executeQuery(
      `MATCH (s)-[r]->(a:Actor) WHERE a.id STARTS WITH 'rule-codes:'
       RETURN type(r) AS type, r.rule AS stored, ${factProperties('r')} AS read ORDER BY type`,
      {},
      { database },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      {
        type: 'ISSUED_BY',
        stored: 'RJ',
        read: {
          docId: 'rule-codes:kh-67',
          start: 530,
          end: 562,
          quote: 'Ban Thường vụ Huyện ủy Vĩnh Linh',
          rule: 'registry-jurisdiction',
          confidence: 1,
        },
      },
      {
        type: 'LED_BY',
        stored: 'LD+TJ',
        read: {
          docId: 'rule-codes:kh-67',
          start: 5727,
          end: 5743,
          quote: 'Mặt trận Tổ quốc',
          rule: 'level-of-document+relative-to-jurisdiction',
          confidence: 0.8,
        },
      },
      {
        type: 'SENT_TO',
        stored: 'a-rule-without-code',
        read: {
          docId: 'rule-codes:kh-67',
          start: 900,
          end: 914,
          quote: 'Các cơ quan',
          rule: 'a-rule-without-code',
          confidence: 1,
        },
      },
    ]);
    // A later start: nothing left to apply; the rewrite again changes nothing.
    expect((await runMigrations(db.driver, database)).applied).toEqual([]);
  });
});
