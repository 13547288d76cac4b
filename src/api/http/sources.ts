/**
 * GET /sources/<sha256>: an ingested document's original file from the content-addressed store
 * (src/io/source-store), with the media type its content shows. Document.source.url names it.
 * An original of documents the viewer may not see is answered as a missing one (404).
 */
import { detectKind } from '../../formats/index.ts';
import { readSource } from '../../io/source-store.ts';
import { errorResponse, type Handler, type HttpRequest } from './types.ts';

/** Whether the request's viewer sees a document read from this original. */
export type SeesSource = (request: HttpRequest, sha256: string) => Promise<boolean>;

export function sourcesHandler(dir: string | undefined, sees: SeesSource): Handler {
  return async (request) => {
    const sha256 = request.url.pathname.slice('/sources/'.length);
    const bytes = dir ? readSource(dir, sha256) : null;
    if (!bytes || !(await sees(request, sha256))) {
      return errorResponse(
        404,
        `no kept original ${sha256 || '(no hash given)'}; see Document.source`,
      );
    }
    const { kind, mediaType } = detectKind(bytes);
    const type =
      kind === 'text' ? 'text/plain; charset=utf-8' : kind === 'html' ? 'text/html' : mediaType;
    return {
      status: 200,
      headers: {
        'content-type': type,
        // A kept HTML page is shown as data, never run as this host's page.
        'content-security-policy': "default-src 'none'; img-src data:; style-src 'unsafe-inline'",
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, max-age=31536000, immutable',
      },
      body: bytes,
    };
  };
}
