import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, so commands work from any working directory. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const seedDir = resolve(repoRoot, 'seed');
/** Project-local state of the bundled Neo4j (git-ignored): data, pid file, logs. */
export const localNeo4jDir = resolve(repoRoot, '.neo4j');
/** Originals of ingested documents, by content hash (git-ignored; SOURCE_DIR overrides). */
export const defaultSourceDir = resolve(repoRoot, '.sources');
