/**
 * The browser's pages and files, all served from this host (no CDN): the HTML shells of the
 * web app and of GraphiQL, and the bundles in web/dist (built by scripts/build-web.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { repoRoot } from '../../paths.ts';
import type { Handler, HttpResponse } from './types.ts';

export const webDist = join(repoRoot, 'web', 'dist');

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Only this host: a page cannot load or send anything elsewhere. */
const contentSecurityPolicy =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:";

export function htmlPage(title: string, head: string, body: string): HttpResponse {
  const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${head}
</head>
<body>
${body}
</body>
</html>
`;
  return {
    status: 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': contentSecurityPolicy,
      'cache-control': 'no-cache',
    },
    body: html,
  };
}

function textResponse(status: number, text: string): HttpResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text };
}

const notBuilt = (): HttpResponse =>
  textResponse(503, 'the web app is not built: run `npm run build:web` (npm start does it)');

/** The web app's page at `/`: it routes by the URL's hash, so every page has a shareable URL. */
export function appPage(): Handler {
  return () =>
    Promise.resolve(
      htmlPage(
        'Directive Graph',
        '<link rel="stylesheet" href="/web/app.css">',
        '<div id="app"></div>\n<script type="module" src="/web/app.js"></script>',
      ),
    );
}

/**
 * GET /web/<file>: a file of web/dist by its exact name (the folder is listed, never joined
 * with what the client sent, so no path can escape it). Only text: the bundle inlines fonts
 * and images as data URLs.
 */
export function distFiles(dir: string = webDist): Handler {
  return (request) => {
    const name = request.url.pathname.replace(/^\/web\//, '');
    let files: string[];
    try {
      files = readdirSync(dir);
    } catch {
      return Promise.resolve(notBuilt());
    }
    const type = contentTypes[extname(name)];
    if (!files.includes(name) || type === undefined) {
      return Promise.resolve(textResponse(404, `no file ${name} in the web app`));
    }
    return Promise.resolve({
      status: 200,
      headers: { 'content-type': type, 'cache-control': 'no-cache' },
      body: readFileSync(join(dir, name), 'utf8'),
    });
  };
}
