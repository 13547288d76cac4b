/** The GraphQL-over-HTTP piece against a tiny schema: Apollo's answers and our legacy status. */
import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlHandler } from '../../../../src/api/http/graphql.ts';
import { HttpError } from '../../../../src/api/http/types.ts';
import { json, request } from './requests.ts';

interface Context {
  caller: string;
}

const apollo = new ApolloServer<Context>({
  typeDefs: 'type Query { hello(name: String!): String, caller: String }',
  resolvers: {
    Query: {
      hello: (_: unknown, { name }: { name: string }) => `xin chào ${name}`,
      caller: (_: unknown, __: unknown, context: Context) => context.caller,
    },
  },
});
let contexts = 0;
const handle = graphqlHandler(apollo, (req) => {
  contexts += 1;
  return Promise.resolve({ caller: req.headers['x-caller'] ?? 'nobody' });
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  handle(
    request(
      'POST',
      '/graphql',
      { 'content-type': 'application/json', ...headers },
      typeof body === 'string' ? body : JSON.stringify(body),
    ),
  );

beforeAll(() => apollo.start());
afterAll(() => apollo.stop());

describe('graphqlHandler', () => {
  it('executes a POSTed operation with its variables', async () => {
    const response = await post({
      query: 'query ($n: String!) { hello(name: $n) }',
      variables: { n: 'Hà Nội' },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(await json(response)).toEqual({ data: { hello: 'xin chào Hà Nội' } });
  });

  it('builds a context per request from that request', async () => {
    contexts = 0;
    const a = await post({ query: '{ caller }' }, { 'x-caller': 'analyst' });
    const b = await post({ query: '{ caller }' });
    expect(await json(a)).toEqual({ data: { caller: 'analyst' } });
    expect(await json(b)).toEqual({ data: { caller: 'nobody' } });
    expect(contexts).toBe(2);
  });

  it('answers 200 for a parse or validation failure under application/json', async () => {
    for (const query of ['{ hello(', '{ nope }', 'query ($n: String!) { hello(name: $n) }']) {
      const response = await post({ query }, { accept: 'application/json' });
      expect(response.status).toBe(200);
      expect((await json(response)) as object).toHaveProperty('errors');
    }
  });

  it('keeps 400 for them under application/graphql-response+json', async () => {
    const response = await post(
      { query: '{ nope }' },
      { accept: 'application/graphql-response+json' },
    );
    expect(response.status).toBe(400);
  });

  it('keeps 400 for a request without a query', async () => {
    const response = await post({ variables: {} }, { accept: 'application/json' });
    expect(response.status).toBe(400);
  });

  it('refuses a body that is not JSON with HttpError 400', async () => {
    const failure = post('{ "query": ', {});
    await expect(failure).rejects.toBeInstanceOf(HttpError);
    await expect(post('{ "query": ')).rejects.toMatchObject({
      status: 400,
      message: 'request body is not valid JSON',
    });
  });

  it('answers GET with the operation in the query string (with the CSRF preflight header)', async () => {
    const response = await handle(
      request('GET', '/graphql?query=%7B%20hello(name%3A%22x%22)%20%7D', {
        'apollo-require-preflight': 'true',
      }),
    );
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ data: { hello: 'xin chào x' } });
  });
});
