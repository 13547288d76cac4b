/**
 * Expands the paths given to `ingest` into document files: a file as is, a folder into its
 * documents — text (`.txt`, `.md`), PDF, DOCX, HTML and page images — recursively, sorted
 * (`*.meta.yaml` files are metadata, not documents).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Only for walking folders: a file named on the command line is read whatever its name, and
// every file's kind is told from its content (src/formats/detect.ts).
const DOCUMENT = /\.(txt|md|pdf|docx|html?|png|jpe?g|tiff?|bmp|webp)$/i;

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
      out.problems.push({
        path,
        problem: 'folder holds no document (.txt, .md, .pdf, .docx, .htm, or an image)',
      });
    out.files.push(...found);
  }
  out.files = [...new Set(out.files)];
  return out;
}
