/**
 * HTTP front: Apollo Server 5 on /graphql through its integration API (no web framework),
 * GET /export/<name> for traversal results as files (exports/), and GET /health reporting Neo4j
 * connectivity.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { createContext, DEFAULT_TRANSACTION_TIMEOUT_MS, type ApiContext } from './context.ts';
import { GraphReader } from './db.ts';
import { exportRoutes } from './exports/index.ts';
import { formatError } from './errors.ts';
import { requireKey } from './ingest.ts';
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
}

export interface RunningApi {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, 'request body exceeds 10 MB'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The HTTP status of an export that fails with a coded API error (others: 500). */
const EXPORT_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  DATABASE_UNAVAILABLE: 503,
};

/** Errors of a well-formed request that never reached execution: the document does not parse,
 *  does not validate (our limits included), or its variables do not coerce. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
  'BAD_USER_INPUT',
]);

/**
 * GraphQL over HTTP: a client that accepts only `application/json` (the legacy media type)
 * should get 200 for every well-formed request, its errors in the body; Apollo answers 400 for
 * parse, validation and variable failures whatever the media type. Under
 * `application/graphql-response+json` the 400 stays, as the spec asks. A malformed request
 * (no query, bad JSON) keeps its 4xx.
 */
export function legacyJsonStatus(status: number, contentType: string | undefined, body: string) {
  if (status !== 400 || !contentType?.startsWith('application/json')) return status;
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown };
    const errors = Array.isArray(parsed.errors) ? (parsed.errors as unknown[]) : [];
    const wellFormed =
      parsed.data === undefined &&
      errors.length > 0 &&
      errors.every((e) => {
        const code = (e as { extensions?: { code?: unknown } } | null)?.extensions?.code;
        return typeof code === 'string' && REQUEST_ERROR_CODES.has(code);
      });
    return wellFormed ? 200 : status;
  } catch {
    return status;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
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

export async function startApi(options: ApiOptions, port: number): Promise<RunningApi> {
  const apollo = createApollo();
  await apollo.start();

  /** With API_READS_NEED_KEY every read needs the key: refused (401) before any Cypher runs. */
  function readAllowed(req: IncomingMessage, res: ServerResponse): boolean {
    if (!options.readsNeedKey) return true;
    const given = req.headers['x-api-key'];
    try {
      requireKey({
        apiKey: options.apiKey,
        requestKey: Array.isArray(given) ? given.join(', ') : given,
      });
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : 'unauthenticated';
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      sendJson(res, 401, {
        errors: [{ message, extensions: { code: code ?? 'UNAUTHENTICATED' } }],
      });
      return false;
    }
  }

  /** GET /export lists the exports; GET /export/<name>?… runs one and sends its file. */
  async function exportFile(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET') throw new HttpError(405, 'exports are read with GET');
    if (!readAllowed(req, res)) return;
    const name = url.pathname.replace(/^\/export\/?/, '');
    if (name === '') {
      sendJson(res, 200, {
        exports: [...exportRoutes].map(([route, e]) => ({
          path: `/export/${route}`,
          description: e.description,
          parameters: e.parameters,
        })),
      });
      return;
    }
    const route = exportRoutes.get(name);
    if (!route) {
      sendJson(res, 404, {
        errors: [
          {
            message: `no export "${name}"; GET /export lists them`,
            extensions: { code: 'NOT_FOUND' },
          },
        ],
      });
      return;
    }
    const db = new GraphReader(
      options.driver,
      options.database,
      options.transactionTimeoutMs ?? DEFAULT_TRANSACTION_TIMEOUT_MS,
    );
    try {
      const file = await route.handle(url.searchParams, db);
      res.statusCode = 200;
      res.setHeader('content-type', file.contentType);
      res.setHeader(
        'content-disposition',
        `attachment; filename="${file.filename.replace(/[^\w.@-]/g, '_')}"`,
      );
      res.end(file.body);
    } catch (error) {
      // Coded errors keep their message and code, as on /graphql; anything else is internal.
      // Checked by shape, not class (see errors.ts).
      const extensions = (error as { extensions?: Record<string, unknown> } | null)?.extensions;
      const code = extensions?.code;
      if (typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR') throw error;
      sendJson(res, EXPORT_STATUS[code] ?? 500, {
        errors: [{ message: (error as Error).message, extensions }],
      });
    }
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    if (!readAllowed(req, res)) return;
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const raw = await readBody(req);
      if (headers.get('content-type')?.includes('json')) {
        try {
          body = JSON.parse(raw);
        } catch {
          throw new HttpError(400, 'request body is not valid JSON');
        }
      } else body = raw;
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? 'GET').toUpperCase(),
        headers,
        search: url.search,
        body,
      },
      // A fresh reader and batchers per request: batching and caching never span requests.
      context: async (): Promise<ApiContext> =>
        createContext(
          options.driver,
          options.database,
          options.transactionTimeoutMs,
          {
            apiKey: options.apiKey,
            requestKey: headers.get('x-api-key'),
          },
          options.writeDriver,
        ),
    });
    res.statusCode = result.status ?? 200;
    for (const [key, value] of result.headers) res.setHeader(key, value);
    if (result.body.kind === 'complete') {
      res.statusCode = legacyJsonStatus(
        res.statusCode,
        result.headers.get('content-type'),
        result.body.string,
      );
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  async function health(res: ServerResponse): Promise<void> {
    const started = Date.now();
    try {
      await options.driver.executeQuery('RETURN 1', {}, { database: options.database });
      sendJson(res, 200, {
        status: 'ok',
        neo4j: { reachable: true, uri: options.neo4jUri, latencyMs: Date.now() - started },
      });
    } catch (error) {
      sendJson(res, 503, {
        status: 'degraded',
        neo4j: { reachable: false, uri: options.neo4jUri, error: (error as Error).message },
      });
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handle = async (): Promise<void> => {
      if (url.pathname === '/graphql') return graphql(req, res, url);
      if (url.pathname === '/export' || url.pathname.startsWith('/export/')) {
        return exportFile(req, res, url);
      }
      if (url.pathname === '/health' && req.method === 'GET') return health(res);
      sendJson(res, 404, { error: `no route ${req.method} ${url.pathname}; try POST /graphql` });
    };
    handle().catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof HttpError ? error.message : 'internal server error';
      if (!(error instanceof HttpError)) console.error(error);
      if (!res.headersSent) sendJson(res, status, { errors: [{ message }] });
      else res.end();
    });
  });
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
