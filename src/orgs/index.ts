/**
 * Organizations: canonical bodies, aliases, jurisdictions, groups and persons.
 * The public face of src/orgs; only load.ts touches the file system.
 */
export type * from './types.ts';
export { ORG_KINDS, LEVELS } from './types.ts';
export { normalizeKey, foldKey, toTraditionalTones } from './normalize.ts';
export { expandAbbreviations } from './abbreviations.ts';
export { splitMentions } from './split.ts';
export {
  loadRegistry,
  defaultRegistry,
  defaultRegistryDir,
  loadDocumentMeta,
  metaPathFor,
} from './load.ts';
export { parseDocumentMeta } from './meta.ts';
export { parseRegistryFiles } from './registry.ts';
export { OrgDataError } from './validate.ts';
