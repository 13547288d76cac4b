import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, so commands work from any working directory. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const seedDir = resolve(repoRoot, 'seed');
/** Project-local state of the bundled Neo4j (git-ignored): data, pid file, logs.
 *  NEO4J_LOCAL_DIR moves it (the tests use a throw-away one). */
export const localNeo4jDir = process.env.NEO4J_LOCAL_DIR || resolve(repoRoot, '.neo4j');
/** Originals of ingested documents, by content hash (git-ignored; SOURCE_DIR overrides). */
export const defaultSourceDir = resolve(repoRoot, '.sources');
