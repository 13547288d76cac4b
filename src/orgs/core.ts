/**
 * The resolver's shared shapes: what the rule families (groups.ts, persons.ts) receive from the
 * resolver (resolve.ts). A module of its own so the rules and the resolver do not import each
 * other.
 */
import type { BoundBody } from './bind.ts';
import type {
  Jurisdiction,
  Level,
  OrgRecord,
  ResolveContext,
  Resolution,
  Registry,
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
