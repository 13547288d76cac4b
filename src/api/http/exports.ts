/**
 * GET /export lists the exports; GET /export/<name>?… runs one and sends its file. A coded
 * error (a read error mapped as on /graphql, errors.ts) keeps its message and code, with the
 * status of status.ts; anything else is rethrown, to become a bare 500.
 */
import { toApiError } from '../errors.ts';
import type { ExportRoute } from '../exports/types.ts';
import { codedError, statusOfCode } from './status.ts';
import { errorResponse, jsonResponse, type Handler, type HttpResponse } from './types.ts';

/** A file name safe inside the quoted Content-Disposition parameter. */
export function safeFilename(name: string): string {
  return name.replace(/[^\w.@-]/g, '_');
}

export function exportsHandler<Reader>(
  routes: ReadonlyMap<string, ExportRoute<Reader>>,
  /** A fresh reader per export, as per GraphQL request. */
  reader: () => Reader,
): Handler {
  return async ({ url }): Promise<HttpResponse> => {
    const name = url.pathname.replace(/^\/export\/?/, '');
    if (name === '') {
      return jsonResponse(200, {
        exports: [...routes].map(([route, e]) => ({
          path: `/export/${route}`,
          description: e.description,
          parameters: e.parameters,
        })),
      });
    }
    const route = routes.get(name);
    if (!route) {
      return errorResponse(404, `no export "${name}"; GET /export lists them`, {
        code: 'NOT_FOUND',
      });
    }
    try {
      const file = await route.handle(url.searchParams, reader());
      return {
        status: 200,
        headers: {
          'content-type': file.contentType,
          'content-disposition': `attachment; filename="${safeFilename(file.filename)}"`,
        },
        body: file.body,
      };
    } catch (error) {
      const coded = codedError(toApiError(error));
      if (!coded) throw error;
      return errorResponse(statusOfCode(coded.code), coded.message, coded.extensions);
    }
  };
}
