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

/** Each phrase key's first position in the index's list (longest first), per index. */
const phrasePositions = new WeakMap<Index['phrases'], Map<string, number>>();

/** The first phrase of the list that is `k` or a whole-word prefix of it: the keys equal to
 *  a word prefix of `k` looked up, not every phrase tried per mention. */
function firstPhrase(index: Index, k: string): Index['phrases'][number] | undefined {
  let positions = phrasePositions.get(index.phrases);
  if (!positions) {
    positions = new Map();
    for (const [i, p] of index.phrases.entries())
      if (!positions.has(p.key)) positions.set(p.key, i);
    phrasePositions.set(index.phrases, positions);
  }
  let best = positions.get(k) ?? Infinity;
  for (let i = k.indexOf(' '); i >= 0; i = k.indexOf(' ', i + 1)) {
    const at = positions.get(k.slice(0, i));
    if (at !== undefined && at < best) best = at;
  }
  return best === Infinity ? undefined : index.phrases[best];
}

function phrase(index: Index, k: string, text: string, mention: string): Resolution | undefined {
  const hit = firstPhrase(index, k);
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

/** The province of each district id that names exactly one (the registry of a large corpus holds
 *  thousands of jurisdictions: not scanned per mention). */
function districtProvinces(registry: Registry): Map<string, string | undefined> {
  const seen = new Map<string, { count: number; province?: string }>();
  for (const j of registry.jurisdictions) {
    if (j.level !== 'huyen') continue;
    const s = seen.get(j.id);
    if (s) s.count += 1;
    else seen.set(j.id, { count: 1, ...(j.province ? { province: j.province } : {}) });
  }
  const out = new Map<string, string | undefined>();
  for (const [id, s] of seen) if (s.count === 1) out.set(id, s.province);
  return out;
}

function effective(
  bodies: Bodies,
  provinceOf: () => Map<string, string | undefined>,
  ctx: ResolveContext,
): EffectiveContext {
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
    const province = provinceOf().get(jurisdiction.district);
    if (province) jurisdiction.province = province;
  }
  if (jurisdiction) eff.jurisdiction = jurisdiction;
  return eff;
}

/** Everything `effective` reads of a context (the jurisdiction whole: it is copied whole), as
 *  values compared one by one: a document's thousand calls compare strings, not a JSON text
 *  built per call. */
type ContextKey = (string | undefined)[];

function contextKey(ctx: ResolveContext): ContextKey {
  const key = [ctx.documentKey, ctx.date, ctx.issuer, ctx.level];
  const j = ctx.jurisdiction;
  if (j) for (const [name, value] of Object.entries(j)) key.push(name, value as string | undefined);
  return key;
}

/** Is `ctx` what `key` was taken from (strictly equal values, in the same order)? */
function sameContext(key: ContextKey, ctx: ResolveContext): boolean {
  if (key[0] !== ctx.documentKey || key[1] !== ctx.date || key[2] !== ctx.issuer) return false;
  if (key[3] !== ctx.level) return false;
  const j = ctx.jurisdiction;
  let i = 4;
  if (j) {
    for (const name in j) {
      if (!Object.hasOwn(j, name)) continue;
      if (key[i] !== name || key[i + 1] !== j[name as keyof typeof j]) return false;
      i += 2;
    }
  }
  return i === key.length;
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

  let provinces: Map<string, string | undefined> | undefined;
  const provinceOf = (): Map<string, string | undefined> =>
    (provinces ??= districtProvinces(registry));
  // A document resolves all its mentions in one context: its effective context (the issuer
  // resolved, the district's province looked up) is derived once, not per mention.
  let lastKey: ContextKey | undefined;
  let lastEff: EffectiveContext | undefined;
  return (mention, ctx) => {
    if (!lastKey || !lastEff || !sameContext(lastKey, ctx)) {
      lastEff = effective(bodies, provinceOf, ctx);
      lastKey = contextKey(ctx);
    }
    return resolveIn(mention, lastEff);
  };
}
