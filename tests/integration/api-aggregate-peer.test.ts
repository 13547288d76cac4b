/**
 * tasksAggregate grouped by STATUS counts the statuses `taskStats` and `Task.status` derive, so
 * the two APIs agree on the seed graph, alone and beside other keys; and the plan of the peer
 * benchmark's grouped count (tasks led per body).
 */
import { describe, expect, it } from 'vitest';
import { useSeedGraphApi } from '../support/seed-graph.ts';
import { database } from '../support/neo4j.ts';
import { groupsStatement } from '../../src/read/aggregate.ts';
import { withWhereAndSort } from '../../src/read/lists.ts';
import { tasksQuery } from '../../src/read/tasks.ts';

const seeded = useSeedGraphApi();

interface AggregateGroup {
  status: string | null;
  lead: string | null;
  count: number;
  dueEndMin: string | null;
}
interface StatsGroup {
  status: string | null;
  leadId: string | null;
  counts: { assigned: number };
}

/** [lead, status, count] sorted, from either answer. */
const triples = (list: [string | null, string | null, number][]): string[] =>
  list.map((t) => JSON.stringify(t)).sort();

describe('tasksAggregate by STATUS and taskStats', () => {
  it('count the same tasks per derived status', async () => {
    const data = await seeded.query<{
      tasksAggregate: { count: number; groups: AggregateGroup[] };
      taskStats: { groups: StatsGroup[] };
    }>(`{
      tasksAggregate(groupBy: [STATUS], asOf: "2024-12-15") { count groups { status count dueEndMin } }
      taskStats(groupBy: [STATUS], asOf: "2024-12-15") { groups { status counts { assigned } } }
    }`);
    const groups = data.tasksAggregate.groups;
    expect(groups.map((g) => [g.status, g.count, g.dueEndMin])).toEqual([
      // 74 tasks without an end date, 12 due before 2024-12-15, 2 due 2024-12-31; no closures.
      ['NOT_DUE', 74, null],
      ['OVERDUE', 12, '2022-07-22'],
      ['DUE_SOON', 2, '2024-12-31'],
    ]);
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(data.tasksAggregate.count);
    const stats = data.taskStats.groups.map((g): [unknown, number] => [
      g.status,
      g.counts.assigned,
    ]);
    expect(new Map(groups.map((g) => [g.status, g.count]))).toEqual(new Map(stats));
  });

  it('agree per lead and status, under a filter, and the day moves statuses', async () => {
    const data = await seeded.query<{
      early: { groups: AggregateGroup[] };
      late: { groups: AggregateGroup[] };
      taskStats: { groups: StatsGroup[] };
    }>(`{
      early: tasksAggregate(filter: { document: "doc:10-KH/TW@tw:2022" }, groupBy: [LEAD, STATUS], asOf: "2022-01-01") { groups { lead status count } }
      late: tasksAggregate(filter: { document: "doc:10-KH/TW@tw:2022" }, groupBy: [STATUS, LEAD], asOf: "2024-12-31") { groups { lead status count } }
      taskStats(filter: { document: "doc:10-KH/TW@tw:2022" }, groupBy: [LEAD, STATUS], asOf: "2024-12-31") { groups { leadId status counts { assigned } } }
    }`);
    const late = data.late.groups.map((g): [string | null, string | null, number] => [
      g.lead,
      g.status,
      g.count,
    ]);
    const stats = data.taskStats.groups.map((g): [string | null, string | null, number] => [
      g.leadId,
      g.status,
      g.counts.assigned,
    ]);
    expect(triples(late)).toEqual(triples(stats));
    expect(late).toContainEqual(['tw/ban-tuyen-giao', 'OVERDUE', 2]);
    expect(data.early.groups.every((g) => g.status === 'NOT_DUE')).toBe(true);
    // Largest first, then by key: the first key (lead here) before the second.
    const counts = data.late.groups.map((g) => g.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe('the plan of tasks led per body', () => {
  interface Plan {
    operatorType: string;
    arguments: { Details?: unknown };
    children: Plan[];
  }
  const steps = (plan: Plan): string[] => [
    `${plan.operatorType.replace(/@.*/, '')} ${String(plan.arguments.Details ?? '')}`,
    ...plan.children.flatMap(steps),
  ];

  it('reads degrees for the count filter and counts by lead before reading ids', async () => {
    const query = withWhereAndSort('Task', tasksQuery(null), { leadCount: { gte: 1 } }, null);
    const { cypher, params } = groupsStatement('Task', query, ['LEAD'], 20, false);
    const result = await seeded.driver.executeQuery(
      `CYPHER replan=force EXPLAIN ${cypher}`,
      params,
      { database },
    );
    const plan = steps(result.summary.plan as unknown as Plan);
    // The count is a degree read: no subquery expanding every task's leads.
    expect(plan.some((s) => s.startsWith('Filter') && s.includes('getDegree'))).toBe(true);
    expect(plan.filter((s) => /^(Apply|Expand)/.test(s))).toEqual([]);
    // Top first, then the id read per group, then the count per lead node (no property).
    const aggregations = plan.filter((s) => s.startsWith('EagerAggregation'));
    expect(aggregations).toHaveLength(2);
    expect(aggregations[0]).toContain('k0.id AS g0');
    expect(aggregations[1]).toMatch(/lead AS k0, count\(n\) AS c$/);
    // And its answer is the per-lead count of the rows.
    const data = await seeded.query<{
      tasksAggregate: { groups: { lead: string; count: number }[] };
    }>(
      '{ tasksAggregate(where: { leadCount: { gte: 1 } }, groupBy: [LEAD], first: 3) { groups { lead count } } }',
    );
    const { records } = await seeded.driver.executeQuery(
      'MATCH (t:Task)-[:LED_BY]->(a:Actor) RETURN a.id AS lead, count(t) AS n ORDER BY n DESC, lead LIMIT 3',
      {},
      { database },
    );
    expect(data.tasksAggregate.groups).toEqual(
      records.map((r) => ({ lead: r.get('lead') as string, count: r.get('n') as number })),
    );
  });
});
