/**
 * The shapes of the formats layer: a kept file (PDF, scan, DOCX, HTML, text) becomes one plain
 * text the parser reads like clean text, plus a map from offsets in that text back to where they
 * stand in the original (page and box for PDF and images, paragraph index for DOCX and HTML).
 * Plain serialisable data, so it can be stored beside the parsed document.
 */

import { FileProblem } from '../errors.ts';

export type FormatKind = 'text' | 'pdf' | 'docx' | 'html' | 'image';

/** A rectangle on a page, in the page's own units (PDF points or image pixels), origin top-left. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a run of the extracted text came from. Offsets are UTF-16 code units, end exclusive. */
export interface Segment {
  start: number;
  end: number;
  /** 1-based page (PDF, image). */
  page?: number;
  box?: Box;
  /** 0-based index of the paragraph (or table cell paragraph) in the body (DOCX, HTML). */
  paragraph?: number;
  /** OCR confidence 0…100 of the words in this run (scans only). */
  confidence?: number;
}

export interface PageInfo {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  /** How its text was obtained: the PDF's own text layer or OCR. */
  source: 'text-layer' | 'ocr';
  /** Mean OCR word confidence (OCR pages only). */
  confidence?: number;
}

export interface FormattedDocument {
  kind: FormatKind;
  mediaType: string;
  text: string;
  /** Sorted by start, not overlapping; text between segments (line breaks, joins) maps nowhere. */
  segments: Segment[];
  /** PDF and image pages; empty for DOCX, HTML and text. */
  pages: PageInfo[];
  warnings: string[];
}

/** What a machine without OCR must install (Debian), named by the errors that need it. */
export const TESSERACT_INSTALL = 'apt-get install -y tesseract-ocr tesseract-ocr-vie';

/** A file the format readers cannot read. */
export class FormatError extends FileProblem {
  override readonly name = 'FormatError';
}

/** A positioned word or text run on a page (PDF text item or OCR word), top-left origin. */
export interface PlacedWord {
  text: string;
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  confidence?: number;
}
