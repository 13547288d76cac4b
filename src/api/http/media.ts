/**
 * The media type of a GraphQL answer, negotiated as Apollo negotiates it (@apollo/server's
 * chooseContentTypeForSingleResultResponse, not exported): q-values first, then Apollo's order
 * of preference. Done once at the edge, before any work: Apollo answers 406 only after it has
 * parsed, validated and executed the operation, and the cost precheck must answer a refusal
 * under the same type Apollo would.
 */
import Negotiator from 'negotiator';
import type { HttpResponse } from './types.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';
const RESULT_TYPES = [
  JSON_TYPE,
  GRAPHQL_RESPONSE_TYPE,
  'application/json; callbackSpec=1.0; charset=utf-8',
];

/** The type of the answer, or undefined when the client accepts none of Apollo's. */
export function resultType(accept: string | undefined): string | undefined {
  return accept ? new Negotiator({ headers: { accept } }).mediaType(RESULT_TYPES) : JSON_TYPE;
}

/** True for the type under which a request error keeps its 400 (GraphQL over HTTP). */
export function isGraphqlResponse(type: string): boolean {
  return type.startsWith('application/graphql-response+json');
}

/** Apollo's answer to an Accept header it cannot serve, word for word. */
export function notAcceptable(): HttpResponse {
  const message =
    "An 'accept' header was provided for this request which does not accept " +
    `${JSON_TYPE} or ${GRAPHQL_RESPONSE_TYPE}`;
  return {
    status: 406,
    headers: { 'content-type': JSON_TYPE },
    body: `${JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] })}\n`,
  };
}
