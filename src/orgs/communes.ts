/**
 * Commune bodies (pure): the 'xa' templates (Đảng ủy, HĐND, UBND, Ủy ban MTTQ) bound to each
 * commune of the national registry, and the candidates a mention names ("Ủy ban nhân dân xã Hồ
 * Xá"). Commune names repeat across the country (hundreds of "Tân Lập", "Phường 1" in dozens of
 * towns), so a name is looked up within the document's province, and its district before the
 * reform; a name the context leaves ambiguous names no commune.
 */
import { keyForTemplate, nameForUnit } from './unit-words.ts';
import type { BodyTemplate, CommuneRecord, OrgRecord, Registry } from './types.ts';

/** Where a commune template's parent sits: its own commune, the district before, the province after. */
interface Parent {
  own?: string;
  district?: string;
  province?: string;
}

const parents = new WeakMap<BodyTemplate, Parent>();

function parentOf(registry: Registry, t: BodyTemplate): Parent {
  let p = parents.get(t);
  if (p) return p;
  p = {};
  if (t.partOf) {
    const own = registry.templates.some((x) => x.level === 'xa' && x.key === t.partOf);
    const district = registry.templates.find((x) => x.level === 'huyen' && x.key === t.partOf);
    if (own) p.own = t.partOf;
    else p = { district: t.partOf, province: district?.successor ?? t.partOf };
  }
  parents.set(t, p);
  return p;
}

function parentId(registry: Registry, t: BodyTemplate, c: CommuneRecord): string | undefined {
  const p = parentOf(registry, t);
  if (p.own) return `${c.id}/${p.own}`;
  if (c.district && p.district) return `${c.province}/${c.district}/${p.district}`;
  return p.province ? `${c.province}/${p.province}` : undefined;
}

const words = new Map<string, string>();

/** A template name in a unit type's words, once per pair (there are fifty thousand bodies). */
function wordsFor(name: string, kind: CommuneRecord['unitKind']): string {
  const key = `${kind}|${name}`;
  let out = words.get(key);
  if (out === undefined) {
    out = nameForUnit(name, 'xa', kind);
    words.set(key, out);
  }
  return out;
}

/** The body of template `t` in commune `c`, as an absolute record. */
export function communeBody(registry: Registry, t: BodyTemplate, c: CommuneRecord): OrgRecord {
  const named = (n: string): string => `${wordsFor(n, c.unitKind)} ${c.name}`;
  const rec: OrgRecord = {
    id: `${c.id}/${t.key}`,
    name: named(t.name),
    aliases: [t.name, ...t.aliases].map(named),
    orgKind: t.orgKind,
    level: 'xa',
    jurisdiction: c.district
      ? { province: c.province, district: c.district }
      : { province: c.province },
  };
  const parent = parentId(registry, t, c);
  if (parent) rec.partOf = parent;
  if (c.validFrom) rec.validFrom = c.validFrom;
  if (c.validTo) rec.validTo = c.validTo;
  return rec;
}

/** Every commune body of the registry (none without the national data). */
export function communeBodies(registry: Registry): OrgRecord[] {
  const templates = registry.templates.filter((t) => t.level === 'xa');
  const out: OrgRecord[] = [];
  for (const c of registry.communes ?? [])
    for (const t of templates) out.push(communeBody(registry, t, c));
  return out;
}

/** In force on `date` (an undated document accepts every period). */
const inForceOn = (c: CommuneRecord, date?: string): boolean =>
  !date || ((!c.validFrom || date >= c.validFrom) && (!c.validTo || date <= c.validTo));

export interface CommuneMatch {
  commune: CommuneRecord;
  template: BodyTemplate;
}

/**
 * The commune body a key names, or undefined: the commune must exist on the document's date, be
 * of the type the name says ("phường", "xã"), and be the only one so named in the document's
 * district (before the reform), else its province; without a province only a name unique in the
 * country resolves.
 */
export function communeMatch(
  byName: ReadonlyMap<string, readonly CommuneRecord[]>,
  templates: ReadonlyMap<string, readonly BodyTemplate[]>,
  k: string,
  ctx: { date?: string; jurisdiction?: { province?: string; district?: string } },
): CommuneMatch | undefined {
  for (let i = k.indexOf(' '); i >= 0; i = k.indexOf(' ', i + 1)) {
    const all = byName.get(k.slice(i + 1));
    if (!all) continue;
    const rest = k.slice(0, i);
    const matches: CommuneMatch[] = [];
    for (const commune of all) {
      if (!inForceOn(commune, ctx.date)) continue;
      const template = templates.get(keyForTemplate(rest, 'xa', commune.unitKind))?.[0];
      if (template) matches.push({ commune, template });
    }
    const found = scoped(matches, ctx.jurisdiction);
    if (found) return found;
  }
  return undefined;
}

function scoped(
  matches: readonly CommuneMatch[],
  j: { province?: string; district?: string } | undefined,
): CommuneMatch | undefined {
  if (matches.length === 0) return undefined;
  const province = j?.province;
  if (!province) return matches.length === 1 ? matches[0] : undefined;
  const inProvince = matches.filter((m) => m.commune.province === province);
  const inDistrict = inProvince.filter((m) => j.district && m.commune.district === j.district);
  const pick = inDistrict.length > 0 ? inDistrict : inProvince;
  return pick.length === 1 ? pick[0] : undefined;
}
