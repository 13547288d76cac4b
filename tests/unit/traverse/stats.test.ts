/** Grouped task counts (pure): a task under each of its leads once, totals once. */
import { describe, expect, it } from 'vitest';
import { groupTasks, type CountedTask } from '../../../src/traverse/stats/index.ts';

const task = (over: Partial<CountedTask>): CountedTask => ({
  status: 'NOT_DUE',
  leads: [],
  jurisdiction: 'tw',
  level: 'TW',
  year: 2023,
  documentId: 'doc:a',
  documentNumber: '1-KH/TW',
  ...over,
});

describe('groupTasks', () => {
  const tasks = [
    task({
      status: 'DONE_ON_TIME',
      leads: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
    }),
    task({ status: 'OVERDUE', leads: [{ id: 'a', name: 'A' }], year: 2022 }),
    task({ status: 'DUE_SOON', year: null }),
    task({ status: 'CLOSED', leads: [{ id: 'b', name: 'B' }] }),
  ];

  it('counts totals once per task, and a task under each of its leads', () => {
    const { totals, groups } = groupTasks(tasks, ['LEAD']);
    expect(totals).toEqual({
      assigned: 4,
      doneOnTime: 1,
      doneLate: 0,
      overdue: 1,
      dueSoon: 1,
      notDue: 0,
      closed: 1,
      open: 1,
    });
    expect(groups.map((g) => [g.leadName, g.counts.assigned, g.counts.closed])).toEqual([
      ['A', 2, 0],
      ['B', 2, 1],
      [null, 1, 0],
    ]);
  });

  it('groups by several keys at once, nulls last', () => {
    const { groups } = groupTasks(tasks, ['YEAR', 'STATUS']);
    expect(groups.map((g) => [g.year, g.status, g.counts.assigned, g.leadName])).toEqual([
      [2022, 'OVERDUE', 1, null],
      [2023, 'CLOSED', 1, null],
      [2023, 'DONE_ON_TIME', 1, null],
      [null, 'DUE_SOON', 1, null],
    ]);
  });
});
