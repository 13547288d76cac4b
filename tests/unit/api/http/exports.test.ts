import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { ExportRoute } from '../../../../src/api/exports/types.ts';
import { exportsHandler, safeFilename } from '../../../../src/api/http/exports.ts';
import { badInput, notFound } from '../../../../src/read/errors.ts';
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
    // What traversals throw: read errors, mapped at this edge.
    ['unknown.csv', failing(notFound('no document doc:x', { id: 'doc:x' }))],
    ['depth.csv', failing(badInput('depth must be from 1 to 3', { argument: 'depth' }))],
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
    expect(listing.exports.map((e) => e.path)).toHaveLength(8);
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

  it('answers a read error with its status, message, code and details', async () => {
    const unknown = await handle(request('GET', '/export/unknown.csv'));
    expect(unknown.status).toBe(404);
    expect(await json(unknown)).toEqual({
      errors: [{ message: 'no document doc:x', extensions: { code: 'NOT_FOUND', id: 'doc:x' } }],
    });
    const depth = await handle(request('GET', '/export/depth.csv'));
    expect(depth.status).toBe(400);
    expect(await json(depth)).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', argument: 'depth' } }],
    });
  });

  it('rethrows an uncoded failure, whose message must not reach the client', async () => {
    await expect(handle(request('GET', '/export/broken.csv'))).rejects.toThrow(
      'secret driver message',
    );
  });
});
