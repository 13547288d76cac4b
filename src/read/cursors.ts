/**
 * Page sizes and opaque cursors: base64url of the node id (lists by id), or of the sort key and
 * the id (lists in another order).
 */
import { badInput } from './errors.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}`, { argument: 'first' });
  }
  return size;
}

const PREFIX = 'id:';
const KEYED = 'key:';

export function encodeCursor(id: string): string {
  return Buffer.from(PREFIX + id, 'utf8').toString('base64url');
}

/** The id a cursor stands for; BAD_USER_INPUT for anything this API did not hand out. */
export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const text = /^[A-Za-z0-9_-]+$/.test(cursor)
    ? Buffer.from(cursor, 'base64url').toString('utf8')
    : '';
  if (!text.startsWith(PREFIX) || text.length === PREFIX.length) {
    throw badInput('after is not a cursor from this API', { argument: 'after' });
  }
  return text.slice(PREFIX.length);
}

/** A cursor for a list ordered by `key`, then id; `tag` names the order it belongs to. */
export function encodeKeyedCursor(key: string | number, id: string, tag?: string): string {
  const value = tag === undefined ? [key, id] : [key, id, tag];
  return Buffer.from(KEYED + JSON.stringify(value), 'utf8').toString('base64url');
}

function isKey(value: unknown): value is string | number {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** The sort key and id a keyed cursor stands for; BAD_USER_INPUT for anything else. */
export function decodeKeyedCursor(
  cursor: string | null | undefined,
  tag?: string,
): { key: string | number; id: string } | null {
  if (cursor === null || cursor === undefined) return null;
  const text = /^[A-Za-z0-9_-]+$/.test(cursor)
    ? Buffer.from(cursor, 'base64url').toString('utf8')
    : '';
  if (text.startsWith(KEYED)) {
    try {
      const value: unknown = JSON.parse(text.slice(KEYED.length));
      if (
        Array.isArray(value) &&
        value.length === (tag === undefined ? 2 : 3) &&
        isKey(value[0]) &&
        typeof value[1] === 'string' &&
        value[2] === tag
      ) {
        return { key: value[0], id: value[1] };
      }
    } catch {
      // not ours: reported below
    }
  }
  throw badInput('after is not a cursor from this API for this order', { argument: 'after' });
}
