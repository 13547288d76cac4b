/**
 * Write statements with their rows as rows.ts sends them. Ids are prefixed: other files share
 * the database.
 *
 * Q.WRITE_MEMBERSHIPS (one row a group): a link stores its clause and kind where the stored
 * group holds that clause's sentence, else the reason — sent, or made from the sentence and the
 * kind where the group was stored with another rule — and a link that exists keeps what it holds.
 *
 * Q.REFERENCES: a reference to a document not in the graph makes a placeholder; a later reference
 * fills in what the document lacks (title, type, issuer), and a placeholder takes a lesser value
 * than its own, so the order of the citing documents does not matter; an ingested document keeps
 * its own (written only where something changes: docs/operations.md, "Ingest rate").
 *
 * Q.WRITE_ACTORS: a shared actor written in two wordings keeps the least, in either order; a
 * registry body keeps the registry's.
 */
import { describe, expect, it } from 'vitest';
import { REFERENCES, WRITE_ACTORS, WRITE_MEMBERSHIPS } from '../../src/graph/cypher.ts';
import { membershipGroups } from '../../src/graph/rows.ts';
import { KIND_SLOT, memberReason } from '../../src/graph/vocabulary.ts';
import { database, useTestDriver } from '../support/neo4j.ts';

const db = useTestDriver();
const M = 'write-memberships:';
const R = 'write-references:';
const A = 'write-actors:';

/** Removes what an earlier run left under `params.p`, then creates the test's nodes. */
async function setUp(
  cypher: string,
  params: { p: string } & Record<string, unknown>,
): Promise<void> {
  await db.driver.executeQuery(
    `MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n`,
    { p: params.p },
    { database },
  );
  await db.driver.executeQuery(cypher, params, { database });
}

const by = (term: string): string => `admitted by "${term}": kind ${KIND_SLOT}`;

describe('WRITE_MEMBERSHIPS', () => {
  it('stores clause and kind where the group holds the sentence, else the reason', async () => {
    await setUp(
      `CREATE (:Actor:OrgGroup {id: $p + 'held', memberClauses: $held})
       CREATE (:Actor:OrgGroup {id: $p + 'other', memberClauses: ['admitted by another rule']})
       CREATE (:Actor:Organization {id: $p + 'so'})
       CREATE (b:Actor:Organization {id: $p + 'ban'})
       CREATE (:Actor:Organization {id: $p + 'ubnd'})
       WITH b MATCH (g:OrgGroup {id: $p + 'held'})
       CREATE (b)-[:MEMBER_OF {reason: 'written before'}]->(g)`,
      { p: M, held: [by('sở'), by('ban')] },
    );
    const link = (
      group: string,
      org: string,
      clause: number | null,
      kind: string | null,
      reason: string,
    ) => ({
      groupId: M + group,
      orgId: M + org,
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
      { p: M },
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

const ref = (from: string, to: string, placeholder: Record<string, string>, start: number) => ({
  from: R + from,
  to: R + to,
  numberKey: null,
  dated: true,
  placeholder: { id: R + to, ...placeholder },
  props: { docId: R + from, start, end: start + 5, quote: 'quote' },
});

describe('REFERENCES', () => {
  it('makes a placeholder and keeps its least values whatever the order; an ingested document keeps its own', async () => {
    await setUp(
      `UNWIND ['a', 'b', 'c'] AS id CREATE (:Document {id: $p + id, status: 'ingested'})
       WITH 1 AS one LIMIT 1
       CREATE (:Document {id: $p + 'known', status: 'ingested', title: 'Own title', type: 'NQ', issuerName: 'Own issuer'})`,
      { p: R },
    );
    // One batch: the placeholder made by the first row (a type) gains the second row's title and
    // issuer, and its lesser type; a later, lesser title (c's) is taken too. The ingested
    // document takes nothing, not even a lesser title ("Other title").
    await db.driver.executeQuery(
      REFERENCES.IMPLEMENTS,
      {
        rows: [
          ref('a', 'new', { type: 'KH' }, 10),
          ref('b', 'new', { title: 'Title from b', type: 'CT', issuerName: 'Issuer' }, 20),
          ref('a', 'known', { title: 'Other title', type: 'KH', issuerName: 'Other' }, 30),
        ],
      },
      { database },
    );
    await db.driver.executeQuery(
      REFERENCES.CITES,
      { rows: [ref('c', 'new', { title: 'Another title' }, 40)] },
      { database },
    );
    const { records } = await db.driver.executeQuery(
      `MATCH (t:Document) WHERE t.id IN [$p + 'new', $p + 'known']
       RETURN substring(t.id, size($p)) AS id, t.status AS status, t.title AS title, t.type AS type,
              t.issuerName AS issuer,
              [(s)-[r]->(t) | substring(s.id, size($p)) + ' ' + type(r) + ' ' + toString(toInteger(r.start))] AS cited
       ORDER BY id`,
      { p: R },
      { database },
    );
    expect(
      records.map((r) => ({ ...r.toObject(), cited: (r.get('cited') as string[]).sort() })),
    ).toEqual([
      {
        id: 'known',
        status: 'ingested',
        title: 'Own title',
        type: 'NQ',
        issuer: 'Own issuer',
        cited: ['a IMPLEMENTS 30'],
      },
      {
        id: 'new',
        status: 'referenced',
        title: 'Another title',
        type: 'CT',
        issuer: 'Issuer',
        cited: ['a IMPLEMENTS 10', 'b IMPLEMENTS 20', 'c CITES 40'],
      },
    ]);
  });
});

describe('WRITE_ACTORS', () => {
  const group = (name: string, membership: string, memberClauses?: string[]) => [
    'OrgGroup',
    {
      id: `${A}group`,
      kind: 'group',
      name,
      orgKind: null,
      level: 'TW',
      province: null,
      district: null,
      partOf: null,
      scope: 'jurisdiction',
      membership,
      role: null,
      aliases: [],
      scopeDoc: null,
      ...(memberClauses ? { memberClauses } : {}),
    },
  ];
  const lower = group('Các cơ quan ngang bộ', '{"b"}');
  const upper = group('Các cơ quan ngang Bộ', '{"a"}', ['sentence']);
  const registry = [
    'Organization',
    { ...(group('Registry name', '{}')[1] as object), id: `${A}body`, scope: 'registry' },
  ];

  async function written(...batches: unknown[][][]): Promise<unknown[]> {
    await setUp('RETURN 1', { p: A });
    for (const rows of batches) await db.driver.executeQuery(WRITE_ACTORS, { rows }, { database });
    const { records } = await db.driver.executeQuery(
      `MATCH (n:Actor) WHERE n.id STARTS WITH $p
       RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.membership AS membership,
              n.memberClauses AS clauses ORDER BY id`,
      { p: A },
      { database },
    );
    // labels() answers in no set order.
    return records.map((r) => ({ ...r.toObject(), labels: (r.get('labels') as string[]).sort() }));
  }

  it('keeps the least wording of a shared actor in either order, and the registry its own', async () => {
    const expected = [
      {
        id: `${A}body`,
        labels: ['Actor', 'Organization'],
        name: 'Registry name',
        membership: '{}',
        clauses: null,
      },
      {
        id: `${A}group`,
        labels: ['Actor', 'OrgGroup'],
        name: 'Các cơ quan ngang Bộ',
        membership: '{"a"}',
        clauses: ['sentence'],
      },
    ];
    const renamed = ['Organization', { ...(registry[1] as object), name: 'Another name' }];
    expect(await written([lower, registry], [upper, renamed])).toEqual(expected);
    expect(await written([upper], [lower, registry], [renamed])).toEqual(expected);
    // The lesser wording first: the other changes nothing. A lesser rule under the same name
    // replaces the rule, and the clauses the new one lacks go with the old.
    expect(await written([upper], [lower])).toEqual([expected[1]]);
    expect(await written([upper], [group('Các cơ quan ngang Bộ', '{"0"}')])).toEqual([
      { ...expected[1], membership: '{"0"}', clauses: null },
    ]);
  });
});
