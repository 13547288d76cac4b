/** Routing: the first route whose path (and method, if given) matches handles the request. */
import { jsonResponse, type Handler, type HttpRequest, type HttpResponse } from './types.ts';

export interface Route {
  /** An exact path (`/graphql`), or a prefix ending in `/*` that also matches the bare path. */
  path: string;
  /** Only this method; any method when absent. */
  method?: string;
  handle: Handler;
}

function matches(route: Route, request: HttpRequest): boolean {
  if (route.method !== undefined && route.method !== request.method) return false;
  const path = request.url.pathname;
  if (!route.path.endsWith('/*')) return path === route.path;
  const base = route.path.slice(0, -2);
  return path === base || path.startsWith(`${base}/`);
}

/** Unknown routes get 404 with a hint at the API. */
export function notFound(request: HttpRequest): Promise<HttpResponse> {
  return Promise.resolve(
    jsonResponse(404, {
      error: `no route ${request.method} ${request.url.pathname}; try POST /graphql`,
    }),
  );
}

export function router(routes: readonly Route[], fallback: Handler = notFound): Handler {
  return (request) => (routes.find((r) => matches(r, request))?.handle ?? fallback)(request);
}
