/**
 * The originals of ingested documents, kept beside the graph in a content-addressed folder: a
 * file is stored under the SHA-256 of its bytes, so the same file kept twice is stored once and
 * a name can never point at other content. The graph names the hash (Document.source); the API
 * serves the file back from here.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const HASH = /^[0-9a-f]{64}$/;

export function isSourceHash(value: string): boolean {
  return HASH.test(value);
}

/** Where the original with this hash lives (two-letter fan-out keeps folders small). */
export function sourcePath(dir: string, sha256: string): string {
  if (!isSourceHash(sha256)) throw new Error(`not a SHA-256 hash: ${sha256}`);
  return join(dir, sha256.slice(0, 2), sha256);
}

/** Stores the bytes (once: an existing file of that hash is left alone); answers the hash.
 *  `sha256`: the bytes' hash when the caller took it already (a plan's text row). */
export function storeSource(dir: string, bytes: Uint8Array, sha256 = sha256Of(bytes)): string {
  const path = sourcePath(dir, sha256);
  if (existsSync(path)) return sha256;
  mkdirSync(join(dir, sha256.slice(0, 2)), { recursive: true });
  // Written aside then renamed, so a reader never sees half a file.
  // Named by process and thread: ingest's worker threads may store the same original at once.
  const partial = `${path}.${process.pid}.${threadId}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, path);
  return sha256;
}

/** The stored original, or null when this folder does not hold it. */
export function readSource(dir: string, sha256: string): Uint8Array | null {
  if (!isSourceHash(sha256)) return null;
  const path = sourcePath(dir, sha256);
  return existsSync(path) ? readFileSync(path) : null;
}
