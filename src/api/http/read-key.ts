/**
 * Who asks, before any route runs: the `x-api-key` header read as a viewer (api/auth.ts) and
 * attached to the request. A key nobody holds is refused with 401 whatever the route; with
 * API_READS_NEED_KEY an anonymous request is refused too. Both before the wrapped handler (and
 * so before any Cypher of it) runs. A plain link to an original (GET /sources/…) cannot carry the
 * header, so there the web app's key cookie stands in for it (web/src/key.ts; docs/operations.md).
 */
import { parseCookie } from 'cookie';
import { UNKNOWN_KEY, type Authenticate } from '../auth.ts';
import type { Viewer } from '../../read/viewer.ts';
import { codedError, statusOfCode } from './status.ts';
import { errorResponse, type Handler, type HttpRequest, type HttpResponse } from './types.ts';

export interface ReadKeyOptions {
  readsNeedKey?: boolean | undefined;
}

/** The 401 response for a request whose key does not pass, or null when it may read. */
export function readKeyRefusal(
  options: ReadKeyOptions,
  viewer: Viewer | null,
): HttpResponse | null {
  if (viewer === null) return errorResponse(401, UNKNOWN_KEY, { code: 'UNAUTHENTICATED' });
  if (options.readsNeedKey && viewer.role === null) {
    return errorResponse(401, 'a valid x-api-key header is required', { code: 'UNAUTHENTICATED' });
  }
  return null;
}

/** The cookie the web app keeps the key in (web/src/key.ts sets it for /sources/ only). */
export const KEY_COOKIE = 'directive-graph-key';

/** The key a request gives: its `x-api-key` header, else on a GET of an original the web app's
 *  cookie. */
export function requestKey(request: HttpRequest): string | undefined {
  const header = request.headers['x-api-key'];
  if (header !== undefined) return header;
  if (request.method !== 'GET' || !request.url.pathname.startsWith('/sources/')) return undefined;
  const cookies = request.headers.cookie;
  const value = cookies ? parseCookie(cookies)[KEY_COOKIE] : undefined;
  return value || undefined;
}

export function withReadKey(
  options: ReadKeyOptions,
  authenticate: Authenticate,
  handle: Handler,
): Handler {
  return async (request) => {
    let viewer: Viewer | null;
    try {
      viewer = await authenticate(requestKey(request));
    } catch (error) {
      const coded = codedError(error);
      if (!coded) throw error;
      return errorResponse(statusOfCode(coded.code), coded.message, coded.extensions);
    }
    return readKeyRefusal(options, viewer) ?? handle({ ...request, viewer: viewer ?? undefined });
  };
}
