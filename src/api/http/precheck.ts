/**
 * The cost limits (limits.ts) checked before Apollo's validation: Apollo runs them in one pass
 * with every rule of the spec, which costs most of a refused request (a profile of the load
 * test's QUERY_TOO_COMPLEX attackers: three quarters of their time in validation). Here the
 * document is parsed (stopping at the token limit) and checked by the limits alone; a refused
 * one, or one that does not parse, never reaches Apollo. A document that passes is remembered, so repeated operations are
 * parsed here once.
 */
import {
  buildSchema,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { isGraphqlResponse } from './media.ts';
import type { HttpRequest, HttpResponse } from './types.ts';

/** The refusals of a document (its syntax error, or the limits it breaks), or null when it may
 *  go on. */
export type Precheck = (
  query: string,
  request: HttpRequest,
) => readonly GraphQLFormattedError[] | null;

/** Documents remembered as within the limits. */
const REMEMBERED = 1_000;

export function costPrecheck(
  typeDefs: string,
  rules: readonly ValidationRule[],
  maxTokens: number,
): Precheck {
  let schema: GraphQLSchema | undefined;
  const passed = new Set<string>();
  return (query) => {
    if (passed.has(query)) return null;
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens });
    } catch (error) {
      // Answered here as Apollo would, rather than parsed a second time by Apollo.
      if (!(error instanceof GraphQLError)) throw error;
      const json = error.toJSON();
      return [{ ...json, extensions: { ...json.extensions, code: 'GRAPHQL_PARSE_FAILED' } }];
    }
    schema ??= buildSchema(typeDefs);
    const errors = validate(schema, document, rules);
    if (errors.length > 0) return errors.map((e) => e.toJSON());
    if (passed.size >= REMEMBERED) passed.delete(passed.values().next().value as string);
    passed.add(query);
    return null;
  };
}

/** The refusal as Apollo answers a validation error under the negotiated type (media.ts): 400
 *  under `application/graphql-response+json`, 200 under `application/json` (status.ts,
 *  legacyJsonStatus); the body as Apollo writes it. */
export function refusal(errors: readonly GraphQLFormattedError[], type: string): HttpResponse {
  return {
    status: isGraphqlResponse(type) ? 400 : 200,
    headers: { 'content-type': type },
    body: `${JSON.stringify({ errors })}\n`,
  };
}
