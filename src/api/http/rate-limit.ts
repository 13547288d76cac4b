/**
 * Per-address and per-key rate limits: a token bucket for each client address and, when the
 * request carries an `x-api-key`, one for that key too (a shared key cannot be used to exhaust
 * the server from many addresses). Over either: 429 RATE_LIMITED with Retry-After.
 */
import { createHash } from 'node:crypto';
import { errorResponse, type Handler } from './types.ts';

export interface RateLimitOptions {
  /** Requests a client may make per second, sustained. */
  perSecond: number;
  /** Requests it may make at once after a quiet spell. */
  burst: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets kept at most; the fullest (least recently used) go first past it. */
const MAX_BUCKETS = 10_000;

export function rateLimiter({ perSecond, burst, now = Date.now }: RateLimitOptions) {
  const buckets = new Map<string, Bucket>();
  /** Takes one token from `id`'s bucket; the seconds to wait when it is empty, else 0. */
  const take = (id: string): number => {
    const time = now();
    const bucket = buckets.get(id) ?? { tokens: burst, at: time };
    buckets.delete(id); // re-inserted last: the map's order is least recently used first
    bucket.tokens = Math.min(burst, bucket.tokens + ((time - bucket.at) / 1000) * perSecond);
    bucket.at = time;
    buckets.set(id, bucket);
    if (buckets.size > MAX_BUCKETS) buckets.delete(buckets.keys().next().value as string);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / perSecond);
  };
  return (next: Handler): Handler =>
    async (request) => {
      const key = request.headers['x-api-key'];
      const ids = [`address:${request.remoteAddress ?? 'unknown'}`];
      if (key) ids.push(`key:${createHash('sha256').update(key).digest('hex')}`);
      const wait = Math.max(...ids.map(take));
      if (wait > 0) {
        const limited = errorResponse(429, `too many requests; retry in ${wait} s`, {
          code: 'RATE_LIMITED',
          retryAfterSeconds: wait,
        });
        return { ...limited, headers: { ...limited.headers, 'retry-after': String(wait) } };
      }
      return next(request);
    };
}
