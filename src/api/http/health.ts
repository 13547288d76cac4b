/**
 * GET /health (liveness and readiness in one answer): whether Neo4j answers, how fast, and at
 * which URI (credentials removed). It never waits on a stuck database longer than `timeoutMs`.
 */
import { jsonResponse, type Handler } from './types.ts';

/** How long /health waits for the database before answering 503. */
export const HEALTH_TIMEOUT_MS = 2_000;

export interface HealthOptions {
  /** One round trip to the database; rejects when it is unreachable. */
  ping(): Promise<void>;
  uri: string;
  timeoutMs?: number;
  now?: () => number;
}

/** The URI without user or password (a NEO4J_URI may carry both). */
export function withoutCredentials(uri: string): string {
  try {
    const url = new URL(uri);
    if (!url.username && !url.password) return uri;
    url.username = '';
    url.password = '';
    return url.toString();
  } catch {
    return uri.replace(/\/\/[^@/]*@/, '//');
  }
}

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export function healthHandler({
  ping,
  uri,
  timeoutMs = HEALTH_TIMEOUT_MS,
  now = Date.now,
}: HealthOptions): Handler {
  const shown = withoutCredentials(uri);
  return async () => {
    const started = now();
    try {
      await within(ping(), timeoutMs);
      return jsonResponse(200, {
        status: 'ok',
        neo4j: { reachable: true, uri: shown, latencyMs: now() - started },
      });
    } catch (error) {
      return jsonResponse(503, {
        status: 'degraded',
        neo4j: { reachable: false, uri: shown, error: (error as Error).message },
      });
    }
  };
}
