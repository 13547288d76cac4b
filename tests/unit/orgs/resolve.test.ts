import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createResolver,
  defaultRegistryDir,
  foldKey,
  loadDocumentMeta,
  loadRegistry,
  type ResolveContext,
} from '../../../src/orgs/index.ts';

const registry = loadRegistry();
const resolve = createResolver(registry);

const S001: ResolveContext = {
  documentKey: '001_655f8d64d6a8d424',
  issuer: 'Ban Thường vụ Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh',
};
const S002: ResolveContext = {
  documentKey: '002_af1c1f30eff17f08',
  issuer: 'Ban Thường vụ Tỉnh ủy',
};

describe('no merge across jurisdictions', () => {
  it('keeps the "Ban Tuyên giáo Tỉnh ủy" of seed 001 and of seed 002 apart', () => {
    const a = resolve('Ban Tuyên giáo Tỉnh ủy', S001);
    const b = resolve('Ban Tuyên giáo Tỉnh ủy', S002);
    expect(a.id).toBe('doc:001_655f8d64d6a8d424/ban-tuyen-giao-tinh-uy');
    expect(b.id).toBe('doc:002_af1c1f30eff17f08/ban-tuyen-giao-tinh-uy');
    expect(a.rule).toBe('document-scoped');
    expect(a.jurisdiction).toBeUndefined();
    expect(a.partOf).toBe('doc:001_655f8d64d6a8d424/tinh-uy');
  });

  it('merges them when metadata puts both documents in the same province', () => {
    const lang = { province: 'lang-son' };
    const a = resolve('Ban Tuyên giáo Tỉnh ủy', { ...S001, jurisdiction: lang });
    const b = resolve('Ban Tuyên giáo Tỉnh ủy', { ...S002, jurisdiction: lang });
    expect(a.id).toBe('lang-son/ban-tuyen-giao-tinh-uy');
    expect(b.id).toBe(a.id);
    expect(a.name).toBe('Ban Tuyên giáo Tỉnh ủy Lạng Sơn');
    expect(a.rule).toBe('relative-to-jurisdiction');
    expect(a.partOf).toBe('lang-son/tinh-uy');
  });

  it('keeps two provinces apart', () => {
    const a = resolve('Tỉnh ủy', { ...S002, jurisdiction: { province: 'lang-son' } });
    const b = resolve('Tỉnh ủy', { ...S002, jurisdiction: { province: 'quang-tri' } });
    expect([a.id, b.id]).toEqual(['lang-son/tinh-uy', 'quang-tri/tinh-uy']);
  });

  it('binds a district body only when the district is known', () => {
    const ctx = {
      documentKey: 'x',
      issuer: 'Ban Thường vụ Tỉnh ủy',
      jurisdiction: { province: 'quang-tri' },
    };
    expect(resolve('UBND huyện', ctx).id).toBe('doc:x/ubnd-huyen');
    expect(resolve('UBND huyện', { ...ctx, jurisdiction: { district: 'vinh-linh' } }).id).toBe(
      'quang-tri/vinh-linh/ubnd-huyen',
    );
  });

  it('derives the context again when the same context object changes between mentions', () => {
    // the resolver keeps a document's effective context (issuer resolved, district's province
    // looked up) while the context's contents stay the same
    const ctx: ResolveContext = {
      documentKey: 'x',
      issuer: 'Ban Thường vụ Huyện ủy Vĩnh Linh',
      jurisdiction: { district: 'vinh-linh' },
    };
    const ids = (): string[] => ['UBND huyện', 'Tỉnh ủy'].map((m) => resolve(m, ctx).id ?? '');
    const before = ids();
    ctx.jurisdiction = { province: 'lang-son' };
    expect([before, ids()]).toEqual([
      ['quang-tri/vinh-linh/ubnd-huyen', 'quang-tri/tinh-uy'],
      ['doc:x/ubnd-huyen', 'lang-son/tinh-uy'],
    ]);
  });

  it('derives the context again when its jurisdiction gains or loses a district in place', () => {
    // the kept context is compared value by value, the jurisdiction's keys included
    const ctx: ResolveContext = { documentKey: 'x', jurisdiction: { province: 'quang-tri' } };
    const id = (): string => resolve('UBND huyện', ctx).id ?? '';
    const province = id();
    (ctx.jurisdiction as { district?: string }).district = 'vinh-linh';
    const district = id();
    delete (ctx.jurisdiction as { district?: string }).district;
    expect([province, district, id()]).toEqual([
      'doc:x/ubnd-huyen',
      'quang-tri/vinh-linh/ubnd-huyen',
      'doc:x/ubnd-huyen',
    ]);
  });

  it('takes the jurisdiction from the issuer through the registry', () => {
    const r = resolve('Ban Thường vụ Tỉnh ủy', {
      documentKey: 'k',
      issuer: 'Ban Thường vụ Huyện ủy Vĩnh Linh',
    });
    expect(r).toMatchObject({
      id: 'quang-tri/ban-thuong-vu-tinh-uy',
      name: 'Ban Thường vụ Tỉnh ủy Quảng Trị',
      jurisdiction: { province: 'quang-tri' },
      rule: 'relative-to-jurisdiction',
      confidence: 0.9,
    });
  });
});

describe('spelling variants resolve alike', () => {
  it.each([
    ['Văn phòng Tỉnh uỷ Lạng Sơn'],
    ['Văn phòng Tỉnh ủy Lạng Sơn'],
    ['Văn phòng Tỉnh ủy Lạng Sơn'.normalize('NFD')],
    ['VĂN PHÒNG TỈNH ỦY LẠNG SƠN'],
    ['VPTU Lạng Sơn'],
  ])('%s', (mention) => {
    const r = resolve(mention, { documentKey: 'k' });
    expect(r.id).toBe('lang-son/van-phong-tinh-uy');
    expect(r.name).toBe('Văn phòng Tỉnh ủy Lạng Sơn');
    expect(r.rule).toBe('registry-jurisdiction');
    expect(r.mention).toBe(mention);
  });

  it('repairs a lost accent only with lower confidence', () => {
    const r = resolve('Liên minh Hợp tác xã tinh', S002);
    expect(r.id).toBe('doc:002_af1c1f30eff17f08/lien-minh-htx');
    expect(r.rule).toBe('document-scoped+accent-insensitive');
    expect(r.confidence).toBe(0.36);
  });

  it('finds "ban tuyen giao" with the accent-free key', () => {
    expect(foldKey('Ban Tuyên giáo Trung ương').startsWith(foldKey('ban tuyen giao'))).toBe(true);
  });
});

describe('level of the document', () => {
  it('reads a levelless name at the issuer level', () => {
    expect(
      resolve('Mặt trận Tổ quốc Việt Nam', { documentKey: 'k', issuer: 'Bộ Chính trị' }).id,
    ).toBe('tw/mat-tran-to-quoc');
    expect(
      resolve('Mặt trận Tổ quốc Việt Nam', {
        documentKey: 'k',
        issuer: 'Ban Thường vụ Huyện ủy Vĩnh Linh',
      }).id,
    ).toBe('quang-tri/vinh-linh/uy-ban-mttq-huyen');
    expect(resolve('Liên minh hợp tác xã', { documentKey: 'k', issuer: 'Bộ Chính trị' }).id).toBe(
      'tw/lien-minh-htx',
    );
  });

  it('resolves a bare office against the issuer ("Lưu VP")', () => {
    const r = resolve('Lưu VP', S001);
    expect(r).toMatchObject({
      kind: 'organization',
      id: 'doc:001_655f8d64d6a8d424/van-phong-dang-uy-khoi',
      rule: 'relative-to-issuer',
      mention: 'Lưu VP',
    });
  });

  it('leaves text it cannot place unresolved', () => {
    expect(resolve('Chấp hành Trung ương Đảng', S002)).toEqual({
      kind: 'unresolved',
      id: null,
      name: 'Chấp hành Trung ương Đảng',
      mention: 'Chấp hành Trung ương Đảng',
      confidence: 0,
      rule: 'unresolved',
    });
  });
});

describe('validity periods', () => {
  it('prefers the body in force at the document date', () => {
    const dir = copyRegistry();
    writeFileSync(
      join(dir, 'quang-tri-2025.yaml'),
      [
        'jurisdictions:',
        '  - id: quang-tri-2025',
        '    name: Quảng Trị',
        '    level: tinh',
        "    validFrom: '2025-07-01'",
      ].join('\n'),
    );
    const r = createResolver(loadRegistry(dir));
    expect(r('Tỉnh ủy Quảng Trị', { documentKey: 'a', date: '2023-01-31' }).id).toBe(
      'quang-tri/tinh-uy',
    );
    expect(r('Tỉnh ủy Quảng Trị', { documentKey: 'b', date: '2026-01-09' }).id).toBe(
      'quang-tri-2025/tinh-uy',
    );
  });
});

const temps: string[] = [];
function copyRegistry(): string {
  const dir = mkdtempSync(join(tmpdir(), 'orgs-registry-'));
  temps.push(dir);
  for (const f of readdirSync(defaultRegistryDir))
    copyFileSync(join(defaultRegistryDir, f), join(dir, f));
  return dir;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('extending the data changes resolution with no code change', () => {
  it('a new province file and a metadata file bind seed 002 to that province', () => {
    const dir = copyRegistry();
    const docs = mkdtempSync(join(tmpdir(), 'orgs-docs-'));
    temps.push(docs);
    const docPath = join(docs, '002_af1c1f30eff17f08.txt');
    writeFileSync(docPath, 'CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA BAN THƯỜNG VỤ TỈNH ỦY');

    const before = createResolver(loadRegistry(dir));
    expect(before('Ban Tuyên giáo Tỉnh ủy Thanh Hóa', S002).kind).toBe('unresolved');
    expect(loadDocumentMeta(docPath)).toBeUndefined();
    expect(before('Ban Tuyên giáo Tỉnh ủy', S002).id).toBe(
      'doc:002_af1c1f30eff17f08/ban-tuyen-giao-tinh-uy',
    );

    writeFileSync(
      join(dir, 'thanh-hoa.yaml'),
      'jurisdictions:\n  - id: thanh-hoa\n    name: Thanh Hóa\n    level: tinh\n    aliases: [Thanh Hoá]\n',
    );
    writeFileSync(
      join(docs, '002_af1c1f30eff17f08.meta.yaml'),
      'jurisdiction:\n  province: thanh-hoa\nnumber: 12-CTr/TU\nissuedDate: 2022-10-20\n',
    );
    const after = createResolver(loadRegistry(dir));
    const meta = loadDocumentMeta(docPath);
    expect(meta).toEqual({
      jurisdiction: { province: 'thanh-hoa' },
      number: '12-CTr/TU',
      issuedDate: '2022-10-20',
    });

    const ctx: ResolveContext = {
      ...S002,
      jurisdiction: meta?.jurisdiction,
      date: meta?.issuedDate,
    };
    expect(after('Ban Tuyên giáo Tỉnh ủy', ctx)).toMatchObject({
      id: 'thanh-hoa/ban-tuyen-giao-tinh-uy',
      name: 'Ban Tuyên giáo Tỉnh ủy Thanh Hóa',
      jurisdiction: { province: 'thanh-hoa' },
      rule: 'relative-to-jurisdiction',
    });
    expect(after('Ban Tuyên giáo Tỉnh uỷ Thanh Hoá', S002)).toMatchObject({
      id: 'thanh-hoa/ban-tuyen-giao-tinh-uy',
      rule: 'registry-jurisdiction',
    });
  });
});
