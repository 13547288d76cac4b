/**
 * The text row of a document (model.ts TextRow): what the formats layer read from the original,
 * kept with the document so its evidence can be shown in the text and on the page.
 */
import { basename } from 'node:path';
import { encodeSegments, type FormattedDocument } from '../formats/index.ts';
import { sha256Of } from '../io/source-store.ts';
import { contentHash } from './ids.ts';
import type { TextRow } from './model.ts';

/** An original as read: the formats layer's result and the bytes it came from. */
export interface KeptSource {
  kept: FormattedDocument;
  bytes: Uint8Array;
}

/** The SHA-256 and size of the original. A plain text's original is the UTF-8 of the text read
 *  unless a byte-order mark was dropped (readFormatted decodes kind 'text' with decodeDocument,
 *  and a valid UTF-8 decode is one-to-one, so equal lengths mean equal bytes): its hash is the
 *  text's, which the document's key took already (ids.ts contentHash). */
function original(text: string, source?: KeptSource): { sha256: string; size: number } {
  if (!source) return { sha256: contentHash(text), size: Buffer.byteLength(text, 'utf8') };
  const { kept, bytes } = source;
  const same = kept.kind === 'text' && Buffer.byteLength(kept.text, 'utf8') === bytes.length;
  return { sha256: same ? contentHash(kept.text) : sha256Of(bytes), size: bytes.length };
}

/** The row for `text` read from `source`; a plain text given without a file is its own source. */
export function textRow(file: string, text: string, source?: KeptSource): TextRow {
  const kept = source?.kept;
  const { sha256, size } = original(text, source);
  return {
    text,
    format: kept?.kind ?? 'text',
    mediaType: kept?.mediaType ?? 'text/plain; charset=utf-8',
    fileName: basename(file),
    sha256,
    size,
    pages: kept?.pages.length ?? 0,
    pageInfo: JSON.stringify(kept?.pages ?? []),
    segments: encodeSegments(kept?.segments ?? []),
  };
}
