/**
 * The web app and GraphiQL in a real headless Chromium (Debian's chromium, playwright-core), on
 * the real server over the seed graph. Every request leaving localhost is aborted and recorded:
 * each test ends asserting there was none. Pages are compared with the API's own answers and
 * with facts of the seed documents (docs/domain.md §5). Screenshots go to .artifacts/web.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/paths.ts';
import { buildWeb } from '../../scripts/build-web.ts';
import type { WebDocumentQuery } from '../../web/src/generated/operations.ts';
import { documentFacts } from '../../web/src/pages/facts.ts';
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

// A loaded machine answers slowly: polls wait as long as a page load may.
const slow = { timeout: 30_000, interval: 250 };
const operation = (name: string): string =>
  readFileSync(join(repoRoot, 'operations', name), 'utf8');
const origin = (): string => seeded.api.url.replace(/\/graphql$/, '');

beforeAll(async () => {
  await buildWeb();
  browser = await launchChromium();
  local = await localOnlyContext(browser);
  page = await local.context.newPage();
  // axe-core in every page, injected by the browser itself (not a request, not subject to CSP).
  await page.addInitScript({ path: axePath });
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  expect(local.outside).toEqual([]);
  expect(pageErrors).toEqual([]);
});

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The page's serious or critical accessibility violations (axe-core), as `rule: count`. */
function seriousViolations(): Promise<string[]> {
  return page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
}

/** A screenshot of the page (a test artifact), and no serious accessibility violation on it. */
async function shot(name: string, checkAccessibility = true): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
  if (checkAccessibility) expect(await seriousViolations()).toEqual([]);
}

describe('GraphiQL at GET /graphql', () => {
  it('loads from the server alone, with the example operations as tabs, and runs them', async () => {
    await page.goto(`${origin()}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    await expect.poll(() => page.locator('.graphiql-tab').count(), slow).toBe(11);
    await expect
      .poll(() => page.locator('.graphiql-query-editor').innerText(), slow)
      .toContain('query ActorTasks');
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.graphiql-response').innerText(), slow)
      .toContain('"id": "doc:10-KH/TW@tw:2022#5.1.1"');
    // GraphiQL's own markup is not this project's: screenshot only.
    await shot('graphiql', false);
  }, 90_000);
});

describe('the web app', () => {
  it('finds bodies without diacritics, grouped by kind, and shows a body with its partners', async () => {
    await page.goto(`${origin()}/`);
    await page.locator('#q').fill('ban tuyen giao');
    await page.locator('#q').press('Enter');
    const orgs = page.locator('section[data-kind="Organization"]');
    await orgs.waitFor();
    expect(await orgs.locator('h2').innerText()).toMatch(/^Cơ quan, tổ chức \(\d+\)$/);
    await expect
      .poll(() => page.locator('section[data-kind="Task"] li').count(), slow)
      .toBeGreaterThan(0);
    await shot('search');
    await orgs.getByRole('link', { name: 'Ban Tuyên giáo Trung ương', exact: true }).click();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#/organization/tw/ban-tuyen-giao');
    const drawing = page.locator('.network[data-nodes]');
    await drawing.waitFor();
    const drawn = ((await drawing.getAttribute('data-nodes')) ?? '').split('\n').sort();
    const { coordinationPartners } = await seeded.query<{
      coordinationPartners: { partners: { partner: { id: string } }[] };
    }>(
      '{ coordinationPartners(organization: "tw/ban-tuyen-giao") { partners { partner { id } } } }',
    );
    expect(drawn).toEqual(
      ['tw/ban-tuyen-giao', ...coordinationPartners.partners.map((p) => p.partner.id)].sort(),
    );
    expect(drawn).toEqual(expect.arrayContaining(['tw/ban-kinh-te', 'tw/lien-minh-htx']));
    expect(await page.locator('section h2', { hasText: 'Nhiệm vụ chủ trì' }).innerText()).toBe(
      'Nhiệm vụ chủ trì (5)',
    );
    await shot('organization');
  }, 90_000);

  it("highlights every fact of 10-KH/TW from its evidence and shows a fact's record", async () => {
    const id = 'doc:10-KH/TW@tw:2022';
    const { document: doc } = await seeded.query<WebDocumentQuery>(
      operation('web/WebDocument.graphql'),
      {
        id,
      },
    );
    const facts = documentFacts(doc!).filter((f) => f.quote.length === f.end - f.start);
    await page.goto(`${origin()}/#/document/${encodeURIComponent(id)}`);
    await page.locator('.doc-text').waitFor();
    expect(await page.locator('.metadata').innerText()).toContain('Kế hoạch');
    expect(await page.locator('.metadata').innerText()).toContain('2022-08-23');
    // Each fact's marks, joined, are exactly its quote.
    const marks = await page
      .locator('mark[data-facts]')
      .evaluateAll((all) =>
        all.map((m) => [m.getAttribute('data-facts') ?? '', m.textContent ?? '']),
      );
    const shown = facts.map((f) =>
      marks
        .filter(([keys]) => keys!.split(' ').includes(f.key))
        .map(([, text]) => text)
        .join(''),
    );
    expect(shown).toEqual(facts.map((f) => f.quote));
    expect(facts.filter((f) => f.kind === 'lead').length).toBeGreaterThan(10);
    // II.2: Ban Tuyên giáo Trung ương leads; its lead mark opens the record.
    const task = doc!.tasks.find((t) => t.leads.some((l) => l.actor.id === 'tw/ban-tuyen-giao'))!;
    await page.locator(`button[data-task="${task.id}"]`).click();
    // Its evidence is scrolled to and focused (the flash is gone after 1.5 s).
    await expect
      .poll(() => page.evaluate("document.activeElement?.getAttribute('data-facts') ?? ''"), slow)
      .toContain(task.id);
    await page
      .locator('mark[data-kind="lead"]', { hasText: 'Ban Tuyên giáo Trung ương' })
      .first()
      .click();
    const record = page.locator('.fact-record');
    expect(await record.innerText()).toContain('Chủ trì');
    expect(await record.getByRole('link').innerText()).toBe('Ban Tuyên giáo Trung ương');
    await shot('document');
  }, 90_000);

  it('lists Liên minh Hợp tác xã tỉnh as not covered on seed 001, worst documents first', async () => {
    await page.goto(`${origin()}/#/audit`);
    await page.locator('table.report tbody tr').first().waitFor();
    const rows = await page
      .locator('table.report tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-document')));
    const { coverageReport } = await seeded.query<{
      coverageReport: { edges: { node: { document: { id: string } } }[] };
    }>('{ coverageReport(first: 50) { edges { node { document { id } } } } }');
    expect(rows).toEqual(coverageReport.edges.map((e) => e.node.document.id));
    await page.locator('tr[data-document="doc:h:c17ea55ac633508e"] a').click();
    const row = page.locator('table.coverage tr', { hasText: 'Liên minh Hợp tác xã tỉnh' });
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('NOT_COVERED');
    expect(await row.locator('td').first().innerText()).toBe('không có trong nơi nhận');
    const csv = await page
      .locator('table.coverage')
      .locator('xpath=..')
      .locator('a.csv')
      .getAttribute('href');
    const download = await seeded.download(csv!);
    expect(download.status).toBe(200);
    expect(download.body).toContain('Liên minh Hợp tác xã tỉnh');
    await shot('audit');
  }, 90_000);

  it('places 47-CTr/TU between 20-NQ/TW and 67-KH/HU in the cascade', async () => {
    await page.goto(`${origin()}/#/document/${encodeURIComponent('doc:20-NQ/TW@tw:2022')}`);
    const down = page.locator('section', {
      has: page.locator('h2', { hasText: 'Văn bản triển khai' }),
    });
    await down.locator('li').first().waitFor();
    const items = await down
      .locator('li')
      .evaluateAll((lis) =>
        lis.map((li) => `${li.getAttribute('data-depth')} ${li.getAttribute('data-cascade')}`),
      );
    const at = items.indexOf('1 47-CTr/TU');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(items[at + 1]).toBe('2 67-KH/HU');
    expect(await down.locator('li[data-cascade="47-CTr/TU"]').innerText()).toContain('suy ra');
    await shot('cascade');
  }, 90_000);

  it('switches between Vietnamese (the default) and English', async () => {
    await page.goto(`${origin()}/#/search`);
    await page.locator('header nav').waitFor();
    expect(await page.locator('header nav').innerText()).toContain('Tìm kiếm');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('header nav').innerText()).toContain('Recipient audit');
    expect(await page.locator('h1').innerText()).toBe('Search');
    // the document's lang follows the switch in an effect, after the render
    await expect.poll(() => page.locator('html').getAttribute('lang'), slow).toBe('en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    expect(await page.locator('h1').innerText()).toBe('Tìm kiếm');
  }, 60_000);
});
