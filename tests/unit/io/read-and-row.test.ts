/**
 * Reading a kept file and its text row (src/io, src/formats detect, src/graph source.ts): the
 * shortcuts taken for plain text (one decoder for every file, HTML looked for only where a '<'
 * can start it, the text's hash reused for the original's, the empty segment map encoded once)
 * give exactly what the long way gives.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeSegments, detectKind, encodeSegments } from '../../../src/formats/index.ts';
import { contentHash } from '../../../src/graph/ids.ts';
import { textRow } from '../../../src/graph/source.ts';
import { decodeDocument, readKeptFile } from '../../../src/io/read-document.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-and-row-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'KẾ HOẠCH thực hiện';
const TEXT_SHA = 'b7554a1a0acd91a2725d527554da526d8cd92cbb92e0870d0e4d8ae862e08cd6';
const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin = (codes: number[], rest: string): Uint8Array =>
  Uint8Array.from([...codes, ...bytes(rest)]);

describe('what a file is, from its first bytes', () => {
  it.each([
    ['a Vietnamese text', bytes('CHỈ THỊ\nVề việc tăng cường'), 'text'],
    ['a text that opens with a tag that is no HTML', bytes('<b>Kính gửi</b>: các sở'), 'text'],
    ['HTML after a byte-order mark and a blank line', bytes('\ufeff\n<!DOCTYPE html><p>x'), 'html'],
    ['HTML after no-break spaces (0xA0) and tabs', latin([0xa0, 0x09, 0xa0], '<html>'), 'html'],
    ['HTML after an XML declaration', bytes('<?xml version="1.0"?>\n<html>'), 'html'],
    ['a tag past the 4,096 bytes looked at', bytes(`${' '.repeat(4096)}<html>`), 'text'],
    ['a byte-order mark cut short', latin([0xef, 0xbb], '<html>'), 'text'],
  ])('%s', (_, b, kind) => {
    expect(detectKind(b)).toEqual({
      kind,
      mediaType: kind === 'html' ? 'text/html' : 'text/plain',
    });
  });
});

describe('decoding with one decoder for every file', () => {
  it('drops the byte-order mark of each file, after a file that failed too', () => {
    expect(() => decodeDocument('bad.txt', Uint8Array.from([0x4b, 0xe1, 0xba]))).toThrow(
      'bad.txt: not valid UTF-8 (first bad byte at offset 1)',
    );
    expect(decodeDocument('a.txt', bytes(`\ufeff${TEXT}`))).toBe(TEXT);
    expect(decodeDocument('b.txt', bytes(`\ufeff${TEXT}`))).toBe(TEXT);
    expect(decodeDocument('c.txt', bytes(TEXT))).toBe(TEXT);
  });
});

describe('the text row', () => {
  it('of a text without a file: its UTF-8 is the original', () => {
    expect(textRow('dir/kh.txt', TEXT)).toEqual({
      text: TEXT,
      format: 'text',
      mediaType: 'text/plain; charset=utf-8',
      fileName: 'kh.txt',
      sha256: TEXT_SHA,
      size: 26,
      pages: 0,
      pageInfo: '[]',
      segments: 'seg1:i44FAA==',
    });
  });

  it('of a plain file: the hash of its bytes, which is the hash of its text', async () => {
    const file = join(dir, 'plain.txt');
    writeFileSync(file, TEXT);
    const source = await readKeptFile(file);
    expect(contentHash(source.kept.text)).toBe(TEXT_SHA);
    expect(textRow(file, source.kept.text, source)).toEqual({
      text: TEXT,
      format: 'text',
      mediaType: 'text/plain',
      fileName: 'plain.txt',
      sha256: TEXT_SHA,
      size: 26,
      pages: 0,
      pageInfo: '[]',
      segments: 'seg1:i44FAA==',
    });
  });

  it('of a file with a byte-order mark: the hash of its bytes, mark included', async () => {
    const file = join(dir, 'bom.txt');
    writeFileSync(file, `\ufeff${TEXT}`);
    const source = await readKeptFile(file);
    expect(source.kept.text).toBe(TEXT);
    contentHash(source.kept.text);
    const row = textRow(file, source.kept.text, source);
    expect([row.sha256, row.size]).toEqual([sha(bytes(`\ufeff${TEXT}`)), 29]);
    expect(row.sha256).toBe('ae358bd1861a8d02c6aaf9d1b6d73be852235486c373028daf7ada21fb0ac665');
  });

  it('of a file read into text by another reader: the hash of its bytes', () => {
    // An HTML original as long in bytes as the text read from it: its own hash all the same.
    const html = bytes('<p>KẾ HOẠCH thực hiện</p>').subarray(0, 26);
    const row = textRow('kh.htm', TEXT, {
      kept: {
        kind: 'html',
        mediaType: 'text/html',
        text: TEXT,
        pages: [],
        segments: [],
        warnings: [],
      },
      bytes: html,
    });
    expect([row.format, row.sha256, row.size]).toEqual(['html', sha(html), 26]);
    expect(row.sha256).not.toBe(TEXT_SHA);
  });
});

describe('the content hash', () => {
  it('is the SHA-256 of the UTF-8, asked again or for an equal string built apart', () => {
    expect(contentHash(TEXT)).toBe(TEXT_SHA);
    expect(contentHash(TEXT)).toBe(TEXT_SHA);
    expect(contentHash(['KẾ HOẠCH', 'thực hiện'].join(' '))).toBe(TEXT_SHA);
    expect(contentHash(`${TEXT}.`)).toBe(sha(bytes(`${TEXT}.`)));
    expect(contentHash(TEXT)).toBe(TEXT_SHA);
  });
});

describe('the empty segment map', () => {
  it('is encoded the same each time and reads back as no segments', () => {
    expect(encodeSegments([])).toBe('seg1:i44FAA==');
    expect(encodeSegments([])).toBe('seg1:i44FAA==');
    expect(decodeSegments(encodeSegments([]))).toEqual([]);
    expect(decodeSegments(encodeSegments([{ start: 0, end: 4, page: 1 }]))).toEqual([
      { start: 0, end: 4, page: 1 },
    ]);
  });
});
