/**
 * A collective's id and display name (groups.ts): `group:<scope>/<slug of its words>`, the scope
 * being where its rule finds its members (docs/adr/0002-stable-ids.md).
 */
import { jurisdictionName } from './bind.ts';
import type { EffectiveContext } from './core.ts';
import { toTraditionalTones } from './normalize.ts';
import type { GroupClause, GroupRule, Jurisdiction, Level, Registry, Resolution } from './types.ts';
import { LEVELS } from './types.ts';

/** The level a jurisdiction scope names: `tw`, a province, or `province/district`. */
function scopeLevel(scope: string): Level {
  return scope === 'tw' ? 'TW' : scope.includes('/') ? 'huyen' : 'tinh';
}

export interface GroupWords {
  clauses: GroupClause[];
  rule: GroupRule;
  base: Jurisdiction | undefined;
  /** The body the members are under or organs of, and whether the words name it ("trực thuộc
   *  Đảng ủy phường X") or the issuer's context gave it (a bare "trực thuộc"). */
  under: { body: Resolution; named: boolean } | undefined;
  suffixes: (string | undefined)[];
}

/**
 * Where the group's id is scoped (tw, a jurisdiction, a document, or the body it is under) and
 * its display name. A body below the scope's own level is not named by the scope: the wards of
 * one district each write "các chi bộ trực thuộc" of their own committee, so such a group is
 * scoped by that body; one id for two rules made the group's rule and members depend on which
 * document was written last.
 */
export function groupName(
  registry: Registry,
  ctx: EffectiveContext,
  { clauses, rule, base, under, suffixes }: GroupWords,
): { scope: string; terms: string[]; suffix: string; name: string } {
  let scope = clauses.some((c) => c.documentScope)
    ? `doc:${ctx.documentKey}`
    : clauses.find((c) => c.jurisdiction)?.jurisdiction
      ? [rule.jurisdiction?.province ?? base?.province, rule.jurisdiction?.district]
          .filter(Boolean)
          .join('/')
      : 'tw';
  const terms = clauses.map((c) => c.term);
  const suffix = suffixes.filter(Boolean).join(' ');
  const owner = under?.body;
  const ownerId = owner?.id;
  const below =
    ownerId != null &&
    owner?.level !== undefined &&
    !scope.startsWith('doc:') &&
    clauses.every((c) => c.partOf === ownerId) &&
    LEVELS.indexOf(owner.level) > LEVELS.indexOf(scopeLevel(scope));
  if (below) scope = ownerId;
  const place = below
    ? under?.named
      ? undefined
      : owner?.name
    : scope !== 'tw' && !scope.startsWith('doc:') && base
      ? jurisdictionName(registry, { ...base })
      : undefined;
  const name = `Các ${terms.join(', ')}${suffix ? ` ${toTraditionalTones(suffix)}` : ''}${place ? ` (${place})` : ''}`;
  return { scope, terms, suffix, name };
}
