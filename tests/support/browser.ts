/**
 * A real headless Chromium for the web tests: Debian's `chromium` driven by playwright-core
 * through its executable path (nothing downloads a browser). Every page is held to localhost:
 * a request anywhere else is aborted and recorded, and the tests assert none was attempted.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { repoRoot } from '../../src/paths.ts';

export const installCommand = 'apt-get install -y chromium';
const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/** Where screenshots of the pages go (a test artifact, ignored by git). */
export const screenshotDir = join(repoRoot, '.artifacts', 'web');

function found(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

function canInstall(): boolean {
  return process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
}

/** The Chromium executable; installed with apt-get when running as root, else a clear failure. */
export function chromiumPath(): string {
  const path = found();
  if (path) return path;
  if (canInstall()) {
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' });
    const installed = found();
    if (installed) return installed;
  }
  throw new Error(
    `Chromium is missing: install it with \`sudo ${installCommand}\` (Debian/Ubuntu), or set CHROMIUM_PATH`,
  );
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Root in a container has no user namespace for the sandbox.
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}

export interface LocalContext {
  context: BrowserContext;
  /** Every request that tried to leave localhost (aborted). */
  outside: string[];
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

export async function localOnlyContext(browser: Browser): Promise<LocalContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  mkdirSync(screenshotDir, { recursive: true });
  return { context, outside };
}
