/** The API's pure parts: search escaping, cursors, page sizes, the batcher, error masking. */
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { Batcher } from '../../../src/api/batch.ts';
import { luceneQuery } from '../../../src/read/search.ts';
import { formatError, fromDatabaseError, toApiError } from '../../../src/api/errors.ts';
import { ReadError, badInput, notFound } from '../../../src/read/errors.ts';
import { decodeCursor, encodeCursor, pageSize } from '../../../src/read/cursors.ts';

const codeOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    if (error instanceof GraphQLError) return error.extensions.code;
    return error instanceof ReadError ? error.code : error;
  }
  return undefined;
};

describe('luceneQuery', () => {
  it('requires every word, lower-cased so AND/OR/NOT stay words', () => {
    expect(luceneQuery('Ban  Tuyên giáo')).toBe('ban AND tuyên AND giáo');
    expect(luceneQuery('ban OR NOT giao')).toBe('ban AND or AND not AND giao');
  });

  it('escapes every Lucene syntax character and drops words without letters or digits', () => {
    expect(luceneQuery('tuyen* (giao) a:b "x" 10-KH/TW ~ && ||')).toBe(
      'tuyen\\* AND \\(giao\\) AND a\\:b AND \\"x\\" AND 10\\-kh\\/tw',
    );
    expect(luceneQuery('a+b!c^d[e]{f}?g\\h|i&j')).toBe(
      'a\\+b\\!c\\^d\\[e\\]\\{f\\}\\?g\\\\h\\|i\\&j',
    );
  });

  it('rejects input with no word as BAD_USER_INPUT', () => {
    expect(codeOf(() => luceneQuery('  *** -- '))).toBe('BAD_USER_INPUT');
  });
});

describe('cursors and page sizes', () => {
  it('round-trips any id, opaquely', () => {
    for (const id of ['doc:10-KH/TW@tw:2022#5.3.1', 'tw/ban-tuyen-giao', 'Đảng ủy xã']) {
      const cursor = encodeCursor(id);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(cursor).not.toContain(id);
      expect(decodeCursor(cursor)).toBe(id);
    }
    expect(decodeCursor(null)).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });

  it('rejects cursors it did not hand out', () => {
    for (const cursor of ['', 'not a cursor', 'Zm9vYmFy', encodeCursor('x').slice(0, 2), 'aWQ6']) {
      expect(codeOf(() => decodeCursor(cursor))).toBe('BAD_USER_INPUT');
    }
  });

  it('defaults to 20 and allows 0 to 100', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(null)).toBe(20);
    expect(pageSize(0)).toBe(0);
    expect(pageSize(100)).toBe(100);
    for (const bad of [101, -1, 1.5]) expect(codeOf(() => pageSize(bad))).toBe('BAD_USER_INPUT');
  });
});

describe('Batcher', () => {
  it('fetches the keys asked for in one go once, caches them, and fills misses', async () => {
    const fetch = vi.fn(
      async (keys: string[]) =>
        new Map(keys.filter((k) => k !== 'x').map((k) => [k, k.toUpperCase()])),
    );
    const batcher = new Batcher<string | null>(fetch, () => null);
    const values = await Promise.all(['a', 'b', 'a', 'x'].map((k) => batcher.load(k)));
    expect(values).toEqual(['A', 'B', 'A', null]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(['a', 'b', 'x']);
    expect(await batcher.load('b')).toBe('B');
    expect(fetch).toHaveBeenCalledTimes(1);
    await batcher.load('c');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('rejects every key of a failed batch', async () => {
    const batcher = new Batcher<string>(
      () => Promise.reject(new Error('down')),
      () => '',
    );
    const results = await Promise.allSettled([batcher.load('a'), batcher.load('b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});

describe('fromDatabaseError', () => {
  it('maps driver failures to codes and hides their messages', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const mapped = (code: string) => {
      const error = fromDatabaseError(Object.assign(new Error(`secret ${code}`), { code }));
      return [error.extensions.code, error.message.includes('secret')];
    };
    expect(mapped('ServiceUnavailable')).toEqual(['DATABASE_UNAVAILABLE', false]);
    expect(mapped('SessionExpired')).toEqual(['DATABASE_UNAVAILABLE', false]);
    expect(mapped('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')).toEqual([
      'QUERY_TIMEOUT',
      false,
    ]);
    expect(mapped('Neo.ClientError.Statement.SyntaxError')).toEqual([
      'INTERNAL_SERVER_ERROR',
      false,
    ]);
    spy.mockRestore();
  });
});

describe('formatError', () => {
  it('masks errors not raised on purpose, and keeps coded ones without a stack trace', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const unexpected = new GraphQLError('MATCH (n) secret', {
      path: ['tasks'],
      originalError: new Error('MATCH (n) secret'),
    });
    expect(
      formatError(
        {
          message: 'MATCH (n) secret',
          path: ['tasks'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] },
        },
        unexpected,
      ),
    ).toEqual({
      message: 'internal server error',
      path: ['tasks'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    spy.mockRestore();
    const coded = new GraphQLError('first must be between 0 and 100', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(
      formatError(
        { message: coded.message, extensions: { code: 'BAD_USER_INPUT', stacktrace: ['x'] } },
        coded,
      ),
    ).toEqual({ message: coded.message, extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('read errors at the API edge', () => {
  it('become coded API errors with their details as extensions', () => {
    const mapped = toApiError(notFound('no document doc:x', { id: 'doc:x' }));
    expect(mapped).toBeInstanceOf(GraphQLError);
    expect((mapped as GraphQLError).extensions).toEqual({ code: 'NOT_FOUND', id: 'doc:x' });
    expect(toApiError(new ReadError('INTERNAL', 'internal server error'))).toMatchObject({
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const other = new Error('not a read error');
    expect(toApiError(other)).toBe(other);
  });

  it('are formatted with their code when a resolver throws one', () => {
    const thrown = badInput('depth must be from 1 to 3', { argument: 'depth' });
    const wrapped = new GraphQLError(thrown.message, { path: ['x'], originalError: thrown });
    expect(
      formatError(
        { message: thrown.message, path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        wrapped,
      ),
    ).toEqual({
      message: 'depth must be from 1 to 3',
      path: ['x'],
      extensions: { code: 'BAD_USER_INPUT', argument: 'depth' },
    });
  });
});
