/**
 * Q.REFERENCES: a reference to a document not in the graph makes a placeholder; a later
 * reference fills in only what the document lacks (title, type, issuer), and a document that has
 * them keeps its own (written only where something is filled in: docs/operations.md, "Ingest
 * rate"). Ids are prefixed: other files share the database.
 */
import { describe, expect, it } from 'vitest';
import { REFERENCES } from '../../src/graph/cypher.ts';
import { database, useTestDriver } from '../support/neo4j.ts';

const db = useTestDriver();
const P = 'write-references:';

const ref = (from: string, to: string, placeholder: Record<string, string>, start: number) => ({
  from: P + from,
  to: P + to,
  numberKey: null,
  dated: true,
  placeholder: { id: P + to, ...placeholder },
  props: { docId: P + from, start, end: start + 5, quote: 'quote' },
});

describe('REFERENCES', () => {
  it('makes a placeholder, then fills in only what a document lacks', async () => {
    await db.driver.executeQuery(
      `MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n`,
      { p: P },
      { database },
    );
    await db.driver.executeQuery(
      `UNWIND ['a', 'b', 'c'] AS id CREATE (:Document {id: $p + id, status: 'ingested'})
       WITH 1 AS one LIMIT 1
       CREATE (:Document {id: $p + 'known', status: 'ingested', title: 'Own title', type: 'NQ', issuerName: 'Own issuer'})`,
      { p: P },
      { database },
    );
    // One batch: the placeholder made by the first row (a type) gains the second row's title and
    // issuer, not its type; a later title (c's) is not taken.
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
      { rows: [ref('c', 'new', { title: 'Title from c' }, 40)] },
      { database },
    );
    const { records } = await db.driver.executeQuery(
      `MATCH (t:Document) WHERE t.id IN [$p + 'new', $p + 'known']
       RETURN substring(t.id, size($p)) AS id, t.status AS status, t.title AS title, t.type AS type,
              t.issuerName AS issuer,
              [(s)-[r]->(t) | substring(s.id, size($p)) + ' ' + type(r) + ' ' + toString(toInteger(r.start))] AS cited
       ORDER BY id`,
      { p: P },
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
        title: 'Title from b',
        type: 'KH',
        issuer: 'Issuer',
        cited: ['a IMPLEMENTS 10', 'b IMPLEMENTS 20', 'c CITES 40'],
      },
    ]);
  });
});
