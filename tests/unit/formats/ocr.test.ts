/**
 * Scans: a real scanned page (JPEG) and the same page as an image-only PDF, read by Tesseract's
 * Vietnamese model and compared with the page's ground-truth transcription; confidence per word
 * kept; a missing Tesseract is an error naming the install command. Tesseract is installed for
 * these tests when the machine allows (root with apt), otherwise they fail saying how.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FormatError, regionsOf, TESSERACT_INSTALL } from '../../../src/formats/index.ts';
import { parseTsv } from '../../../src/formats/ocr.ts';
import { ensureTesseract, facts, fixture, read, wordRecall } from './helpers.ts';

const truth = readFileSync(fixture('cv-1906-danang-p2.gt.txt'), 'utf8');

describe('OCR (Tesseract, Vietnamese)', () => {
  beforeAll(() => ensureTesseract(), 600_000);

  it('reads a scanned page close to its transcription, page number dropped, lines joined', async () => {
    // A threshold above this page's confidence: the page is named in a warning.
    const doc = await read('cv-1906-danang-p2.jpg', { lowConfidence: 99 });
    expect(doc.kind).toBe('image');
    expect(doc.warnings).toEqual([
      expect.stringMatching(/^page 1: OCR confidence \d+(\.\d)? is below 99$/),
    ]);
    expect(doc.pages).toEqual([
      expect.objectContaining({ page: 1, width: 572, height: 960, source: 'ocr' }),
    ]);
    expect(doc.pages[0]?.confidence).toBeGreaterThan(70);
    expect(wordRecall(truth, doc.text)).toBeGreaterThan(0.8);
    // The page number "2" at the top is furniture; the wrapped paragraph is one line.
    expect(doc.text.trimStart().startsWith('2')).toBe(false);
    expect(doc.text).toMatch(/giáo dục thường xuyên có trách nhiệm chỉ đạo/);
    // Every word keeps its confidence; a span's region carries the lowest of its words.
    expect(doc.segments.every((s) => typeof s.confidence === 'number' && s.page === 1)).toBe(true);
    const at = doc.text.indexOf('Đối với các trường');
    const [r] = regionsOf(doc.segments, at, at + 18);
    expect(r?.confidence).toBeGreaterThan(0);
    expect(r?.box?.y).toBeGreaterThan(100);
  }, 120_000);

  it('OCRs an image-only PDF page, the signer’s title apart from the recipients beside it', async () => {
    const doc = await read('cv-1906-danang-p2-scan.pdf', { ocrTimeoutMs: 110_000 });
    expect(doc.pages).toEqual([expect.objectContaining({ page: 1, source: 'ocr' })]);
    expect(wordRecall(truth, doc.text)).toBeGreaterThan(0.8);
    // The signer's title stands on its own line, not glued to a recipient beside it.
    expect(doc.text).toMatch(/^GIÁM Đ[ÓỐ]C$/m);
    expect(facts(doc.text).recipients.length).toBeGreaterThan(3);
  }, 180_000);
});

describe('OCR without Tesseract', () => {
  it('fails with the install command, naming the file', async () => {
    const e = await read('cv-1906-danang-p2.jpg', { tesseract: '/nonexistent/tesseract' }).catch(
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(FormatError);
    expect((e as FormatError).message).toContain(fixture('cv-1906-danang-p2.jpg'));
    expect((e as FormatError).problem).toContain(TESSERACT_INSTALL);
  });

  it('parses Tesseract TSV rows into words with boxes and confidence', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '1\t1\t0\t0\t0\t0\t0\t0\t572\t960\t-1\t',
      '4\t1\t1\t1\t1\t0\t40\t50\t200\t20\t-1\t',
      '5\t1\t1\t1\t1\t1\t40\t50\t60\t20\t91.5\tNơi',
      '5\t1\t1\t1\t1\t2\t110\t50\t70\t20\t60\tnhận:',
    ].join('\n');
    expect(parseTsv(tsv, 3)).toEqual({
      width: 572,
      height: 960,
      confidence: 75.8,
      words: [
        { text: 'Nơi', page: 3, x: 40, y: 50, width: 60, height: 20, confidence: 91.5 },
        { text: 'nhận:', page: 3, x: 110, y: 50, width: 70, height: 20, confidence: 60 },
      ],
    });
  });
});
