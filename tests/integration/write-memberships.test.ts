/**
 * Q.WRITE_MEMBERSHIPS with its rows as rows.ts sends them (one a group): a link stores its
 * clause and kind where the stored group holds that clause's sentence, else the reason — sent,
 * or made from the sentence and the kind where the group was stored with another rule — and a
 * link that exists keeps what it holds. Ids are prefixed: other files share the database.
 */
import { describe, expect, it } from 'vitest';
import { WRITE_MEMBERSHIPS } from '../../src/graph/cypher.ts';
import { membershipGroups } from '../../src/graph/rows.ts';
import { KIND_SLOT, memberReason } from '../../src/graph/vocabulary.ts';
import { database, useTestDriver } from '../support/neo4j.ts';

const db = useTestDriver();
const P = 'write-memberships:';
const by = (term: string): string => `admitted by "${term}": kind ${KIND_SLOT}`;

describe('WRITE_MEMBERSHIPS', () => {
  it('stores clause and kind where the group holds the sentence, else the reason', async () => {
    await db.driver.executeQuery(
      `MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n`,
      { p: P },
      { database },
    );
    await db.driver.executeQuery(
      `CREATE (:Actor:OrgGroup {id: $p + 'held', memberClauses: $held})
       CREATE (:Actor:OrgGroup {id: $p + 'other', memberClauses: ['admitted by another rule']})
       CREATE (:Actor:Organization {id: $p + 'so'})
       CREATE (b:Actor:Organization {id: $p + 'ban'})
       CREATE (:Actor:Organization {id: $p + 'ubnd'})
       WITH b MATCH (g:OrgGroup {id: $p + 'held'})
       CREATE (b)-[:MEMBER_OF {reason: 'written before'}]->(g)`,
      { p: P, held: [by('sở'), by('ban')] },
      { database },
    );
    const link = (
      group: string,
      org: string,
      clause: number | null,
      kind: string | null,
      reason: string,
    ) => ({
      groupId: P + group,
      orgId: P + org,
      clause,
      kind,
      template: clause === null ? null : by(clause === 0 ? 'sở' : 'ban'),
      reason,
    });
    const rows = membershipGroups([
      link('held', 'so', 0, 'so', 'admitted by "sở": kind so'),
      link('held', 'ban', 1, 'ban', 'admitted by "ban": kind ban'),
      link('held', 'ubnd', null, null, 'no clause gives it'),
      link('other', 'so', 0, 'so', 'admitted by "sở": kind so'),
    ]);
    await db.driver.executeQuery(WRITE_MEMBERSHIPS, { rows }, { database });
    // Twice: the links exist, nothing changes.
    await db.driver.executeQuery(WRITE_MEMBERSHIPS, { rows }, { database });
    const { records } = await db.driver.executeQuery(
      `MATCH (o:Organization)-[r:MEMBER_OF]->(g:OrgGroup) WHERE g.id STARTS WITH $p
       RETURN substring(g.id, size($p)) AS group, substring(o.id, size($p)) AS org,
              properties(r) AS stored, ${memberReason('r', 'g')} AS reason
       ORDER BY group, org`,
      { p: P },
      { database },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { group: 'held', org: 'ban', stored: { reason: 'written before' }, reason: 'written before' },
      {
        group: 'held',
        org: 'so',
        stored: { clause: 0, kind: 'so' },
        reason: 'admitted by "sở": kind so',
      },
      {
        group: 'held',
        org: 'ubnd',
        stored: { reason: 'no clause gives it' },
        reason: 'no clause gives it',
      },
      {
        group: 'other',
        org: 'so',
        stored: { reason: 'admitted by "sở": kind so' },
        reason: 'admitted by "sở": kind so',
      },
    ]);
  });
});
