/**
 * Filter arguments checked and turned into Cypher conditions on a node variable (`n` unless
 * told), their values added to the statement's parameters (params.ts).
 */
import { badInput } from './errors.ts';
import type { Params } from './params.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isoDate(value: string, argument: string): string {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
    throw badInput(`${argument} must be a date as YYYY-MM-DD`, { argument });
  }
  return value;
}

/** `tw`, `province` (its districts included) or `province/district`; on `n` unless told. */
export function jurisdictionCondition(value: string, params: Params, on = 'n'): string {
  if (value === 'tw') return `${on}.level = 'TW'`;
  const [province, district, ...rest] = value.split('/');
  if (!province || rest.length > 0 || district === '') {
    throw badInput('jurisdiction must be tw, a province id or province/district', {
      argument: 'jurisdiction',
    });
  }
  const inProvince = `${on}.province = ${params.add('province', province)}`;
  if (district === undefined) return inProvince;
  return `${inProvince} AND ${on}.district = ${params.add('district', district)}`;
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
  params: Params,
): string[] {
  const conditions: string[] = [];
  const add = (name: string, value: unknown): string => params.add(name, value);
  if (filter?.type != null) conditions.push(`n.type = ${add('type', filter.type)}`);
  if (filter?.level != null) conditions.push(`n.level = ${add('level', filter.level)}`);
  if (filter?.issuer != null) {
    conditions.push(`EXISTS { (n)-[:ISSUED_BY]->(:Actor {id: ${add('issuer', filter.issuer)}}) }`);
  }
  if (filter?.jurisdiction != null) {
    conditions.push(jurisdictionCondition(filter.jurisdiction, params));
  }
  if (filter?.issuedFrom != null) {
    const from = isoDate(filter.issuedFrom, 'issuedFrom');
    conditions.push(`n.issuedDate >= ${add('issuedFrom', from)}`);
  }
  if (filter?.issuedTo != null) {
    conditions.push(`n.issuedDate <= ${add('issuedTo', isoDate(filter.issuedTo, 'issuedTo'))}`);
  }
  if (filter?.implements != null) {
    const target = add('implements', filter.implements);
    conditions.push(`EXISTS { (n)-[:IMPLEMENTS]->(:Document {id: ${target}}) }`);
  }
  return conditions;
}
