/**
 * node:http and the handlers: the request as HttpRequest (its body read on demand, at most
 * 10 MB, with an abort signal when the client goes), the response written back. An HttpError
 * answers with its status and message; any other failure is logged and answered with a bare 500.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { errorResponse, HttpError, type Handler, type HttpRequest } from './types.ts';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** After an answer given before the body was read, the connection is closed without reading the
 *  rest; the client gets this long to read the answer before the socket is destroyed. */
export const CLOSE_GRACE_MS = 2_000;

function tooLarge(maxBytes: number): HttpError {
  const size = maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MB` : `${maxBytes} bytes`;
  return new HttpError(413, `request body exceeds ${size}`, 'BODY_TOO_LARGE');
}

/** The body up to `maxBytes`: refused on its Content-Length before any byte is read, else as
 *  soon as the bytes read pass the cap (a chunked body); reading stops there. */
function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) return Promise.reject(tooLarge(maxBytes));
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.pause();
      reject(tooLarge(maxBytes));
    };
    req.on('data', onData);
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** An answer sent before the body was read (413, 429, a handler that ignores it) closes the
 *  connection without reading the rest: Node would otherwise read and drop all of it to keep the
 *  connection alive. */
function closeIfUnread(req: IncomingMessage, res: ServerResponse): void {
  if (req.complete) return;
  res.setHeader('connection', 'close');
  const socket = req.socket;
  // Node ends such a connection with destroySoon() once the answer is out: closing a socket with
  // unread data resets it, and the reset can reach a client still sending before the answer
  // does. Linger instead: the answer and the end go out, reading stops, and the socket goes
  // after CLOSE_GRACE_MS (or when the client closes).
  socket.destroySoon = () => {
    socket.end();
    // After Node's own drain of the unread request, which resumes reading on the next tick.
    setImmediate(() => socket.pause());
    setTimeout(() => socket.destroy(), CLOSE_GRACE_MS).unref();
  };
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

async function send(
  handle: Handler,
  request: HttpRequest,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const response = await handle(request);
  res.statusCode = response.status;
  closeIfUnread(req, res);
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
    send(handle, toHttpRequest(req, maxBodyBytes, gone.signal), req, res).catch(
      (error: unknown) => {
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
        closeIfUnread(req, res);
        for (const [key, value] of Object.entries(sent.headers)) res.setHeader(key, value);
        res.end(sent.body);
      },
    );
  };
}
