/**
 * Reference data: parsing the seed/orgs/*.yaml files into a Registry (pure: text in, data out)
 * and listing its organizations for the graph. Every file may hold any of the top-level sections;
 * the sections of all files are concatenated, so a new province is a new file.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { Fields, OrgDataError, isPlain } from './validate.ts';
import { bindTemplate, type Binding } from './bind.ts';
import { nameForUnit } from './unit-words.ts';
import { communeBodies } from './communes.ts';
import type {
  AbbreviationEntry,
  Jurisdiction,
  BodyTemplate,
  CollectiveTerm,
  JurisdictionRecord,
  OrgRecord,
  PhraseEntry,
  Registry,
  SuccessionRecord,
} from './types.ts';

const SECTIONS = [
  'abbreviations',
  'organizations',
  'jurisdictions',
  'templates',
  'collectives',
  'phrases',
  'titles',
  'successions',
] as const;

export interface SourceFile {
  name: string;
  text: string;
}

export function emptyRegistry(): Registry {
  return {
    abbreviations: [],
    organizations: [],
    jurisdictions: [],
    templates: [],
    collectives: [],
    phrases: [],
    titles: [],
    successions: [],
  };
}

/** Parse YAML text, turning a syntax error into one that names the file and position. */
export function parseYamlText(text: string, fileName: string): unknown {
  try {
    return parseYaml(text);
  } catch (err) {
    if (err instanceof YAMLParseError) {
      const pos = err.linePos?.[0];
      const at = pos ? ` (line ${pos.line}, column ${pos.col})` : '';
      throw new OrgDataError(`${fileName}${at}: invalid YAML: ${err.message.split('\n')[0]}`);
    }
    throw err;
  }
}

export function parseRegistryFiles(files: readonly SourceFile[]): Registry {
  const registry = emptyRegistry();
  for (const file of files) {
    const doc = parseYamlText(file.text, file.name);
    if (doc === null || doc === undefined) continue;
    if (!isPlain(doc)) throw new OrgDataError(`${file.name}: must be a mapping of sections`);
    const top = new Fields(doc, `${file.name}:`);
    for (const key of top.keys()) {
      if (!(SECTIONS as readonly string[]).includes(key)) {
        top.fail(`unknown section "${key}" (known: ${SECTIONS.join(', ')})`);
      }
    }
    registry.abbreviations.push(...top.list('abbreviations').map(abbreviation));
    registry.organizations.push(...top.list('organizations').map(organization));
    registry.jurisdictions.push(...top.list('jurisdictions').map(jurisdiction));
    registry.templates.push(...top.list('templates').map(template));
    registry.collectives.push(...top.list('collectives').map(collective));
    registry.phrases.push(...top.list('phrases').map(phrase));
    registry.titles.push(...top.strings('titles'));
    registry.successions.push(...top.list('successions').map(succession));
  }
  checkReferences(registry);
  return registry;
}

function abbreviation(f: Fields): AbbreviationEntry {
  return {
    abbr: f.string('abbr'),
    expansion: f.string('expansion'),
    anyCase: f.boolean('anyCase'),
  };
}

function organization(f: Fields): OrgRecord {
  const rec: OrgRecord = {
    id: f.string('id'),
    name: f.string('name'),
    aliases: f.strings('aliases'),
    orgKind: f.orgKind('kind'),
    level: f.level('level'),
  };
  const jurisdiction = f.optionalJurisdiction('jurisdiction');
  if (jurisdiction) rec.jurisdiction = jurisdiction;
  const partOf = f.optionalString('partOf');
  if (partOf) rec.partOf = partOf;
  const validFrom = f.optionalDate('validFrom');
  if (validFrom) rec.validFrom = validFrom;
  const validTo = f.optionalDate('validTo');
  if (validTo) rec.validTo = validTo;
  const successor = f.optionalString('successor');
  if (successor) rec.successor = successor;
  return rec;
}

function jurisdiction(f: Fields): JurisdictionRecord {
  const level = f.level('level');
  if (level !== 'tinh' && level !== 'huyen') f.fail('field "level" must be tinh or huyen');
  const rec: JurisdictionRecord = {
    id: f.string('id'),
    name: f.string('name'),
    level,
    aliases: f.strings('aliases'),
  };
  const province = f.optionalString('province');
  if (level === 'huyen' && !province) f.fail('a district needs its "province"');
  if (province) rec.province = province;
  const validFrom = f.optionalDate('validFrom');
  if (validFrom) rec.validFrom = validFrom;
  const validTo = f.optionalDate('validTo');
  if (validTo) rec.validTo = validTo;
  return rec;
}

function template(f: Fields): BodyTemplate {
  const level = f.level('level');
  if (level === 'TW') f.fail('field "level" must be tinh, huyen or xa');
  const rec: BodyTemplate = {
    key: f.string('key'),
    level,
    orgKind: f.orgKind('kind'),
    name: f.string('name'),
    aliases: f.strings('aliases'),
    levelless: f.strings('levelless'),
  };
  const partOf = f.optionalString('partOf');
  if (partOf) rec.partOf = partOf;
  const central = f.optionalString('central');
  if (central) rec.central = central;
  const display = f.optionalString('display');
  if (display) rec.display = display;
  const successor = f.optionalString('successor');
  if (successor) rec.successor = successor;
  return rec;
}

function succession(f: Fields): SuccessionRecord {
  const share = f.optionalString('share') ?? 'whole';
  if (share !== 'whole' && share !== 'part') f.fail('field "share" must be whole or part');
  const date = f.optionalDate('date');
  if (!date) f.fail('a succession needs its "date"');
  const rec: SuccessionRecord = {
    from: f.string('from'),
    to: f.string('to'),
    date,
    share,
    basis: f.string('basis'),
  };
  const source = f.optionalString('source');
  if (source) rec.source = source;
  return rec;
}

function collective(f: Fields): CollectiveTerm {
  const rec: CollectiveTerm = { term: f.string('term'), kinds: f.orgKinds('kinds') };
  const level = f.optionalString('level');
  if (level === 'same' || level === 'below') rec.level = level;
  else if (level !== undefined) rec.level = f.level('level');
  return rec;
}

function phrase(f: Fields): PhraseEntry {
  const kind = f.string('kind');
  if (kind !== 'generic' && kind !== 'publication') {
    f.fail(`field "kind" must be generic or publication, got "${kind}"`);
  }
  const forms = f.strings('forms');
  if (forms.length === 0) f.fail('field "forms" must list at least one form');
  const rec: PhraseEntry = { kind, forms, name: f.string('name') };
  const id = f.optionalString('id');
  if (id) rec.id = id;
  return rec;
}

/** Dangling ids are data errors worth catching at load time, not at resolution time. */
function checkReferences(r: Registry): void {
  const orgIds = new Set<string>();
  for (const o of r.organizations) {
    if (orgIds.has(o.id)) throw new OrgDataError(`organization id "${o.id}" is defined twice`);
    orgIds.add(o.id);
  }
  const jurIds = new Set<string>();
  for (const j of r.jurisdictions) {
    const full = j.province ? `${j.province}/${j.id}` : j.id;
    if (jurIds.has(full)) throw new OrgDataError(`jurisdiction "${full}" is defined twice`);
    jurIds.add(full);
  }
  for (const j of r.jurisdictions) {
    if (j.province && !jurIds.has(j.province)) {
      throw new OrgDataError(`district "${j.id}" names unknown province "${j.province}"`);
    }
  }
  const templateKeys = new Set(r.templates.map((t) => `${t.level}:${t.key}`));
  for (const t of r.templates) {
    if (t.successor && !templateKeys.has(`tinh:${t.successor}`)) {
      throw new OrgDataError(`template "${t.key}" has unknown successor "${t.successor}"`);
    }
    if (!t.partOf) continue;
    const known =
      orgIds.has(t.partOf) ||
      templateKeys.has(`${t.level}:${t.partOf}`) ||
      templateKeys.has(`tinh:${t.partOf}`) ||
      (t.level === 'xa' && templateKeys.has(`huyen:${t.partOf}`));
    if (!known) throw new OrgDataError(`template "${t.key}" has unknown partOf "${t.partOf}"`);
    if (t.central && !orgIds.has(t.central)) {
      throw new OrgDataError(`template "${t.key}" has unknown central "${t.central}"`);
    }
  }
  for (const o of r.organizations) {
    if (o.partOf && !orgIds.has(o.partOf)) {
      throw new OrgDataError(`organization "${o.id}" has unknown partOf "${o.partOf}"`);
    }
  }
}

/** A registry organization as the graph loads it (PART_OF by id). */
export interface RegistryOrganization {
  id: string;
  name: string;
  aliases: string[];
  orgKind: OrgRecord['orgKind'];
  level: OrgRecord['level'];
  jurisdiction?: Jurisdiction;
  partOf?: string;
  validFrom?: string;
  validTo?: string;
  successor?: string;
}

/**
 * Every organization the registry knows: the absolute ones, and each template instantiated for
 * each jurisdiction (and commune) of its level (document-scoped bodies are not listed: they come from documents).
 */
export function registryOrganizations(registry: Registry): RegistryOrganization[] {
  // Built once per registry: the national one has over ten thousand bodies.
  let out = listed.get(registry);
  if (!out) {
    out = listOrganizations(registry);
    listed.set(registry, out);
  }
  return out;
}

const listed = new WeakMap<Registry, RegistryOrganization[]>();

function listOrganizations(registry: Registry): RegistryOrganization[] {
  const out: RegistryOrganization[] = registry.organizations.map((o) => ({
    ...o,
    aliases: [...o.aliases],
  }));
  for (const j of registry.jurisdictions) {
    const binding: Binding =
      j.level === 'tinh' ? { province: j.id } : { province: j.province, district: j.id };
    for (const t of registry.templates.filter((x) => x.level === j.level)) {
      const body = bindTemplate(registry, t, binding);
      const rec: RegistryOrganization = {
        id: body.id,
        name: body.name,
        aliases: [t.name, ...t.aliases].map(
          (a) => `${nameForUnit(a, t.level, j.unitKind)} ${j.name}`,
        ),
        orgKind: body.orgKind,
        level: body.level,
      };
      if (body.jurisdiction) rec.jurisdiction = body.jurisdiction;
      if (body.partOf) rec.partOf = body.partOf;
      if (j.validFrom) rec.validFrom = j.validFrom;
      if (j.validTo) rec.validTo = j.validTo;
      out.push(rec);
    }
  }
  out.push(...communeBodies(registry));
  return out;
}
