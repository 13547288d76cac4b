/**
 * The module's only I/O: reading the registry directory and a document's metadata file.
 * Everything else in src/orgs is pure and takes the data these functions return.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocumentMeta } from './meta.ts';
import { OrgDataError } from './validate.ts';
import { parseRegistryFiles } from './registry.ts';
import { loadNationalData } from './national-load.ts';
import { withNationalData } from './succession.ts';
import type { DocumentMeta, Registry } from './types.ts';

/** seed/orgs of this repository, found from this file so any working directory works. */
export const defaultRegistryDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../seed/orgs',
);

export interface LoadOptions {
  /**
   * Add the national registry: the bodies of every province and district before and after the
   * 2025 reform, with their successions (default false: the YAML alone; `npm start` turns it on,
   * see config REGISTRY_NATIONAL, the CLI with --national).
   */
  national?: boolean;
}

/**
 * Read and merge every *.yaml / *.yml file of `dir` (sorted by name, so the result is stable),
 * with the national data added when asked.
 */
export function loadRegistry(
  dir: string = defaultRegistryDir,
  options: LoadOptions = {},
): Registry {
  if (!existsSync(dir)) throw new OrgDataError(`registry directory not found: ${dir}`);
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.yaml') || n.endsWith('.yml'))
    .sort();
  const registry = parseRegistryFiles(
    names.map((n) => ({ name: join(dir, n), text: readFileSync(join(dir, n), 'utf8') })),
  );
  return options.national === true ? withNationalData(registry, loadNationalData()) : registry;
}

let cached: Registry | undefined;

/** The repository's registry, read once; for callers that do not pass their own. */
export function defaultRegistry(): Registry {
  cached ??= loadRegistry();
  return cached;
}

/** The metadata file of a document: 'x/001_abc.txt' → 'x/001_abc.meta.yaml'. */
export function metaPathFor(docPath: string): string {
  return join(dirname(docPath), `${basename(docPath, extname(docPath))}.meta.yaml`);
}

/** Metadata read before, by the file's text: a folder's documents share a few texts (a
 *  province and level), and reading YAML costs more than the rest of the lookup. Bounded: emptied
 *  when full. */
const metaByText = new Map<string, DocumentMeta>();
const META_MEMO_SIZE = 4096;

/** The document's metadata, or undefined when it has no metadata file. */
export function loadDocumentMeta(docPath: string): DocumentMeta | undefined {
  const path = metaPathFor(docPath);
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  let meta = metaByText.get(text);
  if (!meta) {
    // A file that fails throws here each time: only what parsed is kept.
    meta = parseDocumentMeta(text, path);
    if (metaByText.size >= META_MEMO_SIZE) metaByText.clear();
    metaByText.set(text, meta);
  }
  // Each caller gets its own copy: nothing read from one document's metadata leaks to another's.
  return meta.jurisdiction ? { ...meta, jurisdiction: { ...meta.jurisdiction } } : { ...meta };
}
