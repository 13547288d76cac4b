/**
 * HTTP caching of GraphQL reads asked by GET (an operation's text or its persisted hash in the
 * URL): a 200 answer gets an ETag (a hash of its body) and Cache-Control — public for open
 * reads, private when reads need the key — and a request whose If-None-Match names the current
 * ETag gets 304 with no body. POST and failed answers are never cached.
 */
import { createHash } from 'node:crypto';
import type { Handler } from './types.ts';

/** How long a shared cache may keep a read (the graph changes only on ingest). */
export const READ_MAX_AGE_S = 60;

function hasErrors(body: string): boolean {
  try {
    return (JSON.parse(body) as { errors?: unknown }).errors !== undefined;
  } catch {
    return true;
  }
}

export function withHttpCache(handler: Handler, options: { private: boolean }): Handler {
  return async (request) => {
    const response = await handler(request);
    if (request.method !== 'GET' || response.status !== 200 || typeof response.body !== 'string') {
      return response;
    }
    if (hasErrors(response.body)) return response;
    const etag = `"${createHash('sha256').update(response.body).digest('base64url').slice(0, 27)}"`;
    // A keyed answer may hold what anonymous readers may not see (marked documents, scopes):
    // never in a shared cache, and a cache must not answer one key with another's.
    const personal = options.private || (request.viewer?.role ?? null) !== null;
    const headers = {
      ...response.headers,
      etag,
      'cache-control': `${personal ? 'private' : 'public'}, max-age=${READ_MAX_AGE_S}`,
      vary: 'x-api-key',
    };
    const match = request.headers['if-none-match'];
    if (typeof match === 'string' && match.split(',').some((tag) => tag.trim() === etag)) {
      return { status: 304, headers, body: '' };
    }
    return { ...response, headers };
  };
}
