/**
 * Connections under a parent (Organization.tasksLedConnection, OrgGroup.membersConnection,
 * Document.tasksConnection, …): walking every page gives the plain list once, in id order.
 */
import { describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/api.ts';
import { useSeedGraphApi } from '../support/seed-graph.ts';

const seed = useSeedGraphApi();

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

/** Every page of `field` under the parent `root(id)`, `size` at a time. */
async function walk(root: string, id: string, field: string, size: number) {
  const pages: Page[] = [];
  let after: string | null = null;
  for (;;) {
    const response = await postGraphQL<Record<string, Record<string, Page>>>(
      seed.api,
      `query($id: ID!, $after: String) { ${root}(id: $id) { ${field}(first: ${size}, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`,
      { id, after },
    );
    expect(response.body.errors).toBeUndefined();
    const page = response.body.data?.[root]?.[field] as Page;
    pages.push(page);
    if (!page.pageInfo.hasNextPage) return pages;
    after = page.pageInfo.endCursor;
  }
}

async function plain(root: string, id: string, field: string, select = '{ id }') {
  const response = await postGraphQL<Record<string, Record<string, { id: string }[]>>>(
    seed.api,
    `query($id: ID!) { ${root}(id: $id) { ${field} ${select} } }`,
    { id },
  );
  return (response.body.data?.[root]?.[field] ?? []).map((n) => n.id);
}

describe('connections under a parent', () => {
  it("Ban Tuyên giáo Trung ương's 5 tasks led, 2 at a time: 3 pages, each task once, by id", async () => {
    const pages = await walk('organization', 'tw/ban-tuyen-giao', 'tasksLedConnection', 2);
    expect(pages.map((p) => p.edges.length)).toEqual([2, 2, 1]);
    expect(pages.every((p) => p.totalCount === 5)).toBe(true);
    const ids = pages.flatMap((p) => p.edges.map((e) => e.node.id));
    expect(ids).toEqual([
      'doc:10-KH/TW@tw:2022#3.2',
      'doc:10-KH/TW@tw:2022#5.3.1',
      'doc:10-KH/TW@tw:2022#5.3.2',
      'doc:10-KH/TW@tw:2022#5.3.3',
      'doc:10-KH/TW@tw:2022#5.3.4',
    ]);
    expect(ids).toEqual(await plain('organization', 'tw/ban-tuyen-giao', 'tasksLed'));
  });

  it("the 33 tasks of 10-KH/TW, 10 at a time, are the document's tasks once each", async () => {
    const id = 'doc:10-KH/TW@tw:2022';
    const pages = await walk('document', id, 'tasksConnection', 10);
    expect(pages.map((p) => p.edges.length)).toEqual([10, 10, 10, 3]);
    const ids = pages.flatMap((p) => p.edges.map((e) => e.node.id));
    expect(ids).toEqual([...ids].sort());
    expect([...ids].sort()).toEqual((await plain('document', id, 'tasks')).sort());
  });

  it("a group's members and a body's coordinated tasks page the same way", async () => {
    const group = 'group:tw/ban-dang-ban-can-su-dang-dang-doan-dang-uy-truc-thuoc-trung-uong';
    const response = await postGraphQL<{
      node: { membersConnection: Page; members: { id: string }[] };
    }>(
      seed.api,
      `query($id: ID!) { node(id: $id) { ... on OrgGroup {
        membersConnection(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
        members { id } } } }`,
      { id: group },
    );
    const node = response.body.data?.node;
    // The central boards of 2022: Ban Tuyên giáo và Dân vận and Ban Chính sách, chiến lược
    // (formed in 2025) are not members of a 2022 plan's group.
    expect(node?.membersConnection.totalCount).toBe(14);
    expect(node?.membersConnection.pageInfo.hasNextPage).toBe(false);
    expect(node?.membersConnection.edges.map((e) => e.node.id)).toEqual(
      node?.members.map((m) => m.id),
    );
    const coordinated = await walk(
      'organization',
      'tw/ban-can-su-dang-bo-ke-hoach-va-dau-tu',
      'tasksCoordinatedConnection',
      1,
    );
    expect(coordinated.flatMap((p) => p.edges.map((e) => e.node.id))).toEqual([
      'doc:10-KH/TW@tw:2022#5.3.1',
      'doc:10-KH/TW@tw:2022#5.4.1',
    ]);
  });

  it('a cursor that is not ours, or a page over 100, is BAD_USER_INPUT', async () => {
    for (const args of ['first: 101', 'after: "nope"']) {
      const response = await postGraphQL(
        seed.api,
        `{ organization(id: "tw/ban-tuyen-giao") { tasksLedConnection(${args}) { totalCount } } }`,
      );
      expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
  });
});
