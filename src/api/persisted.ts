/**
 * Persisted operations. The registry is every operation in `operations/` (and the web app's in
 * `operations/web/`), known by the SHA-256 of its text as written and of its text as graphql
 * prints it (so whitespace and comments do not matter). A request may name one by hash alone
 * (`extensions.persistedQuery.sha256Hash`, the automatic-persisted-queries protocol, also by GET);
 * with API_PERSISTED_ONLY=true any other operation is refused (403 PERSISTED_QUERY_NOT_ALLOWED).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLError, parse, print } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { repoRoot } from '../paths.ts';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The operation as graphql prints it; null when it does not parse. */
function printed(text: string): string | null {
  try {
    return print(parse(text));
  } catch {
    return null;
  }
}

export interface PersistedRegistry {
  /** The operation text for a hash, if registered. */
  byHash: ReadonlyMap<string, string>;
  /** Whether this operation text is a registered one (compared as printed). */
  allows(text: string): boolean;
}

export function persistedRegistry(
  dirs: readonly string[] = [join(repoRoot, 'operations'), join(repoRoot, 'operations/web')],
): PersistedRegistry {
  const byHash = new Map<string, string>();
  const allowed = new Set<string>();
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      const normal = printed(text);
      if (normal === null) throw new Error(`operations: ${file} does not parse`);
      byHash.set(sha256(text), text);
      byHash.set(sha256(normal), text);
      allowed.add(normal);
    }
  }
  return { byHash, allows: (text) => allowed.has(printed(text) ?? '') };
}

function notAllowed(): GraphQLError {
  return new GraphQLError('only registered operations are served here (API_PERSISTED_ONLY)', {
    extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED', http: { status: 403 } },
  });
}

/** Serves registered operations by hash; with `only`, refuses every other operation. */
export function persistedOperations<C extends BaseContext>(
  registry: PersistedRegistry,
  only: boolean,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ request }) {
      const hash = (request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)
        ?.sha256Hash;
      const registered = typeof hash === 'string' ? registry.byHash.get(hash) : undefined;
      if (registered !== undefined && request.query === undefined) {
        // Served from the registry: Apollo's own APQ cache is not involved.
        request.query = registered;
        delete request.extensions?.persistedQuery;
      }
      if (!only) return {};
      return {
        async didResolveOperation({ source }) {
          if (!registry.allows(source)) throw notAllowed();
        },
      };
    },
  };
}
