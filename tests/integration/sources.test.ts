/**
 * Documents as they are kept, through to the API: the original stored by content hash and
 * served back, the text the facts were read from, a fact's evidence naming its page and box
 * (PDF) or paragraph (DOCX), and ingestDocument taking a file (base64) through the same readers,
 * refusing a bad one with nothing written.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../src/api/server.ts';
import { createEnvironment, ingestFiles } from '../../src/graph/ingest.ts';
import { sha256Of } from '../../src/io/source-store.ts';
import type { TextRow } from '../../src/graph/model.ts';
import { loadRegistry } from '../../src/orgs/index.ts';
import { fixture } from '../unit/formats/helpers.ts';
import { postGraphQL, type GraphQLResponse } from '../support/api.ts';
import { database, useTestDriver } from '../support/neo4j.ts';

const KEY = 'test-key-not-a-secret';
const db = useTestDriver({ reset: true });
let api: RunningApi;
let sourceDir: string;

beforeAll(async () => {
  sourceDir = mkdtempSync(join(tmpdir(), 'dg-sources-'));
  api = await startApi({ driver: db.driver, database, neo4jUri: '', apiKey: KEY, sourceDir }, 0);
}, 60_000);
afterAll(async () => {
  await api.stop();
  rmSync(sourceDir, { recursive: true, force: true });
});

const DOCUMENT = `query ($number: String!) {
  document(number: $number) {
    id
    text
    source { format mediaType fileName sha256 size pages url pageInfo { page width height ocr } }
    tasks { evidence { start end quote page regions { page paragraph box { x y width height } } } }
  }
}`;

interface Region {
  page: number | null;
  paragraph: number | null;
  box: { x: number; y: number; width: number; height: number } | null;
}
type Source = Omit<TextRow, 'text' | 'pageInfo' | 'segments'> & {
  url: string;
  pageInfo: { page: number; width: number; height: number; ocr: boolean }[];
};
interface Kept {
  document: {
    id: string;
    text: string;
    source: Source;
    tasks: {
      evidence: { start: number; end: number; quote: string; page: number; regions: Region[] };
    }[];
  } | null;
}

async function kept(number: string): Promise<NonNullable<Kept['document']>> {
  const r = await postGraphQL<Kept>(api, DOCUMENT, { number });
  expect(r.body.errors).toBeUndefined();
  expect(r.body.data?.document).not.toBeNull();
  return r.body.data!.document!;
}

function codes(response: GraphQLResponse<unknown>): (string | undefined)[] {
  return (response.body.errors ?? []).map((e) => e.extensions?.code);
}

const UPLOAD = `mutation ($file: DocumentFile, $text: String) {
  ingestDocument(file: $file, text: $text) { outcome document { id number } }
}`;

describe('kept originals', () => {
  it('a PDF: its original by hash, its text, each task on its page and in its box', async () => {
    const file = fixture('kh-01-phobang.pdf');
    const bytes = readFileSync(file);
    const summary = await ingestFiles(
      { driver: db.driver, database },
      createEnvironment(loadRegistry()),
      [file],
      { sourceDir },
    );
    expect(summary.created).toBe(1);
    const doc = await kept('01/KH-TBTTKT');
    expect(doc.source).toMatchObject({
      format: 'PDF',
      mediaType: 'application/pdf',
      fileName: 'kh-01-phobang.pdf',
      sha256: sha256Of(bytes),
      size: bytes.length,
      pages: 8,
      url: `/sources/${sha256Of(bytes)}`,
    });
    expect(doc.source.pageInfo[0]).toMatchObject({ page: 1, ocr: false });
    expect(doc.tasks.length).toBeGreaterThan(0);
    for (const { evidence } of doc.tasks) {
      // The evidence counts in the text the API serves.
      expect(doc.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
      const first = evidence.regions[0]!;
      expect(evidence.page).toBe(first.page);
      const size = doc.source.pageInfo[first.page! - 1]!;
      expect(first.box!.width).toBeGreaterThan(0);
      expect(first.box!.x + first.box!.width).toBeLessThanOrEqual(size.width + 1);
      expect(first.box!.y + first.box!.height).toBeLessThanOrEqual(size.height + 1);
    }
    // The tasks run over the pages in order: the last one is not on page 1.
    expect(doc.tasks.at(-1)!.evidence.page).toBeGreaterThan(1);

    const served = await fetch(api.url.replace(/\/graphql$/, doc.source.url));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
    const missing = await fetch(api.url.replace(/\/graphql$/, `/sources/${'0'.repeat(64)}`));
    expect(missing.status).toBe(404);
  }, 120_000);

  it('ingestDocument takes a DOCX as base64: evidence by paragraph, the original kept', async () => {
    const bytes = readFileSync(fixture('kh-16-luongminh.docx'));
    const file = { name: 'ke-hoach-16.docx', contentBase64: bytes.toString('base64') };
    const r = await postGraphQL<{ ingestDocument: { outcome: string } }>(
      api,
      UPLOAD,
      { file },
      { 'x-api-key': KEY },
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data?.ingestDocument.outcome).toBe('CREATED');
    const doc = await kept('16/KH-MTTQ-BTT');
    expect(doc.source).toMatchObject({ format: 'DOCX', fileName: 'ke-hoach-16.docx', pages: 0 });
    const first = doc.tasks[0]!.evidence;
    expect(first.page).toBeNull();
    expect(first.regions[0]?.paragraph).toBeGreaterThan(0);
    expect(readFileSync(join(sourceDir, doc.source.sha256.slice(0, 2), doc.source.sha256))).toEqual(
      bytes,
    );
  }, 120_000);

  it('refuses a corrupt file, both a text and a file, and bad base64, writing nothing', async () => {
    const count = async (): Promise<number> => {
      const { records } = await db.driver.executeQuery(
        'MATCH (d:Document) RETURN count(d) AS n',
        {},
        { database },
      );
      return records[0]!.get('n') as number;
    };
    const before = await count();
    const docx = readFileSync(fixture('kh-16-luongminh.docx'));
    const corrupt = {
      name: 'broken.docx',
      contentBase64: docx.subarray(0, 2000).toString('base64'),
    };
    const headers = { 'x-api-key': KEY };
    const bad = await postGraphQL(api, UPLOAD, { file: corrupt }, headers);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.body.errors?.[0]?.message).toMatch(/^broken\.docx: /);
    const both = { file: { name: 'a.txt', contentBase64: 'YQ==' }, text: 'a' };
    expect(codes(await postGraphQL(api, UPLOAD, both, headers))).toEqual(['BAD_USER_INPUT']);
    const notBase64 = { file: { name: 'a.pdf', contentBase64: 'not base64!' } };
    expect(codes(await postGraphQL(api, UPLOAD, notBase64, headers))).toEqual(['BAD_USER_INPUT']);
    expect(await count()).toBe(before);
  }, 60_000);
});
