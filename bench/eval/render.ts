/**
 * The seeds as they would be kept: a clean text rendered to an HTML page, a PDF with a text
 * layer (Chromium's print), a DOCX (the WordprocessingML written directly, zipped by fflate) and
 * a scanned PDF (the PDF's pages rasterised by Poppler's `pdftoppm`, printed back as images), so
 * the round trip through src/formats can be scored against the clean text (bench/eval-formats.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Browser } from 'playwright-core';

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

/**
 * The seeds are Markdown: blocks apart by blank lines, each line of a block kept as a line break
 * inside its paragraph (as a portal or a word processor keeps a multi-line title), `**bold**` and
 * `*italic*` as the kept document's emphasis (the markers themselves are not printed).
 */
export function blocks(text: string): Run[][][] {
  const out: Run[][][] = [];
  for (const block of text.split(/\r?\n[ \t]*\r?\n/)) {
    const lines = block
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    if (lines.length > 0) out.push(lines.map(runs));
  }
  return out;
}

function runs(markdown: string): Run[] {
  const out: Run[] = [];
  // A Markdown heading is a bold line in the kept document.
  const heading = /^#{1,6}\s+/.exec(markdown);
  const line = heading ? markdown.slice(heading[0].length) : markdown;
  let bold = heading !== null;
  let italic = false;
  for (const part of line.split(/(\*\*|\*)/)) {
    if (part === '**') bold = !bold;
    else if (part === '*') italic = !italic;
    else if (part !== '') out.push({ text: part, bold, italic });
  }
  return out;
}

function htmlRun(r: Run): string {
  let s = escapeXml(r.text);
  if (r.italic) s = `<i>${s}</i>`;
  return r.bold ? `<b>${s}</b>` : s;
}

/** A saved web page: the document's blocks as paragraphs in the page body. */
export function renderHtml(text: string, title: string): string {
  const body = blocks(text)
    .map((lines) => `<p>${lines.map((l) => l.map(htmlRun).join('')).join('<br>\n')}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeXml(title)}</title>
<style>
@page { size: A4; margin: 20mm 20mm 20mm 30mm; }
body { font-family: "DejaVu Serif", "Times New Roman", serif; font-size: 13pt; line-height: 1.35; }
p { margin: 0 0 6pt; text-align: justify; }
</style></head>
<body><main>
${body}
</main></body></html>
`;
}

function docxRun(r: Run): string {
  const props = `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>${r.bold ? '<w:b/>' : ''}${r.italic ? '<w:i/>' : ''}<w:sz w:val="26"/>`;
  return `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${escapeXml(r.text)}</w:t></w:r>`;
}

/** A Word document: one paragraph per block, its lines apart by breaks, Times New Roman 13 pt. */
export function renderDocx(text: string): Uint8Array {
  const body = blocks(text)
    .map(
      (lines) =>
        `<w:p>${lines.map((l) => l.map(docxRun).join('')).join('<w:r><w:br/></w:r>')}</w:p>`,
    )
    .join('');
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/></w:sectPr></w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(documentXml),
  });
}

/** Chromium's print of an HTML page: a PDF with a text layer. */
export async function printPdf(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
  } finally {
    await page.close();
  }
}

/** A scan of a PDF: each page rasterised at `dpi` (pdftoppm), printed back as a page image. */
export async function scanPdf(browser: Browser, pdf: Uint8Array, dpi = 200): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'dg-scan-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', '-', join(dir, 'page')], {
      input: pdf,
    });
    const images = readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort()
      .map((f) => readFileSync(join(dir, f)).toString('base64'));
    const html = `<!doctype html><html><head><style>
@page { size: A4; margin: 0; }
body { margin: 0; }
img { display: block; width: 210mm; height: 297mm; page-break-after: always; }
</style></head><body>${images.map((b) => `<img alt="" src="data:image/png;base64,${b}">`).join('')}</body></html>`;
    return await printPdf(browser, html);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
