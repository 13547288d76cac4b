/**
 * Resolving a mention in the context of its document. The order of the rules is the order of
 * certainty: fixed phrases (publication, generic), persons and roles, a body with an absolute
 * identity, a body named with its jurisdiction, a relative body bound to the document's
 * jurisdiction (or scoped to the document), a body relative to the issuer ("Lưu VP"), a group,
 * and last an accent-insensitive retry for OCR damage ("tinh" for "tỉnh").
 * Every Resolution says which rule decided and how sure it is.
 */
import { expandAbbreviations } from './abbreviations.ts';
import { bindTemplate, bindingFor, lookup, type Binding, type BoundBody } from './bind.ts';
import { resolveGroup } from './groups.ts';
import { foldKey, normalizeKey, toTraditionalTones } from './normalize.ts';
import { resolvePersonOrRole } from './persons.ts';
import { cleanMention } from './split.ts';
import { jurisdictionNames } from './jurisdiction-names.ts';
import { keyForTemplate } from './unit-words.ts';
import type {
  BodyTemplate,
  Jurisdiction,
  JurisdictionRecord,
  Level,
  OrgRecord,
  PhraseEntry,
  Registry,
  ResolveContext,
  Resolution,
} from './types.ts';

export type Resolver = (mention: string, ctx: ResolveContext) => Resolution;

/** The context after filling gaps from the issuer and the registry. */
export interface EffectiveContext {
  documentKey: string;
  jurisdiction?: Jurisdiction;
  level?: Level;
  date?: string;
  issuer?: string;
}

/** What the rule families need from the resolver. */
export interface ResolverCore {
  registry: Registry;
  key(s: string): string;
  /** Resolve a body (no persons, roles or groups). */
  organization(text: string, ctx: EffectiveContext): Found | undefined;
  /** Full resolution, for the parts of a role ("Bí thư" + a group) or a group's anchor. */
  any(text: string, ctx: EffectiveContext): Resolution;
  /** The committee owning the issuer ("Ban Thường vụ Huyện ủy" → "Huyện ủy"). */
  issuerCommittee(ctx: EffectiveContext): Found | undefined;
}

/** A resolved body with what produced it, so rules can compose (parent, sibling bodies). */
export interface Found {
  res: Resolution;
  bound?: BoundBody;
  record?: OrgRecord;
}

interface Index {
  absolute: Map<string, OrgRecord[]>;
  absoluteFold: Map<string, OrgRecord[]>;
  templates: Map<string, BodyTemplate[]>;
  templatesFold: Map<string, BodyTemplate[]>;
  levelless: Map<string, BodyTemplate[]>;
  /** Jurisdiction names, longest first, for "… Lạng Sơn" suffixes. */
  jurisdictionNames: Array<{ key: string; rec: JurisdictionRecord }>;
  phrases: Array<{ key: string; entry: PhraseEntry }>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function buildIndex(registry: Registry, key: (s: string) => string): Index {
  const index: Index = {
    absolute: new Map(),
    absoluteFold: new Map(),
    templates: new Map(),
    templatesFold: new Map(),
    levelless: new Map(),
    jurisdictionNames: [],
    phrases: [],
  };
  for (const o of registry.organizations) {
    for (const name of [o.name, ...o.aliases]) {
      push(index.absolute, key(name), o);
      push(index.absoluteFold, foldKey(key(name)), o);
    }
  }
  for (const t of registry.templates) {
    for (const name of [t.name, ...t.aliases]) {
      push(index.templates, key(name), t);
      push(index.templatesFold, foldKey(key(name)), t);
    }
    for (const name of t.levelless) push(index.levelless, key(name), t);
  }
  for (const j of registry.jurisdictions) {
    for (const name of [j.name, ...j.aliases])
      index.jurisdictionNames.push({ key: key(name), rec: j });
  }
  index.jurisdictionNames.sort((a, b) => b.key.length - a.key.length);
  for (const entry of registry.phrases) {
    for (const form of entry.forms) index.phrases.push({ key: key(form), entry });
  }
  index.phrases.sort((a, b) => b.key.length - a.key.length);
  return index;
}

/** Is a dated record in force on `date`? Undated records and undated contexts always are. */
export function validOn(rec: { validFrom?: string; validTo?: string }, date?: string): boolean {
  if (!date) return true;
  if (rec.validFrom && date < rec.validFrom) return false;
  if (rec.validTo && date > rec.validTo) return false;
  return true;
}

/** Prefer the candidates in force at the date; keep all when none is (history is not rewritten). */
function inForce<T extends { validFrom?: string; validTo?: string }>(
  list: T[],
  date?: string,
): T[] {
  const valid = list.filter((x) => validOn(x, date));
  return valid.length > 0 ? valid : list;
}

function fromRecord(o: OrgRecord, mention: string, rule: string, confidence: number): Found {
  const res: Resolution = {
    kind: 'organization',
    id: o.id,
    name: o.name,
    mention,
    orgKind: o.orgKind,
    level: o.level,
    confidence,
    rule,
  };
  if (o.jurisdiction) res.jurisdiction = o.jurisdiction;
  if (o.partOf) res.partOf = o.partOf;
  return { res, record: o };
}

function fromBound(b: BoundBody, mention: string, rule: string, confidence: number): Found {
  const res: Resolution = {
    kind: 'organization',
    id: b.id,
    name: b.name,
    mention,
    orgKind: b.orgKind,
    level: b.level,
    confidence,
    rule,
  };
  if (b.jurisdiction) res.jurisdiction = b.jurisdiction;
  if (b.partOf) res.partOf = b.partOf;
  return { res, bound: b };
}

function contextBinding(ctx: EffectiveContext): Binding {
  const b: Binding = {};
  if (ctx.jurisdiction?.province) b.province = ctx.jurisdiction.province;
  if (ctx.jurisdiction?.district) b.district = ctx.jurisdiction.district;
  return b;
}

export function createResolver(registry: Registry): Resolver {
  const keyCache = new Map<string, string>();
  const key = (s: string): string => {
    let k = keyCache.get(s);
    if (k === undefined) {
      k = normalizeKey(expandAbbreviations(s, registry));
      keyCache.set(s, k);
    }
    return k;
  };
  const index = buildIndex(registry, key);
  const names = jurisdictionNames(registry, key);
  const l = lookup(registry);

  /** A relative template bound to the context (or the document). */
  function bindRelative(t: BodyTemplate, ctx: EffectiveContext, mention: string): Found {
    const binding = bindingFor(t, contextBinding(ctx), ctx.documentKey);
    const scoped = binding.documentKey !== undefined;
    return fromBound(
      bindTemplate(registry, t, binding),
      mention,
      scoped ? 'document-scoped' : 'relative-to-jurisdiction',
      scoped ? 0.6 : 0.9,
    );
  }

  /** "… Lạng Sơn", "… Vĩnh Linh": a template followed by a registry jurisdiction name. */
  function withJurisdictionName(
    k: string,
    ctx: EffectiveContext,
    mention: string,
  ): Found | undefined {
    for (const { rec, rest } of names.candidates(k, ctx)) {
      const words = keyForTemplate(rest, rec.level, rec.unitKind);
      const t = index.templates.get(words)?.find((x) => x.level === rec.level);
      if (!t) continue;
      const binding: Binding =
        rec.level === 'tinh' ? { province: rec.id } : { province: rec.province, district: rec.id };
      return fromBound(bindTemplate(registry, t, binding), mention, 'registry-jurisdiction', 1);
    }
    return undefined;
  }

  function levellessBody(k: string, ctx: EffectiveContext, mention: string): Found | undefined {
    const candidates = index.levelless.get(k);
    if (!candidates || !ctx.level) return undefined;
    if (ctx.level === 'TW') {
      const central = candidates.map((t) => t.central && l.orgs.get(t.central)).find(Boolean);
      return central ? fromRecord(central, mention, 'level-of-document', 0.85) : undefined;
    }
    const t = candidates.find((x) => x.level === ctx.level);
    if (!t) return undefined;
    const found = bindRelative(t, ctx, mention);
    found.res.rule = `level-of-document+${found.res.rule}`;
    found.res.confidence = Math.min(found.res.confidence, 0.8);
    return found;
  }

  function exact(k: string, ctx: EffectiveContext, mention: string): Found | undefined {
    const levelless = levellessBody(k, ctx, mention);
    if (levelless) return levelless;
    const abs = index.absolute.get(k);
    if (abs) {
      const o = inForce(abs, ctx.date)[0];
      if (o)
        return fromRecord(o, mention, key(o.name) === k ? 'registry-name' : 'registry-alias', 1);
    }
    const named = withJurisdictionName(k, ctx, mention);
    if (named) return named;
    const rel = index.templates.get(k)?.[0];
    if (rel) return bindRelative(rel, ctx, mention);
    return undefined;
  }

  /** "VP", "Ban Thường vụ", "Văn phòng": the body of that kind under the issuer's committee. */
  function relativeToIssuer(k: string, ctx: EffectiveContext, mention: string): Found | undefined {
    const committee = issuerCommittee(ctx);
    if (!committee) return undefined;
    const names = committee.bound
      ? [committee.bound.template.name, ...committee.bound.template.aliases]
      : committee.record
        ? [committee.record.name, ...committee.record.aliases]
        : [];
    for (const name of names) {
      const composed = `${k} ${key(name)}`;
      if (committee.bound) {
        const t = index.templates.get(composed)?.[0];
        if (t) {
          const body = bindTemplate(
            registry,
            t,
            bindingFor(t, committee.bound.binding, ctx.documentKey),
          );
          return fromBound(body, mention, 'relative-to-issuer', 0.8);
        }
      } else {
        const o = index.absolute.get(composed)?.[0];
        if (o) return fromRecord(o, mention, 'relative-to-issuer', 0.8);
      }
    }
    return undefined;
  }

  /** OCR drops marks ("Liên minh Hợp tác xã tinh"): retry without them, only if unambiguous. */
  function accentInsensitive(k: string, ctx: EffectiveContext, mention: string): Found | undefined {
    const fk = foldKey(k);
    const abs = index.absoluteFold.get(fk);
    const rel = index.templatesFold.get(fk);
    const count = (abs?.length ?? 0) + (rel?.length ?? 0);
    if (count !== 1) return undefined;
    const found = abs?.[0]
      ? fromRecord(abs[0], mention, 'registry-alias', 1)
      : rel?.[0]
        ? bindRelative(rel[0], ctx, mention)
        : undefined;
    if (!found) return undefined;
    found.res.rule = `${found.res.rule}+accent-insensitive`;
    found.res.confidence = Math.round(found.res.confidence * 0.6 * 100) / 100;
    return found;
  }

  function organization(text: string, ctx: EffectiveContext): Found | undefined {
    const k = key(text);
    if (k === '') return undefined;
    return exact(k, ctx, text) ?? relativeToIssuer(k, ctx, text) ?? accentInsensitive(k, ctx, text);
  }

  function issuerCommittee(ctx: EffectiveContext): Found | undefined {
    if (!ctx.issuer) return undefined;
    const issuer = organization(ctx.issuer, { ...ctx, issuer: undefined });
    if (!issuer) return undefined;
    const kind = issuer.res.orgKind;
    if (kind === 'cap-uy' || kind === 'dang-uy' || !issuer.res.partOf) return issuer;
    const parentId = issuer.res.partOf;
    if (issuer.bound) {
      const t = issuer.bound.template.partOf;
      const parent =
        t &&
        (l.templates.get(`${issuer.bound.template.level}:${t}`) ?? l.templates.get(`tinh:${t}`));
      if (parent) {
        const body = bindTemplate(
          registry,
          parent,
          bindingFor(parent, issuer.bound.binding, ctx.documentKey),
        );
        return fromBound(body, ctx.issuer, 'issuer-committee', issuer.res.confidence);
      }
    }
    const rec = l.orgs.get(parentId);
    return rec ? fromRecord(rec, ctx.issuer, 'issuer-committee', issuer.res.confidence) : issuer;
  }

  function phrase(k: string, text: string, mention: string): Resolution | undefined {
    const hit = index.phrases.find((p) => k === p.key || k.startsWith(`${p.key} `));
    if (!hit) return undefined;
    const { entry } = hit;
    if (entry.kind === 'publication') {
      return {
        kind: 'publication',
        id: entry.id ?? null,
        name: entry.name,
        mention,
        confidence: 1,
        rule: 'publication-phrase',
      };
    }
    const name = toTraditionalTones(text);
    return { kind: 'generic', id: null, name, mention, confidence: 1, rule: 'generic-phrase' };
  }

  function effective(ctx: ResolveContext): EffectiveContext {
    const eff: EffectiveContext = { documentKey: ctx.documentKey };
    if (ctx.date) eff.date = ctx.date;
    if (ctx.issuer) eff.issuer = ctx.issuer;
    if (ctx.level) eff.level = ctx.level;
    let jurisdiction = ctx.jurisdiction ? { ...ctx.jurisdiction } : undefined;
    if ((!jurisdiction || !ctx.level) && ctx.issuer) {
      const issuer = organization(ctx.issuer, { documentKey: ctx.documentKey, date: ctx.date });
      if (issuer) {
        if (!jurisdiction && issuer.res.jurisdiction) jurisdiction = { ...issuer.res.jurisdiction };
        eff.level ??= issuer.res.level;
      }
    }
    if (jurisdiction?.district && !jurisdiction.province) {
      const districts = registry.jurisdictions.filter(
        (j) => j.level === 'huyen' && j.id === jurisdiction?.district,
      );
      if (districts.length === 1 && districts[0]?.province)
        jurisdiction.province = districts[0].province;
    }
    if (jurisdiction) eff.jurisdiction = jurisdiction;
    return eff;
  }

  const core: ResolverCore = {
    registry,
    key,
    organization,
    any: (text, ctx) => resolveIn(text, ctx),
    issuerCommittee,
  };

  function resolveIn(mention: string, ctx: EffectiveContext): Resolution {
    const text = cleanMention(mention);
    const k = key(text);
    const fixed = phrase(k, text, mention);
    if (fixed) return fixed;
    const person = resolvePersonOrRole(core, text, ctx);
    if (person) return { ...person, mention };
    const org = organization(text, ctx);
    if (org) return { ...org.res, mention };
    const group = resolveGroup(core, text, ctx);
    if (group) return { ...group, mention };
    return { kind: 'unresolved', id: null, name: text, mention, confidence: 0, rule: 'unresolved' };
  }

  return (mention, ctx) => resolveIn(mention, effective(ctx));
}
