/** The node:http adapter on a real socket (no database): errors, streaming, body limits. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nodeListener, toHttpRequest } from '../../../../src/api/http/node.ts';
import { HttpError, jsonResponse, type Handler } from '../../../../src/api/http/types.ts';

async function* slowly(parts: string[]): AsyncIterable<string> {
  for (const part of parts) {
    await new Promise((r) => setTimeout(r, 1));
    yield part;
  }
}

const handler: Handler = async (req) => {
  switch (req.url.pathname) {
    case '/teapot':
      throw new HttpError(418, 'short and stout');
    case '/crash':
      throw new Error('a secret stack');
    case '/stream':
      return { status: 200, headers: { 'content-type': 'text/plain' }, body: slowly(['a', 'b']) };
    default:
      return jsonResponse(200, { method: req.method, body: await req.readBody() });
  }
};

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer(nodeListener(handler));
  await new Promise<void>((r) => server.listen(0, r));
  const address = server.address();
  base = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const message = (
  method: string,
  url: string,
  headers: IncomingMessage['headers'],
  parts: string[],
) => Object.assign(Readable.from(parts.map((p) => Buffer.from(p))), { method, url, headers });

describe('nodeListener', () => {
  it('sends a handler response with its status, headers and body', async () => {
    const response = await fetch(`${base}/echo`, { method: 'POST', body: 'hé lô' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ method: 'POST', body: 'hé lô' });
  });

  it('answers an HttpError with its status and message', async () => {
    const response = await fetch(`${base}/teapot`);
    expect(response.status).toBe(418);
    expect(await response.json()).toEqual({ errors: [{ message: 'short and stout' }] });
  });

  it('answers any other failure with a bare 500 and logs it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await fetch(`${base}/crash`);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ errors: [{ message: 'internal server error' }] });
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });

  it('streams a chunked body', async () => {
    const response = await fetch(`${base}/stream`);
    expect(await response.text()).toBe('ab');
  });
});

describe('toHttpRequest', () => {
  it('upper-cases the method, joins repeated headers and parses the URL', () => {
    const req = toHttpRequest(
      message('get', '/graphql?query=x', { 'x-api-key': 'k', 'x-many': ['a', 'b'] }, []) as never,
    );
    expect(req.method).toBe('GET');
    expect(req.url.pathname).toBe('/graphql');
    expect(req.url.searchParams.get('query')).toBe('x');
    expect(req.headers).toEqual({ 'x-api-key': 'k', 'x-many': 'a, b' });
  });

  it('reads the body up to the limit and refuses more with 413', async () => {
    const limit = 1024 * 1024;
    const within = toHttpRequest(message('POST', '/', {}, ['x'.repeat(limit)]) as never, limit);
    expect(await within.readBody()).toHaveLength(limit);
    const over = toHttpRequest(message('POST', '/', {}, ['x'.repeat(limit), 'y']) as never, limit);
    await expect(over.readBody()).rejects.toMatchObject({
      status: 413,
      message: 'request body exceeds 1 MB',
    });
  });
});
