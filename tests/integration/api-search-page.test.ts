/**
 * search a page at a time with filters, on the seed graph: pages walked with cursors give the
 * one long page exactly; filters keep exactly the hits of the unfiltered search that satisfy them.
 */
import { describe, expect, it } from 'vitest';
import { useSeedGraphApi } from '../support/seed-graph.ts';

const seeded = useSeedGraphApi();

interface Hit {
  cursor: string;
  score: number;
  node: {
    __typename: string;
    id: string;
    jurisdiction?: string | null;
    issuedDate?: string | null;
    deadline?: { end: string | null } | null;
    document?: { jurisdiction: string | null };
  };
}
interface Result {
  search: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    hits: Hit[];
  };
}

const QUERY = `query($text: String!, $types: [SearchType!], $j: String, $from: String, $to: String, $first: Int, $after: String) {
  search(text: $text, types: $types, jurisdiction: $j, from: $from, to: $to, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    hits { cursor score node { __typename id
      ... on Document { jurisdiction issuedDate }
      ... on Organization { jurisdiction }
      ... on Task { deadline { end } document { jurisdiction } } } } } }`;

const search = (variables: Record<string, unknown>) => seeded.query<Result>(QUERY, variables);

describe('search pages', () => {
  it('walks the hits three at a time as one long page gives them', async () => {
    const all = (await search({ text: 'tuyen truyen', first: 100 })).search;
    expect(all.hits.length).toBeGreaterThan(6);
    expect(all.totalCount).toBe(all.hits.length);
    const walked: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: Result['search'] = (await search({ text: 'tuyen truyen', first: 3, after }))
        .search;
      walked.push(...page.hits.map((h) => h.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(all.hits.map((h) => h.node.id));
  });

  it('keeps exactly the hits in a jurisdiction, a task by its document', async () => {
    const all = (await search({ text: 'tuyen truyen', first: 100 })).search.hits;
    const inside = (h: Hit): boolean => {
      const j = h.node.document?.jurisdiction ?? h.node.jurisdiction ?? null;
      return j === 'quang-tri' || (j?.startsWith('quang-tri/') ?? false);
    };
    const expected = all.filter(inside).map((h) => h.node.id);
    expect(expected.length).toBeGreaterThan(0);
    const got = (await search({ text: 'tuyen truyen', j: 'quang-tri', first: 100 })).search;
    expect(got.hits.map((h) => h.node.id)).toEqual(expected);
    expect(got.totalCount).toBe(expected.length);
  });

  it('keeps tasks due in a window and documents issued in it', async () => {
    const all = (await search({ text: 'thuc hien', first: 100 })).search.hits;
    const date = (h: Hit): string | null =>
      h.node.__typename === 'Task' ? (h.node.deadline?.end ?? null) : (h.node.issuedDate ?? null);
    const expected = all
      .filter((h) => (date(h) ?? '') >= '2022-01-01' && (date(h) ?? '9') <= '2023-12-31')
      .map((h) => h.node.id);
    expect(expected.length).toBeGreaterThan(0);
    const got = await search({
      text: 'thuc hien',
      from: '2022-01-01',
      to: '2023-12-31',
      first: 100,
    });
    expect(got.search.hits.map((h) => h.node.id)).toEqual(expected);
  });

  it('refuses a cursor of a list', async () => {
    const docs = await seeded.query<{ documents: { pageInfo: { endCursor: string } } }>(
      '{ documents(first: 1) { pageInfo { endCursor } } }',
    );
    const error = await seeded.error(
      'query($a: String) { search(text: "ban", after: $a) { totalCount } }',
      {
        a: docs.documents.pageInfo.endCursor,
      },
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
