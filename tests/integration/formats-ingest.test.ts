/**
 * `ingest` on a folder of documents as they are kept — a DOCX, a PDF with a text layer, a scanned
 * page image and an encrypted PDF — through a real process into the real Neo4j (NEO4J_URI from
 * `npm test`). Each kind is told by content (the files are renamed without their extensions);
 * the readable ones land with the facts of their clean text, the encrypted one fails by name.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.ts';
import { fixture } from '../unit/formats/helpers.ts';
import { testRegistry } from '../unit/parse/helpers.ts';
import { ensureTesseract } from '../support/tesseract.ts';
import { database, useTestDriver } from '../support/neo4j.ts';

const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

const db = useTestDriver({ reset: true });
let dir: string;

beforeAll(() => {
  ensureTesseract();
  dir = mkdtempSync(join(tmpdir(), 'dg-formats-'));
  // Names that hide the kind: only the content tells it (a named file is read whatever its name).
  copyFileSync(fixture('kh-16-luongminh.docx'), join(dir, 'a-ke-hoach-16.txt'));
  copyFileSync(fixture('kh-01-phobang.pdf'), join(dir, 'b-ke-hoach-01.txt'));
  copyFileSync(fixture('cv-1906-danang-p2.jpg'), join(dir, 'c-cong-van-trang-2.txt'));
  copyFileSync(fixture('encrypted.pdf'), join(dir, 'd-encrypted.txt'));
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The tasks the parser finds in a file's clean transcription: what its kept form must give. */
const cleanTasks = (name: string): number =>
  parseDocument(readFileSync(fixture(name), 'utf8'), { registry: testRegistry() }).tasks.length;

describe('ingest: kept formats', () => {
  it('loads DOCX, PDF and a scan; names the encrypted PDF with its problem', async () => {
    const files = [
      'a-ke-hoach-16.txt',
      'b-ke-hoach-01.txt',
      'c-cong-van-trang-2.txt',
      'd-encrypted.txt',
    ];
    const r = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        join(root, 'src/cli/main.ts'),
        'ingest',
        ...files.map((f) => join(dir, f)),
      ],
      { cwd: root, env: process.env },
    ).then(
      (ok) => ({ code: 0, stdout: ok.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    const docx = cleanTasks('kh-16-luongminh.clean.txt');
    const pdf = cleanTasks('kh-01-phobang.clean.txt');
    expect(docx).toBeGreaterThan(0);
    expect(lines[0]).toMatch(
      new RegExp(`^created {3}.*a-ke-hoach-16\\.txt: doc:16/KH-MTTQ-BTT@.*, ${docx} tasks`),
    );
    expect(lines[1]).toMatch(
      new RegExp(`^created {3}.*b-ke-hoach-01\\.txt: doc:01/KH-TBTTKT@.*, ${pdf} tasks`),
    );
    expect(lines[2]).toMatch(/^created {3}.*c-cong-van-trang-2\.txt: /);
    expect(lines[3]).toBe(
      `FAIL ${join(dir, 'd-encrypted.txt')}: the PDF is encrypted (password protected); save an unprotected copy first`,
    );
    const { records } = await db.driver.executeQuery(
      "MATCH (d:Document {status: 'ingested'}) WHERE d.number IS NOT NULL RETURN d.number AS n ORDER BY n",
      {},
      { database },
    );
    expect(records.map((x) => x.get('n'))).toEqual(['01/KH-TBTTKT', '16/KH-MTTQ-BTT']);
  }, 300_000);
});
