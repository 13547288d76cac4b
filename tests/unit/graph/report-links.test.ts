/** A report item's tasks: by section and quoted words, diacritics and case aside. */
import { describe, expect, it } from 'vitest';
import { matchItems, tasksAnswered, type StoredItem } from '../../../src/graph/report-links.ts';

const tasks = [
  { id: 't#1', section: 'IV.3', text: 'Chủ trì tổ chức học tập, quán triệt', sectionTitles: [] },
  { id: 't#2', section: 'IV.3', text: 'Tổng kết lý luận về kinh tế tập thể', sectionTitles: [] },
  { id: 't#3', section: 'IV.4', text: 'Theo dõi, đôn đốc', sectionTitles: ['Ban Kinh tế'] },
];

function item(section: string | null, words: string | null): StoredItem {
  return {
    docId: 'doc:r',
    start: 0,
    end: 1,
    quote: 'x',
    span: { start: 0, end: 1 },
    section,
    words,
    outcome: 'done',
    completedOn: '2023-01-01',
    done: 'đã làm',
  };
}

describe('tasksAnswered', () => {
  it('takes the tasks of the section that say the words (without diacritics or case)', () => {
    expect(tasksAnswered(item('IV.3', 'TONG KET ly luan'), tasks).map((t) => t.id)).toEqual([
      't#2',
    ]);
  });
  it('takes the whole section when no words are quoted, and a part holds its items', () => {
    expect(tasksAnswered(item('IV.3', null), tasks).map((t) => t.id)).toEqual(['t#1', 't#2']);
    expect(tasksAnswered(item('IV', null), tasks).map((t) => t.id)).toEqual(['t#1', 't#2', 't#3']);
  });
  it('matches words anywhere without a section, or the heading above the task', () => {
    expect(tasksAnswered(item(null, 'đôn đốc'), tasks).map((t) => t.id)).toEqual(['t#3']);
    expect(tasksAnswered(item('IV.4', 'Ban Kinh tế'), tasks).map((t) => t.id)).toEqual(['t#3']);
  });
  it('answers nothing when the words fit no task of a section with several', () => {
    expect(tasksAnswered(item('IV.3', 'không có'), tasks)).toEqual([]);
    expect(tasksAnswered(item('IV.4', 'không có'), tasks).map((t) => t.id)).toEqual(['t#3']);
  });
});

describe('matchItems', () => {
  it('gives each link the item evidence (its docId the report itself: not stored), what it answers and what it says was done', () => {
    expect(matchItems('doc:r', [item('IV.3', 'tổng kết')], tasks)).toEqual([
      {
        from: 'doc:r',
        to: 't#2',
        props: {
          start: 0,
          end: 1,
          quote: 'x',
          answers: 'mục IV.3: “tổng kết”',
          outcome: 'done',
          completedOn: '2023-01-01',
          done: 'đã làm',
        },
      },
    ]);
  });
});
