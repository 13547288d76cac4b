/**
 * The body rules of the resolver, most certain first: a body whose name depends on the document's
 * level, a registry name or alias, a template followed by a jurisdiction name, a relative
 * template bound to the document's jurisdiction (or scoped to the document), a body relative to
 * the issuer's committee ("Lưu VP"), and an accent-insensitive retry for OCR damage.
 */
import { bindTemplate, bindingFor, type Binding, type BoundBody, type Lookup } from './bind.ts';
import type { EffectiveContext, Found } from './core.ts';
import { foldKey } from './normalize.ts';
import { jurisdictionCandidates } from './jurisdiction-names.ts';
import { communeBody, communeMatch } from './communes.ts';
import type { Index } from './registry-index.ts';
import { keyForTemplate } from './unit-words.ts';
import type { BodyTemplate, OrgRecord, Registry, Resolution } from './types.ts';

/** What the body rules read: the registry, its index and lookups, and the key function. */
export interface Bodies {
  registry: Registry;
  key(s: string): string;
  index: Index;
  l: Lookup;
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

/** A registry record or a bound template as the resolution of a mention. */
function organizationResolution(
  o: OrgRecord | BoundBody,
  mention: string,
  rule: string,
  confidence: number,
): Resolution {
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
  return res;
}

function fromRecord(o: OrgRecord, mention: string, rule: string, confidence: number): Found {
  return { res: organizationResolution(o, mention, rule, confidence), record: o };
}

function fromBound(b: BoundBody, mention: string, rule: string, confidence: number): Found {
  return { res: organizationResolution(b, mention, rule, confidence), bound: b };
}

function contextBinding(ctx: EffectiveContext): Binding {
  const b: Binding = {};
  if (ctx.jurisdiction?.province) b.province = ctx.jurisdiction.province;
  if (ctx.jurisdiction?.district) b.district = ctx.jurisdiction.district;
  return b;
}

/** A relative template bound to the context (or the document). */
function bindRelative(b: Bodies, t: BodyTemplate, ctx: EffectiveContext, mention: string): Found {
  const binding = bindingFor(t, contextBinding(ctx), ctx.documentKey);
  const scoped = binding.documentKey !== undefined;
  return fromBound(
    bindTemplate(b.registry, t, binding),
    mention,
    scoped ? 'document-scoped' : 'relative-to-jurisdiction',
    scoped ? 0.6 : 0.9,
  );
}

/** "… Lạng Sơn", "… Vĩnh Linh": a template followed by a registry jurisdiction name. */
function withJurisdictionName(
  b: Bodies,
  k: string,
  ctx: EffectiveContext,
  mention: string,
): Found | undefined {
  for (const { rec, rest } of jurisdictionCandidates(b.index.jurisdictionNames, k, ctx)) {
    const words = keyForTemplate(rest, rec.level, rec.unitKind);
    const t = b.index.templates.get(words)?.find((x) => x.level === rec.level);
    if (!t) continue;
    const binding: Binding =
      rec.level === 'tinh' ? { province: rec.id } : { province: rec.province, district: rec.id };
    return fromBound(bindTemplate(b.registry, t, binding), mention, 'registry-jurisdiction', 1);
  }
  return undefined;
}

/** "Ủy ban nhân dân xã Hồ Xá": a commune template followed by a commune of the document's scope. */
function withCommuneName(
  b: Bodies,
  k: string,
  ctx: EffectiveContext,
  mention: string,
): Found | undefined {
  const m = communeMatch(b.index.communeNames, b.index.communeTemplates, k, ctx);
  if (!m) return undefined;
  return fromRecord(communeBody(b.registry, m.template, m.commune), mention, 'registry-commune', 1);
}

function levellessBody(
  b: Bodies,
  k: string,
  ctx: EffectiveContext,
  mention: string,
): Found | undefined {
  const candidates = b.index.levelless.get(k);
  if (!candidates || !ctx.level) return undefined;
  if (ctx.level === 'TW') {
    const central = candidates.map((t) => t.central && b.l.orgs.get(t.central)).find(Boolean);
    return central ? fromRecord(central, mention, 'level-of-document', 0.85) : undefined;
  }
  const t = candidates.find((x) => x.level === ctx.level);
  if (!t) return undefined;
  const found = bindRelative(b, t, ctx, mention);
  found.res.rule = `level-of-document+${found.res.rule}`;
  found.res.confidence = Math.min(found.res.confidence, 0.8);
  return found;
}

function exact(b: Bodies, k: string, ctx: EffectiveContext, mention: string): Found | undefined {
  const levelless = levellessBody(b, k, ctx, mention);
  if (levelless) return levelless;
  const abs = b.index.absolute.get(k);
  if (abs) {
    const o = inForce(abs, ctx.date)[0];
    if (o)
      return fromRecord(o, mention, b.key(o.name) === k ? 'registry-name' : 'registry-alias', 1);
  }
  const named = withJurisdictionName(b, k, ctx, mention) ?? withCommuneName(b, k, ctx, mention);
  if (named) return named;
  const rel = b.index.templates.get(k)?.[0];
  if (rel) return bindRelative(b, rel, ctx, mention);
  return undefined;
}

/** "VP", "Ban Thường vụ", "Văn phòng": the body of that kind under the issuer's committee. */
function relativeToIssuer(
  b: Bodies,
  k: string,
  ctx: EffectiveContext,
  mention: string,
): Found | undefined {
  const committee = issuerCommittee(b, ctx);
  if (!committee) return undefined;
  const names = committee.bound
    ? [committee.bound.template.name, ...committee.bound.template.aliases]
    : committee.record
      ? [committee.record.name, ...committee.record.aliases]
      : [];
  for (const name of names) {
    const composed = `${k} ${b.key(name)}`;
    if (committee.bound) {
      const t = b.index.templates.get(composed)?.[0];
      if (t) {
        const body = bindTemplate(
          b.registry,
          t,
          bindingFor(t, committee.bound.binding, ctx.documentKey),
        );
        return fromBound(body, mention, 'relative-to-issuer', 0.8);
      }
    } else {
      const o = b.index.absolute.get(composed)?.[0];
      if (o) return fromRecord(o, mention, 'relative-to-issuer', 0.8);
    }
  }
  return undefined;
}

/** OCR drops marks ("Liên minh Hợp tác xã tinh"): retry without them, only if unambiguous. */
function accentInsensitive(
  b: Bodies,
  k: string,
  ctx: EffectiveContext,
  mention: string,
): Found | undefined {
  const fk = foldKey(k);
  const abs = b.index.absoluteFold.get(fk);
  const rel = b.index.templatesFold.get(fk);
  const count = (abs?.length ?? 0) + (rel?.length ?? 0);
  if (count !== 1) return undefined;
  const found = abs?.[0]
    ? fromRecord(abs[0], mention, 'registry-alias', 1)
    : rel?.[0]
      ? bindRelative(b, rel[0], ctx, mention)
      : undefined;
  if (!found) return undefined;
  found.res.rule = `${found.res.rule}+accent-insensitive`;
  found.res.confidence = Math.round(found.res.confidence * 0.6 * 100) / 100;
  return found;
}

export function organization(b: Bodies, text: string, ctx: EffectiveContext): Found | undefined {
  const k = b.key(text);
  if (k === '') return undefined;
  return (
    exact(b, k, ctx, text) ??
    relativeToIssuer(b, k, ctx, text) ??
    accentInsensitive(b, k, ctx, text)
  );
}

export function issuerCommittee(b: Bodies, ctx: EffectiveContext): Found | undefined {
  if (!ctx.issuer) return undefined;
  const issuer = organization(b, ctx.issuer, { ...ctx, issuer: undefined });
  if (!issuer) return undefined;
  const kind = issuer.res.orgKind;
  if (kind === 'cap-uy' || kind === 'dang-uy' || !issuer.res.partOf) return issuer;
  const parentId = issuer.res.partOf;
  if (issuer.bound) {
    const t = issuer.bound.template.partOf;
    const parent =
      t &&
      (b.l.templates.get(`${issuer.bound.template.level}:${t}`) ?? b.l.templates.get(`tinh:${t}`));
    if (parent) {
      const body = bindTemplate(
        b.registry,
        parent,
        bindingFor(parent, issuer.bound.binding, ctx.documentKey),
      );
      return fromBound(body, ctx.issuer, 'issuer-committee', issuer.res.confidence);
    }
  }
  const rec = b.l.orgs.get(parentId);
  return rec ? fromRecord(rec, ctx.issuer, 'issuer-committee', issuer.res.confidence) : issuer;
}
