/**
 * The formats layer's public face, below the parser: a kept file's bytes → one text the parser
 * reads like clean text, with a map back to the original (see types.ts). The kind is detected by
 * content (detect.ts); PDF text layers and OCR words go through the layout (layout/), DOCX and
 * HTML through their paragraphs. Plain text is decoded by the caller's decoder, so this layer does
 * not restate its rules.
 */
import { TextBuilder } from './builder.ts';
import { detectKind } from './detect.ts';
import { LayoutWriter } from './layout/blocks.ts';
import { dropFurniture, linesOf, type PageWords } from './layout/lines.ts';
import { FormatError, type FormattedDocument, type PageInfo } from './types.ts';

export { regionsOf, type Region } from './builder.ts';
export { detectKind } from './detect.ts';
export { decodeSegments, encodeSegments } from './segments-codec.ts';
export * from './types.ts';

export interface ReadOptions {
  /** Decoder of plain text files (UTF-8 checks, BOM): the caller's, so its rules live in one place. */
  decodeText: (file: string, bytes: Uint8Array) => string;
  /** Pages above this are refused (default 100). */
  maxPages?: number;
  /** Time limit for one OCR page in ms (default 120 000). */
  ocrTimeoutMs?: number;
  /** Time limit for the whole file in ms (default 1 800 000: a 100-page scan at ~15 s a page fits). */
  fileTimeoutMs?: number;
  /** OCR pages whose mean word confidence is below this are warned about (default 60). */
  lowConfidence?: number;
  onPage?: (done: number, total: number) => void;
  /** The Tesseract program (default `tesseract` on PATH). */
  tesseract?: string;
}

/** Lay positioned pages out as text: lines, page furniture dropped, zones, tables, flow. */
export function layoutPages(pages: readonly PageWords[]): {
  text: string;
  segments: FormattedDocument['segments'];
} {
  const lines = dropFurniture(pages, pages.map(linesOf)).flat();
  const out = new TextBuilder();
  new LayoutWriter(out).write(lines);
  return { text: out.text, segments: out.segments };
}

function lowPages(info: readonly PageInfo[], threshold: number): string[] {
  return info
    .filter((p) => p.source === 'ocr' && (p.confidence ?? 0) < threshold)
    .map((p) => `page ${p.page}: OCR confidence ${p.confidence ?? 0} is below ${threshold}`);
}

async function readImage(file: string, bytes: Uint8Array, opts: ReadOptions) {
  const { ocrImage } = await import('./ocr.ts');
  const ocr = await ocrImage(file, bytes, 1, {
    timeoutMs: opts.ocrTimeoutMs ?? 120_000,
    ...(opts.tesseract ? { command: opts.tesseract } : {}),
  });
  opts.onPage?.(1, 1);
  const page = { page: 1, width: ocr.width, height: ocr.height, words: ocr.words };
  const info: PageInfo = {
    page: 1,
    width: ocr.width,
    height: ocr.height,
    source: 'ocr',
    confidence: ocr.confidence,
  };
  return { pages: [page], info: [info] };
}

/** Read a kept file's bytes into text with its map back to the original. */
export async function readFormatted(
  file: string,
  bytes: Uint8Array,
  opts: ReadOptions,
): Promise<FormattedDocument> {
  if (bytes.length === 0) throw new FormatError(file, 'the file is empty');
  const { kind, mediaType } = detectKind(bytes);
  if (kind === 'zip' || kind === 'unknown-binary') {
    throw new FormatError(
      file,
      `unsupported file type (${mediaType}); supported: PDF, DOCX, HTML, images, UTF-8 text`,
    );
  }
  const base = { kind, mediaType, pages: [] as PageInfo[], warnings: [] as string[] };
  if (kind === 'text') return { ...base, text: opts.decodeText(file, bytes), segments: [] };
  // The readers load their libraries (pdf.js, canvas, linkedom) only when a file needs them, so
  // plain-text ingest does not pay for them.
  if (kind === 'docx') return { ...base, ...(await import('./docx.ts')).readDocx(file, bytes) };
  if (kind === 'html') return { ...base, ...(await import('./html.ts')).readHtml(file, bytes) };
  const read =
    kind === 'pdf'
      ? await (
          await import('./pdf.ts')
        ).readPdfPages(file, bytes, {
          maxPages: opts.maxPages ?? 100,
          ocrTimeoutMs: opts.ocrTimeoutMs ?? 120_000,
          timeLimitMs: opts.fileTimeoutMs ?? 1_800_000,
          ...(opts.onPage ? { onPage: opts.onPage } : {}),
          ...(opts.tesseract ? { tesseract: opts.tesseract } : {}),
        })
      : await readImage(file, bytes, opts);
  const laid = layoutPages(read.pages);
  if (laid.text.trim() === '')
    throw new FormatError(file, `no text found on any of its ${read.pages.length} pages`);
  const warnings = lowPages(read.info, opts.lowConfidence ?? 60);
  return { ...base, ...laid, pages: read.info, warnings };
}
