/**
 * Groups: collectives such as "Các tỉnh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương". A group
 * gets a membership rule — one clause per collective noun, each kinds × level × jurisdiction
 * (× direct parent for "trực thuộc …") — and `groupAdmits` decides, with a reason, whether a
 * resolved body is reached through it. The coverage audit relies on that reason.
 *
 * Decision (tested): "Các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương"
 * admits Ban Kinh tế Trung ương (a ban đảng directly under the Central Committee) but not Hội đồng
 * Lý luận Trung ương: that is a council set up by the Politburo, not a ban đảng, ban cán sự đảng,
 * đảng đoàn or đảng ủy, and an audit should flag a body it cannot show to be covered rather than
 * assume it. Ủy ban Kiểm tra Trung ương is not admitted for the same reason.
 */
import { slugify, toTraditionalTones } from './normalize.ts';
import type { EffectiveContext, Found, ResolverCore } from './core.ts';
import { groupName } from './group-names.ts';
import { trailingQualifier } from './qualifiers.ts';
import { collectiveItems } from './split.ts';
import type {
  CollectiveTerm,
  GroupClause,
  GroupRule,
  Jurisdiction,
  Level,
  Resolution,
} from './types.ts';

const PLURAL = /^(?:các|những)\s+/iu;
const SYSTEM = /^hệ thống\s+/iu;
/** "các cấp" (every level) or "từ huyện đến cơ sở" (from one level down to another). */
const ALL_LEVELS = /\s+(?:các cấp|từ\s+\S+(?:\s+\S+)?\s+đến\s+\S+(?:\s+\S+)?)$/iu;

const BELOW: Record<Level, Level> = { TW: 'tinh', tinh: 'huyen', huyen: 'xa', xa: 'xa' };

const LEVEL_WORDS: Record<string, Level> = {
  'trung ương': 'TW',
  tỉnh: 'tinh',
  'cấp tỉnh': 'tinh',
  huyện: 'huyen',
  'cấp huyện': 'huyen',
  'thị xã': 'huyen',
  'thành phố': 'huyen',
  quận: 'huyen',
  xã: 'xa',
  'cấp xã': 'xa',
  'cơ sở': 'xa',
};

interface Qualifier {
  text: string;
  level?: Level;
  /** "trực thuộc X" / "thuộc X": members are directly under X. */
  anchor?: Found;
  /** A bare "trực thuộc": X is the issuer's committee, not named in the words. */
  implicit?: boolean;
  /** "ở Trung ương": members at the level of X, not necessarily under it. */
  levelAnchor?: Found;
  /** "Các ban Tỉnh ủy": members are organs of X. */
  owner?: Found;
}

function readQualifier(core: ResolverCore, q: string, ctx: EffectiveContext): Qualifier {
  const k = core.key(q);
  const out: Qualifier = { text: q };
  const under = /^(trực thuộc|thuộc|ở)(?:\s+(.+))?$/u.exec(k);
  if (under) {
    const target = under[2]
      ? core.organization(q.replace(/^\s*(?:trực thuộc|thuộc|ở)\s+/iu, ''), ctx)
      : core.issuerCommittee(ctx);
    if (under[1] === 'ở') {
      if (target) out.levelAnchor = target;
    } else if (target) {
      out.anchor = target;
      if (!under[2]) out.implicit = true;
    }
    return out;
  }
  const level = LEVEL_WORDS[k];
  if (level === 'TW') {
    const centre = core.organization('Trung ương', ctx);
    if (centre) out.levelAnchor = centre;
    return out;
  }
  if (level) {
    out.level = level;
    return out;
  }
  const owner = core.organization(q, ctx);
  if (owner) out.owner = owner;
  return out;
}

/** Longest collective term that the item is, or starts with ("ban cán sự đảng tỉnh"). */
function matchTerm(
  core: ResolverCore,
  itemKey: string,
): { term: CollectiveTerm; rest: string } | undefined {
  const terms = [...core.registry.collectives].sort((a, b) => b.term.length - a.term.length);
  for (const term of terms) {
    const tk = core.key(term.term);
    if (itemKey === tk) return { term, rest: '' };
    if (itemKey.startsWith(`${tk} `)) return { term, rest: itemKey.slice(tk.length + 1) };
  }
  return undefined;
}

function sameJurisdiction(a?: Jurisdiction, b?: Jurisdiction): boolean {
  return (a?.province ?? '') === (b?.province ?? '') && (a?.district ?? '') === (b?.district ?? '');
}

interface MatchedItem {
  written: string;
  term: CollectiveTerm;
  rest: string;
}

/** The items that name a collective term, and how many did not (or did only loosely). */
function matchItems(
  core: ResolverCore,
  items: string[],
): { matched: MatchedItem[]; unmatched: number; loose: number } {
  const matched: MatchedItem[] = [];
  let unmatched = 0;
  let loose = 0;
  for (let i = 0; i < items.length; i++) {
    let written = items[i] ?? '';
    let hit = matchTerm(core, core.key(written));
    // A term cut by a comma: "cơ quan chuyên trách tham mưu, giúp việc".
    const next = items[i + 1];
    if (next !== undefined) {
      const joined = matchTerm(core, core.key(`${written} ${next}`));
      if (
        joined &&
        joined.rest === '' &&
        (!hit || joined.term.term.length > hit.term.term.length)
      ) {
        hit = joined;
        written = `${written}, ${next}`;
        i++;
      }
    }
    if (!hit) {
      unmatched++;
      continue;
    }
    // "ban cán sự đảng tỉnh": a level word after the term is fine; other words make it loose.
    if (hit.rest && !LEVEL_WORDS[hit.rest]) loose++;
    matched.push({ written, ...hit });
  }
  return { matched, unmatched, loose };
}

interface ClauseContext {
  qualifier: Qualifier | undefined;
  anchorLevel: Level | undefined;
  base: Jurisdiction | undefined;
  allLevels: boolean;
  ctx: EffectiveContext;
}

/** One matched term as a clause of the membership rule: kinds, level, jurisdiction, parent. */
function clauseOf(
  { written, term, rest }: MatchedItem,
  { qualifier, anchorLevel, base, allLevels, ctx }: ClauseContext,
): GroupClause {
  const restLevel = rest ? LEVEL_WORDS[rest] : undefined;
  let level: Level | undefined =
    qualifier?.level ??
    restLevel ??
    (term.level === 'same'
      ? anchorLevel
      : term.level === 'below'
        ? anchorLevel && BELOW[anchorLevel]
        : term.level);
  if (allLevels) level = undefined;
  const clause: GroupClause = {
    term: toTraditionalTones(written).trim(),
    kinds: [...term.kinds],
  };
  if (level) clause.level = level;
  const parent = qualifier?.anchor ?? qualifier?.owner;
  if (parent?.res.id) clause.partOf = parent.res.id;
  if (level !== 'TW') {
    if (base?.province) {
      const j: Jurisdiction = { province: base.province };
      if (base.district && level !== 'tinh' && ctx.level !== 'tinh') j.district = base.district;
      clause.jurisdiction = j;
    } else if (ctx.level !== 'TW' && !(parent?.res.id ?? '').startsWith('tw/')) {
      clause.documentScope = ctx.documentKey;
    }
  }
  return clause;
}

export function resolveGroup(
  core: ResolverCore,
  text: string,
  ctx: EffectiveContext,
): Resolution | undefined {
  const plural = PLURAL.test(text);
  let body = text.replace(PLURAL, '');
  if (SYSTEM.test(body)) return systemGroup(core, text, body.replace(SYSTEM, ''), ctx);
  const allLevels = ALL_LEVELS.test(body);
  const allLevelsText = ALL_LEVELS.exec(body)?.[0]?.trim();
  body = body.replace(ALL_LEVELS, '');

  // A qualifier qualifies the last item; "Các tỉnh uỷ, thành uỷ" ends with an item, not a qualifier.
  const candidate = trailingQualifier(body);
  const before = candidate ? body.slice(0, body.length - candidate.length).trim() : '';
  const qualifierText =
    candidate && before !== '' && !/[,;]$/u.test(before) ? candidate : undefined;
  const qualifier = qualifierText ? readQualifier(core, qualifierText, ctx) : undefined;
  const itemsText = qualifierText ? body.slice(0, body.length - qualifierText.length).trim() : body;

  const { matched, unmatched, loose } = matchItems(core, collectiveItems(itemsText));
  if (matched.length === 0) return undefined;
  // Without "các" only a mention that opens with a collective noun is a group ("cấp ủy cơ sở").
  if (!plural && (!/^\p{Ll}/u.test(text) || unmatched > 0)) return undefined;

  const anchor = qualifier?.anchor ?? qualifier?.levelAnchor;
  const anchorLevel: Level | undefined = anchor?.res.level ?? ctx.level;
  const base: Jurisdiction | undefined =
    (qualifier?.owner ?? anchor)?.res.jurisdiction ?? ctx.jurisdiction;

  const clauses = matched.map((m) => clauseOf(m, { qualifier, anchorLevel, base, allLevels, ctx }));

  const rule = toRule(clauses, qualifierText, allLevelsText);
  const under = qualifier?.anchor ?? qualifier?.owner;
  const { scope, terms, suffix, name } = groupName(core.registry, ctx, {
    clauses,
    rule,
    base,
    under: under && { body: under.res, named: qualifier?.implicit !== true },
    suffixes: [qualifierText, allLevelsText],
  });
  const res: Resolution = {
    kind: 'group',
    id: `group:${scope}/${slugify(`${terms.join(' ')} ${suffix}`)}`,
    name,
    mention: text,
    membership: rule,
    confidence: unmatched > 0 ? 0.6 : loose > 0 ? 0.75 : 0.9,
    rule: 'group-pattern',
  };
  if (rule.level) res.level = rule.level;
  if (rule.jurisdiction) res.jurisdiction = rule.jurisdiction;
  return res;
}

/** A rule's clauses in words: the description of its rule before the qualifier. */
function describeClauses(clauses: readonly GroupClause[]): string {
  const describe = (c: GroupClause): string =>
    [
      c.term,
      `(${c.kinds.join('|')}`,
      c.level ? `level ${c.level}` : 'any level',
      c.jurisdiction
        ? `in ${[c.jurisdiction.province, c.jurisdiction.district].filter(Boolean).join('/')}`
        : '',
      c.partOf ? `directly under ${c.partOf}` : '',
      c.documentScope ? `of document ${c.documentScope} only` : '',
    ]
      .filter(Boolean)
      .join(', ') + ')';
  return clauses.map(describe).join('; ');
}

/** The rule of these clauses: its kinds, level and jurisdiction are theirs where all share one;
 *  its description theirs in words and `tail` (the qualifier's words). */
function ruleOf(clauses: GroupClause[], tail: string): GroupRule {
  const kinds = [...new Set(clauses.flatMap((c) => c.kinds))];
  const rule: GroupRule = { kinds, description: `${describeClauses(clauses)}${tail}`, clauses };
  const first = clauses[0];
  if (first?.level && clauses.every((c) => c.level === first.level)) rule.level = first.level;
  if (
    first?.jurisdiction &&
    clauses.every((c) => sameJurisdiction(c.jurisdiction, first.jurisdiction))
  ) {
    rule.jurisdiction = first.jurisdiction;
  }
  return rule;
}

function toRule(
  clauses: GroupClause[],
  qualifier: string | undefined,
  allLevels: string | undefined,
): GroupRule {
  return ruleOf(
    clauses,
    `${qualifier ? ` — ${qualifier}` : ''}${allLevels ? ` — ${allLevels}` : ''}`,
  );
}

/**
 * A rule as the graph stores it (OrgGroup.membership, JSON): its clauses and the tail of its
 * description only, where the rest follows from them (`parseRule` rebuilds it): the description
 * restated every clause, half of the JSON. Any other rule (a system group's) whole.
 */
export function storedRule(rule: GroupRule): string {
  const clauses = rule.clauses;
  const described = clauses ? describeClauses(clauses) : undefined;
  if (clauses && described !== undefined && rule.description.startsWith(described)) {
    const tail = rule.description.slice(described.length);
    const compact = tail ? { clauses, tail } : { clauses };
    if (JSON.stringify(parseRule(JSON.stringify(compact))) === JSON.stringify(rule))
      return JSON.stringify(compact);
  }
  return JSON.stringify(rule);
}

/** A stored rule (`storedRule`, or whole as written before) as src/orgs made it; null when the
 *  group has none or the text is not one. */
export function parseRule(stored: string | null | undefined): GroupRule | null {
  if (!stored) return null;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<GroupRule> & { tail?: unknown };
  if (Array.isArray(v.kinds) && typeof v.description === 'string') return v as GroupRule;
  if (!Array.isArray(v.clauses)) return null;
  return ruleOf(v.clauses, typeof v.tail === 'string' ? v.tail : '');
}

/** "Hệ thống Liên minh Hợp tác xã": the body at every level, and the bodies directly under one. */
function systemGroup(
  core: ResolverCore,
  text: string,
  inner: string,
  ctx: EffectiveContext,
): Resolution | undefined {
  const found = core.organization(inner, ctx);
  if (!found?.res.id || !found.res.orgKind) return undefined;
  const family = found.res.id.split('/').pop() ?? found.res.id;
  const clause: GroupClause = {
    term: toTraditionalTones(text),
    kinds: [found.res.orgKind],
    family,
  };
  const rule: GroupRule = {
    kinds: [found.res.orgKind],
    description: `the ${found.res.name} system: every body whose id ends with '/${family}' or that is directly under one, at any level`,
    clauses: [clause],
  };
  return {
    kind: 'group',
    id: `group:system/${family}`,
    name: `Hệ thống ${found.res.name}`,
    mention: text,
    membership: rule,
    confidence: 0.85,
    rule: 'group-system',
  };
}

/** Which of a clause's conditions refuses `org`, if one does (its sentence only when asked:
 *  planning asks this of every candidate body; docs/operations.md "Read and plan CPU"). */
type Refusal = 'family' | 'kind' | 'level' | 'province' | 'district' | 'partOf' | 'scope';

function clauseRefusal(c: GroupClause, org: Resolution): Refusal | undefined {
  const kind = org.orgKind;
  if (c.family) {
    const tail = `/${c.family}`;
    const inFamily = (org.id ?? '').endsWith(tail) || (org.partOf ?? '').endsWith(tail);
    return inFamily ? undefined : 'family';
  }
  if (!kind || !c.kinds.includes(kind)) return 'kind';
  if (c.level && org.level !== c.level) return 'level';
  if (c.jurisdiction?.province && org.jurisdiction?.province !== c.jurisdiction.province)
    return 'province';
  if (c.jurisdiction?.district && org.jurisdiction?.district !== c.jurisdiction.district)
    return 'district';
  if (c.partOf && org.partOf !== c.partOf) return 'partOf';
  if (c.documentScope && !(org.id ?? '').startsWith(`doc:${c.documentScope}/`)) return 'scope';
  return undefined;
}

const REFUSALS: Record<Refusal, (c: GroupClause, org: Resolution) => string> = {
  family: (c) => `not in the ${c.family} family`,
  kind: (c, o) => `kind ${o.orgKind ?? 'unknown'} is none of ${c.kinds.join(', ')}`,
  level: (c, o) => `level ${o.level ?? 'unknown'} is not ${c.level}`,
  province: (c, o) =>
    `province ${o.jurisdiction?.province ?? 'unknown'} is not ${c.jurisdiction?.province}`,
  district: (c, o) =>
    `district ${o.jurisdiction?.district ?? 'unknown'} is not ${c.jurisdiction?.district}`,
  partOf: (c, o) => `not directly under ${c.partOf} (partOf ${o.partOf ?? 'none'})`,
  scope: (c) => `not a body of document ${c.documentScope}`,
};

/** The rule's clauses; a rule written before clauses existed is one clause of its own. */
export function ruleClauses(rule: GroupRule): GroupClause[] {
  return (
    rule.clauses ?? [
      {
        term: rule.description,
        kinds: rule.kinds,
        ...(rule.level ? { level: rule.level } : {}),
        ...(rule.jurisdiction ? { jurisdiction: rule.jurisdiction } : {}),
      },
    ]
  );
}

/** Why a clause admits a body of `kind` (a family clause whatever the kind): the sentence that
 *  MEMBER_OF answers as its reason, rebuilt from the clause and the kind where read. */
export function admissionReason(c: GroupClause, kind: string | undefined): string {
  const how = c.family
    ? `in the ${c.family} family`
    : [`kind ${kind}`, c.level ? `level ${c.level}` : '', c.partOf ? `under ${c.partOf}` : '']
        .filter(Boolean)
        .join(', ');
  return `admitted by "${c.term}": ${how}`;
}

/** Is the resolved body reached through the group? The reason names the clause that decided
 *  (`clause`: its index in ruleClauses, when admitted). */
export function groupAdmits(
  rule: GroupRule,
  org: Resolution,
): { admitted: boolean; reason: string; clause?: number } {
  if (org.kind !== 'organization') {
    return { admitted: false, reason: `only organizations are members, got a ${org.kind}` };
  }
  const clauses = ruleClauses(rule);
  const refusals: string[] = [];
  for (const [i, c] of clauses.entries()) {
    const refusal = clauseRefusal(c, org);
    if (refusal === undefined)
      return { admitted: true, reason: admissionReason(c, org.orgKind), clause: i };
    refusals.push(`"${c.term}": ${REFUSALS[refusal](c, org)}`);
  }
  return {
    admitted: false,
    reason: `no clause admits ${org.id ?? org.name}: ${refusals.join('; ')}`,
  };
}

/** The first of `clauses` (a rule's, ruleClauses) that admits `org`, or undefined: groupAdmits's
 *  decision without the sentences, for planning, which asks it of every candidate body. */
export function admittingClause(
  clauses: readonly GroupClause[],
  org: Resolution,
): number | undefined {
  if (org.kind !== 'organization') return undefined;
  for (const [i, c] of clauses.entries()) if (clauseRefusal(c, org) === undefined) return i;
  return undefined;
}

/** Bodies of the registry a group reaches, for OrgGroup MEMBER_OF links. */
export function groupMembers(rule: GroupRule, orgs: readonly Resolution[]): Resolution[] {
  const clauses = ruleClauses(rule);
  return orgs.filter((o) => admittingClause(clauses, o) !== undefined);
}
