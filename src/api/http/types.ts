/**
 * The HTTP front as plain data: a handler takes a request and returns a response, so each
 * piece (router, read key, exports, GraphQL, health) is a function tested without a socket;
 * node.ts alone talks to node:http.
 */
import type { Viewer } from '../../read/viewer.ts';

export interface HttpRequest {
  /** Upper case, e.g. `GET`. */
  method: string;
  url: URL;
  /** Lower-case names; a repeated header is joined with `, `. */
  headers: Readonly<Record<string, string>>;
  /** The body as text; rejects with HttpError 413 past the size limit (or `maxBytes`, when
   *  lower). Read it at most once. */
  readBody(maxBytes?: number): Promise<string>;
  /** Aborted when the client closes the connection before its answer. */
  signal?: AbortSignal;
  /** The peer's address (rate limits count by it). */
  remoteAddress?: string;
  /** Who asks, once the key is read (read-key.ts); absent before. */
  viewer?: Viewer | undefined;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  /** A whole body (text or bytes), or chunks streamed as they come (incremental delivery). */
  body: string | Uint8Array | AsyncIterable<string>;
}

export type Handler = (request: HttpRequest) => Promise<HttpResponse>;

/** A failure with its HTTP status; its message is safe to show the client. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** `extensions.code` of the answer, when the failure has one. */
    readonly code?: string,
  ) {
    super(message);
  }
}

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): HttpResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

/** The `{ errors: [...] }` body of a refused request, as GraphQL answers it. */
export function errorResponse(
  status: number,
  message: string,
  extensions?: Record<string, unknown>,
): HttpResponse {
  return jsonResponse(status, { errors: [extensions ? { message, extensions } : { message }] });
}
