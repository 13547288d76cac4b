/**
 * Expands the paths given to `ingest` into document files: a file as is, a folder into its
 * `.txt` / `.md` files (recursively, sorted; `*.meta.yaml` files are metadata, not documents).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DOCUMENT = /\.(txt|md)$/i;

export interface ListedPaths {
  files: string[];
  /** Paths that do not exist or hold no document, with the reason. */
  problems: { path: string; problem: string }[];
}

export function listDocuments(paths: readonly string[]): ListedPaths {
  const out: ListedPaths = { files: [], problems: [] };
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .flatMap((e) => {
        const p = join(dir, e.name);
        if (e.isDirectory()) return walk(p);
        return e.isFile() && DOCUMENT.test(e.name) ? [p] : [];
      });
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (e) {
      out.problems.push({
        path,
        problem: `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
      });
      continue;
    }
    if (!isDir) {
      out.files.push(path);
      continue;
    }
    const found = walk(path);
    if (found.length === 0)
      out.problems.push({ path, problem: 'folder holds no .txt or .md document' });
    out.files.push(...found);
  }
  out.files = [...new Set(out.files)];
  return out;
}
