/**
 * API_READS_NEED_KEY: every read needs the `x-api-key` header, refused with 401 before the
 * wrapped handler (and so before any Cypher) runs. Without the setting this is a pass-through.
 */
import { requireKey } from '../ingest.ts';
import { errorResponse, type Handler, type HttpResponse } from './types.ts';

export interface ReadKeyOptions {
  apiKey?: string | undefined;
  readsNeedKey?: boolean | undefined;
}

/** The 401 response for a request whose key does not pass, or null when it may read. */
export function readKeyRefusal(
  options: ReadKeyOptions,
  headers: Readonly<Record<string, string>>,
): HttpResponse | null {
  if (!options.readsNeedKey) return null;
  try {
    requireKey({ apiKey: options.apiKey, requestKey: headers['x-api-key'] });
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : 'unauthenticated';
    const code = (error as { extensions?: { code?: string } }).extensions?.code;
    return errorResponse(401, message, { code: code ?? 'UNAUTHENTICATED' });
  }
}

export function withReadKey(options: ReadKeyOptions, handle: Handler): Handler {
  return async (request) => readKeyRefusal(options, request.headers) ?? handle(request);
}
