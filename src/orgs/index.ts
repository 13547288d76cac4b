/**
 * Organizations: canonical bodies, aliases, jurisdictions, groups and persons.
 * The public face of src/orgs; only load.ts touches the file system.
 */
export type * from './types.ts';
export { ORG_KINDS, LEVELS } from './types.ts';
export { normalizeKey, foldKey, toTraditionalTones, slugify } from './normalize.ts';
export { expandAbbreviations } from './abbreviations.ts';
export { splitMentions, cleanMention } from './split.ts';
export { createResolver } from './resolve.ts';
export { validOn } from './bodies.ts';
export type { Resolver } from './core.ts';
export {
  admissionReason,
  admittingClause,
  groupAdmits,
  groupMembers,
  parseRule,
  ruleClauses,
  storedRule,
} from './groups.ts';
export { identifyPerson } from './persons.ts';
export {
  loadRegistry,
  defaultRegistry,
  defaultRegistryDir,
  loadDocumentMeta,
  metaPathFor,
} from './load.ts';
export { parseDocumentMeta } from './meta.ts';
export {
  parseRegistryFiles,
  registryOrganizations,
  type RegistryOrganization,
} from './registry.ts';
export { OrgDataError } from './validate.ts';
export {
  bodySuccessions,
  registrySuccessions,
  successorsOn,
  withNationalData,
  type Successions,
  type SuccessionPath,
} from './succession.ts';
export { loadNationalData, buildFromPackages, writeNationalData } from './national-load.ts';
export {
  buildNationalData,
  REFORM_DATE,
  type NationalData,
  type NationalUnit,
} from './national.ts';
