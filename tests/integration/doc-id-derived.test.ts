/**
 * Migration 0011: a store written before a fact's docId was left to its start node (the
 * document itself, or a task's docId) is rewritten, also when several processes start on it at
 * once; a docId that differs (a sao y copy's links, read from the original's text) is kept, and
 * every reader still answers it (vocabulary.ts factProperties, evidenceProjection).
 * Migration 0018: a task's own docId (its id's prefix) is removed; reads derive it (taskDocId).
 */
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../src/db/migrations.ts';
import { evidenceProjection, factProperties, taskDocId } from '../../src/graph/vocabulary.ts';
import { toTask } from '../../src/read/models.ts';
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

  it("removes a task's stored docId, once, under a concurrent start; reads derive it from the id", async () => {
    await runMigrations(db.driver, database);
    await db.driver.executeQuery(
      "MATCH (n) WHERE n.id STARTS WITH 'task-doc-id:' DETACH DELETE n",
      {},
      { database },
    );
    await db.driver.executeQuery(
      `CREATE (d:Document {id: 'task-doc-id:kh-12@quang-tri:2023'})
       CREATE (a:Actor:Organization {id: 'task-doc-id:so-noi-vu'})
       CREATE (d)-[:HAS_TASK {ordinal: 1}]->(t:Task {id: 'task-doc-id:kh-12@quang-tri:2023#II.1',
         docId: 'task-doc-id:kh-12@quang-tri:2023', start: 20, end: 60,
         quote: 'Sở Nội vụ chủ trì tham mưu kiện toàn tổ chức bộ máy'})
       CREATE (t)-[:LED_BY {start: 20, end: 29}]->(a)`,
      {},
      { database },
    );
    await db.driver.executeQuery(
      "MATCH (m:Migration {id: '0018-task-doc-id-derived'}) DELETE m",
      {},
      { database },
    );
    const drivers = [1, 2, 3].map(() => testDriver());
    try {
      const results = await Promise.all(drivers.map((d) => runMigrations(d, database)));
      expect(results.flatMap((r) => r.applied)).toContain('0018-task-doc-id-derived');
    } finally {
      await Promise.all(drivers.map((d) => d.close()));
    }
    const { records } = await db.driver.executeQuery(
      `MATCH (d:Document)-[:HAS_TASK]->(t:Task)-[r:LED_BY]->(:Actor {id: 'task-doc-id:so-noi-vu'})
       RETURN t.docId AS stored, ${taskDocId('t')} AS derived, d.id AS document,
              ${evidenceProjection('r')} AS evidence, t {.*, labels: labels(t)} AS node`,
      {},
      { database },
    );
    const row = records[0]?.toObject() as Record<string, unknown>;
    expect(records).toHaveLength(1);
    expect({ ...row, node: undefined }).toEqual({
      stored: null,
      derived: 'task-doc-id:kh-12@quang-tri:2023',
      document: 'task-doc-id:kh-12@quang-tri:2023',
      evidence: {
        docId: 'task-doc-id:kh-12@quang-tri:2023',
        start: 20,
        end: 29,
        quote: 'Sở Nội vụ',
      },
      node: undefined,
    });
    // The model a read returns still has it (src/read/models.ts toNode).
    expect(toTask(row.node as Record<string, unknown>).docId).toBe(
      'task-doc-id:kh-12@quang-tri:2023',
    );
    expect((await runMigrations(db.driver, database)).applied).toEqual([]);
  });
});
