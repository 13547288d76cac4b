/**
 * GET /graphql from a browser (it accepts text/html and sends no `query`): GraphiQL, bundled in
 * web/dist, with the example operations of operations/ as its tabs. Every other request goes on
 * to the GraphQL-over-HTTP handler unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../paths.ts';
import { htmlPage } from './static.ts';
import type { Handler, HttpRequest, HttpResponse } from './types.ts';

export interface ExampleOperation {
  name: string;
  query: string;
}

/** The example operations for integrators (operations/*.graphql, not the web app's own). */
export function exampleOperations(dir: string = join(repoRoot, 'operations')): ExampleOperation[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.graphql$/, ''),
      query: readFileSync(join(dir, file), 'utf8'),
    }));
}

/** JSON inside a <script> element: `<` escaped so no operation text can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function graphiqlPage(examples: readonly ExampleOperation[]): HttpResponse {
  return htmlPage(
    'GraphiQL · Directive Graph',
    '<link rel="stylesheet" href="/web/graphiql.css">\n<style>body{margin:0}#graphiql{height:100vh}</style>',
    `<div id="graphiql"></div>
<script type="application/json" id="examples">${scriptJson(examples)}</script>
<script type="module" src="/web/graphiql.js"></script>`,
  );
}

function wantsPage(request: HttpRequest): boolean {
  return (
    request.method === 'GET' &&
    (request.headers.accept ?? '').includes('text/html') &&
    !request.url.searchParams.has('query')
  );
}

export function withGraphiQL(page: HttpResponse, next: Handler): Handler {
  return (request) => (wantsPage(request) ? Promise.resolve(page) : next(request));
}
