/**
 * Pages by the URL's hash (`#/document/<id>?fact=…`): every page has a URL to share, and the
 * server needs one route for the whole app.
 */
export type Page =
  'search' | 'document' | 'organization' | 'audit' | 'cascade' | 'deadlines' | 'targets';

export interface Route {
  page: Page;
  /** The document or organization id, for those pages. */
  id: string;
  params: URLSearchParams;
}

const pages: readonly Page[] = [
  'search',
  'document',
  'organization',
  'audit',
  'cascade',
  'deadlines',
  'targets',
];

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [page = '', ...rest] = path.split('/');
  const known = pages.find((p) => p === page) ?? 'search';
  return {
    page: known,
    id: decodeURIComponent(rest.join('/')),
    params: new URLSearchParams(query),
  };
}

export function href(page: Page, id = '', params: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const query = search.toString();
  return `#/${page}${id ? `/${encodeURIComponent(id)}` : ''}${query ? `?${query}` : ''}`;
}
