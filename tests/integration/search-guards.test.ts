/**
 * Issue 15: search in decomposed Unicode (NFD, as some keyboards and macOS file names give it)
 * found nothing, and a search of over 1024 words was a 500. Over GraphQL, on the seed graph in
 * the test Neo4j's full-text index.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from '../../src/api/server.ts';
import { MAX_SEARCH_WORDS } from '../../src/read/search.ts';
import { postGraphQL, startTestApi } from '../support/api.ts';
import { testDriver } from '../support/neo4j.ts';
import { loadSeedGraph } from '../support/seed-graph.ts';

let driver: Driver;
let api: RunningApi;
beforeAll(async () => {
  driver = testDriver();
  await loadSeedGraph(driver);
  api = await startTestApi(driver);
});
afterAll(async () => {
  await api.stop();
  await driver.close();
});

const SEARCH = 'query ($text: String!) { search(text: $text, first: 5) { totalCount } }';
const search = (text: string) =>
  postGraphQL<{ search: { totalCount: number } }>(api, SEARCH, { text });

describe('search input over GraphQL', () => {
  it('finds in decomposed Unicode (NFD) what it finds in the composed form', async () => {
    const composed = 'Ban Tuyên giáo';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const nfc = await search(composed);
    const nfd = await search(decomposed);
    expect(nfc.body.errors).toBeUndefined();
    expect(nfc.body.data!.search.totalCount).toBeGreaterThan(0);
    expect(nfd.body).toEqual(nfc.body);
  });

  it('answers a search of 1,025 words with BAD_USER_INPUT, not a 500', async () => {
    const words = Array.from({ length: 1025 }, (_, i) => `w${i}`).join(' ');
    const response = await search(words);
    expect(response.status).toBe(200);
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        message: `search has 1025 words; at most ${MAX_SEARCH_WORDS} are allowed`,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
  });
});
