/**
 * tasks(…) in id order with totalCount, page after page, on the seed graph over HTTP: the page
 * is read from the id index in order when the matches are many (dense) and sorted from the
 * matches when they are few (sparse) — src/read/page.ts. Both give the same pages and cursors.
 */
import { describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/api.ts';
import { useSeedGraphApi } from '../support/seed-graph.ts';

const seeded = useSeedGraphApi();

interface Page {
  tasks: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; deadline: { end: string | null } | null } }[];
  };
}

const QUERY = `query($where: TaskWhere, $first: Int, $after: String) {
  tasks(where: $where, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id deadline { end } } } } }`;

/** Every page of a list: per page its total, its [id, due end] rows and whether more follow. */
async function walk(where: object, first: number): Promise<unknown[]> {
  const pages: unknown[] = [];
  let after: string | null = null;
  for (let n = 0; n < 40; n++) {
    const r: Awaited<ReturnType<typeof postGraphQL<Page>>> = await postGraphQL<Page>(
      seeded.api,
      QUERY,
      { where, first, after },
    );
    expect(r.body.errors).toBeUndefined();
    const t = r.body.data!.tasks;
    // A cursor of this list is the id cursor it always was (base64url of "id:" + id).
    for (const e of t.edges) {
      expect(Buffer.from(e.cursor, 'base64url').toString('utf8')).toBe(`id:${e.node.id}`);
    }
    pages.push([
      t.totalCount,
      t.edges.map((e) => [e.node.id, e.node.deadline?.end ?? null]),
      t.pageInfo.hasNextPage,
    ]);
    if (!t.pageInfo.hasNextPage) return pages;
    after = t.pageInfo.endCursor;
  }
  throw new Error('more pages than tasks');
}

describe('tasks in id order with their total', () => {
  it('pages all 88 tasks (many: read from the id index in order) in id order, counted', async () => {
    // 88² ≥ 2 × 31 × 88: the page of 30 (31 read) is read in id order, not sorted.
    const pages = (await walk({}, 30)) as [number, [string, string | null][], boolean][];
    expect(pages.map(([total, rows, more]) => [total, rows.length, more])).toEqual([
      [88, 30, true],
      [88, 30, true],
      [88, 28, false],
    ]);
    expect(pages[0]?.[1].slice(0, 3)).toEqual([
      ['doc:10-KH/TW@tw:2022#2.1', null],
      ['doc:10-KH/TW@tw:2022#2.2', null],
      ['doc:10-KH/TW@tw:2022#3.1', '2022-07-22'],
    ]);
    const { records } = await seeded.driver.executeQuery(
      'MATCH (t:Task) RETURN t.id AS id ORDER BY id',
    );
    expect(pages.flatMap(([, rows]) => rows.map(([id]) => id))).toEqual(
      records.map((r) => r.get('id') as string),
    );
  });

  it('pages the 14 tasks due from 2020 (few of 88: sorted) and counts them', async () => {
    expect(await walk({ dueEnd: { gte: '2020-01-01' } }, 4)).toEqual(DUE_FROM_2020);
  });

  it('pages the 3 tasks due in the first quarter of 2023 and counts them', async () => {
    expect(await walk({ dueEnd: { gte: '2023-01-01', lte: '2023-03-31' } }, 2)).toEqual(
      DUE_2023_Q1,
    );
  });

  it('gives no page and a total of 0 for a window without a task', async () => {
    expect(await walk({ dueEnd: { gte: '2030-01-01' } }, 4)).toEqual([[0, [], false]]);
  });
});

const DUE_FROM_2020: unknown[] = [
  [
    14,
    [
      ['doc:10-KH/TW@tw:2022#3.1', '2022-07-22'],
      ['doc:10-KH/TW@tw:2022#3.2', '2022-08-31'],
      ['doc:10-KH/TW@tw:2022#3.3', '2022-09-30'],
      ['doc:10-KH/TW@tw:2022#4.1', '2022-12-31'],
    ],
    true,
  ],
  [
    14,
    [
      ['doc:10-KH/TW@tw:2022#5.1.1', '2022-12-31'],
      ['doc:10-KH/TW@tw:2022#5.10.1', '2022-09-30'],
      ['doc:10-KH/TW@tw:2022#5.10.2', '2022-12-31'],
      ['doc:10-KH/TW@tw:2022#5.2.1', '2023-12-31'],
    ],
    true,
  ],
  [
    14,
    [
      ['doc:10-KH/TW@tw:2022#5.3.2', '2023-12-31'],
      ['doc:67-KH/HU@quang-tri/vinh-linh:2023#4.1.1', '2023-03-31'],
      ['doc:67-KH/HU@quang-tri/vinh-linh:2023#4.1.2', '2023-03-31'],
      ['doc:67-KH/HU@quang-tri/vinh-linh:2023#4.3.1', '2024-12-31'],
    ],
    true,
  ],
  [
    14,
    [
      ['doc:67-KH/HU@quang-tri/vinh-linh:2023#4.3.2', '2024-12-31'],
      ['doc:67-KH/HU@quang-tri/vinh-linh:2023#5.1', '2023-03-31'],
    ],
    false,
  ],
];

const DUE_2023_Q1: unknown[] = [
  [
    3,
    [
      ['doc:67-KH/HU@quang-tri/vinh-linh:2023#4.1.1', '2023-03-31'],
      ['doc:67-KH/HU@quang-tri/vinh-linh:2023#4.1.2', '2023-03-31'],
    ],
    true,
  ],
  [3, [['doc:67-KH/HU@quang-tri/vinh-linh:2023#5.1', '2023-03-31']], false],
];
