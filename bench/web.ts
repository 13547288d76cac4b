/**
 * `WEB_URL=http://localhost:4000 npm run bench:web`: the web app's bundle sizes (gzip) and the
 * time from navigation to the highlighted text of 10-KH/TW on the document page, in headless
 * Chromium against a running server (`npm start` serves the seed graph). Goals (issue 12):
 * < 400 KB gzip for the app without GraphiQL, < 1 s to the highlighted text on localhost.
 * Writes bench/results/web.md.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { buildWeb } from '../scripts/build-web.ts';
import { repoRoot } from '../src/paths.ts';
import { launchChromium } from '../tests/support/browser.ts';

const base = process.env.WEB_URL ?? 'http://localhost:4000';
const runs = Number(process.env.RUNS ?? 10);
const documentPage = `${base}/#/document/${encodeURIComponent('doc:10-KH/TW@tw:2022')}`;

async function timeToText(): Promise<number[]> {
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i <= runs; i++) {
      // A fresh context each time: nothing cached.
      const context = await browser.newContext();
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(documentPage);
      await page.locator('.doc-text mark').first().waitFor();
      if (i > 0) times.push(Date.now() - started); // the first run warms the server up
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times.sort((a, b) => a - b);
}

const sizes = await buildWeb();
const times = await timeToText();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const app = Object.entries(sizes).filter(([f]) => /\/app[.-]/.test(f));
const appTotal = app.reduce((sum, [, bytes]) => sum + bytes, 0);
const median = times[Math.floor(times.length / 2)] ?? 0;
const report = `# Web app benchmark

Run ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores (load average ${loadavg()[0]!.toFixed(1)}: shared),
headless Chromium (Debian package), server and Neo4j on localhost, seed graph.

## Bundle (minified, gzip)

| file | gzip |
| ---- | ---- |
${Object.entries(sizes)
  .map(([file, bytes]) => `| ${file} | ${kb(bytes)} |`)
  .join('\n')}

The app without GraphiQL: **${kb(appTotal)}** (goal < 400 KB), of which the document page loads
\`app.js\` and \`app.css\` only: Cytoscape (the drawings) is its own chunk (\`app-<hash>.js\`),
imported when the organization or cascade page draws. GraphiQL's CSS holds its fonts as data
URLs (the server sends text only).

## Time to the highlighted text of 10-KH/TW

From navigation to the first highlighted fact in the whole text (\`Document.text\`) on the document
page, a fresh browser context
each run (nothing cached), ${times.length} runs after one warm-up: median **${median} ms**,
min ${times[0]} ms, max ${times[times.length - 1]} ms (goal < 1 s).
`;
writeFileSync(join(repoRoot, 'bench/results/web.md'), report);
console.log(report);
