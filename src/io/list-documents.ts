/**
 * Expands the paths given to `ingest` into document files: a file as is, a folder into its
 * documents — text (`.txt`, `.md`), PDF, DOCX, HTML and page images — recursively, sorted
 * (`*.meta.yaml` files are metadata, not documents).
 *
 * Symbolic links are followed, to files and to folders alike (a folder reached twice, as by a
 * link to an ancestor, is walked once); a broken link is reported. A folder that cannot be read
 * is reported and the walk goes on. FIFOs, sockets and devices are skipped with a note: reading
 * a FIFO would wait for a writer forever.
 */
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { specialKind } from './read-document.ts';

// Only for walking folders: a file named on the command line is read whatever its name, and
// every file's kind is told from its content (src/formats/detect.ts).
const DOCUMENT = /\.(txt|md|pdf|docx|html?|png|jpe?g|tiff?|bmp|webp)$/i;

export interface ListedPaths {
  files: string[];
  /** Paths that do not exist, cannot be read or hold no document, with the reason. */
  problems: { path: string; problem: string }[];
  /** Paths passed over on purpose (not regular files), with the reason. */
  skipped: { path: string; reason: string }[];
}

const errorCode = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? String(e);

export function listDocuments(paths: readonly string[]): ListedPaths {
  const out: ListedPaths = { files: [], problems: [], skipped: [] };
  const walked = new Set<string>();

  /** A path found in a folder (links followed): its documents, or a line saying why none. */
  const visit = (p: string, name: string): string[] => {
    let st: Stats;
    try {
      st = statSync(p);
    } catch (e) {
      const code = errorCode(e);
      out.problems.push({
        path: p,
        problem: code === 'ENOENT' ? 'broken symbolic link' : `cannot read (${code})`,
      });
      return [];
    }
    if (st.isDirectory()) return walk(p);
    if (!DOCUMENT.test(name)) return [];
    if (st.isFile()) return [p];
    out.skipped.push({ path: p, reason: `not a regular file (${specialKind(st)})` });
    return [];
  };
  const walk = (dir: string): string[] => {
    let entries: string[];
    try {
      const real = realpathSync(dir);
      if (walked.has(real)) return [];
      walked.add(real);
      entries = readdirSync(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    } catch (e) {
      out.problems.push({ path: dir, problem: `cannot read the folder (${errorCode(e)})` });
      return [];
    }
    return entries.flatMap((name) => visit(join(dir, name), name));
  };

  for (const path of paths) {
    let st: Stats;
    try {
      st = statSync(path);
    } catch (e) {
      out.problems.push({ path, problem: `cannot read (${errorCode(e)})` });
      continue;
    }
    if (!st.isDirectory()) {
      if (st.isFile()) out.files.push(path);
      else out.skipped.push({ path, reason: `not a regular file (${specialKind(st)})` });
      continue;
    }
    const found = walk(path);
    if (found.length === 0 && !out.problems.some((p) => p.path === path))
      out.problems.push({
        path,
        problem: 'folder holds no document (.txt, .md, .pdf, .docx, .htm, or an image)',
      });
    out.files.push(...found);
  }
  out.files = [...new Set(out.files)];
  return out;
}
