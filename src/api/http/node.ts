/**
 * node:http and the handlers: the request as HttpRequest (its body read on demand, at most
 * 10 MB), the response written back. An HttpError answers with its status and message; any
 * other failure is logged and answered with a bare 500.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { errorResponse, HttpError, type Handler, type HttpRequest } from './types.ts';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;

function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new HttpError(413, `request body exceeds ${maxBytes / 1024 / 1024} MB`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function toHttpRequest(req: IncomingMessage, maxBodyBytes = MAX_BODY_BYTES): HttpRequest {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    url: new URL(req.url ?? '/', 'http://localhost'),
    headers,
    readBody: () => readBody(req, maxBodyBytes),
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
    send(handle, toHttpRequest(req, maxBodyBytes), res).catch((error: unknown) => {
      const known = error instanceof HttpError;
      if (!known) console.error(error);
      if (res.headersSent) {
        res.end();
        return;
      }
      const sent = errorResponse(
        known ? error.status : 500,
        known ? error.message : 'internal server error',
      );
      res.statusCode = sent.status;
      for (const [key, value] of Object.entries(sent.headers)) res.setHeader(key, value);
      res.end(sent.body);
    });
  };
}
