/**
 * GET /ready (readiness: send traffic here?) — the database answers within the health bound and
 * every migration is applied — beside GET /live (liveness: the process answers, nothing else).
 * A load balancer drops an instance that is not ready; an orchestrator restarts one not live.
 */
import type { Driver } from 'neo4j-driver';
import { migrations } from '../../db/migrations.ts';
import { GraphReader } from '../../read/reader.ts';
import { HEALTH_TIMEOUT_MS } from './health.ts';
import { jsonResponse, type Handler } from './types.ts';

export interface ReadyOptions {
  /** The ids of the migrations applied; rejects when the database does not answer. */
  applied(): Promise<string[]>;
  /** The ids the code expects (db/migrations.ts). */
  expected: readonly string[];
  timeoutMs?: number;
}

export function readyHandler({
  applied,
  expected,
  timeoutMs = HEALTH_TIMEOUT_MS,
}: ReadyOptions): Handler {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    try {
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      const done = new Set(await Promise.race([applied(), late]));
      const pending = expected.filter((id) => !done.has(id));
      if (pending.length > 0)
        return jsonResponse(503, {
          status: 'not ready',
          database: 'ok',
          pendingMigrations: pending,
        });
      return jsonResponse(200, { status: 'ready' });
    } catch (error) {
      return jsonResponse(503, { status: 'not ready', database: (error as Error).message });
    } finally {
      clearTimeout(timer);
    }
  };
}

/** /ready on this database: the applied migrations read from their ledger. */
export function databaseReady(driver: Driver, database: string): Handler {
  return readyHandler({
    applied: async () =>
      (
        await new GraphReader(driver, database, HEALTH_TIMEOUT_MS - 250).read(
          'MATCH (m:Migration) RETURN m.id AS id',
        )
      ).map((r) => r.id as string),
    expected: migrations.map((m) => m.id),
  });
}
