/**
 * Resolving a mention in the context of its document. The order of the rules is the order of
 * certainty: fixed phrases (publication, generic), persons and roles, a body with an absolute
 * identity, a body named with its jurisdiction, a relative body bound to the document's
 * jurisdiction (or scoped to the document), a body relative to the issuer ("Lưu VP"), a group,
 * and last an accent-insensitive retry for OCR damage ("tinh" for "tỉnh").
 * Every Resolution says which rule decided and how sure it is.
 */
import { expandAbbreviations } from './abbreviations.ts';
import { lookup } from './bind.ts';
import { issuerCommittee, organization, type Bodies } from './bodies.ts';
import type { EffectiveContext, Resolver, ResolverCore } from './core.ts';
import { resolveGroup } from './groups.ts';
import { normalizeKey, toTraditionalTones } from './normalize.ts';
import { resolvePersonOrRole } from './persons.ts';
import { buildIndex, type Index } from './registry-index.ts';
import { cleanMention } from './split.ts';
import type { Registry, ResolveContext, Resolution } from './types.ts';

function phrase(index: Index, k: string, text: string, mention: string): Resolution | undefined {
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

function effective(bodies: Bodies, ctx: ResolveContext): EffectiveContext {
  const eff: EffectiveContext = { documentKey: ctx.documentKey };
  if (ctx.date) eff.date = ctx.date;
  if (ctx.issuer) eff.issuer = ctx.issuer;
  if (ctx.level) eff.level = ctx.level;
  let jurisdiction = ctx.jurisdiction ? { ...ctx.jurisdiction } : undefined;
  if ((!jurisdiction || !ctx.level) && ctx.issuer) {
    const issuer = organization(bodies, ctx.issuer, {
      documentKey: ctx.documentKey,
      date: ctx.date,
    });
    if (issuer) {
      if (!jurisdiction && issuer.res.jurisdiction) jurisdiction = { ...issuer.res.jurisdiction };
      eff.level ??= issuer.res.level;
    }
  }
  if (jurisdiction?.district && !jurisdiction.province) {
    const districts = bodies.registry.jurisdictions.filter(
      (j) => j.level === 'huyen' && j.id === jurisdiction?.district,
    );
    if (districts.length === 1 && districts[0]?.province)
      jurisdiction.province = districts[0].province;
  }
  if (jurisdiction) eff.jurisdiction = jurisdiction;
  return eff;
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
  const bodies: Bodies = { registry, key, index: buildIndex(registry, key), l: lookup(registry) };

  const core: ResolverCore = {
    registry,
    key,
    organization: (text, ctx) => organization(bodies, text, ctx),
    any: (text, ctx) => resolveIn(text, ctx),
    issuerCommittee: (ctx) => issuerCommittee(bodies, ctx),
  };

  function resolveIn(mention: string, ctx: EffectiveContext): Resolution {
    const text = cleanMention(mention);
    const k = key(text);
    const fixed = phrase(bodies.index, k, text, mention);
    if (fixed) return fixed;
    const person = resolvePersonOrRole(core, text, ctx);
    if (person) return { ...person, mention };
    const org = organization(bodies, text, ctx);
    if (org) return { ...org.res, mention };
    const group = resolveGroup(core, text, ctx);
    if (group) return { ...group, mention };
    return { kind: 'unresolved', id: null, name: text, mention, confidence: 0, rule: 'unresolved' };
  }

  return (mention, ctx) => resolveIn(mention, effective(bodies, ctx));
}
