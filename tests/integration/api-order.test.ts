/** documents(orderBy): keyset pages by issue date on the seed graph, over HTTP. */
import { describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/api.ts';
import { useSeedGraphApi } from '../support/seed-graph.ts';

const seeded = useSeedGraphApi();

interface Page {
  documents: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; issuedDate: string | null } }[];
  };
}

const QUERY = `query($order: DocumentOrder, $after: String) {
  documents(orderBy: $order, first: 4, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id issuedDate } } } }`;

async function walk(order: string): Promise<{ id: string; issuedDate: string | null }[]> {
  const out: { id: string; issuedDate: string | null }[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 10; pages++) {
    const r: Awaited<ReturnType<typeof postGraphQL<Page>>> = await postGraphQL<Page>(
      seeded.api,
      QUERY,
      {
        order,
        after,
      },
    );
    expect(r.body.errors).toBeUndefined();
    const docs = r.body.data!.documents;
    expect(docs.totalCount).toBe(15);
    out.push(...docs.edges.map((e) => e.node));
    if (!docs.pageInfo.hasNextPage) return out;
    after = docs.pageInfo.endCursor;
  }
  throw new Error('more pages than documents');
}

describe('documents(orderBy)', () => {
  it('walks the 15 documents newest first, each once, undated ones last', async () => {
    const docs = await walk('ISSUED_DATE_DESC');
    expect(docs).toHaveLength(15);
    expect(new Set(docs.map((d) => d.id)).size).toBe(15);
    // 67-KH/HU (2023-01-31), the placeholder 47-CTr/TU (cited as of 2022-12-01), the Lạng Sơn
    // copy (2022-09-09); the two unnumbered, undated seeds and the laws named without a date last.
    expect(docs.slice(0, 3).map((d) => d.id)).toEqual([
      'doc:67-KH/HU@quang-tri/vinh-linh:2023',
      'doc:47-CTr/TU@quang-tri:2022',
      'doc:156-SY/TU@lang-son:2022',
    ]);
    const dates = docs.map((d) => d.issuedDate ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(docs.at(-1)?.issuedDate).toBeNull();
  });

  it('walks oldest first as the exact reverse of the dated ones', async () => {
    const asc = (await walk('ISSUED_DATE')).filter((d) => d.issuedDate !== null);
    const desc = (await walk('ISSUED_DATE_DESC')).filter((d) => d.issuedDate !== null);
    expect(asc.map((d) => d.issuedDate)).toEqual(desc.map((d) => d.issuedDate).reverse());
  });

  it('refuses a cursor handed out for another order', async () => {
    const byId = await postGraphQL<Page>(seeded.api, QUERY, { order: 'ID' });
    const cursor = byId.body.data!.documents.pageInfo.endCursor;
    const r = await postGraphQL<Page>(seeded.api, QUERY, { order: 'ISSUED_DATE', after: cursor });
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
