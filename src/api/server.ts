/**
 * HTTP front, composed of the pieces in http/: Apollo Server 5 on /graphql (its integration API,
 * no web framework), GET /export/<name> for traversal results as files (exports/), and
 * GET /health reporting Neo4j connectivity, and for browsers GraphiQL (GET /graphql) and the web
 * app (`/`, its files under /web/). With API_READS_NEED_KEY, /graphql and /export need
 * the key; /health never does.
 */
import { createServer, type Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Driver } from 'neo4j-driver';
import { createContext, DEFAULT_TRANSACTION_TIMEOUT_MS, type ApiContext } from './context.ts';
import { GraphReader } from '../read/reader.ts';
import { formatError } from './errors.ts';
import { exportRoutes } from './exports/index.ts';
import { exportsHandler } from './http/exports.ts';
import { requestBookmarks, withWrittenBookmarks } from './http/bookmarks.ts';
import { exampleOperations, graphiqlPage, withGraphiQL } from './http/graphiql.ts';
import { graphqlHandler } from './http/graphql.ts';
import { costPrecheck, type Precheck } from './http/precheck.ts';
import { HEALTH_TIMEOUT_MS, healthHandler } from './http/health.ts';
import { onlyMethod } from './http/methods.ts';
import { MAX_BODY_BYTES, nodeListener } from './http/node.ts';
import { authenticator } from './auth.ts';
import { rateLimiter, type RateLimitOptions } from './http/rate-limit.ts';
import { serveSubscriptions } from './http/subscriptions.ts';
import { withReadKey as readKey } from './http/read-key.ts';
import { router, type Route } from './http/router.ts';
import { jsonResponse, type Handler, type HttpRequest } from './http/types.ts';
import { ANONYMOUS, seesEverything } from '../read/viewer.ts';
import { seesSource } from '../read/sources.ts';
import { sourcesHandler } from './http/sources.ts';
import { appPage, distFiles } from './http/static.ts';
import { aliasLimit, MAX_TOKENS, queryLimits } from './limits.ts';
import { persistedOperations, persistedRegistry } from './persisted.ts';
import { withHttpCache } from './http/cache.ts';
import { resolvers } from './resolvers/index.ts';
import { countRefused, operationMetrics } from './metrics.ts';
import {
  createObservability,
  metricsHandler,
  observed,
  type Observability,
} from './http/observe.ts';
import { databaseReady } from './http/ready.ts';
import { loadTypeDefs } from './schema.ts';

export interface ApiOptions {
  /** For reads; give it a short retry window (db/driver.ts API_RETRY_WINDOW_MS). */
  driver: Driver;
  /** For the ingest mutation; defaults to `driver`. */
  writeDriver?: Driver;
  database: string;
  /** Shown by /health, credentials removed. */
  neo4jUri: string;
  /** Time limit of each request, all its statements together (default 10 s). */
  transactionTimeoutMs?: number;
  /** Key mutations need (header `x-api-key`); undefined = mutations off. */
  apiKey?: string | undefined;
  /** Queries need the key too (apiKey must be set); default false: reads are open. */
  readsNeedKey?: boolean;
  /** Requests per client address and per key on /graphql and /export; undefined = no limit. */
  rateLimit?: RateLimitOptions | undefined;
  /** Schema introspection (and GraphiQL's completion); off also hides "Did you mean" hints.
   *  Default: on. */
  introspection?: boolean;
  /** The ingest mutation resolves names with the national registry too (default false). */
  nationalRegistry?: boolean;
  /** Serve only the operations registered from operations/ (API_PERSISTED_ONLY). */
  persistedOnly?: boolean;
  /** The content-addressed folder of originals: uploads are kept there, /sources serves it. */
  sourceDir?: string;
  /** Logs and metrics (http/observe.ts); default: JSON logs on stdout at LOG_LEVEL. */
  observability?: Observability;
}

/** How long stopping waits for requests in flight. */
export const SHUTDOWN_GRACE_MS = 10_000;

/** The body a request without the API key may send. */
export const MAX_ANONYMOUS_BODY_BYTES = 1024 * 1024;

/** A key that may write: its request may carry a document. */
function writes(request: HttpRequest): boolean {
  const role = request.viewer?.role;
  return role === 'editor' || role === 'admin';
}

export interface RunningApi {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

/**
 * Apollo's cache-control plugin hooks every resolved field (willResolveField, which also makes
 * Apollo wrap every resolver of the schema) to merge `@cacheControl` hints the schema does not
 * have: every answer came out `no-store`, and GET reads get their own header (http/cache.ts).
 * A profile of bench:api put that per-field work at a tenth of the execution's CPU; this plugin
 * gives the same header once per answer.
 */
function noStore<C extends ApiContext>(): ApolloServerPlugin<C> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control'))
            response.http.headers.set('cache-control', 'no-store');
          return Promise.resolve();
        },
      }),
  };
}

export function createApollo(
  introspection = true,
  persistedOnly = false,
  observability?: Observability,
): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      noStore<ApiContext>(),
      persistedOperations<ApiContext>(persistedRegistry(), persistedOnly),
      ...(observability ? [operationMetrics<ApiContext>(observability)] : []),
    ],
    // Allow-list mode: no operation registers itself through APQ, only operations/ are known.
    ...(persistedOnly ? { persistedQueries: false as const } : {}),
    typeDefs: loadTypeDefs(),
    resolvers,
    includeStacktraceInErrorResponses: false,
    formatError,
    introspection,
    // Suggestions name fields and types: with introspection off they would leak the schema.
    hideSchemaDetailsFromClientErrors: !introspection,
    // The parser stops at MAX_TOKENS: a document of many small tokens cannot block the loop.
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [queryLimits, aliasLimit],
    // main.ts owns signal handling: it stops the API, then the driver, then Neo4j, in order.
    stopOnTerminationSignals: false,
  });
}

const precheck = costPrecheck(loadTypeDefs(), [queryLimits, aliasLimit], MAX_TOKENS);

/** The precheck, its refusals counted and logged as Apollo's are (metrics.ts). None in
 *  allow-list mode, which refuses an unknown operation first (403), as before. */
function counted(options: ApiOptions): Precheck | undefined {
  if (options.persistedOnly) return undefined;
  const o = options.observability;
  return (query, request) => {
    const started = performance.now();
    const refused = precheck(query, request);
    if (refused && o) {
      const seconds = (performance.now() - started) / 1000;
      countRefused(o, refused, seconds, request.headers['x-request-id']);
    }
    return refused;
  };
}

/** The routes of the API; each handler is one piece of http/, tested on its own. */
export function apiRoutes(options: ApiOptions, apollo: ApolloServer<ApiContext>): Route[] {
  const { driver, database } = options;
  // Each request's context, to answer the bookmarks of its writes (http/bookmarks.ts).
  const contexts = new WeakMap<HttpRequest, ApiContext>();
  const graphqlOnly = graphqlHandler(
    apollo,
    (request) => {
      const context = createContext(
        driver,
        database,
        options.transactionTimeoutMs,
        {
          viewer: request.viewer ?? ANONYMOUS,
          nationalRegistry: options.nationalRegistry ?? false,
          ...(options.sourceDir ? { sourceDir: options.sourceDir } : {}),
        },
        options.writeDriver,
        request.signal,
        requestBookmarks(request),
      );
      contexts.set(request, context);
      return Promise.resolve(context);
    },
    // Only an editor's mutation carries a document; nobody else needs more than 1 MiB, and
    // reading and parsing 10 MB of JSON holds the event loop.
    (request) => (writes(request) ? MAX_BODY_BYTES : MAX_ANONYMOUS_BODY_BYTES),
    counted(options),
  );
  const graphql = withWrittenBookmarks(graphqlOnly, (r) => contexts.get(r)?.written.bookmarks);
  // A fresh reader per export or original, as per GraphQL request, with the request's viewer.
  const readerOf = (request: HttpRequest): GraphReader =>
    new GraphReader(
      driver,
      database,
      options.transactionTimeoutMs ?? DEFAULT_TRANSACTION_TIMEOUT_MS,
      {
        signal: request.signal,
        viewer: request.viewer ?? ANONYMOUS,
        bookmarks: () => requestBookmarks(request),
      },
    );
  const exports = exportsHandler(exportRoutes, readerOf);
  const health = healthHandler({
    // Bounded on the client side: a frozen server must not hold /health (nor its connection).
    ping: async () => {
      await new GraphReader(driver, database, HEALTH_TIMEOUT_MS - 250).read('RETURN 1');
    },
    uri: options.neo4jUri,
  });
  const limited = options.rateLimit ? rateLimiter(options.rateLimit) : (h: Handler) => h;
  const sources = sourcesHandler(options.sourceDir, (request, sha256) =>
    seesEverything(request.viewer ?? ANONYMOUS)
      ? Promise.resolve(true)
      : seesSource(readerOf(request), sha256),
  );
  const authenticate = authenticator({ apiKey: options.apiKey, driver, database });
  const withReadKey = (handle: Handler): Handler => readKey(options, authenticate, handle);
  return [
    {
      path: '/graphql',
      handle: withGraphiQL(
        graphiqlPage(exampleOperations()),
        limited(withReadKey(withHttpCache(graphql, { private: options.readsNeedKey === true }))),
      ),
    },
    {
      path: '/export/*',
      handle: onlyMethod('GET', 'exports are read with GET', limited(withReadKey(exports))),
    },
    {
      path: '/sources/*',
      handle: onlyMethod('GET', 'originals are read with GET', withReadKey(sources)),
    },
    // Readiness (the database answers, migrations applied) is /ready; liveness (the process
    // answers) is /live; /health reports the database for people.
    { path: '/health', method: 'GET', handle: health },
    { path: '/ready', method: 'GET', handle: databaseReady(driver, database) },
    {
      path: '/live',
      method: 'GET',
      handle: () => Promise.resolve(jsonResponse(200, { status: 'ok' })),
    },
    // The browser's pages (no key needed: their data comes through /graphql and /export).
    { path: '/', method: 'GET', handle: appPage() },
    { path: '/web/*', method: 'GET', handle: distFiles() },
  ];
}

export async function startApi(options: ApiOptions, port: number): Promise<RunningApi> {
  const o = options.observability ?? createObservability();
  const apollo = createApollo(options.introspection, options.persistedOnly, o);
  await apollo.start();
  const routes = [{ path: '/metrics', method: 'GET', handle: metricsHandler(o) }];
  const handle = observed(
    router([...routes, ...apiRoutes({ ...options, observability: o }, apollo)]),
    o,
  );
  const server = createServer(nodeListener(handle));
  const stopSubscriptions = serveSubscriptions(server, options);
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, resolveListen);
  });
  const address = server.address();
  const actualPort = address && typeof address === 'object' ? address.port : port;
  return {
    server,
    url: `http://localhost:${actualPort}/graphql`,
    /** Graceful: no new connections, idle keep-alive ones closed now, requests in flight
     *  finished (cut after SHUTDOWN_GRACE_MS). */
    async stop() {
      await stopSubscriptions();
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeIdleConnections();
      // A keep-alive connection whose request finishes now turns idle: close it then, rather
      // than wait out its keep-alive timeout.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const cut = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      await closed;
      clearInterval(sweep);
      clearTimeout(cut);
      await apollo.stop();
    },
  };
}
