/**
 * Users, roles and secrecy levels end to end (issue 15), on the seed graph plus one document
 * marked TỐI MẬT (seed 003 renumbered 68-KH/HU, citing one plan no other document cites), through
 * GraphQL, an export and the web app's own operations, with keys of each role and clearance.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../src/api/server.ts';
import { createUser, type UserInput } from '../../src/graph/users.ts';
import { WebDocumentDocument, WebSearchDocument } from '../../web/src/generated/operations.ts';
import { postGraphQL, type GraphQLResponse } from '../support/api.ts';
import { database, testDriver } from '../support/neo4j.ts';
import { CITED_BY_MARKED_ONLY, MARKED, markedText } from '../support/marked.ts';
import { loadSeedGraph } from '../support/seed-graph.ts';

const ENV_KEY = 'the-shared-key';

/** The seed graph's documents: five texts and the ten they cite. */
const SEED_DOCUMENTS = [
  'doc:10-KH/TW@tw:2022',
  'doc:156-SY/TU@lang-son:2022',
  'doc:20-NQ/TW@tw:2022',
  'doc:29-NQ/TW@tw',
  'doc:46-CTr/TU@in:h:c17ea55ac633508e:2020',
  'doc:47-CTr/TU@quang-tri:2022',
  'doc:67-KH/HU@quang-tri/vinh-linh:2023',
  'doc:70-KL/TW@tw:2020',
  'doc:h:c17ea55ac633508e',
  'doc:h:e2ccd97eeb0684c6',
  'doc:named:chien-luoc-phat-trien-kinh-te-tap-the-hop-tac-xa-giai-doan-2021-2030',
  'doc:named:ke-hoach-phat-trien-kinh-te-tap-the-hop-tac-xa-giai-doan-2021-2025',
  'doc:named:luat-hop-tac-xa',
  'doc:named:luat-hop-tac-xa-nam-2012',
  'doc:named:nghi-quyet-trung-uong-5-khoa-ix',
];
const ALL_DOCUMENTS = [...SEED_DOCUMENTS, MARKED, CITED_BY_MARKED_ONLY].sort();

let driver: Driver;
let api: RunningApi;
const keys: Record<string, string> = {};
const ids: Record<string, string> = {};

const user = (name: string, role: UserInput['role'], more: Partial<UserInput> = {}): UserInput => ({
  name,
  role,
  clearance: 0,
  jurisdictions: null,
  agencies: null,
  ...more,
});

beforeAll(async () => {
  driver = testDriver();
  await loadSeedGraph(driver);
  api = await startApi(
    { driver, database, neo4jUri: 'bolt://test', apiKey: ENV_KEY, nationalRegistry: false },
    0,
  );
  const made = [
    user('reader, unmarked only', 'reader'),
    user('reader, Mật', 'reader', { clearance: 1 }),
    user('reader, Tối mật', 'reader', { clearance: 2 }),
    user('editor', 'editor'),
    user('admin', 'admin', { clearance: 3 }),
    user('Lạng Sơn, every level', 'reader', { clearance: 3, jurisdictions: ['lang-son'] }),
    user('Vĩnh Linh committee, every level', 'reader', {
      clearance: 3,
      agencies: ['quang-tri/vinh-linh/ban-thuong-vu-huyen-uy'],
    }),
  ];
  for (const [i, input] of made.entries()) {
    const created = await createUser(driver, database, input, 'test');
    const name = ['reader0', 'reader1', 'reader2', 'editor', 'admin', 'langSon', 'vinhLinh'][i]!;
    keys[name] = created.key;
    ids[name] = created.user.id;
  }
  const ingested = await post(
    'mutation($text: String!) { ingestDocument(text: $text, name: "marked") { outcome } }',
    { text: markedText() },
    ENV_KEY,
  );
  expect(ingested.body.errors).toBeUndefined();
  expect(ingested.body.data).toEqual({ ingestDocument: { outcome: 'CREATED' } });
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await driver?.close();
});

function post<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  key?: string,
): Promise<GraphQLResponse<T>> {
  return postGraphQL<T>(api, query, variables, key ? { 'x-api-key': key } : {});
}

async function documentIds(key?: string): Promise<{ ids: string[]; total: number }> {
  const r = await post<{ documents: { totalCount: number; edges: { node: { id: string } }[] } }>(
    '{ documents(first: 100) { totalCount edges { node { id } } } }',
    {},
    key,
  );
  expect(r.body.errors).toBeUndefined();
  const docs = r.body.data!.documents;
  return { ids: docs.edges.map((e) => e.node.id), total: docs.totalCount };
}

describe('secrecy levels through GraphQL', () => {
  it('lists the marked document and what it alone cites only to keys cleared to Tối mật', async () => {
    const unmarked = { ids: SEED_DOCUMENTS, total: SEED_DOCUMENTS.length };
    expect(await documentIds()).toEqual(unmarked);
    expect(await documentIds(keys.reader0)).toEqual(unmarked);
    expect(await documentIds(keys.reader1)).toEqual(unmarked);
    const all = { ids: ALL_DOCUMENTS, total: ALL_DOCUMENTS.length };
    expect(await documentIds(keys.reader2)).toEqual(all);
    expect(await documentIds(keys.admin)).toEqual(all);
    expect(await documentIds(ENV_KEY)).toEqual(all);
  });

  it('answers no such document, task or hit to a key not cleared for it', async () => {
    const q = `query($id: ID!, $task: ID!) { document(id: $id) { id secrecy } task: node(id: $task) { id }
      stats { documents tasks } }`;
    const vars = { id: MARKED, task: `${MARKED}#4.1.1` };
    const anonymous = await post(q, vars);
    expect(anonymous.body.errors).toBeUndefined();
    expect(anonymous.body.data).toMatchObject({ document: null, task: null });
    const cleared = await post(q, vars, keys.reader2);
    expect(cleared.body.data).toMatchObject({
      document: { id: MARKED, secrecy: 'TOI_MAT' },
      task: { id: `${MARKED}#4.1.1` },
    });
    const counts = (r: GraphQLResponse<Record<string, unknown>>) =>
      r.body.data?.stats as { documents: number; tasks: number };
    expect(counts(cleared).documents - counts(anonymous).documents).toBe(2);
    expect(counts(cleared).tasks).toBeGreaterThan(counts(anonymous).tasks);
  });

  it('leaves the marked document out of what a visible document links to', async () => {
    const q = `{ document(id: "doc:20-NQ/TW@tw:2022") { implementedBy { document { id } } } }`;
    const ids = async (key?: string) =>
      (
        (await post<{ document: { implementedBy: { document: { id: string } }[] } }>(q, {}, key))
          .body.data?.document.implementedBy ?? []
      )
        .map((d) => d.document.id)
        .sort();
    expect(await ids()).not.toContain(MARKED);
    expect(await ids(keys.reader2)).toEqual([...(await ids()), MARKED].sort());
  });
});

describe('scopes', () => {
  it('shows a province key the documents issued in, by or to Lạng Sơn, and what they cite', async () => {
    expect(await documentIds(keys.langSon)).toEqual({
      // What 10-KH/TW (received by Lạng Sơn's office) and 156-SY/TU (Lạng Sơn's copy) cite.
      ids: [
        'doc:10-KH/TW@tw:2022',
        'doc:156-SY/TU@lang-son:2022',
        'doc:20-NQ/TW@tw:2022',
        'doc:named:chien-luoc-phat-trien-kinh-te-tap-the-hop-tac-xa-giai-doan-2021-2030',
        'doc:named:ke-hoach-phat-trien-kinh-te-tap-the-hop-tac-xa-giai-doan-2021-2025',
        'doc:named:luat-hop-tac-xa',
        'doc:named:luat-hop-tac-xa-nam-2012',
      ],
      total: 7,
    });
  });

  it('shows an agency key what its body issued or received, marked ones included', async () => {
    expect(await documentIds(keys.vinhLinh)).toEqual({
      ids: [
        'doc:20-NQ/TW@tw:2022',
        'doc:29-NQ/TW@tw',
        'doc:47-CTr/TU@quang-tri:2022',
        'doc:67-KH/HU@quang-tri/vinh-linh:2023',
        MARKED,
        CITED_BY_MARKED_ONLY,
        'doc:named:luat-hop-tac-xa',
      ].sort(),
      total: 7,
    });
  });
});

describe('secrecy levels through an export and the web app', () => {
  const csv = async (key?: string): Promise<string> => {
    const response = await fetch(
      api.url.replace(/\/graphql$/, '/export/timeline.csv?dueFrom=2023-01-01&dueTo=2023-12-31'),
      { headers: key ? { 'x-api-key': key } : {} },
    );
    expect(response.status).toBe(200);
    return response.text();
  };

  it("exports the marked document's tasks only to a cleared key", async () => {
    const open = await csv();
    expect(open).toContain('doc:67-KH/HU@quang-tri/vinh-linh:2023#');
    expect(open).not.toContain('68-KH/HU');
    expect(await csv(keys.reader1)).toBe(open);
    const cleared = await csv(keys.reader2);
    // The marked copy's tasks are seed 003's, under its own id.
    const count = (text: string, id: string) => text.split(`${id}#`).length - 1;
    const seed003 = 'doc:67-KH/HU@quang-tri/vinh-linh:2023';
    expect(count(open, seed003)).toBeGreaterThan(0);
    expect(count(cleared, MARKED)).toBe(count(open, seed003));
    expect(count(cleared, seed003)).toBe(count(open, seed003));
  });

  it("runs the web app's own operations with what the key may see", async () => {
    const document = (key?: string) =>
      post<{ document: { id: string } | null }>(
        WebDocumentDocument.toString(),
        { id: MARKED },
        key,
      );
    expect((await document()).body.data?.document).toBeNull();
    expect((await document(keys.reader1)).body.data?.document).toBeNull();
    expect((await document(keys.reader2)).body.data?.document?.id).toBe(MARKED);
    const hits = async (key?: string): Promise<string[]> => {
      const r = await post<{ search: { hits: { node: { id: string } }[] } }>(
        WebSearchDocument.toString(),
        { text: 'Vĩnh Linh', first: 100 },
        key,
      );
      expect(r.body.errors).toBeUndefined();
      return r.body.data!.search.hits.map((h) => h.node.id);
    };
    const open = await hits();
    expect(open.some((id) => id.startsWith('doc:67-KH/HU'))).toBe(true);
    expect(open.filter((id) => id.startsWith(MARKED))).toEqual([]);
    expect((await hits(keys.reader2)).filter((id) => id.startsWith(MARKED)).length).toBeGreaterThan(
      0,
    );
  });
});

const codes = (r: GraphQLResponse<unknown>) => (r.body.errors ?? []).map((e) => e.extensions?.code);
const STATUS = `mutation($task: ID!) { updateTaskStatus(task: $task, status: DONE_ON_TIME, note: "checked") { keyId } }`;

describe('roles', () => {
  it('lets readers read only, editors write documents and statuses, admins manage users', async () => {
    const task = { task: 'doc:67-KH/HU@quang-tri/vinh-linh:2023#4.1.1' };
    expect(codes(await post(STATUS, task))).toEqual(['UNAUTHENTICATED']);
    const refused = await post(STATUS, task, keys.reader2);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.body.errors?.[0]?.message).toBe(
      'updateTaskStatus needs the editor role; the key of "reader, Tối mật" has the reader role',
    );
    const ingest = 'mutation { ingestDocument(text: "x") { outcome } }';
    expect(codes(await post(ingest, {}, keys.reader0))).toEqual(['FORBIDDEN']);
    const done = await post<{ updateTaskStatus: { keyId: string } }>(STATUS, task, keys.editor);
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data?.updateTaskStatus.keyId).toBe(ids.editor);
    const create = 'mutation { createUser(name: "x", role: READER) { key user { id } } }';
    expect(codes(await post(create, {}, keys.editor))).toEqual(['FORBIDDEN']);
    expect(codes(await post('{ users { id } }', {}, keys.editor))).toEqual(['FORBIDDEN']);
  });

  it('refuses an editor a text marked above its clearance, before writing it', async () => {
    const r = await post(
      'mutation($text: String!) { ingestDocument(text: $text, name: "again") { outcome } }',
      { text: markedText().replace('Số 68 -KH/HU', 'Số 69 -KH/HU') },
      keys.editor,
    );
    expect(codes(r)).toEqual(['FORBIDDEN']);
    const { records } = await driver.executeQuery(
      "MATCH (d:Document) WHERE d.id STARTS WITH 'doc:69-KH/HU' RETURN count(d) AS n",
      {},
      { database },
    );
    expect(records[0]?.get('n')).toBe(0);
  });

  it('creates and revokes a key through an admin; a revoked or unknown key is refused', async () => {
    const created = await post<{ createUser: { key: string; user: { id: string; role: string } } }>(
      'mutation { createUser(name: "temp", role: EDITOR, clearance: 1, jurisdictions: ["quang-tri"]) { key user { id role } } }',
      {},
      keys.admin,
    );
    expect(created.body.errors).toBeUndefined();
    const { key, user: made } = created.body.data!.createUser;
    expect(made.role).toBe('EDITOR');
    const me = await post<{
      viewer: { id: string; role: string; clearance: number; jurisdictions: string[] };
    }>('{ viewer { id role clearance jurisdictions } }', {}, key);
    expect(me.body.data?.viewer).toEqual({
      id: made.id,
      role: 'EDITOR',
      clearance: 1,
      jurisdictions: ['quang-tri'],
    });
    const revoked = await post(
      `mutation { revokeUser(id: "${made.id}") { revokedAt } }`,
      {},
      keys.admin,
    );
    expect(revoked.body.errors).toBeUndefined();
    for (const bad of [key, 'dgk_not-a-key']) {
      const r = await post('{ stats { documents } }', {}, bad);
      expect(r.status).toBe(401);
      expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    }
  });
});

describe('audit trail', () => {
  it('records every write with its user, queryable by target and by user', async () => {
    type Log = { auditLog: { userId: string; action: string; via: string; targets: string[] }[] };
    const byTarget = await post<Log>(
      `{ auditLog(target: "${MARKED}") { userId action via targets } }`,
      {},
      keys.admin,
    );
    expect(byTarget.body.data?.auditLog).toEqual([
      { userId: 'env', action: 'ingest', via: 'api', targets: [MARKED] },
    ]);
    const byEditor = await post<Log>(
      `{ auditLog(user: "${ids.editor}") { userId action via targets } }`,
      {},
      keys.admin,
    );
    expect(byEditor.body.data?.auditLog).toEqual([
      {
        userId: ids.editor,
        action: 'task-status',
        via: 'api',
        targets: ['doc:67-KH/HU@quang-tri/vinh-linh:2023#4.1.1'],
      },
    ]);
    const users = await post<Log>(
      `{ auditLog(user: "${ids.admin}") { userId action via targets } }`,
      {},
      keys.admin,
    );
    expect(users.body.data?.auditLog.map((e) => e.action)).toEqual(['user-revoke', 'user-create']);
  });
});
