/**
 * Shared by the formats tests: the fixtures folder (real files, see its SOURCES.md), a reader with
 * the project's own text decoder, a summary of a parse to compare a format's reading with the
 * clean text, and the word recall of an OCR reading against its transcription.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeDocument } from '../../../src/io/read-document.ts';
import {
  readFormatted,
  type FormattedDocument,
  type ReadOptions,
} from '../../../src/formats/index.ts';
import { parseDocument } from '../../../src/parse/index.ts';

export { ensureTesseract } from '../../support/tesseract.ts';

export const fixtures = resolve(import.meta.dirname, '../../fixtures/formats');
export const fixture = (name: string): string => join(fixtures, name);

export function read(
  name: string,
  opts: Partial<ReadOptions> = {},
  bytes?: Uint8Array,
): Promise<FormattedDocument> {
  const file = fixture(name);
  return readFormatted(file, bytes ?? readFileSync(file), { decodeText: decodeDocument, ...opts });
}

/** The facts of a parse that a faithful reading must keep. */
export function facts(text: string) {
  const p = parseDocument(text);
  const d = p.document;
  return {
    number: d.number,
    type: d.type,
    date: d.issuedDate,
    place: d.place,
    issuer: d.issuer?.name ?? null,
    family: d.family,
    tasks: p.tasks.map((t) => `${t.section}: ${t.lead.map((a) => a.name).join(', ')}`),
    recipients: p.recipients.map((r) => r.name),
    references: p.references.map((r) => r.number).sort(),
  };
}

/** Share of the reference's words found, in order, in the candidate (longest common subsequence). */
export function wordRecall(reference: string, candidate: string): number {
  const words = (s: string) =>
    s
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const a = words(reference);
  const b = words(candidate);
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const cur = [0];
    for (let j = 0; j < b.length; j++) {
      cur.push(
        x === b[j] ? (prev[j] as number) + 1 : Math.max(prev[j + 1] as number, cur[j] as number),
      );
    }
    prev = cur;
  }
  return a.length === 0 ? 0 : (prev[b.length] as number) / a.length;
}
