/**
 * GraphQL subscriptions over WebSocket on the API's port (path /graphql, the graphql-ws
 * protocol). Each subscription gets the same context as a request; with API_READS_NEED_KEY the
 * connection must give the key (`connectionParams: { 'x-api-key': … }`).
 */
import type { Server } from 'node:http';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Driver } from 'neo4j-driver';
import { authenticator } from '../auth.ts';
import { createContext } from '../context.ts';
import { ANONYMOUS, type Viewer } from '../../read/viewer.ts';
import { resolvers } from '../resolvers/index.ts';
import { loadTypeDefs } from '../schema.ts';

export interface SubscriptionOptions {
  driver: Driver;
  writeDriver?: Driver | undefined;
  database: string;
  transactionTimeoutMs?: number | undefined;
  apiKey?: string | undefined;
  readsNeedKey?: boolean | undefined;
}

function keyOf(params: Record<string, unknown> | undefined): string | undefined {
  const key = params?.['x-api-key'];
  return typeof key === 'string' ? key : undefined;
}

/** Serves subscriptions beside the HTTP routes; answers how to stop them. */
export function serveSubscriptions(
  server: Server,
  options: SubscriptionOptions,
): () => Promise<void> {
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: [resolvers] });
  const authenticate = authenticator(options);
  // The viewer of each connection, read once when it opens (onConnect).
  const viewers = new WeakMap<object, Viewer>();
  const served = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        const viewer = await authenticate(keyOf(ctx.connectionParams)).catch(() => null);
        if (viewer === null || (options.readsNeedKey && viewer.role === null)) return false;
        viewers.set(ctx, viewer);
        return true;
      },
      context: (ctx) =>
        createContext(
          options.driver,
          options.database,
          options.transactionTimeoutMs,
          { viewer: viewers.get(ctx) ?? ANONYMOUS },
          options.writeDriver,
        ),
    },
    wss,
  );
  return async () => {
    await served.dispose();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  };
}
