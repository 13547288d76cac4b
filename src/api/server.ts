/**
 * HTTP front, composed of the pieces in http/: Apollo Server 5 on /graphql (its integration API,
 * no web framework), GET /export/<name> for traversal results as files (exports/), and
 * GET /health reporting Neo4j connectivity, and for browsers GraphiQL (GET /graphql) and the web
 * app (`/`, its files under /web/). With API_READS_NEED_KEY, /graphql and /export need
 * the key; /health never does.
 */
import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { createContext, DEFAULT_TRANSACTION_TIMEOUT_MS, type ApiContext } from './context.ts';
import { GraphReader } from '../read/reader.ts';
import { formatError } from './errors.ts';
import { exportRoutes } from './exports/index.ts';
import { exportsHandler } from './http/exports.ts';
import { exampleOperations, graphiqlPage, withGraphiQL } from './http/graphiql.ts';
import { graphqlHandler } from './http/graphql.ts';
import { healthHandler } from './http/health.ts';
import { onlyMethod } from './http/methods.ts';
import { nodeListener } from './http/node.ts';
import { withReadKey } from './http/read-key.ts';
import { router, type Route } from './http/router.ts';
import { sourcesHandler } from './http/sources.ts';
import { appPage, distFiles } from './http/static.ts';
import { queryLimits } from './limits.ts';
import { resolvers } from './resolvers/index.ts';
import { loadTypeDefs } from './schema.ts';

export interface ApiOptions {
  /** For reads; give it a short retry window (db/driver.ts API_RETRY_WINDOW_MS). */
  driver: Driver;
  /** For the ingest mutation; defaults to `driver`. */
  writeDriver?: Driver;
  database: string;
  /** Shown by /health; never includes credentials. */
  neo4jUri: string;
  /** Neo4j transaction timeout of each statement a request runs (default 10 s). */
  transactionTimeoutMs?: number;
  /** Key mutations need (header `x-api-key`); undefined = mutations off. */
  apiKey?: string | undefined;
  /** Queries need the key too (apiKey must be set); default false: reads are open. */
  readsNeedKey?: boolean;
  /** The content-addressed folder of originals: uploads are kept there, /sources serves it. */
  sourceDir?: string;
}

export interface RunningApi {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

export function createApollo(): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    includeStacktraceInErrorResponses: false,
    formatError,
    validationRules: [queryLimits],
    // main.ts owns signal handling: it stops the API, then the driver, then Neo4j, in order.
    stopOnTerminationSignals: false,
  });
}

/** The routes of the API; each handler is one piece of http/, tested on its own. */
export function apiRoutes(options: ApiOptions, apollo: ApolloServer<ApiContext>): Route[] {
  const { driver, database } = options;
  const graphql = graphqlHandler(apollo, (request) =>
    Promise.resolve(
      createContext(
        driver,
        database,
        options.transactionTimeoutMs,
        {
          apiKey: options.apiKey,
          requestKey: request.headers['x-api-key'],
          ...(options.sourceDir ? { sourceDir: options.sourceDir } : {}),
        },
        options.writeDriver,
      ),
    ),
  );
  const exports = exportsHandler(
    exportRoutes,
    () =>
      new GraphReader(
        driver,
        database,
        options.transactionTimeoutMs ?? DEFAULT_TRANSACTION_TIMEOUT_MS,
      ),
  );
  const health = healthHandler({
    ping: async () => {
      await driver.executeQuery('RETURN 1', {}, { database });
    },
    uri: options.neo4jUri,
  });
  const sources = sourcesHandler(options.sourceDir);
  return [
    {
      path: '/graphql',
      handle: withGraphiQL(graphiqlPage(exampleOperations()), withReadKey(options, graphql)),
    },
    {
      path: '/export/*',
      handle: onlyMethod('GET', 'exports are read with GET', withReadKey(options, exports)),
    },
    {
      path: '/sources/*',
      handle: onlyMethod('GET', 'originals are read with GET', withReadKey(options, sources)),
    },
    { path: '/health', method: 'GET', handle: health },
    // The browser's pages (no key needed: their data comes through /graphql and /export).
    { path: '/', method: 'GET', handle: appPage() },
    { path: '/web/*', method: 'GET', handle: distFiles() },
  ];
}

export async function startApi(options: ApiOptions, port: number): Promise<RunningApi> {
  const apollo = createApollo();
  await apollo.start();
  const server = createServer(nodeListener(router(apiRoutes(options, apollo))));
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, resolveListen);
  });
  const address = server.address();
  const actualPort = address && typeof address === 'object' ? address.port : port;
  return {
    server,
    url: `http://localhost:${actualPort}/graphql`,
    async stop() {
      await new Promise<void>((r) => server.close(() => r()));
      await apollo.stop();
    },
  };
}
