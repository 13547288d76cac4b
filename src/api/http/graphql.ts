/**
 * POST/GET /graphql through Apollo Server's integration API (no web framework): the request
 * as Apollo's HTTPGraphQLRequest, its answer back with the legacy-JSON status of status.ts.
 */
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { notAcceptable, resultType } from './media.ts';
import { refusal, type Precheck } from './precheck.ts';
import { legacyJsonStatus } from './status.ts';
import { HttpError, type Handler, type HttpRequest, type HttpResponse } from './types.ts';

/** Bytes a GraphQL document may have, far below the body cap (node.ts): a request's data goes in
 *  its variables, and parsing or validating a huge document would block every other request. */
export const MAX_QUERY_BYTES = 32 * 1024;

function queryOf(body: unknown, url: URL): string {
  const inBody = (body as { query?: unknown } | null | undefined)?.query;
  return typeof inBody === 'string' ? inBody : (url.searchParams.get('query') ?? '');
}

/** Refuses a document over MAX_QUERY_BYTES before Apollo parses it. */
function checkQuerySize(query: string): void {
  const bytes = Buffer.byteLength(query, 'utf8');
  if (bytes > MAX_QUERY_BYTES) {
    throw new HttpError(
      413,
      `the query is ${bytes} bytes; at most ${MAX_QUERY_BYTES} are allowed (pass data in variables)`,
      'QUERY_TOO_LARGE',
    );
  }
}

async function parsedBody(
  request: HttpRequest,
  headers: HeaderMap,
  maxBytes: number | undefined,
): Promise<unknown> {
  if (request.method !== 'POST') return undefined;
  const raw = await request.readBody(maxBytes);
  if (!headers.get('content-type')?.includes('json')) return raw;
  try {
    return JSON.parse(raw);
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}

export function graphqlHandler<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  /** Called once per request: batching and caching never span requests. */
  context: (request: HttpRequest) => Promise<Context>,
  /** The body size this request may send (default: the cap of node.ts). */
  bodyLimit?: (request: HttpRequest) => number,
  /** The cost limits, checked before Apollo's full validation (precheck.ts). */
  precheck?: Precheck,
): Handler {
  return async (request): Promise<HttpResponse> => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) headers.set(key, value);
    const body = await parsedBody(request, headers, bodyLimit?.(request));
    const query = queryOf(body, request.url);
    checkQuerySize(query);
    // An answer the client cannot take is refused before any work (media.ts); a request without
    // a query (a persisted one by hash) is left to Apollo, which has the same rule.
    const type = resultType(request.headers.accept);
    if (type === undefined && query !== '') return notAcceptable();
    const refused = query === '' ? null : precheck?.(query, request);
    if (refused && type !== undefined) return refusal(refused, type);
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method, headers, search: request.url.search, body },
      context: () => context(request),
    });
    const status = result.status ?? 200;
    const responseHeaders = Object.fromEntries(result.headers);
    if (result.body.kind === 'chunked') {
      return { status, headers: responseHeaders, body: result.body.asyncIterator };
    }
    const text = result.body.string;
    return {
      status: legacyJsonStatus(status, result.headers.get('content-type'), text),
      headers: responseHeaders,
      body: text,
    };
  };
}
