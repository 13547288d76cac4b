/**
 * The kind of a file from its first bytes (magic numbers), not its name: `%PDF-`, a ZIP holding
 * `word/document.xml`, PNG / JPEG / TIFF / BMP / WebP images, and HTML recognised by its opening
 * markup. Anything else is left to the text reader, which refuses binary content.
 */
import type { FormatKind } from './types.ts';

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean =>
  sig.every((b, i) => bytes[at + i] === b);

const IMAGES: readonly { sig: readonly number[]; at?: number; mediaType: string }[] = [
  { sig: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], mediaType: 'image/png' },
  { sig: [0xff, 0xd8, 0xff], mediaType: 'image/jpeg' },
  { sig: [0x49, 0x49, 0x2a, 0x00], mediaType: 'image/tiff' },
  { sig: [0x4d, 0x4d, 0x00, 0x2a], mediaType: 'image/tiff' },
  { sig: [0x42, 0x4d], mediaType: 'image/bmp' },
  { sig: [0x57, 0x45, 0x42, 0x50], at: 8, mediaType: 'image/webp' },
];

export interface Detected {
  kind: FormatKind | 'zip' | 'unknown-binary';
  mediaType: string;
}

const HTML_START =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;

/** Bytes that `\s` matches once decoded as windows-1252 (the decoder of 'latin1'): tab to
 *  carriage return, space, no-break space. */
const SPACE_BYTES = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0]);

/** Whether HTML_START could match: after a byte-order mark and spaces, within the 4,096 bytes it
 *  reads, comes a '<'. A plain text is told apart without decoding its start. */
function mayBeHtml(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 4096);
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < end && SPACE_BYTES.has(bytes[i] as number)) i++;
  return i < end && bytes[i] === 0x3c;
}

export function detectKind(bytes: Uint8Array): Detected {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    return { kind: 'pdf', mediaType: 'application/pdf' };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // The OOXML parts are named in the local file headers; document.xml is enough for Word.
    const head = new TextDecoder('latin1').decode(
      bytes.subarray(0, Math.min(bytes.length, 1 << 20)),
    );
    return head.includes('word/document.xml')
      ? {
          kind: 'docx',
          mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        }
      : { kind: 'zip', mediaType: 'application/zip' };
  }
  for (const img of IMAGES) {
    if (startsWith(bytes, img.sig, img.at ?? 0)) return { kind: 'image', mediaType: img.mediaType };
  }
  if (mayBeHtml(bytes)) {
    const start = new TextDecoder('latin1')
      .decode(bytes.subarray(0, 4096))
      .replace(/^\uFEFF|^ï»¿/, '');
    if (HTML_START.test(start)) return { kind: 'html', mediaType: 'text/html' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { kind: 'unknown-binary', mediaType: 'application/x-ole-storage' };
  }
  return { kind: 'text', mediaType: 'text/plain' };
}
