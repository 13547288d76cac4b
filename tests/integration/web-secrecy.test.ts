/**
 * Secrecy levels in the web app (issue 15), in a real headless Chromium: the app sends the key
 * kept in its session (as it does after asking for one), and a document marked TỐI MẬT is not
 * there for a key without clearance — its page says "not found", search does not list it or its
 * tasks — while an admin's key shows its page, its text and its hits. As web.test.ts: nothing
 * may leave localhost, no script error. The original's link works for a cleared key (the app's
 * key cookie, web/src/key.ts), and a reader gives or forgets a key with the header's button.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../../scripts/build-web.ts';
import { startApi, type RunningApi } from '../../src/api/server.ts';
import { ingestText } from '../../src/api/ingest.ts';
import { createUser } from '../../src/graph/users.ts';
import { readerInput } from '../support/users.ts';
import { UNRESTRICTED } from '../../src/read/viewer.ts';
import { launchChromium, localOnlyContext, type LocalContext } from '../support/browser.ts';
import { MARKED, markedText } from '../support/marked.ts';
import { database, testDriver } from '../support/neo4j.ts';
import { loadSeedGraph } from '../support/seed-graph.ts';
import type { Driver } from 'neo4j-driver';

let driver: Driver;
let api: RunningApi;
let browser: Browser | undefined;
let sourceDir: string;
const markedBytes = Buffer.from(markedText(), 'utf8');
const markedSha = createHash('sha256').update(markedBytes).digest('hex');
const keys: Record<string, string> = {};
const contexts: LocalContext[] = [];

const slow = { timeout: 30_000, interval: 250 };
const origin = (): string => api.url.replace(/\/graphql$/, '');

const user = readerInput;

beforeAll(async () => {
  driver = testDriver();
  await loadSeedGraph(driver);
  sourceDir = mkdtempSync(join(tmpdir(), 'dg-web-secrecy-'));
  await ingestText(
    driver,
    database,
    { file: { name: 'marked.txt', contentBase64: markedBytes.toString('base64') } },
    { viewer: UNRESTRICTED, sourceDir },
  );
  await driver.executeQuery(
    'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()',
    {},
    { database },
  );
  keys.mat = (await createUser(driver, database, user('Mật', { clearance: 1 }), 'test')).key;
  keys.admin = (
    await createUser(driver, database, user('admin', { role: 'admin', clearance: 3 }), 'test')
  ).key;
  api = await startApi(
    {
      driver,
      database,
      neo4jUri: 'bolt://test',
      apiKey: 'env-key',
      nationalRegistry: false,
      sourceDir,
    },
    0,
  );
  await buildWeb();
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await driver?.close();
  if (sourceDir) rmSync(sourceDir, { recursive: true, force: true });
});

/** A page of the app in a fresh browser context whose session holds `key` (none: anonymous);
 *  the keys its GraphQL requests carried are collected in `sent`. */
async function pageWith(
  key: string | undefined,
): Promise<{ page: Page; sent: (string | null)[]; errors: string[] }> {
  const local = await localOnlyContext(browser!);
  contexts.push(local);
  if (key) {
    // Set as the app sets it after asking for a key (web/src/client.ts), before any script.
    await local.context.addInitScript(
      `sessionStorage.setItem('directive-graph.api-key', ${JSON.stringify(key)})`,
    );
  }
  const page = await local.context.newPage();
  page.setDefaultTimeout(30_000);
  const sent: (string | null)[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql')) sent.push(request.headers()['x-api-key'] ?? null);
  });
  return { page, sent, errors };
}

/** The ids the search page lists for "Vĩnh Linh" (tasks, bodies…). */
async function searchHits(page: Page): Promise<string[]> {
  await page.goto(`${origin()}/`);
  await page.locator('#q').fill('Vĩnh Linh');
  await page.locator('#q').press('Enter');
  await expect
    .poll(() => page.locator('section[data-kind="Task"] li').count(), slow)
    .toBeGreaterThan(0);
  return page
    .locator('li[data-id]')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-id') ?? ''));
}

const ofMarked = (ids: string[]): string[] => ids.filter((id) => id.startsWith(MARKED));

describe('a marked document in the web app', () => {
  it.each([
    ['no key', undefined],
    ['a key cleared to Mật only', 'mat'],
  ])(
    'is not found with %s, and not in its search',
    async (_, name) => {
      const key = name ? keys[name] : undefined;
      const { page, sent, errors } = await pageWith(key);
      await page.goto(`${origin()}/#/document/${encodeURIComponent(MARKED)}`);
      const failure = page.locator('.failure');
      await failure.waitFor();
      expect(await failure.innerText()).toContain('Không tìm thấy.');
      expect(await page.locator('article.document').count()).toBe(0);
      const hits = await searchHits(page);
      // The unmarked original of the copy is there; nothing of the marked copy is.
      expect(hits.some((id) => id.startsWith('doc:67-KH/HU@quang-tri/vinh-linh:2023#'))).toBe(true);
      expect(ofMarked(hits)).toEqual([]);
      expect(new Set(sent)).toEqual(new Set([key ?? null]));
      expect(errors).toEqual([]);
    },
    120_000,
  );

  it("shows an admin's key its page, its text and its hits", async () => {
    const { page, sent, errors } = await pageWith(keys.admin);
    await page.goto(`${origin()}/#/document/${encodeURIComponent(MARKED)}`);
    const title = page.locator('article.document h1');
    await title.waitFor();
    expect(await title.innerText()).toMatch(/^68-KH\/HU/);
    expect(await page.locator('.doc-text').innerText()).toContain('TỐI MẬT');
    const hits = await searchHits(page);
    // Its tasks: the unmarked original's, under its own id.
    expect(ofMarked(hits).length).toBeGreaterThan(0);
    expect(ofMarked(hits).length).toBe(
      hits.filter((id) => id.startsWith('doc:67-KH/HU@quang-tri/vinh-linh:2023#')).length,
    );
    expect(new Set(sent)).toEqual(new Set([keys.admin]));
    expect(errors).toEqual([]);
  }, 120_000);

  it("opens the original from its page with an admin's key, and not with a Mật key", async () => {
    const admin = await pageWith(keys.admin);
    await admin.page.goto(`${origin()}/#/document/${encodeURIComponent(MARKED)}`);
    const link = admin.page.locator('a[data-source]');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/sources/${markedSha}`);
    const [opened] = await Promise.all([
      admin.page.waitForResponse((r) => r.url().endsWith(`/sources/${markedSha}`)),
      link.click(),
    ]);
    expect(opened.status()).toBe(200);
    expect(await opened.text()).toBe(markedText());
    expect(admin.errors).toEqual([]);

    const mat = await pageWith(keys.mat);
    await mat.page.goto(`${origin()}/`);
    const refused = await mat.page.goto(`${origin()}/sources/${markedSha}`);
    expect(refused?.status()).toBe(404);
  }, 120_000);

  it("takes a reader's key from the header's button, and forgets it", async () => {
    const { page, sent, errors } = await pageWith(undefined);
    page.on('dialog', (dialog) => void dialog.accept(` ${keys.admin} `));
    await page.goto(`${origin()}/#/document/${encodeURIComponent(MARKED)}`);
    await page.locator('.failure').waitFor();
    const button = page.locator('header button.key');
    expect(await button.innerText()).toBe('Nhập khoá API');
    await button.click();
    await page.locator('article.document h1').waitFor();
    expect(await page.locator('header button.key').innerText()).toBe('Bỏ khoá API');
    expect(await page.locator('a[data-source]').getAttribute('href')).toBe(`/sources/${markedSha}`);
    await page.locator('header button.key').click();
    await page.locator('.failure').waitFor();
    expect(await page.locator('header button.key').innerText()).toBe('Nhập khoá API');
    // A page may ask more than once; what matters is which key each load carried.
    const loads = sent.filter((key, i) => i === 0 || key !== sent[i - 1]);
    expect(loads).toEqual([null, keys.admin, null]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('tried nothing outside localhost', () => {
    expect(contexts.flatMap((c) => c.outside)).toEqual([]);
  });
});
