/** Aggregation statements as the Cypher they build, without a database. */
import { describe, expect, it } from 'vitest';
import { groupsStatement, totalsStatement } from '../../../src/read/aggregate.ts';
import { withWhereAndSort } from '../../../src/read/lists.ts';
import { tasksQuery } from '../../../src/read/tasks.ts';

describe('aggregations', () => {
  const query = withWhereAndSort('Task', tasksQuery(null), { dueEnd: { gte: '2023-01-01' } }, null);

  it('groups tasks by lead and document jurisdiction, the document matched once', () => {
    const { cypher, params } = groupsStatement(
      'Task',
      query,
      ['LEAD', 'JURISDICTION', 'LEVEL', 'LEAD'],
      50,
    );
    expect(cypher).toMatchInlineSnapshot(`
      "MATCH (n:Task)
      WITH n WHERE n.dueEnd >= $dueEnd
      OPTIONAL MATCH (n)-[:LED_BY]->(lead:Actor)
      OPTIONAL MATCH (doc:Document {id: n.docId})
      WITH n, lead.id AS g0, CASE WHEN doc.province IS NULL THEN CASE WHEN doc.level = 'TW' THEN 'tw' END
          WHEN doc.district IS NULL THEN doc.province ELSE doc.province + '/' + doc.district END AS g1, doc.level AS g2
      RETURN g0, g1, g2, count(DISTINCT n) AS count, min(n.dueEnd) AS minDate, max(n.dueEnd) AS maxDate
      ORDER BY count DESC, g0, g1, g2 LIMIT $limit"
    `);
    expect(Object.keys(params).sort()).toEqual(['dueEnd', 'limit']);
  });

  it('counts with the date bounds in one statement', () => {
    expect(totalsStatement('Task', query).cypher).toMatchInlineSnapshot(`
      "MATCH (n:Task)
      WITH n WHERE n.dueEnd >= $dueEnd
      RETURN count(n) AS count, min(n.dueEnd) AS minDate, max(n.dueEnd) AS maxDate"
    `);
  });
});
