/** The API's Apollo server (server.ts createApollo) answered through the HTTP piece, without a
 *  database: the headers of its answers stay what Apollo's cache-control plugin gave them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createApollo } from '../../../src/api/server.ts';
import { createContext } from '../../../src/api/context.ts';
import { graphqlHandler } from '../../../src/api/http/graphql.ts';
import { request, text } from './http/requests.ts';

const apollo = createApollo();
// No statement runs: the operations below are answered before any read.
const handle = graphqlHandler(apollo, () => Promise.resolve(createContext({} as Driver, 'neo4j')));
const post = (query: string) =>
  handle(
    request('POST', '/graphql', { 'content-type': 'application/json' }, JSON.stringify({ query })),
  );

beforeAll(() => apollo.start());
afterAll(() => apollo.stop());

describe('createApollo', () => {
  it('answers a read with cache-control no-store, as the cache-control plugin did', async () => {
    const response = await post('{ __typename }');
    expect({ ...response, body: await text(response) }).toEqual({
      status: 200,
      headers: { 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8' },
      body: '{"data":{"__typename":"Query"}}\n',
    });
  });

  it('answers a resolver error with no-store too', async () => {
    const response = await post(
      '{ document(id: "doc:01-NQ/TW@tw:2022", number: "01-NQ/TW") { id } }',
    );
    expect({ ...response, body: JSON.parse(await text(response)) as unknown }).toEqual({
      status: 200,
      headers: { 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8' },
      body: {
        data: { document: null },
        errors: [
          {
            message: 'give exactly one of id and number',
            locations: [{ line: 1, column: 3 }],
            path: ['document'],
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      },
    });
  });
});
