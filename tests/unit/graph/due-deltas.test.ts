/** What a written batch adds to each day's count of tasks due (write.ts dueDeltas). */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { dueDeltas } from '../../../src/graph/write.ts';
import { valuesOf, type TaskRow } from '../../../src/graph/rows.ts';
import { TASK_FIELDS } from '../../../src/graph/vocabulary.ts';

const task = (id: string, dueEnd: string | null): TaskRow => [
  'doc:67-KH/HU@quang-tri/vinh-linh:2023',
  valuesOf(TASK_FIELDS, { id, dueEnd }),
  [],
  [],
  [],
];

describe('the days counts a batch changes', () => {
  it('adds the new tasks per day, takes off the cleared ones, in order of day, as integers', () => {
    const tasks = [
      task('doc:67-KH/HU@quang-tri/vinh-linh:2023#1', '2023-06-30'),
      task('doc:67-KH/HU@quang-tri/vinh-linh:2023#1.1', '2023-06-30'),
      task('doc:67-KH/HU@quang-tri/vinh-linh:2023#2', null),
      task('doc:67-KH/HU@quang-tri/vinh-linh:2023#3', '2024-12-31'),
    ];
    // Re-ingested with its first task moved from the first quarter to the second.
    const cleared = [
      { end: '2023-03-31', tasks: 2 },
      { end: '2024-12-31', tasks: 1 },
    ];
    expect(dueDeltas(tasks, cleared)).toEqual([
      { end: '2023-03-31', tasks: neo4j.int(-2) },
      { end: '2023-06-30', tasks: neo4j.int(2) },
    ]);
  });

  it('changes nothing when the same tasks are written again', () => {
    const tasks = [task('doc:10-KH/TW@tw:2022#3.1', '2022-07-22')];
    expect(dueDeltas(tasks, [{ end: '2022-07-22', tasks: 1 }])).toEqual([]);
  });
});
