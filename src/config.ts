/**
 * Runtime configuration, read once from the environment and validated up front so a bad value
 * fails at start with a message that names the variable, not deep inside a request.
 */
import { resolve } from 'node:path';
import { defaultSourceDir } from './paths.ts';

export interface Config {
  /** Bolt URI of an existing Neo4j; undefined = the project starts its own local server. */
  neo4jUri: string | undefined;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  /** HTTP port of the GraphQL API. */
  port: number;
  /** Port of the project's own Neo4j (only used when neo4jUri is unset). */
  localNeo4jPort: number;
  /** Heap of the project's own Neo4j, in MiB. */
  localNeo4jHeapMb: number;
  /** Key required by mutations (header `x-api-key`); undefined = mutations disabled. */
  apiKey: string | undefined;
  /** API_READS_NEED_KEY=true: queries need the key too (default: reads are open). */
  readsNeedKey: boolean;
  /** API_RATE_LIMIT: requests per second per client address and per key (burst: twice that). */
  rateLimitPerSecond: number;
  /** API_INTROSPECTION=false turns schema introspection and "Did you mean" hints off. */
  introspection: boolean;
  /** REGISTRY_NATIONAL (default true): the graph gets the national registry of bodies. */
  registryNational: boolean;
  /** API_PERSISTED_ONLY=true: only the operations registered from operations/ are served. */
  persistedOnly: boolean;
  /** The content-addressed folder of ingested originals (SOURCE_DIR; default `.sources/`). */
  sourceDir: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function port(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new ConfigError(`${name} must be a port number between 1 and 65535, got "${raw}"`);
  }
  return value;
}

function positiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigError(`${name} must be a positive integer, got "${raw}"`);
  }
  return value;
}

const BOLT_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

export function readConfig(env: Env = process.env): Config {
  const uri = env.NEO4J_URI?.trim() || undefined;
  if (uri !== undefined) {
    let scheme: string;
    try {
      scheme = new URL(uri).protocol;
    } catch {
      throw new ConfigError(`NEO4J_URI is not a valid URI: "${uri}"`);
    }
    if (!BOLT_SCHEMES.includes(scheme)) {
      throw new ConfigError(
        `NEO4J_URI must use one of ${BOLT_SCHEMES.map((s) => s.slice(0, -1)).join(', ')}; got "${uri}"`,
      );
    }
  }
  return {
    neo4jUri: uri,
    neo4jUser: env.NEO4J_USER || 'neo4j',
    neo4jPassword: env.NEO4J_PASSWORD ?? '',
    neo4jDatabase: env.NEO4J_DATABASE || 'neo4j',
    port: port(env, 'PORT', 4000),
    localNeo4jPort: port(env, 'NEO4J_LOCAL_PORT', 7687),
    localNeo4jHeapMb: positiveInt(env, 'NEO4J_LOCAL_HEAP_MB', 1024),
    apiKey: env.API_KEY || undefined,
    readsNeedKey: readsNeedKey(env),
    rateLimitPerSecond: positiveInt(env, 'API_RATE_LIMIT', 50),
    introspection: flag(env, 'API_INTROSPECTION', true),
    registryNational: flag(env, 'REGISTRY_NATIONAL', true),
    persistedOnly: flag(env, 'API_PERSISTED_ONLY', false),
    sourceDir: resolve(env.SOURCE_DIR?.trim() || defaultSourceDir),
  };
}

function readsNeedKey(env: Env): boolean {
  const raw = (env.API_READS_NEED_KEY ?? '').trim().toLowerCase();
  if (raw === '' || raw === 'false') return false;
  if (raw !== 'true')
    throw new ConfigError(`API_READS_NEED_KEY must be true or false, got "${raw}"`);
  if (!env.API_KEY) throw new ConfigError('API_READS_NEED_KEY=true needs API_KEY to be set');
  return true;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') {
    throw new ConfigError(`${name} must be true or false, got "${raw}"`);
  }
  return raw === 'true';
}
