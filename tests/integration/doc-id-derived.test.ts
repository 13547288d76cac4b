/**
 * Migration 0011: a store written before a fact's docId was left to its start node (the
 * document itself, or a task's docId) is rewritten, also when several processes start on it at
 * once; a docId that differs (a sao y copy's links, read from the original's text) is kept, and
 * every reader still answers it (vocabulary.ts factProperties, evidenceProjection).
 */
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../src/db/migrations.ts';
import { evidenceProjection, factProperties } from '../../src/graph/vocabulary.ts';
import { database, testDriver, useTestDriver } from '../support/neo4j.ts';

const db = useTestDriver();

const OLD_STORE = `
CREATE (d:Document {id: 'doc-id-derived:kh-12'})
CREATE (c:Document {id: 'doc-id-derived:kh-12-sao-y', copiedIn: 'doc-id-derived:kh-12'})
CREATE (t:Task {id: 'doc-id-derived:kh-12#1', docId: 'doc-id-derived:kh-12', quote: 'Xây dựng kế hoạch'})
CREATE (a:Actor:Organization {id: 'doc-id-derived:so-noi-vu'})
CREATE (d)-[:HAS_TASK {ordinal: 1}]->(t)
CREATE (d)-[:ISSUED_BY {docId: 'doc-id-derived:kh-12', start: 0, end: 11, quote: 'UBND TỈNH'}]->(a)
CREATE (t)-[:LED_BY {docId: 'doc-id-derived:kh-12', start: 40, end: 49, quote: 'Sở Nội vụ'}]->(a)
CREATE (c)-[:SENT_TO {docId: 'doc-id-derived:kh-12', start: 90, end: 99, quote: 'Sở Nội vụ'}]->(a)`;

describe('migration 0011-fact-doc-id-derived', () => {
  it("removes docIds equal to the start node's own document, once, under a concurrent start; reads answer them", async () => {
    await runMigrations(db.driver, database);
    await db.driver.executeQuery(
      "MATCH (n) WHERE n.id STARTS WITH 'doc-id-derived:' DETACH DELETE n",
      {},
      { database },
    );
    await db.driver.executeQuery(OLD_STORE, {}, { database });
    await db.driver.executeQuery(
      "MATCH (m:Migration {id: '0011-fact-doc-id-derived'}) DELETE m",
      {},
      { database },
    );
    const drivers = [1, 2, 3].map(() => testDriver());
    try {
      const results = await Promise.all(drivers.map((d) => runMigrations(d, database)));
      expect(results.flatMap((r) => r.applied)).toContain('0011-fact-doc-id-derived');
    } finally {
      await Promise.all(drivers.map((d) => d.close()));
    }
    const { records } = await db.driver.executeQuery(
      `MATCH (s)-[r]->(:Actor {id: 'doc-id-derived:so-noi-vu'})
       RETURN type(r) AS type, r.docId AS stored, ${factProperties('r')} AS read,
              ${evidenceProjection('r')} AS evidence ORDER BY type`,
      {},
      { database },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      {
        type: 'ISSUED_BY',
        stored: null,
        read: { docId: 'doc-id-derived:kh-12', start: 0, end: 11, quote: 'UBND TỈNH' },
        evidence: { docId: 'doc-id-derived:kh-12', start: 0, end: 11, quote: 'UBND TỈNH' },
      },
      {
        type: 'LED_BY',
        stored: null,
        read: { docId: 'doc-id-derived:kh-12', start: 40, end: 49, quote: 'Sở Nội vụ' },
        evidence: { docId: 'doc-id-derived:kh-12', start: 40, end: 49, quote: 'Sở Nội vụ' },
      },
      {
        type: 'SENT_TO',
        stored: 'doc-id-derived:kh-12',
        read: { docId: 'doc-id-derived:kh-12', start: 90, end: 99, quote: 'Sở Nội vụ' },
        evidence: { docId: 'doc-id-derived:kh-12', start: 90, end: 99, quote: 'Sở Nội vụ' },
      },
    ]);
    // A later start: nothing left to apply.
    expect((await runMigrations(db.driver, database)).applied).toEqual([]);
  });
});
