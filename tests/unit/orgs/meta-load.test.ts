/** A document's metadata file read per document (loadDocumentMeta): metadata read before is
 *  taken from memory by its text, each document getting its own copy. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocumentMeta } from '../../../src/orgs/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'meta-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const doc = (name: string, meta?: string): string => {
  const path = join(dir, `${name}.txt`);
  writeFileSync(path, 'KẾ HOẠCH');
  if (meta !== undefined) writeFileSync(join(dir, `${name}.meta.yaml`), meta);
  return path;
};

describe('metadata of documents sharing a text', () => {
  const YAML = 'jurisdiction:\n  province: quang-tri\n  district: vinh-linh\nlevel: xa\n';

  it('reads the same metadata for each, as separate objects', () => {
    const a = loadDocumentMeta(doc('a', YAML));
    const b = loadDocumentMeta(doc('b', YAML));
    const expected = {
      jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      level: 'xa',
    };
    expect(a).toEqual(expected);
    expect(b).toEqual(expected);
    if (a?.jurisdiction) a.jurisdiction.province = 'changed';
    expect(loadDocumentMeta(doc('c', YAML))).toEqual(expected);
    expect(b).toEqual(expected);
  });

  it('reads a different text anew, and none for a document without a file', () => {
    expect(loadDocumentMeta(doc('d', 'level: TW\n'))).toEqual({ level: 'TW' });
    expect(loadDocumentMeta(doc('e'))).toBeUndefined();
  });

  it('refuses a bad file each time, naming that file', () => {
    const bad = 'province: quang-tri\n';
    expect(() => loadDocumentMeta(doc('f', bad))).toThrow(
      `${join(dir, 'f.meta.yaml')}: unknown field "province"`,
    );
    expect(() => loadDocumentMeta(doc('g', bad))).toThrow(
      `${join(dir, 'g.meta.yaml')}: unknown field "province"`,
    );
  });
});
