/** Filter arguments checked and turned into Cypher conditions on `n` with parameters. */
import { badInput } from '../errors.ts';

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
