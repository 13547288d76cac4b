/**
 * Read-your-writes across API instances (issue 15): a request that wrote answers with the
 * bookmark of its last transaction in the `x-bookmark` header; a client sends it back on its next
 * requests, to any instance, and that instance's reads wait until its Neo4j (a cluster member,
 * an Aura replica) has caught up to it. On a single server every read sees every commit, and the
 * bookmark costs nothing.
 */
import type { Handler, HttpRequest } from './types.ts';

export const BOOKMARK_HEADER = 'x-bookmark';
/** Bookmarks a request may give (a client merging answers of several instances sends a few). */
const MAX_BOOKMARKS = 16;
const BOOKMARK_SHAPE = /^[\w+/=:.-]{1,512}$/;

/** The bookmarks a request carries: comma-separated, each a Neo4j bookmark string. */
export function requestBookmarks(request: HttpRequest): string[] {
  const raw = request.headers[BOOKMARK_HEADER];
  if (!raw) return [];
  return raw
    .split(',')
    .map((b) => b.trim())
    .filter((b) => BOOKMARK_SHAPE.test(b))
    .slice(0, MAX_BOOKMARKS);
}

/** Adds the bookmarks of the request's writes (as `written` tells them) to its answer. */
export function withWrittenBookmarks(
  handle: Handler,
  written: (request: HttpRequest) => readonly string[] | undefined,
): Handler {
  return async (request) => {
    const response = await handle(request);
    const bookmarks = written(request);
    if (!bookmarks || bookmarks.length === 0) return response;
    return {
      ...response,
      headers: {
        ...response.headers,
        [BOOKMARK_HEADER]: bookmarks.join(','),
      },
    };
  };
}
