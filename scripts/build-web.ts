/**
 * Bundles the web app (web/src/main.tsx) and GraphiQL (web/src/graphiql.ts) into web/dist with
 * esbuild: everything the browser loads is served by the API process itself, no CDN.
 * `npm start` runs it first (prestart); the browser tests run it before they start.
 */
import { build, type Metafile } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
export const webDist = join(root, 'web', 'dist');

/** Gzip size in bytes of each output file. */
function gzipSizes(metafile: Metafile): Record<string, number> {
  return Object.fromEntries(
    Object.keys(metafile.outputs)
      .filter((file) => !file.endsWith('.map'))
      .map((file) => [file, gzipSync(readFileSync(join(root, file))).length]),
  );
}

const common = {
  absWorkingDir: root,
  outdir: webDist,
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: { 'process.env.NODE_ENV': '"production"' },
  // The server sends text only: fonts and images go inside the CSS.
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl' },
  metafile: true,
  logLevel: 'warning',
} as const;

export async function buildWeb(): Promise<Record<string, number>> {
  rmSync(webDist, { recursive: true, force: true });
  // The app is split: Cytoscape (the drawings) loads when a page draws, so the document page
  // does not wait for it. GraphiQL is one file of its own.
  const [app, graphiql] = await Promise.all([
    build({
      ...common,
      entryPoints: { app: 'web/src/main.tsx' },
      splitting: true,
      chunkNames: 'app-[hash]',
    }),
    build({ ...common, entryPoints: { graphiql: 'web/src/graphiql.ts' } }),
  ]);
  return { ...gzipSizes(app.metafile), ...gzipSizes(graphiql.metafile) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const sizes = await buildWeb();
  const listed = Object.entries(sizes)
    .map(([file, bytes]) => `${file} ${(bytes / 1024).toFixed(0)} KB gzip`)
    .join(', ');
  console.log(`web bundle built in ${Date.now() - started} ms: ${listed}`);
}
