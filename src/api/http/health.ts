/** GET /health: whether Neo4j answers, how fast, and at which URI (never with credentials). */
import { jsonResponse, type Handler } from './types.ts';

export interface HealthOptions {
  /** One round trip to the database; rejects when it is unreachable. */
  ping(): Promise<void>;
  /** Shown as is: give it without credentials. */
  uri: string;
  now?: () => number;
}

export function healthHandler({ ping, uri, now = Date.now }: HealthOptions): Handler {
  return async () => {
    const started = now();
    try {
      await ping();
      return jsonResponse(200, {
        status: 'ok',
        neo4j: { reachable: true, uri, latencyMs: now() - started },
      });
    } catch (error) {
      return jsonResponse(503, {
        status: 'degraded',
        neo4j: { reachable: false, uri, error: (error as Error).message },
      });
    }
  };
}
