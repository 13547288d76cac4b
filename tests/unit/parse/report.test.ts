/** Reports (báo cáo): what they report on, and each item's task, outcome and date. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { repoRoot } from '../../../src/paths.ts';

const report = (name: string) =>
  parseDocument(readFileSync(join(repoRoot, 'seed/reports', name), 'utf8'));

describe('a report on 10-KH/TW', () => {
  const parsed = report('85-BC-BTGTW.txt');

  it('is a báo cáo on 10-KH/TW, with no tasks of its own', () => {
    expect(parsed.document.type).toBe('Báo cáo');
    expect(parsed.report?.reportsOn).toBe('10-KH/TW');
    expect(parsed.report?.reference.quote).toBe('Kế hoạch số 10-KH/TW');
    expect(parsed.tasks).toEqual([]);
  });

  it('reads each item: section, quoted words, outcome, completion date', () => {
    const items = parsed.report?.items ?? [];
    expect(items.map((i) => [i.section, i.words, i.outcome, i.completedOn])).toEqual([
      [
        'II.2',
        'hướng dẫn các cấp uỷ tổ chức nghiên cứu, học tập, quán triệt Nghị quyết 20',
        'done',
        '2022-08-25',
      ],
      ['IV.3', 'tổng kết, nghiên cứu, hoàn thiện lý luận về kinh tế tập thể', 'done', '2024-02-20'],
      ['IV.3', 'tăng cường tuyên truyền nội dung Nghị quyết 20', 'ongoing', null],
    ]);
    expect(items[0]?.done).toMatch(/^Ban Tuyên giáo Trung ương đã ban hành Hướng dẫn số 52-HD/);
    const text = readFileSync(join(repoRoot, 'seed/reports/85-BC-BTGTW.txt'), 'utf8');
    for (const item of items) expect(text.slice(item.span.start, item.span.end)).toBe(item.quote);
  });
});

describe('a district report on 67-KH/HU', () => {
  it('reads an item that names its task by its words only', () => {
    const parsed = report('112-BC-HU.txt');
    expect(parsed.report?.reportsOn).toBe('67-KH/HU');
    expect(parsed.report?.items.map((i) => [i.section, i.outcome, i.completedOn])).toEqual([
      ['III.3', 'done', '2024-11-30'],
      [null, 'done', '2023-06-15'],
    ]);
  });
});

describe('not a report', () => {
  it('a plan has no report, whatever its items say', () => {
    const text = readFileSync(join(repoRoot, 'seed/documents/000_20a41b9271eee9a1.txt'), 'utf8');
    expect(parseDocument(text).report).toBeUndefined();
  });

  it('an item without a section or quoted words answers nothing', () => {
    const text =
      'BAN TUYÊN GIÁO\n\nSố 1-BC/BTGTW\n\nBÁO CÁO\n\nKết quả thực hiện Kế hoạch số 10-KH/TW\n\n1. Về các nhiệm vụ khác: đã hoàn thành ngày 01/02/2023.\n\n2. Về nhiệm vụ tại điểm 2 mục II: chưa hoàn thành.\n';
    const parsed = parseDocument(text);
    expect(parsed.report?.items.map((i) => [i.section, i.outcome, i.completedOn])).toEqual([
      ['II.2', 'not-done', null],
    ]);
  });
});
