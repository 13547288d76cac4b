import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { ExportRoute } from '../../../../src/api/exports/types.ts';
import { exportsHandler, safeFilename } from '../../../../src/api/http/exports.ts';
import { json, request } from './requests.ts';

/** A stand-in reader: the routes below read from a list, not from Neo4j. */
type Reader = { rows: string[] };

const echo: ExportRoute<Reader> = {
  description: 'The rows, one per line',
  parameters: { prefix: 'put before each row' },
  handle: (params, db) =>
    Promise.resolve({
      contentType: 'text/plain; charset=utf-8',
      filename: 'rows "all".txt',
      body: db.rows.map((r) => `${params.get('prefix') ?? ''}${r}`).join('\n'),
    }),
};

const failing = (error: unknown): ExportRoute<Reader> => ({
  description: 'fails',
  parameters: {},
  handle: () => Promise.reject(error as Error),
});

let readers = 0;
const handle = exportsHandler(
  new Map<string, ExportRoute<Reader>>([
    ['rows.txt', echo],
    ['bad.csv', failing(new GraphQLError('depth 9', { extensions: { code: 'BAD_USER_INPUT' } }))],
    ['gone.csv', failing(new GraphQLError('no doc', { extensions: { code: 'NOT_FOUND' } }))],
    [
      'down.csv',
      failing(new GraphQLError('down', { extensions: { code: 'DATABASE_UNAVAILABLE' } })),
    ],
    ['slow.csv', failing(new GraphQLError('slow', { extensions: { code: 'QUERY_TIMEOUT' } }))],
    ['broken.csv', failing(new Error('secret driver message'))],
  ]),
  () => {
    readers += 1;
    return { rows: ['a', 'b'] };
  },
);

describe('exportsHandler', () => {
  it('lists the exports on the bare path', async () => {
    const response = await handle(request('GET', '/export'));
    expect(response.status).toBe(200);
    const listing = (await json(response)) as { exports: { path: string }[] };
    expect(listing.exports[0]).toEqual({
      path: '/export/rows.txt',
      description: 'The rows, one per line',
      parameters: { prefix: 'put before each row' },
    });
    expect(listing.exports.map((e) => e.path)).toHaveLength(6);
  });

  it('sends a file with its type and a safe attachment name, a fresh reader each time', async () => {
    readers = 0;
    const response = await handle(request('GET', '/export/rows.txt?prefix=%3E'));
    expect(response).toEqual({
      status: 200,
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'content-disposition': 'attachment; filename="rows__all_.txt"',
      },
      body: '>a\n>b',
    });
    await handle(request('GET', '/export/rows.txt'));
    expect(readers).toBe(2);
    expect(safeFilename('coverage-doc:10-KH/TW@tw:2022.csv')).toBe(
      'coverage-doc_10-KH_TW@tw_2022.csv',
    );
  });

  it('answers an unknown export with 404 NOT_FOUND', async () => {
    const response = await handle(request('GET', '/export/nope.csv'));
    expect(response.status).toBe(404);
    expect(await json(response)).toEqual({
      errors: [
        {
          message: 'no export "nope.csv"; GET /export lists them',
          extensions: { code: 'NOT_FOUND' },
        },
      ],
    });
  });

  it.each([
    ['bad.csv', 400, 'BAD_USER_INPUT'],
    ['gone.csv', 404, 'NOT_FOUND'],
    ['down.csv', 503, 'DATABASE_UNAVAILABLE'],
    ['slow.csv', 500, 'QUERY_TIMEOUT'],
  ])('maps a coded failure of %s to %i with its code', async (name, status, code) => {
    const response = await handle(request('GET', `/export/${name}`));
    expect(response.status).toBe(status);
    expect(await json(response)).toMatchObject({ errors: [{ extensions: { code } }] });
  });

  it('rethrows an uncoded failure, whose message must not reach the client', async () => {
    await expect(handle(request('GET', '/export/broken.csv'))).rejects.toThrow(
      'secret driver message',
    );
  });
});
