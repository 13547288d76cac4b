/**
 * Bad input: an empty file, binary or non-UTF-8 bytes, a file over 10 MB, text with no
 * recognisable structure. The CLI refuses with an error naming the file and the problem and a
 * non-zero exit; the parser returns a warnings-only result — never a crash, never a silent
 * empty success.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeDocument,
  DocumentReadError,
  MAX_DOCUMENT_BYTES,
  readDocument,
} from '../../../src/io/read-document.ts';
import { parseDocument } from '../../../src/parse/index.ts';
import { seedDir } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'parse-bad-'));
const file = (name: string, bytes: Uint8Array | string): string => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const root = resolve(import.meta.dirname, '../../..');
const cli = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('reading a document file', () => {
  it.each([
    ['empty.txt', new Uint8Array(0), /empty\.txt: the file is empty/],
    ['blank.txt', ' \n\t\n', /blank\.txt: the file contains only whitespace/],
    [
      'binary.bin',
      new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]),
      /binary\.bin: binary content \(NUL byte at offset 4\)/,
    ],
    [
      'latin1.txt',
      new Uint8Array([0x4b, 0xea, 0x20, 0x68, 0x6f, 0x61, 0x63, 0x68]),
      /latin1\.txt: not valid UTF-8 \(first bad byte at offset 1\)/,
    ],
  ])('%s is refused with the file named', (name, bytes, message) => {
    const p = file(name, bytes);
    expect(() => readDocument(p)).toThrow(DocumentReadError);
    expect(() => readDocument(p)).toThrow(message);
  });

  it('a file over 10 MB is refused before it is read', () => {
    const p = file('big.txt', new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61));
    expect(() => readDocument(p)).toThrow(
      /big\.txt: the file is 10485761 bytes, over the 10485760-byte \(10 MB\) limit/,
    );
  });

  it('a missing file and a directory are refused', () => {
    expect(() => readDocument(join(dir, 'nope.txt'))).toThrow(
      /nope\.txt: cannot read the file \(ENOENT\)/,
    );
    const d = join(dir, 'folder');
    mkdirSync(d);
    expect(() => readDocument(d)).toThrow(/folder: is a directory/);
  });

  it('drops a byte-order mark and accepts valid UTF-8', () => {
    expect(decodeDocument('x', new TextEncoder().encode('\ufeffKẾ HOẠCH'))).toBe('KẾ HOẠCH');
  });
});

describe('parsing text that is not a directive', () => {
  it('no recognisable structure: a warnings-only result', () => {
    const doc = parseDocument('Hôm nay trời đẹp. Chúng tôi đi chơi công viên.');
    expect(doc.tasks).toEqual([]);
    expect(doc.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['no-structure', 'no-number', 'no-date']),
    );
  });

  it('an empty string: a warning, not a crash', () => {
    expect(parseDocument('').warnings.map((w) => w.code)).toEqual(['empty']);
  });

  it('text decoded with replacement characters or from an 8-bit font is flagged', () => {
    expect(parseDocument('KẾ HOẠCH \ufffd\ufffd').warnings.map((w) => w.code)).toContain(
      'replacement-character',
    );
    const tcvn3 =
      'KÕ ho¹ch thùc hiÖn NghÞ quyÕt sè 20-NQ/TW cña Bé ChÝnh trÞ vÒ kinh tÕ tËp thÓ. '.repeat(5);
    expect(parseDocument(tcvn3).warnings.map((w) => w.code)).toContain('legacy-encoding');
  });
});

describe('CLI', () => {
  it('parse <file> --json prints the contract fields', () => {
    const r = cli('parse', join(seedDir, '003_c1ef8345d186a5d7.txt'), '--json');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.document).toMatchObject({
      number: '67-KH/HU',
      type: 'Kế hoạch',
      issuedDate: '2023-01-31',
      place: 'Vĩnh Linh',
    });
    expect(doc.document.issuer.name).toBeTruthy();
    expect(doc.document.signer).toMatchObject({
      name: 'Trần Nhật Quang',
      capacity: 'T/M',
      title: 'Bí thư',
    });
    expect(doc.references[0]).toHaveProperty('relation');
    expect(doc.references.find((x: { number: string }) => x.number === '29-NQ/TW').doubtful).toBe(
      true,
    );
    const t = doc.tasks[0];
    for (const k of ['section', 'text', 'lead', 'coordinators', 'reportsTo', 'deadline', 'span'])
      expect(t).toHaveProperty(k);
    expect(t.deadline).toMatchObject({
      text: expect.any(String),
      start: null,
      end: '2023-03-31',
      recurrence: null,
    });
    expect(doc.recipients[0]).toMatchObject({
      name: expect.any(String),
      mention: expect.any(String),
      purpose: 'báo cáo',
      kind: expect.any(String),
    });
    for (const k of ['targets', 'copies', 'receipts', 'warnings'])
      expect(Array.isArray(doc[k])).toBe(true);
    // the resolver's decision is visible
    expect(doc.recipients[0]).toHaveProperty('rule');
  });

  it('without --json prints a readable summary', () => {
    const r = cli('parse', join(seedDir, '000_20a41b9271eee9a1.txt'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Kế hoạch 10-KH\/TW of 2022-08-23, Hà Nội/);
    expect(r.stdout).toMatch(/Tasks \(\d+\):/);
  });

  it('a bad file: non-zero exit, the file and the problem on stderr, nothing on stdout', () => {
    const p = file('bad.txt', new Uint8Array([0xff, 0xfe, 0x00, 0x41]));
    const r = cli('parse', p, '--json');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${p}: binary content`);
  });

  it('usage errors exit 2; an unknown command names itself', () => {
    expect(cli('parse').status).toBe(2);
    const r = cli('frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown command: frobnicate');
  });
});

describe('warnings for what could not be read', () => {
  it('an empty "Nơi nhận" and a deadline that is read but not normalised, with their spans', () => {
    const t =
      'KẾ HOẠCH\n\nA.\n\nI. NHIỆM VỤ\n\n1. Ban A chủ trì thực hiện (hoàn thành sau khi có hướng dẫn).\n\nNơi nhận:\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn Một';
    const w = parseDocument(t).warnings.filter((x) => x.span);
    expect(w.map((x) => [x.code, x.quote])).toEqual([
      ['deadline-not-normalised', '(hoàn thành sau khi có hướng dẫn)'],
      ['recipients-empty', 'Nơi nhận:'],
    ]);
  });
});
