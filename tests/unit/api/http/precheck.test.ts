/**
 * The cost limits checked before Apollo (issue 15's QUERY_TOO_COMPLEX attackers spent most of
 * their time in Apollo's full validation): a refused document never reaches Apollo's validation,
 * and is answered exactly as Apollo answers it. The API's own schema and limits, no database.
 */
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlHandler } from '../../../../src/api/http/graphql.ts';
import { costPrecheck } from '../../../../src/api/http/precheck.ts';
import { aliasLimit, MAX_TOKENS, queryLimits } from '../../../../src/api/limits.ts';
import { formatError } from '../../../../src/api/errors.ts';
import { loadTypeDefs } from '../../../../src/api/schema.ts';
import { request, text } from './requests.ts';

/** Documents Apollo validated, counted by a plugin. */
let validations = 0;
const counting: ApolloServerPlugin = {
  requestDidStart: () =>
    Promise.resolve({
      validationDidStart: () => {
        validations += 1;
        return Promise.resolve();
      },
    }),
};
const apollo = new ApolloServer({
  typeDefs: loadTypeDefs(),
  plugins: [counting],
  formatError,
  parseOptions: { maxTokens: MAX_TOKENS },
  validationRules: [queryLimits, aliasLimit],
});
const context = () => Promise.resolve({});
const checked = graphqlHandler(
  apollo,
  context,
  undefined,
  costPrecheck(loadTypeDefs(), [queryLimits, aliasLimit], MAX_TOKENS),
);
const unchecked = graphqlHandler(apollo, context);

beforeAll(() => apollo.start());
afterAll(() => apollo.stop());

const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join('\n')} }`;
const DEEP = `{ organization(id: "x") { ${'units { '.repeat(9)}id${' }'.repeat(9)} } }`;

async function answer(handle: typeof checked, query: string, accept?: string) {
  const response = await handle(
    request(
      'POST',
      '/graphql',
      { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
      JSON.stringify({ query }),
    ),
  );
  return {
    status: response.status,
    type: response.headers['content-type'],
    body: await text(response),
  };
}

describe('the cost precheck', () => {
  it.each([
    ['too deep', DEEP, undefined, 'QUERY_TOO_COMPLEX'],
    [
      '300 aliases of coordinationPartners',
      aliases(300, 'coordinationPartners(organization: "x") { totalPartners }'),
      undefined,
      'QUERY_TOO_COMPLEX',
    ],
    [
      '15 aliases of coverageReport',
      aliases(15, 'coverageReport { totalCount }'),
      'application/graphql-response+json',
      'QUERY_TOO_COMPLEX',
    ],
    ['past the token limit', aliases(1_500, '__typename'), undefined, 'GRAPHQL_PARSE_FAILED'],
    [
      'a syntax error',
      '{ a',
      'application/graphql-response+json, application/json',
      'GRAPHQL_PARSE_FAILED',
    ],
    // Negotiated by q-value, not by the order written: the modern type wins here.
    [
      'a syntax error, preferred type given by q',
      '{ a',
      'application/json;q=0.5, application/graphql-response+json',
      'GRAPHQL_PARSE_FAILED',
    ],
    [
      'too deep, legacy type preferred by q',
      DEEP,
      'application/graphql-response+json;q=0.2, application/json',
      'QUERY_TOO_COMPLEX',
    ],
    ['too deep, any type', DEEP, '*/*', 'QUERY_TOO_COMPLEX'],
  ])(
    'refuses %s before Apollo validates it, as Apollo answers it',
    async (_, query, accept, code) => {
      const before = validations;
      const early = await answer(checked, query, accept);
      expect(validations).toBe(before);
      const late = await answer(unchecked, query, accept);
      expect(early).toEqual(late);
      const { errors } = JSON.parse(early.body) as { errors: { extensions: { code: string } }[] };
      expect(new Set(errors.map((e) => e.extensions.code))).toEqual(new Set([code]));
    },
  );

  it('answers a refused document under the type the client prefers by q-value', async () => {
    const early = await answer(
      checked,
      DEEP,
      'application/json;q=0.5, application/graphql-response+json',
    );
    expect([early.status, early.type]).toEqual([
      400,
      'application/graphql-response+json; charset=utf-8',
    ]);
  });

  it('answers 406 as Apollo does to a client that accepts neither JSON type, before any work', async () => {
    for (const query of [DEEP, '{ only406: __typename }']) {
      const before = validations;
      const early = await answer(checked, query, 'text/html');
      expect(early.status).toBe(406);
      expect(validations).toBe(before);
      // Apollo's own answer, when it is asked directly: the same, after validating.
      const direct = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: 'POST',
          headers: new HeaderMap([
            ['content-type', 'application/json'],
            ['accept', 'text/html'],
          ]),
          search: '',
          body: { query },
        },
        context,
      });
      expect(direct.body.kind === 'complete' ? direct.body.string : null).toBe(early.body);
      expect([direct.status, direct.headers.get('content-type')]).toEqual([406, early.type]);
    }
  });

  it('lets a document within the limits through to Apollo', async () => {
    const before = validations;
    const fine = await answer(checked, '{ __typename }');
    expect(fine).toMatchObject({ status: 200, body: '{"data":{"__typename":"Query"}}\n' });
    expect(validations).toBe(before + 1);
    // Apollo's other rules still apply to it.
    const unknown = await answer(checked, '{ nothingHere }');
    expect(JSON.parse(unknown.body)).toMatchObject({
      errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });
  });
});
