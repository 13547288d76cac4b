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
        AND NOT (n.id IN $hiddenDocuments OR any(h IN $hiddenDocuments WHERE n.id STARTS WITH h + '#' OR n.id STARTS WITH h + '/'))
      OPTIONAL MATCH (n)-[:LED_BY]->(lead)
      OPTIONAL MATCH (doc:Document {id: split(n.id, '#')[0]})
      WITH lead AS k0, doc AS k1, count(n) AS c, min(n.dueEnd) AS lo, max(n.dueEnd) AS hi
      WITH k0.id AS g0, CASE WHEN k1.province IS NULL THEN CASE WHEN k1.level = 'TW' THEN 'tw' END
          WHEN k1.district IS NULL THEN k1.province ELSE k1.province + '/' + k1.district END AS g1, k1.level AS g2, sum(c) AS count, min(lo) AS minDate, max(hi) AS maxDate
      RETURN g0, g1, g2, count, minDate, maxDate
      ORDER BY count DESC, g0, g1, g2 LIMIT $limit"
    `);
    expect(Object.keys(params).sort()).toEqual(['dueEnd', 'hiddenDocuments', 'limit']);
  });

  it('reads no date per task when the bounds are not asked for', () => {
    const { cypher } = groupsStatement('Task', query, ['YEAR'], 20, false);
    expect(cypher).toContain('WITH toInteger(left(n.dueEnd, 4)) AS k0, count(n) AS c\n');
    expect(cypher).toContain('null AS minDate, null AS maxDate');
    expect(cypher).not.toMatch(/min\(|max\(/);
  });

  it('counts with the date bounds in one statement', () => {
    expect(totalsStatement('Task', query).cypher).toMatchInlineSnapshot(`
      "MATCH (n:Task)
      WITH n WHERE n.dueEnd >= $dueEnd
        AND NOT (n.id IN $hiddenDocuments OR any(h IN $hiddenDocuments WHERE n.id STARTS WITH h + '#' OR n.id STARTS WITH h + '/'))
      RETURN count(n) AS count, min(n.dueEnd) AS minDate, max(n.dueEnd) AS maxDate"
    `);
  });
});
