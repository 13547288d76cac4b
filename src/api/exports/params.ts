/** Reading export query parameters with errors that name the parameter. */
import { badInput } from '../errors.ts';

/** An optional parameter; null when absent or blank. */
export function optionalParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  return value === null || value.trim() === '' ? null : value;
}

export function requiredParam(params: URLSearchParams, name: string): string {
  const value = params.get(name);
  if (value === null || value.trim() === '') {
    throw badInput(`the query parameter "${name}" is required`, { parameter: name });
  }
  return value;
}

/** An optional whole number within [min, max]; `fallback` when absent. */
export function optionalInt(
  params: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`the query parameter "${name}" must be a whole number from ${min} to ${max}`, {
      parameter: name,
    });
  }
  return value;
}

/** An optional `true` / `false`; `fallback` when absent (null: "not given"). */
export function optionalBoolean<F extends boolean | null>(
  params: URLSearchParams,
  name: string,
  fallback: F,
): boolean | F {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw badInput(`the query parameter "${name}" must be true or false`, { parameter: name });
}
