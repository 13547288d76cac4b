/** Filter arguments checked and turned into Cypher conditions on `n` with parameters. */
import { badInput } from './errors.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isoDate(value: string, argument: string): string {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
    throw badInput(`${argument} must be a date as YYYY-MM-DD`, { argument });
  }
  return value;
}

/** `tw`, `province` (its districts included) or `province/district`; on `n` unless told. */
export function jurisdictionCondition(
  value: string,
  params: Record<string, unknown>,
  on = 'n',
): string {
  const n = on;
  if (value === 'tw') return `${n}.level = 'TW'`;
  const [province, district, ...rest] = value.split('/');
  if (!province || rest.length > 0 || district === '') {
    throw badInput('jurisdiction must be tw, a province id or province/district', {
      argument: 'jurisdiction',
    });
  }
  params.province = province;
  if (district === undefined) return `${n}.province = $province`;
  params.district = district;
  return `${n}.province = $province AND ${n}.district = $district`;
}

/** What a list of documents may be filtered on (documents, coverageReport). */
export interface DocumentConditions {
  type?: string | null;
  level?: string | null;
  issuer?: string | null;
  jurisdiction?: string | null;
  issuedFrom?: string | null;
  issuedTo?: string | null;
  implements?: string | null;
}

/** Conditions on the document `n` for the given filter; their values go into `params`. */
export function documentConditions(
  filter: DocumentConditions | null | undefined,
  params: Record<string, unknown>,
): string[] {
  const conditions: string[] = [];
  if (filter?.type != null) {
    params.type = filter.type;
    conditions.push('n.type = $type');
  }
  if (filter?.level != null) {
    params.level = filter.level;
    conditions.push('n.level = $level');
  }
  if (filter?.issuer != null) {
    params.issuer = filter.issuer;
    conditions.push('EXISTS { (n)-[:ISSUED_BY]->(:Actor {id: $issuer}) }');
  }
  if (filter?.jurisdiction != null) {
    conditions.push(jurisdictionCondition(filter.jurisdiction, params));
  }
  if (filter?.issuedFrom != null) {
    params.issuedFrom = isoDate(filter.issuedFrom, 'issuedFrom');
    conditions.push('n.issuedDate >= $issuedFrom');
  }
  if (filter?.issuedTo != null) {
    params.issuedTo = isoDate(filter.issuedTo, 'issuedTo');
    conditions.push('n.issuedDate <= $issuedTo');
  }
  if (filter?.implements != null) {
    params.implements = filter.implements;
    conditions.push('EXISTS { (n)-[:IMPLEMENTS]->(:Document {id: $implements}) }');
  }
  return conditions;
}
