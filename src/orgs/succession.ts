/**
 * Bodies over time (pure): the national units as registry jurisdictions, the successions of
 * bodies derived from those of their units, and following successions to the bodies of a date
 * ("who is responsible now").
 *
 * A body follows its unit: when Quảng Bình and Quảng Trị became the new Quảng Trị, each body of a
 * province template (Tỉnh ủy, UBND tỉnh…) of the old ones was succeeded by the same template's
 * body of the new one. A district body is succeeded by the provincial body its template names
 * (`successor` in templates.yaml), as a part: the rest went to the new communes. A commune body
 * (Đảng ủy xã, UBND xã…) is succeeded by the same template's body of each new commune that took
 * the old one in (a part each when several did).
 */
import type { NationalData } from './national.ts';
import { registryOrganizations } from './registry.ts';
import type { CommuneRecord, JurisdictionRecord, Registry, SuccessionRecord } from './types.ts';

const fullId = (j: JurisdictionRecord): string => (j.province ? `${j.province}/${j.id}` : j.id);

/** A commune unit: 'p/d/c' before the reform, 'p/c' after; "Phường 1" is named '1'. */
function communeRecord(u: NationalData['units'][number]): CommuneRecord {
  const parts = u.id.split('/');
  const rec: CommuneRecord = {
    id: u.id,
    name: u.name.replace(/^(?:Phường|Xã|Thị trấn|Đặc khu) (?=\d+$)/u, ''),
    unitKind: u.kind,
    province: parts[0] ?? u.id,
  };
  if (parts.length === 3 && parts[1]) rec.district = parts[1];
  if (u.validFrom) rec.validFrom = u.validFrom;
  if (u.validTo) rec.validTo = u.validTo;
  return rec;
}

/** Provinces and districts of the national data as jurisdictions (units of the YAML win), communes. */
export function withNationalData(registry: Registry, data: NationalData): Registry {
  const own = new Map(registry.jurisdictions.map((j) => [fullId(j), j]));
  const jurisdictions: JurisdictionRecord[] = [];
  const communes: CommuneRecord[] = [];
  const added = new Set<string>();
  for (const u of data.units) {
    if (u.level === 'xa') {
      communes.push(communeRecord(u));
      continue;
    }
    const slash = u.id.lastIndexOf('/');
    const national: JurisdictionRecord =
      u.level === 'tinh'
        ? { id: u.id, name: u.name, level: 'tinh', aliases: [], unitKind: u.kind }
        : {
            id: u.id.slice(slash + 1),
            name: u.name,
            level: 'huyen',
            province: u.id.slice(0, slash),
            aliases: [],
            unitKind: u.kind,
          };
    if (u.validFrom) national.validFrom = u.validFrom;
    if (u.validTo) national.validTo = u.validTo;
    const mine = own.get(u.id);
    jurisdictions.push(mine ? { ...national, ...mine } : national);
    added.add(u.id);
  }
  for (const j of registry.jurisdictions) if (!added.has(fullId(j))) jurisdictions.push(j);
  const units = new Set([...jurisdictions.map(fullId), ...communes.map((c) => c.id)]);
  const successions = data.successions
    .filter((s) => units.has(s.from) && units.has(s.to))
    .map((s) => ({
      ...s,
      source: data.sources.map((x) => `${x.package}@${x.version}`).join(', '),
    }));
  return {
    ...registry,
    jurisdictions,
    successions: [...registry.successions, ...successions],
    communes: [...(registry.communes ?? []), ...communes],
  };
}

/** SUCCEEDED_BY between bodies: the absolute ones as written, the rest from their units. */
export function bodySuccessions(registry: Registry): SuccessionRecord[] {
  const levelOf = new Map<string, 'tinh' | 'huyen' | 'xa'>(
    registry.jurisdictions.map((j) => [fullId(j), j.level]),
  );
  for (const c of registry.communes ?? []) levelOf.set(c.id, 'xa');
  const xa = registry.templates.filter((t) => t.level === 'xa');
  const orgIds = new Set(registry.organizations.map((o) => o.id));
  const tinh = registry.templates.filter((t) => t.level === 'tinh');
  const huyen = registry.templates.filter((t) => t.level === 'huyen' && t.successor);
  const out: SuccessionRecord[] = [];
  for (const s of registry.successions) {
    const from = levelOf.get(s.from);
    const to = levelOf.get(s.to);
    if (orgIds.has(s.from) && orgIds.has(s.to)) out.push(s);
    else if (from === 'tinh' && to === 'tinh') {
      for (const t of tinh) out.push({ ...s, from: `${s.from}/${t.key}`, to: `${s.to}/${t.key}` });
    } else if (from === 'huyen' && to === 'tinh') {
      for (const t of huyen)
        out.push({ ...s, from: `${s.from}/${t.key}`, to: `${s.to}/${t.successor ?? t.key}` });
    } else if (from === 'xa' && to === 'xa') {
      for (const t of xa) out.push({ ...s, from: `${s.from}/${t.key}`, to: `${s.to}/${t.key}` });
    }
  }
  return out;
}

/** One way from a body to a body of the date, with the successions taken. */
export interface SuccessionPath {
  id: string;
  chain: SuccessionRecord[];
}

/**
 * The bodies that carry `id`'s duties on `date`: `id` itself while it exists then, else its
 * successors followed (each with the chain that led there). Several results mean the duties were
 * divided; none means the body ended without a known successor.
 */
export function successorsOn(
  next: (id: string) => readonly SuccessionRecord[],
  validTo: (id: string) => string | undefined,
  id: string,
  date: string,
): SuccessionPath[] {
  const out: SuccessionPath[] = [];
  const walk = (at: string, chain: SuccessionRecord[]): void => {
    const end = validTo(at);
    const onward = next(at).filter((s) => s.date <= date);
    if (end === undefined || end >= date || onward.length === 0) {
      if (end === undefined || end >= date) out.push({ id: at, chain });
      return;
    }
    for (const s of onward) if (!chain.some((c) => c.from === s.to)) walk(s.to, [...chain, s]);
  };
  walk(id, []);
  return out;
}

/** The successions of a registry's bodies, indexed both ways. */
export interface Successions {
  all: readonly SuccessionRecord[];
  successors(id: string): SuccessionRecord[];
  predecessors(id: string): SuccessionRecord[];
  /** The bodies carrying `id`'s duties on `date` (see successorsOn). */
  on(id: string, date: string): SuccessionPath[];
}

const indexed = new WeakMap<Registry, Successions>();

export function registrySuccessions(registry: Registry): Successions {
  const cached = indexed.get(registry);
  if (cached) return cached;
  const all = bodySuccessions(registry);
  const ends = new Map<string, string | undefined>();
  for (const o of registryOrganizations(registry)) ends.set(o.id, o.validTo);
  const byFrom = new Map<string, SuccessionRecord[]>();
  const byTo = new Map<string, SuccessionRecord[]>();
  const add = (map: Map<string, SuccessionRecord[]>, id: string, s: SuccessionRecord): void => {
    const list = map.get(id);
    if (list) list.push(s);
    else map.set(id, [s]);
  };
  for (const s of all) {
    add(byFrom, s.from, s);
    add(byTo, s.to, s);
  }
  const result: Successions = {
    all,
    successors: (id) => byFrom.get(id) ?? [],
    predecessors: (id) => byTo.get(id) ?? [],
    on: (id, date) =>
      successorsOn(
        (x) => byFrom.get(x) ?? [],
        (x) => ends.get(x),
        id,
        date,
      ),
  };
  indexed.set(registry, result);
  return result;
}
