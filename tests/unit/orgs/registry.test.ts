import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  OrgDataError,
  loadRegistry,
  metaPathFor,
  parseDocumentMeta,
  parseRegistryFiles,
  registryOrganizations,
} from '../../../src/orgs/index.ts';

const registry = loadRegistry();

describe('registryOrganizations', () => {
  const orgs = registryOrganizations(registry);
  const byId = new Map(orgs.map((o) => [o.id, o]));

  it('lists central bodies with kind, level and parent', () => {
    expect(byId.get('tw/ban-kinh-te')).toEqual({
      id: 'tw/ban-kinh-te',
      name: 'Ban Kinh tế Trung ương',
      aliases: [],
      orgKind: 'ban-dang',
      level: 'TW',
      partOf: 'tw/ban-chap-hanh-trung-uong',
      validTo: '2025-02-28',
      successor: 'tw/ban-chinh-sach-chien-luoc',
    });
  });

  it('instantiates the relative bodies for every registered province and district', () => {
    expect(byId.get('lang-son/ban-tuyen-giao-tinh-uy')).toEqual({
      id: 'lang-son/ban-tuyen-giao-tinh-uy',
      name: 'Ban Tuyên giáo Tỉnh ủy Lạng Sơn',
      aliases: ['Ban Tuyên giáo Tỉnh ủy Lạng Sơn'],
      orgKind: 'ban-dang',
      level: 'tinh',
      jurisdiction: { province: 'lang-son' },
      partOf: 'lang-son/tinh-uy',
    });
    expect(byId.get('quang-tri/vinh-linh/huyen-uy')).toMatchObject({
      name: 'Huyện ủy Vĩnh Linh',
      level: 'huyen',
      jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      partOf: 'quang-tri/tinh-uy',
      validTo: '2025-06-30',
    });
    expect(byId.get('lang-son/tinh-uy')?.partOf).toBe('tw/ban-chap-hanh-trung-uong');
    expect(orgs.some((o) => o.id.startsWith('lang-son/vinh-linh'))).toBe(false);
  });

  it('has every PART_OF parent in the list, and no id twice', () => {
    expect(new Set(orgs.map((o) => o.id)).size).toBe(orgs.length);
    const missing = orgs.filter((o) => o.partOf && !byId.has(o.partOf)).map((o) => o.id);
    expect(missing).toEqual([]);
  });
});

describe('registry data errors name the file and the problem', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('bad YAML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'orgs-bad-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'broken.yaml'), 'organizations:\n  - id: [unclosed\n');
    expect(() => loadRegistry(dir)).toThrow(OrgDataError);
    expect(() => loadRegistry(dir)).toThrow(/broken\.yaml \(line \d+, column \d+\): invalid YAML/);
  });

  it.each([
    ['unknown section', 'bodies: []', 'x.yaml: unknown section "bodies"'],
    [
      'unknown kind',
      'organizations:\n  - { id: a, name: A, kind: ministry, level: TW }',
      'x.yaml: organizations[0]: field "kind": unknown kind "ministry"',
    ],
    [
      'missing level',
      'organizations:\n  - { id: a, name: A, kind: other }',
      'x.yaml: organizations[0]: field "level" is required',
    ],
    [
      'district without province',
      'jurisdictions:\n  - { id: d, name: D, level: huyen }',
      'x.yaml: jurisdictions[0]: a district needs its "province"',
    ],
    [
      'dangling parent',
      'organizations:\n  - { id: a, name: A, kind: other, level: TW, partOf: nowhere }',
      'organization "a" has unknown partOf "nowhere"',
    ],
  ])('%s', (_what, text, message) => {
    expect(() => parseRegistryFiles([{ name: 'x.yaml', text }])).toThrow(message);
  });
});

describe('document metadata', () => {
  it('parses the documented fields', () => {
    const text = [
      'jurisdiction: { province: quang-tri, district: vinh-linh }',
      'number: 67-KH/HU',
      'issuedDate: 2023-01-31',
      'issuer: Ban Thường vụ Huyện ủy Vĩnh Linh',
      'level: huyen',
    ].join('\n');
    expect(parseDocumentMeta(text, 'd.meta.yaml')).toEqual({
      jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      number: '67-KH/HU',
      issuedDate: '2023-01-31',
      issuer: 'Ban Thường vụ Huyện ủy Vĩnh Linh',
      level: 'huyen',
    });
    expect(parseDocumentMeta('', 'empty.meta.yaml')).toEqual({});
  });

  it('rejects unknown fields and bad values with the file name', () => {
    expect(() => parseDocumentMeta('province: quang-tri', 'd.meta.yaml')).toThrow(
      'd.meta.yaml: unknown field "province"',
    );
    expect(() => parseDocumentMeta('issuedDate: 31/01/2023', 'd.meta.yaml')).toThrow(
      'd.meta.yaml: field "issuedDate" must be an ISO date (YYYY-MM-DD)',
    );
    expect(() => parseDocumentMeta('jurisdiction: quang-tri', 'd.meta.yaml')).toThrow(
      'field "jurisdiction" must be a mapping with province and/or district',
    );
  });

  it('sits beside the document', () => {
    expect(metaPathFor('/x/seed/documents/001_655f8d64d6a8d424.txt')).toBe(
      '/x/seed/documents/001_655f8d64d6a8d424.meta.yaml',
    );
  });
});
