/**
 * OCR of one page image with Tesseract and its Vietnamese model (Debian: tesseract-ocr,
 * tesseract-ocr-vie), run as a subprocess that reads the image on stdin and writes TSV: one row
 * per word with its box and confidence. A missing program or model is a FormatError that names
 * the install command; a page that takes too long is killed and named.
 */
import { spawn } from 'node:child_process';
import { FormatError, TESSERACT_INSTALL, type PlacedWord } from './types.ts';

export interface OcrPage {
  width: number;
  height: number;
  words: PlacedWord[];
  /** Mean word confidence, 0…100 (0 when no word was read). */
  confidence: number;
}

/** Parse Tesseract's TSV output (level 1 = page, level 5 = word). Pure. */
export function parseTsv(tsv: string, page: number): OcrPage {
  const out: OcrPage = { width: 0, height: 0, words: [], confidence: 0 };
  for (const row of tsv.split('\n').slice(1)) {
    const f = row.split('\t');
    if (f.length < 12) continue;
    const [level, left, top, width, height, conf] = [0, 6, 7, 8, 9, 10].map((k) => Number(f[k]));
    const text = f.slice(11).join('\t').trim();
    if (level === 1) {
      out.width = width as number;
      out.height = height as number;
    } else if (level === 5 && text !== '' && (conf as number) >= 0) {
      out.words.push({
        text,
        page,
        x: left as number,
        y: top as number,
        width: width as number,
        height: height as number,
        confidence: Math.round((conf as number) * 10) / 10,
      });
    }
  }
  const sum = out.words.reduce((s, w) => s + (w.confidence ?? 0), 0);
  out.confidence = out.words.length > 0 ? Math.round((sum / out.words.length) * 10) / 10 : 0;
  return out;
}

export interface OcrOptions {
  /** Milliseconds for one page before it is killed. */
  timeoutMs: number;
  /** The program to run (tests point it at a missing one). */
  command?: string;
}

/** OCR one page image (PNG, JPEG, TIFF, BMP bytes). `file` names the document in errors. */
export function ocrImage(
  file: string,
  image: Uint8Array,
  page: number,
  opts: OcrOptions,
): Promise<OcrPage> {
  const command = opts.command ?? 'tesseract';
  return new Promise((resolve, reject) => {
    const child = spawn(command, ['stdin', 'stdout', '-l', 'vie', '--psm', '3', 'tsv'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new FormatError(file, `OCR of page ${page} took over ${opts.timeoutMs} ms (time limit)`),
      );
    }, opts.timeoutMs);
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const why = e.code === 'ENOENT' ? `${command} is not installed` : e.message;
      reject(new FormatError(file, `page ${page} needs OCR, but ${why}: ${TESSERACT_INSTALL}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) return resolve(parseTsv(Buffer.concat(out).toString('utf8'), page));
      const noModel = /Failed loading language|vie\.traineddata/.test(err);
      const why = noModel
        ? 'the Vietnamese model of Tesseract is missing'
        : `tesseract failed (exit ${code}): ${err.trim().split('\n').pop() ?? ''}`;
      reject(new FormatError(file, `OCR of page ${page}: ${why}; ${TESSERACT_INSTALL}`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(image);
  });
}
