/**
 * The web app's cascade, deadlines and targets pages, the document page's whole text and the
 * organization page's plans owed, in a real headless Chromium on the seed graph (as web.test.ts:
 * nothing may leave localhost, axe-core finds no serious violation, screenshots in .artifacts/web).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../../scripts/build-web.ts';
import {
  launchChromium,
  localOnlyContext,
  screenshotDir,
  type LocalContext,
} from '../support/browser.ts';
import { useSeedGraphApi } from '../support/seed-graph.ts';

const seeded = useSeedGraphApi();
let browser: Browser | undefined;
let local: LocalContext;
let page: Page;
const pageErrors: string[] = [];
/** The operation names of the GraphQL requests the page made. */
let operations: string[] = [];

const slow = { timeout: 30_000, interval: 250 };
const origin = (): string => seeded.api.url.replace(/\/graphql$/, '');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

beforeAll(async () => {
  await buildWeb();
  browser = await launchChromium();
  local = await localOnlyContext(browser);
  page = await local.context.newPage();
  await page.addInitScript({ path: axePath });
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    const name = /^\s*(?:#.*\n)*\s*query (\w+)/.exec(
      (JSON.parse(request.postData() ?? '{}') as { query?: string }).query ?? '',
    );
    if (request.url().endsWith('/graphql') && name) operations.push(name[1]!);
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  expect(local.outside).toEqual([]);
  expect(pageErrors).toEqual([]);
  operations = [];
});

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
  const serious: string[] = await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })
    .then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
  expect(serious).toEqual([]);
}

describe('the web app, further pages', () => {
  it('shows the whole text of 10-KH/TW, facts marked in it, and links the original', async () => {
    const id = 'doc:10-KH/TW@tw:2022';
    const { document } = await seeded.query<{
      document: { text: string; source: { fileName: string; url: string } };
    }>('query ($id: ID!) { document(id: $id) { text source { fileName url } } }', { id });
    await page.goto(`${origin()}/#/document/${encodeURIComponent(id)}`);
    await page.locator('.doc-text.whole mark').first().waitFor();
    expect((await page.locator('.doc-text').innerText()).trim()).toBe(document.text.trim());
    const original = page.locator('a[data-source]');
    expect(await original.getAttribute('href')).toBe(document.source.url);
    expect(await original.innerText()).toContain(document.source.fileName);
    await shot('document-whole-text');
  }, 90_000);

  it("lists a body's plans owed with one query (plansOwed), as the per-document checks say", async () => {
    const body = 'quang-tri/vinh-linh/ban-dan-van-huyen-uy';
    const docs = await seeded.query<{ documents: { edges: { node: { id: string } }[] } }>(
      '{ documents(first: 50, filter: { status: INGESTED }) { edges { node { id } } } }',
    );
    const expected: string[] = [];
    for (const { node } of docs.documents.edges) {
      const { pendingImplementations: p } = await seeded.query<{
        pendingImplementations: { bodies: { body: { id: string }; implemented: boolean }[] };
      }>(
        'query ($d: ID!) { pendingImplementations(document: $d) { bodies { body { id } implemented } } }',
        {
          d: node.id,
        },
      );
      if (p.bodies.some((b) => b.body.id === body && !b.implemented)) expected.push(node.id);
    }
    expect(expected).toEqual(['doc:67-KH/HU@quang-tri/vinh-linh:2023']);
    const { plansOwed } = await seeded.query<{ plansOwed: { document: { id: string } }[] }>(
      'query ($b: ID!) { plansOwed(body: $b) { document { id } } }',
      { b: body },
    );
    expect(plansOwed.map((p) => p.document.id)).toEqual(expected);
    await page.goto(`${origin()}/#/organization/${encodeURIComponent(body)}`);
    const owed = page.locator('ul.owes-plans li');
    await owed.first().waitFor();
    expect(await owed.allInnerTexts()).toEqual(['67-KH/HU']);
    expect(operations.filter((o) => o === 'WebPlansOwed')).toHaveLength(1);
  }, 90_000);

  it('draws the cascade of 20-NQ/TW with 47-CTr/TU (inferred) between it and 67-KH/HU', async () => {
    await page.goto(`${origin()}/#/cascade`);
    await page.locator('#cascade-number').fill('20-NQ/TW');
    await page.locator('#cascade-number').press('Enter');
    const drawing = page.locator('.network.tree[data-edges]');
    await drawing.waitFor();
    const edges = ((await drawing.getAttribute('data-edges')) ?? '').split('\n');
    expect(edges).toEqual(
      expect.arrayContaining(['20-NQ/TW -> 47-CTr/TU', '47-CTr/TU -> 67-KH/HU']),
    );
    expect(edges).not.toContain('20-NQ/TW -> 67-KH/HU');
    const inferred = page.locator('ul.cascade li[data-cascade="47-CTr/TU"]');
    expect(await inferred.innerText()).toContain('suy ra');
    expect(await inferred.innerText()).toContain('chưa nạp');
    const { implementationTree } = await seeded.query<{
      implementationTree: { byLevel: { level: string | null; documents: number }[] };
    }>(
      '{ implementationTree(document: "doc:20-NQ/TW@tw:2022", direction: DOWN, depth: 5) { byLevel { level documents } } }',
    );
    const rows = await page
      .locator('table.by-level tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[0]?.textContent ?? ''));
    expect(rows.map(Number)).toEqual(implementationTree.byLevel.map((l) => l.documents));
    await shot('cascade-page');
  }, 90_000);

  it('lists deadlines by month, overdue ones marked, filtered by jurisdiction and body', async () => {
    await page.goto(`${origin()}/#/deadlines?jurisdiction=quang-tri`);
    await page.locator('ol.timeline li[data-month]').first().waitFor();
    const { timeline } = await seeded.query<{
      timeline: {
        totalCount: number;
        edges: { node: { id: string; deadline: { end: string } } }[];
      };
    }>(
      '{ timeline(filter: { jurisdiction: "quang-tri" }, first: 100) { totalCount edges { node { id deadline { end } } } } }',
    );
    expect(timeline.totalCount).toBeGreaterThan(0);
    const shown = await page
      .locator('ol.timeline li[data-task]')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-task')));
    expect(shown).toEqual(timeline.edges.map((e) => e.node.id));
    const months = await page
      .locator('ol.timeline > li')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-month') ?? ''));
    expect(months).toEqual([...months].sort());
    // The seeds' deadlines (2022–2023) are all past: one-off ones are overdue.
    expect(await page.locator('li[data-task] .overdue').count()).toBeGreaterThan(0);
    await shot('deadlines');
    await page.locator('input[name="body"]').fill('quang-tri/vinh-linh/ban-dan-van-huyen-uy');
    await page.locator('input[name="body"]').press('Enter');
    await expect
      .poll(() => decodeURIComponent(new URL(page.url()).hash), slow)
      .toContain('body=quang-tri/vinh-linh/ban-dan-van-huyen-uy');
    const { timeline: led } = await seeded.query<{ timeline: { totalCount: number } }>(
      '{ timeline(filter: { jurisdiction: "quang-tri", actor: "quang-tri/vinh-linh/ban-dan-van-huyen-uy" }) { totalCount } }',
    );
    await expect
      .poll(() => page.locator('ol.timeline li[data-task]').count(), slow)
      .toBe(led.totalCount);
  }, 90_000);

  it('charts each metric across jurisdictions, groups set by several documents first', async () => {
    const { targets } = await seeded.query<{
      targets: {
        sharedCount: number;
        groups: { key: string; entries: { target: { value: number | null } }[] }[];
      };
    }>('{ targets { sharedCount groups { key entries { target { value } } } } }');
    await page.goto(`${origin()}/#/targets`);
    await page.locator('figure.target-chart').first().waitFor();
    const charts = await page
      .locator('figure.target-chart')
      .evaluateAll((fs) =>
        fs.map((f) => [f.getAttribute('data-group'), f.querySelectorAll('g.bar').length]),
      );
    expect(charts).toHaveLength(targets.groups.length);
    const shared = targets.groups.filter((g) => g.entries.length > 1);
    expect(shared).toHaveLength(targets.sharedCount);
    expect(charts.slice(0, shared.length)).toEqual(shared.map((g) => [g.key, g.entries.length]));
    const first = page.locator('figure.target-chart').first();
    const bars = await first
      .locator('g.bar')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-jurisdiction')));
    expect(bars).toContain('quang-tri/vinh-linh');
    await shot('targets');
    await page.locator('input[name="metric"]').fill('hop tac xa');
    await page.locator('input[name="metric"]').press('Enter');
    await expect.poll(() => new URL(page.url()).hash, slow).toContain('metric=hop+tac+xa');
  }, 90_000);
});
