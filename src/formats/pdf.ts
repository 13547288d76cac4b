/**
 * PDF → positioned words, page by page, with pdf.js: the text layer where there is one, OCR of the
 * rendered page where there is none (a scan). Encrypted, corrupt and over-long files are refused
 * with a FormatError naming the file and the problem.
 */
import { createCanvas } from '@napi-rs/canvas';
import {
  getDocument,
  type PDFDocumentProxy,
  type PDFPageProxy,
} from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageWords } from './layout/lines.ts';
import { ocrImage } from './ocr.ts';
import { FormatError, type PageInfo, type PlacedWord } from './types.ts';

/** A run of text of the page's text layer (pdf.js's TextItem, named through its public API). */
type TextItem = Extract<
  Awaited<ReturnType<PDFPageProxy['getTextContent']>>['items'][number],
  { str: string }
>;

export interface PdfOptions {
  maxPages: number;
  ocrTimeoutMs: number;
  /** Time for the whole file (ms): a long scan stops with a clear error, not hours later. */
  timeLimitMs?: number;
  /** Rendering scale for OCR (1 = 72 dpi); 300 dpi is what Tesseract reads best. */
  ocrScale?: number;
  onPage?: (done: number, total: number) => void;
  tesseract?: string;
}

export interface PdfPages {
  pages: PageWords[];
  info: PageInfo[];
}

async function open(file: string, bytes: Uint8Array): Promise<PDFDocumentProxy> {
  try {
    // pdf.js takes ownership of the buffer it is given, so it gets a copy.
    return await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new FormatError(
        file,
        'the PDF is encrypted (password protected); save an unprotected copy first',
      );
    }
    const why = e instanceof Error ? e.message : String(e);
    throw new FormatError(file, `not a readable PDF (${why})`);
  }
}

function textWords(page: PDFPageProxy, items: readonly TextItem[], n: number): PlacedWord[] {
  const height = page.getViewport({ scale: 1 }).height;
  return items
    .filter((it) => it.str.trim() !== '')
    .map((it) => {
      const [, , c, d, e, f] = it.transform as number[];
      const size = Math.hypot(c as number, d as number) || it.height;
      // The item's origin is its baseline; the glyph box rises about 0.8 of the font size above it.
      return {
        text: it.str,
        page: n,
        x: e as number,
        y: height - (f as number) - size * 0.8,
        width: it.width,
        height: size,
      };
    });
}

async function ocrPage(file: string, page: PDFPageProxy, n: number, opts: PdfOptions) {
  const viewport = page.getViewport({ scale: opts.ocrScale ?? 300 / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // @napi-rs/canvas implements the 2D context pdf.js draws on; the DOM types are not in scope.
  type RenderParams = Parameters<PDFPageProxy['render']>[0];
  await page.render({
    canvas: canvas as unknown as RenderParams['canvas'],
    canvasContext: ctx as unknown as RenderParams['canvasContext'],
    viewport,
  }).promise;
  const ocr = await ocrImage(file, canvas.toBuffer('image/png'), n, {
    timeoutMs: opts.ocrTimeoutMs,
    ...(opts.tesseract ? { command: opts.tesseract } : {}),
  });
  // Back to PDF points so boxes of OCR pages and text-layer pages share one unit.
  const k = 1 / (opts.ocrScale ?? 300 / 72);
  const words = ocr.words.map((w) => ({
    ...w,
    x: w.x * k,
    y: w.y * k,
    width: w.width * k,
    height: w.height * k,
  }));
  return { words, confidence: ocr.confidence };
}

function overDeadline(
  file: string,
  opts: PdfOptions,
  deadline: number,
  done: number,
  total: number,
) {
  if (opts.timeLimitMs === undefined || Date.now() <= deadline) return;
  const limit = Math.round(opts.timeLimitMs / 1000);
  throw new FormatError(
    file,
    `reading stopped after ${done} of ${total} pages: over the per-file time limit (${limit} s)`,
  );
}

/** Read every page of a PDF into positioned words. */
export async function readPdfPages(
  file: string,
  bytes: Uint8Array,
  opts: PdfOptions,
): Promise<PdfPages> {
  const deadline = Date.now() + (opts.timeLimitMs ?? Infinity);
  const doc = await open(file, bytes);
  try {
    if (doc.numPages > opts.maxPages) {
      throw new FormatError(
        file,
        `the PDF has ${doc.numPages} pages, over the limit of ${opts.maxPages}`,
      );
    }
    const out: PdfPages = { pages: [], info: [] };
    for (let n = 1; n <= doc.numPages; n++) {
      overDeadline(file, opts, deadline, n - 1, doc.numPages);
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items.filter((it): it is TextItem => 'str' in it);
      let words = textWords(page, items, n);
      const info: PageInfo = { page: n, width, height, source: 'text-layer' };
      if (words.length === 0) {
        const left = deadline - Date.now();
        const ocr = await ocrPage(file, page, n, {
          ...opts,
          ocrTimeoutMs: Math.max(1, Math.min(opts.ocrTimeoutMs, left)),
        });
        words = ocr.words;
        info.source = 'ocr';
        info.confidence = ocr.confidence;
      }
      out.pages.push({ page: n, width, height, words });
      out.info.push(info);
      page.cleanup();
      opts.onPage?.(n, doc.numPages);
    }
    return out;
  } finally {
    await doc.destroy();
  }
}
