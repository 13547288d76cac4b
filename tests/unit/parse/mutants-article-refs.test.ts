/**
 * "Như Điều N" and "Mục V" leads and recipients replaced by the bodies the article or part
 * assigns (resolveArticleRefs), on hand-built tasks: which task of the article is read, which
 * bodies of the part, and when the mention is kept as written.
 */
import { describe, expect, it } from 'vitest';
import { resolveArticleRefs } from '../../../src/parse/article-refs.ts';
import type { Actor, Recipient, Task } from '../../../src/parse/types.ts';

let at = 0;
function actor(mention: string): Actor {
  const start = at;
  at += mention.length + 2;
  return {
    name: mention.trim(),
    mention,
    expanded: mention,
    kind: 'organization',
    quote: mention,
    span: { start, end: start + mention.length },
  };
}

const recipient = (mention: string): Recipient => ({
  ...actor(mention),
  purpose: 'thực hiện',
  purposeText: null,
});

function task(section: string, text: string, leads: string[]): Task {
  return {
    id: section,
    section,
    sectionTitles: [],
    text,
    lead: leads.map(actor),
    coordinators: [],
    reportsTo: [],
    deadline: null,
    leadRule: leads.length > 0 ? 'subject' : 'none',
    quote: text,
    span: { start: 0, end: text.length },
  };
}

/** Each recipient as [mention, name, via]. */
const resolved = (
  tasks: Task[],
  mentions: string[],
  fromText?: (n: string) => Actor[] | null,
): [string, string, string | null][] =>
  resolveArticleRefs(tasks, mentions.map(recipient), fromText).recipients.map((r) => [
    r.mention,
    r.name,
    r.via ?? null,
  ]);

describe('"Mục V": the lead bodies of part V', () => {
  const tasks = [
    task('IV.1', 'Tuyên truyền.', ['Ban Tuyên giáo']),
    task('V', 'Chỉ đạo chung.', ['Sở Nội vụ']),
    task('V.1', 'Rà soát.', ['Sở Tài chính', 'Sở Nội vụ']),
    task('VI.1', 'Báo cáo.', ['Văn phòng']),
  ];

  it('each once, in the order of the tasks; "Như Mục V." with spaces and a full stop alike', () => {
    expect(resolved(tasks, ['Mục V', ' Như Mục V. '])).toEqual([
      ['Mục V', 'Sở Nội vụ', 'như điều'],
      ['Mục V', 'Sở Tài chính', 'như điều'],
    ]);
  });

  it("as a lead: each body once, the part's own task first", () => {
    const lead = resolveArticleRefs([...tasks, task('VII', 'Tổng hợp.', ['Mục V'])], []).tasks[4]
      ?.lead;
    expect(lead?.map((l) => [l.mention, l.name])).toEqual([
      ['Mục V', 'Sở Nội vụ'],
      ['Mục V', 'Sở Tài chính'],
    ]);
  });

  it('a part that assigns no task is kept as written', () => {
    expect(resolved(tasks, ['Mục IX'])).toEqual([['Mục IX', 'Mục IX', null]]);
  });
});

describe('"Như Điều N": the lead bodies of article N', () => {
  it('the article\'s own task, not one whose leads are themselves "Như Điều …"', () => {
    const tasks = [
      task('Điều 2', 'Giao các sở thực hiện.', ['Như Điều 4', 'Sở Công Thương']),
      task('Điều 2', 'Sở Xây dựng chủ trì.', ['Sở Xây dựng']),
      task('Điều 3', 'Sở Y tế thực hiện.', ['Sở Y tế']),
    ];
    expect(resolved(tasks, ['Như Điều 2'])).toEqual([['Như Điều 2', 'Sở Xây dựng', 'như điều']]);
    const out = resolveArticleRefs(tasks, []).tasks.map((t) => t.lead.map((l) => l.name));
    expect(out).toEqual([['Như Điều 4', 'Sở Công Thương'], ['Sở Xây dựng'], ['Sở Y tế']]);
  });

  it('else the clause of the article that executes the document, with a lead of its own', () => {
    const tasks = [
      task('Điều 3.1', 'Các sở chịu trách nhiệm thi hành Quyết định này.', ['Như Điều 9']),
      task('Điều 4.1', 'Quyết định này có hiệu lực kể từ ngày ký.', ['Sở Tư pháp']),
      task('Điều 4.2', 'Các sở có trách nhiệm thực hiện Quyết định này.', []),
      task('Điều 4.3', 'Sở Nội vụ, Sở Tài chính chịu trách nhiệm thi hành Quyết định này.', [
        'Sở Nội vụ',
        'Sở Tài chính',
      ]),
    ];
    expect(resolved(tasks, ['Như Điều 4', 'Như Điều 3'])).toEqual([
      ['Như Điều 4', 'Sở Nội vụ', 'như điều'],
      ['Như Điều 4', 'Sở Tài chính', 'như điều'],
      ['Như Điều 3', 'Như Điều 3', null],
    ]);
  });

  it('else the bodies read from the text of the article, by its number; kept when there are none', () => {
    const tasks = [task('Điều 5', 'Tổ chức thực hiện.', [])];
    const fromText = (n: string): Actor[] | null =>
      n === '5' ? [actor('Sở Tài chính')] : n === '6' ? [] : null;
    expect(resolved(tasks, ['Như Điều 5', 'Như Điều 6', 'Như Điều 7'], fromText)).toEqual([
      ['Như Điều 5', 'Sở Tài chính', 'như điều'],
      ['Như Điều 6', 'Như Điều 6', null],
      ['Như Điều 7', 'Như Điều 7', null],
    ]);
  });
});
