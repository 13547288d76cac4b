/**
 * GraphiQL, bundled and served by the API (GET /graphql in a browser): no request leaves the
 * host. The example operations of operations/ come in the page as JSON and open as tabs.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import type { Fetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';

interface Example {
  name: string;
  query: string;
}

const examples = JSON.parse(document.getElementById('examples')?.textContent ?? '[]') as Example[];

const fetcher: Fetcher = async (params, options) => {
  const response = await fetch(window.location.pathname, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return (await response.json()) as Awaited<ReturnType<Fetcher>>;
};

const container = document.getElementById('graphiql');
if (container) {
  createRoot(container).render(
    createElement(GraphiQL, {
      fetcher,
      defaultTabs: examples.map((example) => ({ query: example.query })),
      defaultEditorToolsVisibility: true,
    }),
  );
}
