/**
 * The metadata file beside a document (`<doc>.meta.yaml`): facts the text lacks, such as the
 * province of seed 001 and 002, which never name it. Format documented in seed/README.md.
 */
import { Fields, OrgDataError, isPlain } from './validate.ts';
import { parseYamlText } from './registry.ts';
import type { DocumentMeta } from './types.ts';

const FIELDS = ['jurisdiction', 'number', 'issuedDate', 'issuer', 'level'];

export function parseDocumentMeta(yamlText: string, fileName: string): DocumentMeta {
  const doc = parseYamlText(yamlText, fileName);
  if (doc === null || doc === undefined) return {};
  if (!isPlain(doc)) throw new OrgDataError(`${fileName}: must be a mapping`);
  const f = new Fields(doc, `${fileName}:`);
  for (const key of f.keys()) {
    if (!FIELDS.includes(key)) f.fail(`unknown field "${key}" (known: ${FIELDS.join(', ')})`);
  }
  const meta: DocumentMeta = {};
  const jurisdiction = f.optionalJurisdiction('jurisdiction');
  if (jurisdiction) meta.jurisdiction = jurisdiction;
  const number = f.optionalString('number');
  if (number) meta.number = number;
  const issuedDate = f.optionalDate('issuedDate');
  if (issuedDate) meta.issuedDate = issuedDate;
  const issuer = f.optionalString('issuer');
  if (issuer) meta.issuer = issuer;
  const level = f.optionalLevel('level');
  if (level) meta.level = level;
  return meta;
}
