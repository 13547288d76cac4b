import { describe, expect, it } from 'vitest';
import { notFound, router } from '../../../../src/api/http/router.ts';
import { jsonResponse, type Handler } from '../../../../src/api/http/types.ts';
import { json, request } from './requests.ts';

const named =
  (name: string): Handler =>
  () =>
    Promise.resolve(jsonResponse(200, { name }));

const handle = router([
  { path: '/graphql', handle: named('graphql') },
  { path: '/export/*', handle: named('export') },
  { path: '/health', method: 'GET', handle: named('health') },
]);

const nameOf = async (method: string, path: string): Promise<unknown> =>
  json(await handle(request(method, path)));

describe('router', () => {
  it('matches exact paths with any method unless one is given', async () => {
    expect(await nameOf('POST', '/graphql')).toEqual({ name: 'graphql' });
    expect(await nameOf('PUT', '/graphql?x=1')).toEqual({ name: 'graphql' });
    expect(await nameOf('GET', '/health')).toEqual({ name: 'health' });
  });

  it('matches a prefix route on its bare path and below it, not on a longer word', async () => {
    expect(await nameOf('GET', '/export')).toEqual({ name: 'export' });
    expect(await nameOf('GET', '/export/')).toEqual({ name: 'export' });
    expect(await nameOf('GET', '/export/coverage.csv?document=x')).toEqual({ name: 'export' });
    const miss = await handle(request('GET', '/exports'));
    expect(miss.status).toBe(404);
  });

  it('answers anything else with 404 naming the method and path', async () => {
    const response = await handle(request('POST', '/health'));
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(await json(response)).toEqual({ error: 'no route POST /health; try POST /graphql' });
    expect((await notFound(request('GET', '/nope'))).status).toBe(404);
  });

  it('takes the first matching route', async () => {
    const first = router([
      { path: '/a', handle: named('one') },
      { path: '/a', handle: named('two') },
    ]);
    expect(await json(await first(request('GET', '/a')))).toEqual({ name: 'one' });
  });
});
