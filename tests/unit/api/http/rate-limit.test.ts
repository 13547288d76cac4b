/** The rate limiter: a bucket per address and per key, 429 with Retry-After past either. */
import { describe, expect, it } from 'vitest';
import { rateLimiter } from '../../../../src/api/http/rate-limit.ts';
import { jsonResponse, type HttpRequest } from '../../../../src/api/http/types.ts';
import { json, request } from './requests.ts';

const from = (address: string, key?: string): HttpRequest => ({
  ...request('POST', '/graphql', key ? { 'x-api-key': key } : {}),
  remoteAddress: address,
});

describe('rateLimiter', () => {
  it('lets a burst through, then answers 429 until the bucket refills', async () => {
    let time = 0;
    const limited = rateLimiter({ perSecond: 2, burst: 3, now: () => time })(() =>
      Promise.resolve(jsonResponse(200, {})),
    );
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await limited(from('10.0.0.1'))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await limited(from('10.0.0.1'));
    expect(refused.headers['retry-after']).toBe('1');
    expect(await json(refused)).toEqual({
      errors: [
        {
          message: 'too many requests; retry in 1 s',
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1 },
        },
      ],
    });
    // Another address has its own bucket; half a second later this one has one token again.
    expect((await limited(from('10.0.0.2'))).status).toBe(200);
    time += 500;
    expect((await limited(from('10.0.0.1'))).status).toBe(200);
    expect((await limited(from('10.0.0.1'))).status).toBe(429);
  });

  it('counts a key across addresses: one key cannot be spread over many clients', async () => {
    const limited = rateLimiter({ perSecond: 1, burst: 2, now: () => 0 })(() =>
      Promise.resolve(jsonResponse(200, {})),
    );
    const statuses = [];
    for (const address of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      statuses.push((await limited(from(address, 'shared'))).status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    // Without the key, those addresses still have their own tokens.
    expect((await limited(from('10.0.0.3'))).status).toBe(200);
  });
});
