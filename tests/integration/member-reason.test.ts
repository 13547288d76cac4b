/**
 * Migration 0019: a store written before a MEMBER_OF link's reason was stored as its clause and
 * kind is rewritten, also when several processes start on it at once; a reason none of the
 * group's clauses gives is kept, and every reader still answers each reason (vocabulary.ts
 * factProperties, memberReason).
 */
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../src/db/migrations.ts';
import { factProperties, memberReason } from '../../src/graph/vocabulary.ts';
import type { GroupRule } from '../../src/orgs/index.ts';
import { database, testDriver, useTestDriver } from '../support/neo4j.ts';

const db = useTestDriver();

// "Các tỉnh uỷ, thành uỷ" (seed/documents/000_20a41b9271eee9a1.txt) as src/orgs resolves it.
const RULE: GroupRule = {
  kinds: ['cap-uy'],
  description: 'tỉnh ủy, (cap-uy, level tinh); thành ủy, (cap-uy, level tinh)',
  clauses: [
    { term: 'tỉnh ủy', kinds: ['cap-uy'], level: 'tinh' },
    { term: 'thành ủy', kinds: ['cap-uy'], level: 'tinh' },
  ],
  level: 'tinh',
};
const GROUP = 'member-reason:group:tw/tinh-uy-thanh-uy';
const OLD_STORE = `
CREATE (g:Actor:OrgGroup {id: '${GROUP}', membership: $membership})
CREATE (a:Actor:Organization {id: 'member-reason:quang-tri/tinh-uy', orgKind: 'cap-uy'})
CREATE (b:Actor:Organization {id: 'member-reason:ha-noi/thanh-uy', orgKind: 'cap-uy'})
CREATE (c:Actor:Organization {id: 'member-reason:lang-son/tinh-uy', orgKind: 'cap-uy'})
CREATE (a)-[:MEMBER_OF {reason: 'admitted by "tỉnh ủy": kind cap-uy, level tinh'}]->(g)
CREATE (b)-[:MEMBER_OF {reason: 'admitted by "thành ủy": kind cap-uy, level tinh'}]->(g)
CREATE (c)-[:MEMBER_OF {reason: 'admitted by "tỉnh ủy": kind cap-uy'}]->(g)`;

describe('migration 0019-member-reason-by-clause', () => {
  it('stores each reason a clause gives as its clause and kind, once, under a concurrent start; reads answer them', async () => {
    await runMigrations(db.driver, database);
    await db.driver.executeQuery(
      "MATCH (n) WHERE n.id STARTS WITH 'member-reason:' DETACH DELETE n",
      {},
      { database },
    );
    await db.driver.executeQuery(OLD_STORE, { membership: JSON.stringify(RULE) }, { database });
    await db.driver.executeQuery(
      "MATCH (m:Migration {id: '0019-member-reason-by-clause'}) DELETE m",
      {},
      { database },
    );
    const drivers = [1, 2, 3].map(() => testDriver());
    try {
      const results = await Promise.all(drivers.map((d) => runMigrations(d, database)));
      expect(results.flatMap((r) => r.applied)).toContain('0019-member-reason-by-clause');
    } finally {
      await Promise.all(drivers.map((d) => d.close()));
    }
    const { records } = await db.driver.executeQuery(
      `MATCH (o:Organization)-[r:MEMBER_OF]->(g:OrgGroup {id: '${GROUP}'})
       RETURN o.id AS org, properties(r) AS stored, ${factProperties('r')} AS read,
              ${memberReason('r', 'g')} AS reason, g.memberClauses AS clauses,
              g.membership AS membership ORDER BY org`,
      {},
      { database },
    );
    const clauses = [
      'admitted by "tỉnh ủy": kind \u001f, level tinh',
      'admitted by "thành ủy": kind \u001f, level tinh',
    ];
    // The description is left to the clauses; the rest of the rule stays.
    const membership = JSON.stringify({ clauses: RULE.clauses });
    expect(records.map((r) => r.toObject())).toEqual([
      {
        org: 'member-reason:ha-noi/thanh-uy',
        stored: { clause: 1, kind: 'cap-uy' },
        read: { reason: 'admitted by "thành ủy": kind cap-uy, level tinh' },
        reason: 'admitted by "thành ủy": kind cap-uy, level tinh',
        clauses,
        membership,
      },
      {
        // Written by another rule: no clause of this one gives it.
        org: 'member-reason:lang-son/tinh-uy',
        stored: { reason: 'admitted by "tỉnh ủy": kind cap-uy' },
        read: { reason: 'admitted by "tỉnh ủy": kind cap-uy' },
        reason: 'admitted by "tỉnh ủy": kind cap-uy',
        clauses,
        membership,
      },
      {
        org: 'member-reason:quang-tri/tinh-uy',
        stored: { clause: 0, kind: 'cap-uy' },
        read: { reason: 'admitted by "tỉnh ủy": kind cap-uy, level tinh' },
        reason: 'admitted by "tỉnh ủy": kind cap-uy, level tinh',
        clauses,
        membership,
      },
    ]);
    // A later start: nothing left to apply.
    expect((await runMigrations(db.driver, database)).applied).toEqual([]);
  });
});
