/**
 * GET /sources/<sha256>: an ingested document's original file from the content-addressed store
 * (src/io/source-store), with the media type its content shows. Document.source.url names it.
 */
import { detectKind } from '../../formats/index.ts';
import { readSource } from '../../io/source-store.ts';
import { errorResponse, type Handler } from './types.ts';

export function sourcesHandler(dir: string | undefined): Handler {
  return (request) => {
    const sha256 = request.url.pathname.slice('/sources/'.length);
    const bytes = dir ? readSource(dir, sha256) : null;
    if (!bytes) {
      return Promise.resolve(
        errorResponse(404, `no kept original ${sha256 || '(no hash given)'}; see Document.source`),
      );
    }
    const { kind, mediaType } = detectKind(bytes);
    const type =
      kind === 'text' ? 'text/plain; charset=utf-8' : kind === 'html' ? 'text/html' : mediaType;
    return Promise.resolve({
      status: 200,
      headers: {
        'content-type': type,
        // A kept HTML page is shown as data, never run as this host's page.
        'content-security-policy': "default-src 'none'; img-src data:; style-src 'unsafe-inline'",
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, max-age=31536000, immutable',
      },
      body: bytes,
    });
  };
}
