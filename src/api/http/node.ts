/**
 * node:http and the handlers: the request as HttpRequest (its body read on demand, at most
 * 10 MB, with an abort signal when the client goes), the response written back. An HttpError
 * answers with its status and message; any other failure is logged and answered with a bare 500.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { errorResponse, HttpError, type Handler, type HttpRequest } from './types.ts';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** Past the cap, the rest of a body is read and dropped up to this much, so the client gets its
 *  413 rather than a reset connection; beyond it the connection is cut. */
const DISCARD_LIMIT_BYTES = 64 * 1024 * 1024;

function tooLarge(maxBytes: number): HttpError {
  const size = maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MB` : `${maxBytes} bytes`;
  return new HttpError(413, `request body exceeds ${size}`, 'BODY_TOO_LARGE');
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = declared > maxBytes;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > DISCARD_LIMIT_BYTES) req.destroy();
      else if (size > maxBytes) over = true;
      else if (!over) chunks.push(chunk);
    });
    req.on('end', () => {
      if (over) reject(tooLarge(maxBytes));
      else resolveBody(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

export function toHttpRequest(
  req: IncomingMessage,
  maxBodyBytes = MAX_BODY_BYTES,
  signal?: AbortSignal,
): HttpRequest {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    url: new URL(req.url ?? '/', 'http://localhost'),
    headers,
    readBody: (maxBytes) => readBody(req, Math.min(maxBytes ?? maxBodyBytes, maxBodyBytes)),
    ...(signal ? { signal } : {}),
    ...(req.socket?.remoteAddress ? { remoteAddress: req.socket.remoteAddress } : {}),
  };
}

async function send(handle: Handler, request: HttpRequest, res: ServerResponse): Promise<void> {
  const response = await handle(request);
  res.statusCode = response.status;
  for (const [key, value] of Object.entries(response.headers)) res.setHeader(key, value);
  if (typeof response.body === 'string' || response.body instanceof Uint8Array) {
    res.end(response.body);
    return;
  }
  for await (const chunk of response.body) res.write(chunk);
  res.end();
}

export function nodeListener(handle: Handler, maxBodyBytes = MAX_BODY_BYTES): RequestListener {
  return (req, res) => {
    const gone = new AbortController();
    // The client closed before the whole answer went out: stop the database work for it.
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    send(handle, toHttpRequest(req, maxBodyBytes, gone.signal), res).catch((error: unknown) => {
      const known = error instanceof HttpError;
      if (!known) console.error(error);
      if (res.headersSent) {
        res.end();
        return;
      }
      const sent = errorResponse(
        known ? error.status : 500,
        known ? error.message : 'internal server error',
        known && error.code ? { code: error.code } : undefined,
      );
      res.statusCode = sent.status;
      for (const [key, value] of Object.entries(sent.headers)) res.setHeader(key, value);
      res.end(sent.body);
    });
  };
}
