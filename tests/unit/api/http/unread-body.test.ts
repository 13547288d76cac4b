/**
 * A body the server refuses is not read (issue 15: the 9 MiB and 11 MB attackers were read to
 * the end before their 413): refused on its Content-Length, or at the cap for a chunked body,
 * or not read at all when the answer comes first (429); then the connection is closed. On a real
 * socket, counting the bytes the server read.
 */
import { Agent, createServer, request, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeListener } from '../../../../src/api/http/node.ts';
import { rateLimiter } from '../../../../src/api/http/rate-limit.ts';
import { jsonResponse, type Handler } from '../../../../src/api/http/types.ts';

const CAP = 1024 * 1024;
const BIG = Buffer.alloc(9 * CAP, 'x');

const echo: Handler = async (req) => jsonResponse(200, { length: (await req.readBody()).length });

interface Answer {
  status: number;
  connection: string | undefined;
  code: string | undefined;
  /** Bytes the server read from this request's connection, once it is answered. */
  bytesRead: number;
}

let server: Server;
let port = 0;
const sockets: Socket[] = [];
beforeAll(async () => {
  // A bucket of 2 for the whole test run: the third request of an address is refused.
  const limited = rateLimiter({ perSecond: 0.001, burst: 2 });
  server = createServer(
    nodeListener((req) => (req.url.pathname === '/limited' ? limited(echo)(req) : echo(req)), CAP),
  );
  server.on('connection', (socket: Socket) => sockets.push(socket));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((r) => server.close(() => r()));
});

/** POSTs `body` on a keep-alive connection of its own, with Content-Length or, when `chunked`,
 *  in parts. */
function post(path: string, body: Buffer, chunked = false): Promise<Answer> {
  const before = sockets.length;
  const agent = new Agent({ keepAlive: true });
  return new Promise((resolveAnswer, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        // Give the server time to read more, were it to.
        setTimeout(() => {
          resolveAnswer({
            status: res.statusCode ?? 0,
            connection: res.headers.connection,
            code: /"code":"(\w+)"/.exec(text)?.[1],
            bytesRead: sockets[before]?.bytesRead ?? -1,
          });
        }, 200);
      });
    });
    req.on('error', reject);
    if (!chunked) {
      req.setHeader('content-length', body.length);
      req.end(body);
      return;
    }
    for (let at = 0; at < body.length; at += 64 * 1024)
      req.write(body.subarray(at, at + 64 * 1024));
    req.end();
  });
}

describe('a refused body is not read', () => {
  it('refuses a body on its Content-Length with 413 before reading it, and closes', async () => {
    const answer = await post('/', BIG);
    expect(answer).toMatchObject({ status: 413, code: 'BODY_TOO_LARGE', connection: 'close' });
    // Headers and what came with them, not the 9 MiB (all of which was read and dropped before).
    expect(answer.bytesRead).toBeGreaterThan(0);
    expect(answer.bytesRead).toBeLessThan(CAP);
  });

  it('stops reading a chunked body at the cap with 413, and closes', async () => {
    const answer = await post('/', BIG, true);
    expect(answer).toMatchObject({ status: 413, code: 'BODY_TOO_LARGE', connection: 'close' });
    expect(answer.bytesRead).toBeGreaterThan(CAP);
    expect(answer.bytesRead).toBeLessThan(2 * CAP);
  });

  it('answers 429 without reading the body, and closes', async () => {
    for (let i = 0; i < 2; i += 1) {
      expect(await post('/limited', Buffer.from('{}'))).toMatchObject({ status: 200 });
    }
    const answer = await post('/limited', BIG);
    expect(answer).toMatchObject({ status: 429, code: 'RATE_LIMITED', connection: 'close' });
    expect(answer.bytesRead).toBeLessThan(CAP);
  });

  it('keeps reading a body within the cap, on a connection kept open', async () => {
    const within = Buffer.alloc(CAP, 'y');
    const answer = await post('/', within);
    expect(answer.status).toBe(200);
    expect(answer.connection).toBe('keep-alive');
    expect(answer.bytesRead).toBeGreaterThan(CAP);
  });
});
