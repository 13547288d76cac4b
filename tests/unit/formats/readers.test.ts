/**
 * The readers on real files (tests/fixtures/formats/SOURCES.md): a Word DOCX, the same kind of
 * plan saved by Word as HTML, and that HTML printed to a PDF with a text layer. Each reading must
 * parse to the same facts as the clean text of the same document, and map back to the original.
 * Bad input gives one clear error naming the file and the problem.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectKind, FormatError, regionsOf } from '../../../src/formats/index.ts';
import { facts, fixture, read } from './helpers.ts';

const clean = (name: string) => readFileSync(fixture(name), 'utf8');

describe('content detection', () => {
  it.each([
    ['kh-16-luongminh.docx', 'docx'],
    ['kh-01-phobang.htm', 'html'],
    ['kh-01-phobang.pdf', 'pdf'],
    ['cv-1906-danang-p2.jpg', 'image'],
    ['kh-01-phobang.clean.txt', 'text'],
  ])('%s is %s whatever its name', (name, kind) => {
    expect(detectKind(readFileSync(fixture(name))).kind).toBe(kind);
  });
});

describe('DOCX', () => {
  it('parses to the facts of the clean text, header as two blocks, paragraphs mapped', async () => {
    const doc = await read('kh-16-luongminh.docx');
    expect(doc.kind).toBe('docx');
    expect(facts(doc.text)).toEqual(facts(clean('kh-16-luongminh.clean.txt')));
    // the same plan is tests/corpus/docs/32-…: labelled by hand with 45 tasks (labels/a/32-…)
    expect(facts(doc.text).tasks.length).toBeGreaterThanOrEqual(45);
    const head = doc.text.slice(0, doc.text.indexOf('KẾ HOẠCH'));
    expect(head.indexOf('Số: 16/KH-MTTQ-BTT')).toBeLessThan(head.indexOf('CỘNG HÒA'));
    expect(head.indexOf('BAN THƯỜNG TRỰC')).toBeLessThan(head.indexOf('Độc lập'));
    const at = doc.text.indexOf('Căn cứ Luật Bầu cử');
    const [region] = regionsOf(doc.segments, at, at + 10);
    expect(region?.paragraph).toBeGreaterThan(0);
    for (const s of doc.segments) expect(s.paragraph).toBeTypeOf('number');
  });
});

describe('HTML saved by Word', () => {
  it('decodes windows-1252 with entities and parses to the facts of the clean text', async () => {
    const doc = await read('kh-01-phobang.htm');
    expect(doc.kind).toBe('html');
    expect(doc.text).toContain('ỦY BAN BẦU CỬ XÃ PHỐ BẢNG');
    expect(facts(doc.text)).toEqual(facts(clean('kh-01-phobang.clean.txt')));
  });

  it('keeps the document of a portal page and drops its navigation', async () => {
    const body = readFileSync(fixture('kh-01-phobang.htm'), 'latin1').replace(
      /<body([^>]*)>/i,
      '<body$1><nav><a href="/">Trang chủ</a> <a href="/vb">Văn bản chỉ đạo</a></nav><div class="breadcrumb">Trang chủ / Văn bản</div>',
    );
    const withFooter = body.replace(
      /<\/body>/i,
      '<footer>Cổng thông tin điện tử xã Phố Bảng</footer></body>',
    );
    const doc = await read('kh-01-phobang.htm', {}, Buffer.from(withFooter, 'latin1'));
    expect(doc.text).not.toMatch(/Trang chủ|Cổng thông tin/);
    expect(facts(doc.text)).toEqual(facts(clean('kh-01-phobang.clean.txt')));
  });
});

describe('PDF with a text layer', () => {
  it('parses to the facts of the clean text: two-column header, furniture dropped', async () => {
    const pages: number[] = [];
    const doc = await read('kh-01-phobang.pdf', { onPage: (done) => pages.push(done) });
    expect(doc.pages).toHaveLength(8);
    expect(pages).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(doc.pages.every((p) => p.source === 'text-layer')).toBe(true);
    // Chromium's running header (date, title) and footer (file URL, "n/8") are gone.
    expect(doc.text).not.toMatch(/file:\/\/|\b\d\/8\b|\d:\d\d [AP]M/);
    const got = facts(doc.text);
    const want = facts(clean('kh-01-phobang.clean.txt'));
    // The PDF keeps the footnotes that the clean text lost: more references, none missing.
    expect({ ...got, references: [] }).toEqual({ ...want, references: [] });
    expect(got.references).toEqual(expect.arrayContaining(want.references));
    const head = doc.text.slice(0, doc.text.indexOf('KẾ HOẠCH'));
    expect(head.indexOf('Số: 01/KH-TBTTKT')).toBeLessThan(head.indexOf('CỘNG HÒA'));
  });

  it('names the page and box of a span', async () => {
    const doc = await read('kh-01-phobang.pdf');
    const at = doc.text.indexOf('Số: 01/KH-TBTTKT');
    const [first] = regionsOf(doc.segments, at, at + 'Số: 01/KH-TBTTKT'.length);
    expect(first?.page).toBe(1);
    const box = first?.box;
    // Left column, top of an A4/Letter page (points).
    expect(box && box.x + box.width).toBeLessThan(300);
    expect(box?.y).toBeLessThan(200);
    const sign = doc.text.indexOf('Nguyễn Văn Hoàn');
    expect(regionsOf(doc.segments, sign, sign + 5)[0]?.page).toBe(7);
  });
});

describe('bad input: one clear error naming the file and the problem', () => {
  const fails = async (name: string, bytes: Uint8Array | undefined, problem: RegExp, opts = {}) => {
    const e = await read(name, opts, bytes).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(FormatError);
    expect((e as FormatError).file).toBe(fixture(name));
    expect((e as FormatError).problem).toMatch(problem);
  };

  it('an encrypted PDF', () => fails('encrypted.pdf', undefined, /encrypted/));
  it('a corrupt (truncated) PDF', () =>
    fails(
      'kh-01-phobang.pdf',
      readFileSync(fixture('kh-01-phobang.pdf')).subarray(0, 4000),
      /not a readable PDF/,
    ));
  it('a PDF over the page limit', () =>
    fails('kh-01-phobang.pdf', undefined, /8 pages, over the limit of 5/, { maxPages: 5 }));
  it('a PDF that takes longer than the per-file time limit', () =>
    fails(
      'kh-01-phobang.pdf',
      undefined,
      /^reading stopped after [0-7] of 8 pages: over the per-file time limit \(0 s\)$/,
      { fileTimeoutMs: 1 },
    ));
  it('a corrupt (truncated) DOCX', () =>
    fails(
      'kh-16-luongminh.docx',
      readFileSync(fixture('kh-16-luongminh.docx')).subarray(0, 6000),
      /not a readable DOCX/,
    ));
  it('an empty file', () => fails('empty.pdf', new Uint8Array(0), /empty/));
  it('an HTML page with no document in it', () =>
    fails(
      'portal.htm',
      Buffer.from(
        '<!doctype html><html><body><nav>Trang chủ</nav><p>Chào mừng đến cổng thông tin.</p></body></html>',
      ),
      /holds no document/,
    ));
  it('an unknown binary type', () =>
    fails(
      'old.doc',
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
      /unsupported file type/,
    ));
});
