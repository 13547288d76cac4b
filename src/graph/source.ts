/**
 * The text row of a document (model.ts TextRow): what the formats layer read from the original,
 * kept with the document so its evidence can be shown in the text and on the page.
 */
import { basename } from 'node:path';
import { encodeSegments, type FormattedDocument } from '../formats/index.ts';
import { sha256Of } from '../io/source-store.ts';
import type { TextRow } from './model.ts';

/** An original as read: the formats layer's result and the bytes it came from. */
export interface KeptSource {
  kept: FormattedDocument;
  bytes: Uint8Array;
}

/** The row for `text` read from `source`; a plain text given without a file is its own source. */
export function textRow(file: string, text: string, source?: KeptSource): TextRow {
  const bytes = source?.bytes ?? new TextEncoder().encode(text);
  const kept = source?.kept;
  return {
    text,
    format: kept?.kind ?? 'text',
    mediaType: kept?.mediaType ?? 'text/plain; charset=utf-8',
    fileName: basename(file),
    sha256: sha256Of(bytes),
    size: bytes.length,
    pages: kept?.pages.length ?? 0,
    pageInfo: JSON.stringify(kept?.pages ?? []),
    segments: encodeSegments(kept?.segments ?? []),
  };
}
