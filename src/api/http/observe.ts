/**
 * Observability of the HTTP front: one structured JSON log line per request (pino) carrying a
 * request id (the client's `x-request-id` when it sends a sane one, else a new UUID, echoed in
 * the answer), and Prometheus metrics (prom-client) served on GET /metrics: requests by route and
 * status, their latency, GraphQL operations by name and outcome (metrics.ts), Neo4j use.
 */
import { randomUUID } from 'node:crypto';
import { pino, type Logger } from 'pino';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { HttpError, type Handler, type HttpRequest } from './types.ts';

export interface Observability {
  logger: Logger;
  registry: Registry;
  http: { requests: Counter<'route' | 'status'>; seconds: Histogram<'route'> };
  graphql: { operations: Counter<'operation' | 'outcome'>; seconds: Histogram<'operation'> };
  /** Database work under way (statements of reads and writes), sampled at each scrape. */
  neo4jInFlight: Gauge;
  ingested: Counter<'outcome'>;
}

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** `level` from LOG_LEVEL (default info; silent under vitest unless set: tests read their own). */
export function createObservability(
  logger: Logger = pino({
    level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  }),
): Observability {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const http = {
    requests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests by route and status',
      labelNames: ['route', 'status'] as const,
      registers: [registry],
    }),
    seconds: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency by route',
      labelNames: ['route'] as const,
      buckets: BUCKETS,
      registers: [registry],
    }),
  };
  const graphql = {
    operations: new Counter({
      name: 'graphql_operations_total',
      help: 'GraphQL operations by name and outcome (ok, or the first error code)',
      labelNames: ['operation', 'outcome'] as const,
      registers: [registry],
    }),
    seconds: new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'GraphQL operation latency by name',
      labelNames: ['operation'] as const,
      buckets: BUCKETS,
      registers: [registry],
    }),
  };
  return {
    logger,
    registry,
    http,
    graphql,
    neo4jInFlight: new Gauge({
      name: 'neo4j_requests_in_flight',
      help: 'HTTP requests holding or waiting for a Neo4j connection',
      registers: [registry],
    }),
    ingested: new Counter({
      name: 'ingest_documents_total',
      help: 'Documents the ingestDocument mutation handled, by outcome (created, updated, unchanged, or the error code)',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
  };
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The route a path is counted under: a bounded set, never the raw path. */
function routeOf(path: string): string {
  const first = path.split('/')[1] ?? '';
  return ['graphql', 'export', 'sources', 'health', 'ready', 'live', 'metrics', 'web'].includes(
    first,
  )
    ? `/${first}`
    : path === '/'
      ? '/'
      : 'other';
}

/** Wraps the router: request id, one log line, the HTTP metrics. */
export function observed(handle: Handler, o: Observability): Handler {
  return async (request: HttpRequest) => {
    const given = request.headers['x-request-id'];
    const id = given && REQUEST_ID.test(given) ? given : randomUUID();
    const route = routeOf(request.url.pathname);
    const log = o.logger.child({ reqId: id });
    const started = performance.now();
    const database = route === '/graphql' || route === '/export';
    if (database) o.neo4jInFlight.inc();
    let status = 500;
    try {
      // The id rides in the headers, where the GraphQL plugin (metrics.ts) finds it too.
      const response = await handle({
        ...request,
        headers: { ...request.headers, 'x-request-id': id },
      });
      status = response.status;
      response.headers['x-request-id'] = id;
      return response;
    } catch (error) {
      if (error instanceof HttpError) status = error.status;
      throw error;
    } finally {
      if (database) o.neo4jInFlight.dec();
      const seconds = (performance.now() - started) / 1000;
      o.http.requests.inc({ route, status: String(status) });
      o.http.seconds.observe({ route }, seconds);
      log.info(
        { method: request.method, path: request.url.pathname, status, ms: seconds * 1000 },
        'request',
      );
    }
  };
}

/** GET /metrics in the Prometheus text format. */
export function metricsHandler(o: Observability): Handler {
  return async () => ({
    status: 200,
    headers: { 'content-type': o.registry.contentType },
    body: await o.registry.metrics(),
  });
}
