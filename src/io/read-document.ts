/**
 * Reading a document file for the parser (the I/O side; src/parse is pure). Kept files (PDF,
 * scans, DOCX, HTML) go through src/formats; plain text is decoded here. Refuses what is not
 * a readable text document, with an error that names the file and the problem: a missing or
 * unreadable file, a directory, an empty file, a file over 10 MB, binary content (NUL bytes) and
 * bytes that are not UTF-8 (with the offset of the first bad byte). A UTF-8 byte-order mark is
 * dropped, so spans count from the first character after it.
 */
import { FileProblem } from '../errors.ts';
import { readFileSync, statSync, type Stats } from 'node:fs';
import {
  FormatError,
  readFormatted,
  type FormattedDocument,
  type ReadOptions,
} from '../formats/index.ts';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** A document file that cannot be read as text (size, encoding, format). */
export class DocumentReadError extends FileProblem {
  override readonly name = 'DocumentReadError';
}

/** The first offset at which `bytes` stops being valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** One decoder for every file (a whole-buffer decode keeps no state between calls). */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decode a document's bytes; throws DocumentReadError naming `file`. */
export function decodeDocument(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new DocumentReadError(file, 'the file is empty');
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new DocumentReadError(
      file,
      `the file is ${bytes.length} bytes, over the ${MAX_DOCUMENT_BYTES}-byte (10 MB) limit`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new DocumentReadError(
      file,
      `binary content (NUL byte at offset ${nul}): not a text document`,
    );
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new DocumentReadError(
      file,
      `not valid UTF-8 (first bad byte at offset ${at}); convert it to UTF-8 first (8-bit Vietnamese fonts such as TCVN3/VNI are not supported)`,
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new DocumentReadError(file, 'the file contains only whitespace');
  return text;
}

/** What a path that is neither file nor folder is, for messages. */
export function specialKind(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a file';
}

/** The bytes of a document file, checked for existence, kind and size; throws DocumentReadError. */
function readBytes(file: string, limit: number): Uint8Array {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new DocumentReadError(file, 'is a directory, not a document');
    // Reading a FIFO would wait for a writer forever; a device or socket is no document either.
    if (!st.isFile()) throw new DocumentReadError(file, `not a regular file (${specialKind(st)})`);
    size = st.size;
  } catch (e) {
    if (e instanceof DocumentReadError) throw e;
    throw new DocumentReadError(
      file,
      `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    );
  }
  if (size > limit) {
    const mb = Math.round(limit / (1024 * 1024));
    throw new DocumentReadError(
      file,
      `the file is ${size} bytes, over the ${limit}-byte (${mb} MB) limit`,
    );
  }
  try {
    return readFileSync(file);
  } catch (e) {
    throw new DocumentReadError(
      file,
      `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    );
  }
}

/** Read and decode a plain-text document file; throws DocumentReadError naming the file. */
export function readDocument(file: string): string {
  return decodeDocument(file, readBytes(file, MAX_DOCUMENT_BYTES));
}

/** Kept files (PDF, scans) are larger than texts: a 100-page scan at 300 dpi is tens of MB. */
export const MAX_KEPT_BYTES = 100 * 1024 * 1024;

/**
 * Read a document file of any kept kind — PDF, scan, DOCX, HTML or text, told apart by content —
 * into text with its map back to the original (src/formats). Throws DocumentReadError.
 */
export async function readKeptDocument(
  file: string,
  options: Omit<ReadOptions, 'decodeText'> = {},
): Promise<FormattedDocument> {
  return (await readKeptFile(file, options)).kept;
}

/** As readKeptDocument, with the file's bytes (to be stored as the original). */
export async function readKeptFile(
  file: string,
  options: Omit<ReadOptions, 'decodeText'> = {},
): Promise<{ kept: FormattedDocument; bytes: Uint8Array }> {
  const bytes = readBytes(file, MAX_KEPT_BYTES);
  return { kept: await readKeptBytes(file, bytes, options), bytes };
}

/** Kept bytes (a file, or an upload) into text; throws DocumentReadError naming `file`. */
export async function readKeptBytes(
  file: string,
  bytes: Uint8Array,
  options: Omit<ReadOptions, 'decodeText'> = {},
): Promise<FormattedDocument> {
  try {
    return await readFormatted(file, bytes, { ...options, decodeText: decodeDocument });
  } catch (e) {
    if (e instanceof FormatError) throw new DocumentReadError(file, e.problem);
    throw e;
  }
}
