import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { codedError, legacyJsonStatus, statusOfCode } from '../../../../src/api/http/status.ts';

const body = (errors: unknown, data?: unknown): string =>
  JSON.stringify(data === undefined ? { errors } : { errors, data });
const coded = (code: string) => ({ message: 'm', extensions: { code } });
const JSON_TYPE = 'application/json; charset=utf-8';

describe('statusOfCode', () => {
  it.each([
    ['BAD_USER_INPUT', 400],
    ['NOT_FOUND', 404],
    ['DATABASE_UNAVAILABLE', 503],
    ['QUERY_TIMEOUT', 500],
    ['SOMETHING_NEW', 500],
  ])('%s → %i', (code, status) => expect(statusOfCode(code)).toBe(status));
});

describe('codedError', () => {
  it('keeps the message and extensions of a coded error, by shape', () => {
    const error = new GraphQLError('bad depth', {
      extensions: { code: 'BAD_USER_INPUT', parameter: 'depth' },
    });
    expect(codedError(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'bad depth',
      extensions: { code: 'BAD_USER_INPUT', parameter: 'depth' },
    });
    const lookalike = Object.assign(new Error('gone'), { extensions: { code: 'NOT_FOUND' } });
    expect(codedError(lookalike)?.code).toBe('NOT_FOUND');
  });

  it('hides uncoded and internal errors', () => {
    expect(codedError(new Error('driver said something secret'))).toBeNull();
    expect(codedError(null)).toBeNull();
    expect(
      codedError(new GraphQLError('x', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })),
    ).toBeNull();
    expect(codedError(new GraphQLError('x', { extensions: { code: 42 } }))).toBeNull();
  });
});

describe('legacyJsonStatus', () => {
  it('answers 200 under application/json for errors before execution', () => {
    for (const code of [
      'GRAPHQL_PARSE_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
      'QUERY_TOO_COMPLEX',
      'BAD_USER_INPUT',
    ]) {
      expect(legacyJsonStatus(400, JSON_TYPE, body([coded(code)]))).toBe(200);
    }
  });

  it('keeps 400 under application/graphql-response+json', () => {
    const type = 'application/graphql-response+json; charset=utf-8';
    expect(legacyJsonStatus(400, type, body([coded('GRAPHQL_PARSE_FAILED')]))).toBe(400);
  });

  it('keeps a malformed request, data, another code or another status as they are', () => {
    expect(legacyJsonStatus(400, JSON_TYPE, body([coded('UNAUTHENTICATED')]))).toBe(400);
    expect(
      legacyJsonStatus(400, JSON_TYPE, body([coded('BAD_USER_INPUT'), { message: 'x' }])),
    ).toBe(400);
    expect(legacyJsonStatus(400, JSON_TYPE, body([coded('BAD_USER_INPUT')], null))).toBe(400);
    expect(legacyJsonStatus(400, JSON_TYPE, body([]))).toBe(400);
    expect(legacyJsonStatus(400, JSON_TYPE, 'not json')).toBe(400);
    expect(legacyJsonStatus(400, undefined, body([coded('BAD_USER_INPUT')]))).toBe(400);
    expect(legacyJsonStatus(500, JSON_TYPE, body([coded('BAD_USER_INPUT')]))).toBe(500);
  });
});
