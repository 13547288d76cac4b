/**
 * POST/GET /graphql through Apollo Server's integration API (no web framework): the request
 * as Apollo's HTTPGraphQLRequest, its answer back with the legacy-JSON status of status.ts.
 */
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { legacyJsonStatus } from './status.ts';
import { HttpError, type Handler, type HttpRequest, type HttpResponse } from './types.ts';

async function parsedBody(request: HttpRequest, headers: HeaderMap): Promise<unknown> {
  if (request.method !== 'POST') return undefined;
  const raw = await request.readBody();
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
): Handler {
  return async (request): Promise<HttpResponse> => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) headers.set(key, value);
    const body = await parsedBody(request, headers);
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
