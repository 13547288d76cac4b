/**
 * Binding a relative body (a template such as "Ban Tuyên giáo Tỉnh ủy") to a jurisdiction, or to a
 * single document when the jurisdiction is unknown. This is where the id scheme lives:
 *   '<province>/<key>'              a provincial body        'lang-son/ban-tuyen-giao-tinh-uy'
 *   '<province>/<district>/<key>'   a district body          'quang-tri/vinh-linh/huyen-uy'
 *   'doc:<documentKey>/<key>'       jurisdiction unknown     'doc:001_655f…/ban-tuyen-giao-tinh-uy'
 * A document-scoped id is never equal to another document's, which is the point: two texts that
 * both say "Tỉnh ủy" are not known to mean the same committee.
 */
import type {
  BodyTemplate,
  Jurisdiction,
  JurisdictionRecord,
  OrgRecord,
  Registry,
} from './types.ts';
import { nameForUnit } from './unit-words.ts';

export interface Binding {
  province?: string;
  district?: string;
  /** Set when the body is scoped to one document instead of a jurisdiction. */
  documentKey?: string;
}

export interface BoundBody {
  id: string;
  name: string;
  orgKind: BodyTemplate['orgKind'];
  level: BodyTemplate['level'];
  jurisdiction?: Jurisdiction;
  partOf?: string;
  template: BodyTemplate;
  binding: Binding;
}

export interface Lookup {
  orgs: Map<string, OrgRecord>;
  templates: Map<string, BodyTemplate>;
  provinces: Map<string, JurisdictionRecord>;
  districts: Map<string, JurisdictionRecord>;
}

const lookups = new WeakMap<Registry, Lookup>();

export function lookup(registry: Registry): Lookup {
  const cached = lookups.get(registry);
  if (cached) return cached;
  const result: Lookup = {
    orgs: new Map(registry.organizations.map((o) => [o.id, o])),
    templates: new Map(registry.templates.map((t) => [`${t.level}:${t.key}`, t])),
    provinces: new Map(
      registry.jurisdictions.filter((j) => j.level === 'tinh').map((j) => [j.id, j]),
    ),
    districts: new Map(
      registry.jurisdictions
        .filter((j) => j.level === 'huyen')
        .map((j) => [`${j.province ?? ''}/${j.id}`, j]),
    ),
  };
  lookups.set(registry, result);
  return result;
}

/** Reduce a binding to what a template of this level needs; document scope when it is missing. */
export function bindingFor(
  t: Pick<BodyTemplate, 'level'>,
  b: Binding,
  documentKey: string,
): Binding {
  if (t.level === 'tinh' && b.province && !b.documentKey) return { province: b.province };
  if (t.level === 'huyen' && b.province && b.district && !b.documentKey) {
    return { province: b.province, district: b.district };
  }
  return { documentKey: b.documentKey ?? documentKey };
}

export function jurisdictionOf(registry: Registry, b: Binding): JurisdictionRecord | undefined {
  const l = lookup(registry);
  if (b.district && b.province) return l.districts.get(`${b.province}/${b.district}`);
  if (b.province) return l.provinces.get(b.province);
  return undefined;
}

export function jurisdictionName(registry: Registry, b: Binding): string | undefined {
  return jurisdictionOf(registry, b)?.name;
}

export function bindTemplate(registry: Registry, t: BodyTemplate, b: Binding): BoundBody {
  const scoped = b.documentKey !== undefined;
  const prefix = scoped
    ? `doc:${b.documentKey}`
    : t.level === 'huyen'
      ? `${b.province}/${b.district}`
      : `${b.province}`;
  const jur = scoped ? undefined : jurisdictionOf(registry, b);
  const name =
    jur === undefined
      ? t.name
      : t.display
        ? nameForUnit(t.display, t.level, jur.unitKind).replace('{jurisdiction}', jur.name)
        : `${nameForUnit(t.name, t.level, jur.unitKind)} ${jur.name}`;
  const body: BoundBody = {
    id: `${prefix}/${t.key}`,
    name,
    orgKind: t.orgKind,
    level: t.level,
    template: t,
    binding: b,
  };
  if (!scoped) {
    body.jurisdiction =
      t.level === 'huyen'
        ? { province: b.province, district: b.district }
        : { province: b.province };
  }
  const parent = parentOf(registry, t, b);
  if (parent) body.partOf = parent;
  return body;
}

/** The PART_OF parent id: an absolute registry id, or a template bound the same way. */
function parentOf(registry: Registry, t: BodyTemplate, b: Binding): string | undefined {
  if (!t.partOf) return undefined;
  const l = lookup(registry);
  if (l.orgs.has(t.partOf)) return t.partOf;
  const parent = l.templates.get(`${t.level}:${t.partOf}`) ?? l.templates.get(`tinh:${t.partOf}`);
  if (!parent) return undefined;
  const documentKey = b.documentKey ?? '';
  return bindTemplate(registry, parent, bindingFor(parent, b, documentKey)).id;
}
