/** Reading export query parameters with errors that name the parameter. */
import { badInput } from '../errors.ts';

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

/** An optional `true` / `false`; `fallback` when absent. */
export function optionalBoolean(params: URLSearchParams, name: string, fallback: boolean): boolean {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw badInput(`the query parameter "${name}" must be true or false`, { parameter: name });
}
