/**
 * Aggregations on the seed graph: totals, date bounds and grouped counts, each checked against
 * the same count worked out in JavaScript from plain rows.
 */
import { describe, expect, it } from 'vitest';
import { useSeedGraphApi } from '../support/seed-graph.ts';
import { database } from '../support/neo4j.ts';

const seeded = useSeedGraphApi();

async function rows(cypher: string): Promise<Record<string, unknown>[]> {
  const { records } = await seeded.driver.executeQuery(cypher, {}, { database });
  return records.map((r) => r.toObject());
}

/** Counts of distinct `id` per `key`, as [key, count] sorted the way the API sorts groups. */
function countBy(list: Record<string, unknown>[], key: string, id: string): [unknown, number][] {
  const sets = new Map<unknown, Set<unknown>>();
  for (const row of list) {
    const set = sets.get(row[key]) ?? new Set();
    set.add(row[id]);
    sets.set(row[key], set);
  }
  return [...sets]
    .map(([k, s]): [unknown, number] => [k, s.size])
    .sort((a, b) => b[1] - a[1] || String(a[0] ?? '').localeCompare(String(b[0] ?? '')));
}

interface Group {
  lead: string | null;
  year: number | null;
  jurisdiction: string | null;
  level: string | null;
  count: number;
}

describe('tasksAggregate', () => {
  it('counts all tasks with their due-date bounds', async () => {
    const data = await seeded.query<{
      tasksAggregate: { count: number; dueEndMin: string; dueEndMax: string; groups: Group[] };
    }>('{ tasksAggregate { count dueEndMin dueEndMax groups { count } } }');
    expect(data.tasksAggregate).toEqual({
      count: 88,
      dueEndMin: '2022-07-22',
      dueEndMax: '2024-12-31',
      groups: [],
    });
  });

  it('groups by lead as the rows count them, a task once per lead', async () => {
    const led = await rows(
      'MATCH (t:Task) OPTIONAL MATCH (t)-[:LED_BY]->(a:Actor) RETURN t.id AS t, a.id AS lead',
    );
    const data = await seeded.query<{ tasksAggregate: { groups: Group[] } }>(
      '{ tasksAggregate(groupBy: [LEAD]) { groups { lead year count } } }',
    );
    const got = data.tasksAggregate.groups.map((g): [unknown, number] => [g.lead, g.count]);
    expect(got).toEqual(countBy(led, 'lead', 't'));
    expect(got).toContainEqual(['tw/ban-tuyen-giao', 5]);
    expect(data.tasksAggregate.groups.every((g) => g.year === null)).toBe(true);
  });

  it('groups by year due, and by the document jurisdiction and level, under a filter', async () => {
    const years = await seeded.query<{ tasksAggregate: { groups: Group[] } }>(
      '{ tasksAggregate(where: {dueEnd: {gte: "2022-01-01"}}, groupBy: [YEAR]) { groups { year count } } }',
    );
    expect(years.tasksAggregate.groups).toEqual([
      { year: 2022, count: 7 },
      { year: 2023, count: 5 },
      { year: 2024, count: 2 },
    ]);
    const tasks = await rows(
      `MATCH (d:Document)-[:HAS_TASK]->(t:Task)
       RETURN t.id AS t, d.level AS level, coalesce(d.province, CASE WHEN d.level = 'TW' THEN 'tw' END) AS p, d.district AS district`,
    );
    const keyed = tasks.map((r) => ({
      t: r.t,
      key: `${r.district ? `${r.p as string}/${r.district as string}` : ((r.p as string | null) ?? '')}|${(r.level as string | null) ?? ''}`,
    }));
    const data = await seeded.query<{ tasksAggregate: { groups: Group[] } }>(
      '{ tasksAggregate(groupBy: [JURISDICTION, LEVEL]) { groups { jurisdiction level count } } }',
    );
    const got = data.tasksAggregate.groups.map((g) => [
      `${g.jurisdiction ?? ''}|${g.level ?? ''}`,
      g.count,
    ]);
    expect(new Map(got as [string, number][])).toEqual(
      new Map(countBy(keyed, 'key', 't') as [string, number][]),
    );
    expect(got).toContainEqual(['tw|TW', 33]);
    expect(got).toContainEqual(['quang-tri/vinh-linh|huyen', 20]);
  });
});

describe('documentsAggregate and organizationsAggregate', () => {
  it('groups documents by status and organizations by level', async () => {
    const docs = await seeded.query<{
      documentsAggregate: {
        count: number;
        issuedDateMin: string;
        groups: { status: string; count: number }[];
      };
    }>('{ documentsAggregate(groupBy: [STATUS]) { count issuedDateMin groups { status count } } }');
    expect(docs.documentsAggregate).toEqual({
      count: 15,
      issuedDateMin: '2020-03-09',
      groups: [
        { status: 'REFERENCED', count: 10 },
        { status: 'INGESTED', count: 5 },
      ],
    });
    const orgs = await rows('MATCH (o:Organization) RETURN o.id AS id, o.level AS level');
    const data = await seeded.query<{
      organizationsAggregate: { count: number; groups: { level: string | null; count: number }[] };
    }>('{ organizationsAggregate(groupBy: [LEVEL]) { count groups { level count } } }');
    expect(data.organizationsAggregate.count).toBe(orgs.length);
    expect(data.organizationsAggregate.groups.map((g) => [g.level, g.count])).toEqual(
      countBy(orgs, 'level', 'id'),
    );
  });
});
