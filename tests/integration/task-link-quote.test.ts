/**
 * Migration 0015: a store written before a task link's quote was left to its task's quote is
 * rewritten, also when several processes start on it at once; a quote that is not a span of the
 * task's (a lead named in the section's heading) is kept, and every reader still answers it
 * (vocabulary.ts factProperties, evidenceProjection).
 */
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../src/db/migrations.ts';
import { evidenceProjection, factProperties } from '../../src/graph/vocabulary.ts';
import { database, testDriver, useTestDriver } from '../support/neo4j.ts';

const db = useTestDriver();

// seed/documents/000_20a41b9271eee9a1.txt, task 5.1.1 (its quote cut after the coordinator).
const OLD_STORE = `
CREATE (d:Document {id: 'task-link-quote:10-kh-tw'})
CREATE (t:Task {id: 'task-link-quote:10-kh-tw#5.1.1', docId: 'task-link-quote:10-kh-tw', start: 4473, end: 4560,
  quote: '- Chủ trì, phối hợp với Ban cán sự đảng Chính phủ nghiên cứu sửa đổi, bổ sung Luật Hợp tác xã'})
CREATE (q:Actor:Organization {id: 'task-link-quote:dang-doan-quoc-hoi'})
CREATE (c:Actor:Organization {id: 'task-link-quote:ban-can-su-dang-chinh-phu'})
CREATE (d)-[:HAS_TASK {ordinal: 10}]->(t)
CREATE (t)-[:LED_BY {start: 4453, end: 4471, quote: 'Đảng đoàn Quốc hội', rule: 'RN', confidence: 1}]->(q)
CREATE (t)-[:COORDINATES_WITH {start: 4497, end: 4522, quote: 'Ban cán sự đảng Chính phủ', rule: 'RN', confidence: 1}]->(c)`;

describe('migration 0015-task-link-quote-derived', () => {
  it("removes quotes that are spans of the task's, once, under a concurrent start; reads answer them", async () => {
    await runMigrations(db.driver, database);
    await db.driver.executeQuery(
      "MATCH (n) WHERE n.id STARTS WITH 'task-link-quote:' DETACH DELETE n",
      {},
      { database },
    );
    await db.driver.executeQuery(OLD_STORE, {}, { database });
    await db.driver.executeQuery(
      "MATCH (m:Migration {id: '0015-task-link-quote-derived'}) DELETE m",
      {},
      { database },
    );
    const drivers = [1, 2, 3].map(() => testDriver());
    try {
      const results = await Promise.all(drivers.map((d) => runMigrations(d, database)));
      expect(results.flatMap((r) => r.applied)).toContain('0015-task-link-quote-derived');
    } finally {
      await Promise.all(drivers.map((d) => d.close()));
    }
    const { records } = await db.driver.executeQuery(
      `MATCH (:Task {id: 'task-link-quote:10-kh-tw#5.1.1'})-[r]->(a:Actor)
       RETURN type(r) AS type, r.quote AS stored, ${factProperties('r')} AS read,
              ${evidenceProjection('r')} AS evidence ORDER BY type`,
      {},
      { database },
    );
    const docId = 'task-link-quote:10-kh-tw';
    expect(records.map((r) => r.toObject())).toEqual([
      {
        type: 'COORDINATES_WITH',
        stored: null,
        read: {
          docId,
          start: 4497,
          end: 4522,
          quote: 'Ban cán sự đảng Chính phủ',
          rule: 'registry-name',
          confidence: 1,
        },
        evidence: { docId, start: 4497, end: 4522, quote: 'Ban cán sự đảng Chính phủ' },
      },
      {
        type: 'LED_BY',
        stored: 'Đảng đoàn Quốc hội',
        read: {
          docId,
          start: 4453,
          end: 4471,
          quote: 'Đảng đoàn Quốc hội',
          rule: 'registry-name',
          confidence: 1,
        },
        evidence: { docId, start: 4453, end: 4471, quote: 'Đảng đoàn Quốc hội' },
      },
    ]);
    // A later start: nothing left to apply.
    expect((await runMigrations(db.driver, database)).applied).toEqual([]);
  });
});
