/**
 * What ingestDocument was given, as the pipeline takes it: a text, or a file (base64) read by
 * the same readers as the CLI's `ingest` (src/formats through src/io), told apart by content.
 */
import { basename } from 'node:path';
import type { DocumentFile } from './generated/graphql.ts';
import { badInput } from './errors.ts';
import { DocumentReadError, readKeptBytes } from '../io/read-document.ts';
import type { KeptSource } from '../graph/source.ts';

export interface IngestInput {
  /** The name the document is known by, when the request gave one. */
  name: string | undefined;
  text: string;
  source?: KeptSource;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodeBase64(value: string): Uint8Array {
  const compact = value.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw badInput('file.contentBase64 is not base64', { argument: 'file.contentBase64' });
  }
  return Buffer.from(compact, 'base64');
}

async function readFile(file: DocumentFile): Promise<KeptSource> {
  const bytes = decodeBase64(file.contentBase64);
  const name = basename(file.name.trim()) || 'upload';
  try {
    // The CLI's limits: 100 pages, 2 minutes per OCR page.
    const kept = await readKeptBytes(name, bytes);
    return { kept, bytes };
  } catch (error) {
    if (error instanceof DocumentReadError) {
      throw badInput(`${name}: ${error.problem}`, { argument: 'file' });
    }
    throw error;
  }
}

/** Exactly one of `text` and `file`; a file is read into text (BAD_USER_INPUT when it cannot). */
export async function ingestInput(args: {
  text?: string | null;
  file?: DocumentFile | null;
  name?: string | null;
}): Promise<IngestInput> {
  const name = args.name ?? undefined;
  if ((args.text == null) === (args.file == null)) {
    throw badInput('give exactly one of text and file', { argument: 'text' });
  }
  if (args.file != null) {
    const source = await readFile(args.file);
    return { name: name ?? basename(args.file.name.trim()), text: source.kept.text, source };
  }
  return { name, text: args.text as string };
}
