/**
 * Who asks, before any route runs: the `x-api-key` header read as a viewer (api/auth.ts) and
 * attached to the request. A key nobody holds is refused with 401 whatever the route; with
 * API_READS_NEED_KEY an anonymous request is refused too. Both before the wrapped handler (and
 * so before any Cypher of it) runs.
 */
import { UNKNOWN_KEY, type Authenticate } from '../auth.ts';
import type { Viewer } from '../../read/viewer.ts';
import { codedError, statusOfCode } from './status.ts';
import { errorResponse, type Handler, type HttpResponse } from './types.ts';

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

export function withReadKey(
  options: ReadKeyOptions,
  authenticate: Authenticate,
  handle: Handler,
): Handler {
  return async (request) => {
    let viewer: Viewer | null;
    try {
      viewer = await authenticate(request.headers['x-api-key']);
    } catch (error) {
      const coded = codedError(error);
      if (!coded) throw error;
      return errorResponse(statusOfCode(coded.code), coded.message, coded.extensions);
    }
    return readKeyRefusal(options, viewer) ?? handle({ ...request, viewer: viewer ?? undefined });
  };
}
