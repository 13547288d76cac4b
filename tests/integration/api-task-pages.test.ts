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
  it('pages every task due from 2020 (most of them: read in id order) and counts them', async () => {
    expect(await walk({ dueEnd: { gte: '2020-01-01' } }, 4)).toEqual(DENSE);
  });

  it('pages the tasks due in the first quarter of 2023 (few: sorted) and counts them', async () => {
    expect(await walk({ dueEnd: { gte: '2023-01-01', lte: '2023-03-31' } }, 2)).toEqual(SPARSE);
  });

  it('gives no page and a total of 0 for a window without a task', async () => {
    expect(await walk({ dueEnd: { gte: '2030-01-01' } }, 4)).toEqual([[0, [], false]]);
  });
});

const DENSE: unknown[] = [];
const SPARSE: unknown[] = [];
