import { describe, expect, it } from 'vitest';
import { onlyMethod } from '../../../../src/api/http/methods.ts';
import { readKeyRefusal, requestKey, withReadKey } from '../../../../src/api/http/read-key.ts';
import { HttpError, jsonResponse, type Handler } from '../../../../src/api/http/types.ts';
import type { Authenticate } from '../../../../src/api/auth.ts';
import { ANONYMOUS, UNRESTRICTED, type Viewer } from '../../../../src/read/viewer.ts';
import { json, request } from './requests.ts';

let calls = 0;
let seen: Viewer | undefined;
const counted: Handler = (r) => {
  calls += 1;
  seen = r.viewer;
  return Promise.resolve(jsonResponse(200, { ok: true }));
};

/** The shared key `k` only: what authenticator() answers on a server without users. */
const onlyK: Authenticate = (key) =>
  Promise.resolve(key === undefined ? ANONYMOUS : key === 'k' ? UNRESTRICTED : null);

describe('readKeyRefusal', () => {
  it('lets anonymous requests through when reads need no key', () => {
    expect(readKeyRefusal({}, ANONYMOUS)).toBeNull();
    expect(readKeyRefusal({ readsNeedKey: false }, ANONYMOUS)).toBeNull();
  });

  it('refuses an anonymous request with 401 UNAUTHENTICATED when reads need a key', async () => {
    const refusal = readKeyRefusal({ readsNeedKey: true }, ANONYMOUS);
    expect(refusal?.status).toBe(401);
    expect(await json(refusal!)).toEqual({
      errors: [
        {
          message: 'a valid x-api-key header is required',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
  });

  it('refuses a key nobody holds, whether or not reads need a key', async () => {
    for (const readsNeedKey of [false, true]) {
      const refusal = readKeyRefusal({ readsNeedKey }, null);
      expect(refusal?.status).toBe(401);
      expect(await json(refusal!)).toMatchObject({
        errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
      });
    }
  });

  it('passes a known key', () => {
    expect(readKeyRefusal({ readsNeedKey: true }, UNRESTRICTED)).toBeNull();
  });
});

describe('withReadKey and onlyMethod', () => {
  it('runs the wrapped handler only for a request that may read, with its viewer', async () => {
    const guarded = withReadKey({ readsNeedKey: true }, onlyK, counted);
    calls = 0;
    expect((await guarded(request('POST', '/graphql'))).status).toBe(401);
    expect((await guarded(request('POST', '/graphql', { 'x-api-key': 'wrong' }))).status).toBe(401);
    expect(calls).toBe(0);
    expect((await guarded(request('POST', '/graphql', { 'x-api-key': 'k' }))).status).toBe(200);
    expect(calls).toBe(1);
    expect(seen).toBe(UNRESTRICTED);
    const open = withReadKey({}, onlyK, counted);
    expect((await open(request('POST', '/graphql'))).status).toBe(200);
    expect(seen).toBe(ANONYMOUS);
  });

  it('refuses another method with 405 before the key is looked at', async () => {
    const guarded = onlyMethod(
      'GET',
      'exports are read with GET',
      withReadKey({ readsNeedKey: true }, onlyK, counted),
    );
    await expect(guarded(request('POST', '/export'))).rejects.toEqual(
      new HttpError(405, 'exports are read with GET'),
    );
    await expect(guarded(request('POST', '/export'))).rejects.toHaveProperty('status', 405);
    expect((await guarded(request('GET', '/export'))).status).toBe(401);
  });
});

describe("requestKey: the web app's key cookie on a link to an original", () => {
  const cookie = { cookie: 'theme=dark; directive-graph-key=k%2By; other=1' };

  it('reads the cookie on GET /sources/ only', () => {
    expect(requestKey(request('GET', '/sources/ab12', cookie))).toBe('k+y');
    expect(requestKey(request('GET', '/graphql', cookie))).toBeUndefined();
    expect(requestKey(request('GET', '/export/tasks.csv', cookie))).toBeUndefined();
    expect(requestKey(request('POST', '/sources/ab12', cookie))).toBeUndefined();
  });

  it('prefers the header, and reads no key from an empty or absent cookie', () => {
    expect(requestKey(request('GET', '/sources/ab12', { ...cookie, 'x-api-key': 'h' }))).toBe('h');
    expect(requestKey(request('GET', '/sources/ab12', { cookie: 'directive-graph-key=' }))).toBe(
      undefined,
    );
    expect(requestKey(request('GET', '/sources/ab12', { cookie: 'theme=dark' }))).toBeUndefined();
    expect(requestKey(request('GET', '/sources/ab12'))).toBeUndefined();
  });

  it('gives the viewer of the cookie to the original, and 401 for a cookie nobody holds', async () => {
    const guarded = withReadKey({}, onlyK, counted);
    expect(
      (await guarded(request('GET', '/sources/ab12', { cookie: 'directive-graph-key=k' }))).status,
    ).toBe(200);
    expect(seen).toBe(UNRESTRICTED);
    expect(
      (await guarded(request('GET', '/sources/ab12', { cookie: 'directive-graph-key=no' }))).status,
    ).toBe(401);
  });
});
