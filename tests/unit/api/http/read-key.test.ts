import { describe, expect, it } from 'vitest';
import { onlyMethod } from '../../../../src/api/http/methods.ts';
import { readKeyRefusal, withReadKey } from '../../../../src/api/http/read-key.ts';
import { HttpError, jsonResponse, type Handler } from '../../../../src/api/http/types.ts';
import { json, request } from './requests.ts';

let calls = 0;
const counted: Handler = () => {
  calls += 1;
  return Promise.resolve(jsonResponse(200, { ok: true }));
};

describe('readKeyRefusal', () => {
  it('lets every request through when reads need no key', () => {
    expect(readKeyRefusal({ apiKey: 'k' }, {})).toBeNull();
    expect(readKeyRefusal({ apiKey: undefined, readsNeedKey: false }, {})).toBeNull();
  });

  it('refuses a missing or wrong key with 401 UNAUTHENTICATED', async () => {
    const attempts: Record<string, string>[] = [{}, { 'x-api-key': 'wrong' }];
    for (const headers of attempts) {
      const refusal = readKeyRefusal({ apiKey: 'the-key', readsNeedKey: true }, headers);
      expect(refusal?.status).toBe(401);
      expect(await json(refusal!)).toEqual({
        errors: [
          {
            message: 'a valid x-api-key header is required',
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
    }
  });

  it('passes the right key', () => {
    const options = { apiKey: 'the-key', readsNeedKey: true };
    expect(readKeyRefusal(options, { 'x-api-key': 'the-key' })).toBeNull();
  });

  it('keeps the code of the key check when the server has no key', async () => {
    const refusal = readKeyRefusal({ apiKey: undefined, readsNeedKey: true }, {});
    expect(refusal?.status).toBe(401);
    expect(await json(refusal!)).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });
});

describe('withReadKey and onlyMethod', () => {
  it('runs the wrapped handler only for a request that may read', async () => {
    const guarded = withReadKey({ apiKey: 'k', readsNeedKey: true }, counted);
    calls = 0;
    expect((await guarded(request('POST', '/graphql'))).status).toBe(401);
    expect(calls).toBe(0);
    expect((await guarded(request('POST', '/graphql', { 'x-api-key': 'k' }))).status).toBe(200);
    expect(calls).toBe(1);
  });

  it('refuses another method with 405 before the key is looked at', async () => {
    const guarded = onlyMethod(
      'GET',
      'exports are read with GET',
      withReadKey({ apiKey: 'k', readsNeedKey: true }, counted),
    );
    await expect(guarded(request('POST', '/export'))).rejects.toEqual(
      new HttpError(405, 'exports are read with GET'),
    );
    await expect(guarded(request('POST', '/export'))).rejects.toHaveProperty('status', 405);
    expect((await guarded(request('GET', '/export'))).status).toBe(401);
  });
});
