/**
 * Persons and roles. A person is identified by name plus the body they hold a role in
 * ('person:tran-ngoc-tam@doc:001…/tinh-uy'): a name alone never merges two people, and no person
 * is linked to anyone outside the documents (a signer may share a famous name).
 * A role is a position without a name ("Các đồng chí Huyện ủy viên" = the members of the Huyện ủy;
 * "Đồng chí UVTV Tỉnh ủy phụ trách Đảng bộ huyện"): 'role:<title>@<body id>'.
 * Glossary: đồng chí (Đ/c) comrade, the courtesy before a name or role; ủy viên member (of a
 * committee); bí thư secretary; phụ trách in charge of.
 */
import { expandAbbreviations } from './abbreviations.ts';
import { slugify, toTraditionalTones } from './normalize.ts';
import type { EffectiveContext, ResolverCore, Resolver } from './core.ts';
import type { ResolveContext, Resolution } from './types.ts';

const COMRADE = /^(?:(các|những)\s+)?đồng chí\s+/iu;
/** "Huyện ủy viên" = "Ủy viên Huyện ủy" (member of the district committee). */
const COMMITTEE_MEMBER = /^(tỉnh|huyện|thành|thị|quận|đảng)\s+(?:ủy|uỷ)\s+viên(\s.*)?$/iu;
const ASSIGNMENT = /\s+(phụ trách\s.+)$/iu;
/** A personal name: two or more capitalised words. */
const PERSON_NAME = /^(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)+)\s*(?:,\s*(.*))?$/u;

interface Role {
  title: string;
  body: Resolution | undefined;
  assignment?: string;
}

/** The registry's titles longest first with their keys, per resolver (sorted and keyed once,
 *  not per mention). */
const titleKeys = new WeakMap<ResolverCore, Array<{ title: string; tk: string }>>();
function titlesOf(core: ResolverCore): Array<{ title: string; tk: string }> {
  let out = titleKeys.get(core);
  if (!out) {
    out = [...core.registry.titles]
      .sort((a, b) => b.length - a.length)
      .map((title) => ({ title, tk: core.key(title) }));
    titleKeys.set(core, out);
  }
  return out;
}

function splitTitle(core: ResolverCore, text: string): { title: string; rest: string } | undefined {
  const member = COMMITTEE_MEMBER.exec(text);
  if (member) return { title: 'Ủy viên', rest: `${member[1]} ủy${member[2] ?? ''}`.trim() };
  const k = core.key(text);
  for (const { title, tk } of titlesOf(core)) {
    if (k !== tk && !k.startsWith(`${tk} `)) continue;
    const words = title.split(/\s+/u).length;
    const rest = text.split(/\s+/u).slice(words).join(' ');
    return { title, rest };
  }
  return undefined;
}

function readRole(core: ResolverCore, text: string, ctx: EffectiveContext): Role | undefined {
  const split = splitTitle(core, text);
  if (!split) return undefined;
  let rest = split.rest;
  const assignment = ASSIGNMENT.exec(rest);
  if (assignment) rest = rest.slice(0, assignment.index);
  const role: Role = { title: split.title, body: undefined };
  if (assignment?.[1]) role.assignment = assignment[1];
  if (rest.trim() === '') {
    role.body = core.issuerCommittee(ctx)?.res;
    return role;
  }
  const body = core.any(rest, ctx);
  if (body.kind === 'organization' || body.kind === 'group') role.body = body;
  else {
    // "bí thư tỉnh uỷ, thành uỷ, … trực thuộc Trung ương" names a collective without "các".
    const group = core.any(`các ${rest}`, ctx);
    role.body = group.kind === 'group' ? group : undefined;
  }
  return role;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function roleName(role: Role): string {
  const title = capitalise(toTraditionalTones(role.title));
  const bodyName =
    role.body?.kind === 'group' ? role.body.name.replace(/^Các /u, 'các ') : role.body?.name;
  const of = bodyName ? ` ${bodyName}` : '';
  return `${title}${of}${role.assignment ? ` ${toTraditionalTones(role.assignment)}` : ''}`;
}

function withBody(res: Resolution, body: Resolution | undefined): Resolution {
  if (!body) return res;
  if (body.id) res.partOf = body.id;
  if (body.level) res.level = body.level;
  if (body.jurisdiction) res.jurisdiction = body.jurisdiction;
  if (body.membership) res.membership = body.membership;
  return res;
}

export function resolvePersonOrRole(
  core: ResolverCore,
  text: string,
  ctx: EffectiveContext,
): Resolution | undefined {
  const expanded = toTraditionalTones(expandAbbreviations(text, core.registry)).trim();
  const comrade = COMRADE.exec(expanded);
  const rest = comrade ? expanded.slice(comrade[0].length) : expanded;

  const role = readRole(core, rest, ctx);
  if (role) {
    if (!comrade && !role.body) return undefined;
    const anchor = role.body?.id ?? `doc:${ctx.documentKey}`;
    const slug = slugify([role.title, role.assignment].filter(Boolean).join(' '));
    return withBody(
      {
        kind: 'role',
        id: `role:${slug}@${anchor}`,
        name: roleName(role),
        mention: text,
        role: roleName(role),
        confidence: role.body ? (role.body.confidence >= 0.9 ? 0.9 : role.body.confidence) : 0.4,
        rule: 'role-title',
      },
      role.body,
    );
  }

  if (!comrade || comrade[1]) return undefined;
  const person = PERSON_NAME.exec(rest);
  if (!person?.[1]) return undefined;
  return personResolution(core, person[1], person[2], ctx, text);
}

function personResolution(
  core: ResolverCore,
  personName: string,
  roleText: string | undefined,
  ctx: EffectiveContext,
  mention: string,
): Resolution {
  const role = roleText ? readRole(core, roleText, ctx) : undefined;
  const body = role?.body ?? (roleText ? core.organization(roleText, ctx)?.res : undefined);
  const anchor = body?.id ?? `doc:${ctx.documentKey}`;
  const res: Resolution = {
    kind: 'person',
    id: `person:${slugify(personName)}@${anchor}`,
    name: personName,
    mention,
    personName,
    confidence: body ? 0.9 : 0.5,
    rule: body ? 'person-title' : 'person-document-scoped',
  };
  if (role) res.role = roleName(role);
  else if (body) res.role = body.name;
  withBody(res, body);
  delete res.membership;
  return res;
}

/**
 * A signer: name plus the title line(s) of the signature block ("BÍ THƯ", "CHÁNH VĂN PHÒNG") or,
 * without a title, the body signed for ("BỘ CHÍNH TRỊ" under T/M). A bare title belongs to the
 * issuer's committee (the Bí thư of a Ban Thường vụ's plan is the committee's secretary).
 */
export function identifyPerson(
  resolve: Resolver,
  name: string,
  roleOrBody: string,
  ctx: ResolveContext,
): Resolution {
  const title = roleOrBody.trim();
  const displayTitle = title === title.toUpperCase() ? capitalise(title.toLowerCase()) : title;
  return resolve(`Đồng chí ${name.trim()}, ${displayTitle}`, ctx);
}
