/** Requests and responses of the HTTP pieces as plain data: no socket, no database. */
import type { HttpRequest, HttpResponse } from '../../../../src/api/http/types.ts';

export function request(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body = '',
): HttpRequest {
  return {
    method,
    url: new URL(path, 'http://localhost'),
    headers,
    readBody: () => Promise.resolve(body),
  };
}

export async function text(response: HttpResponse): Promise<string> {
  if (typeof response.body === 'string') return response.body;
  let all = '';
  for await (const chunk of response.body) all += chunk;
  return all;
}

export async function json(response: HttpResponse): Promise<unknown> {
  return JSON.parse(await text(response)) as unknown;
}
