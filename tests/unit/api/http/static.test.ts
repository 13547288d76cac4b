import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPage, distFiles } from '../../../../src/api/http/static.ts';
import { request, text } from './requests.ts';

const dir = mkdtempSync(join(tmpdir(), 'web-dist-'));
writeFileSync(join(dir, 'app.js'), 'console.log(1)');
writeFileSync(join(dir, 'notes.txt'), 'secret');

describe('the web app files', () => {
  it('serves the app page at / with its bundle from this host', async () => {
    const html = await text(await appPage()(request('GET', '/')));
    expect(html).toContain('<script type="module" src="/web/app.js"></script>');
    expect(html).toContain('<html lang="vi">');
  });

  it('serves a built file by its exact name with its type', async () => {
    const response = await distFiles(dir)(request('GET', '/web/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.body).toBe('console.log(1)');
  });

  it('refuses paths out of the folder and files of other types', async () => {
    for (const path of ['/web/../package.json', '/web/%2e%2e%2fpackage.json', '/web/notes.txt']) {
      expect((await distFiles(dir)(request('GET', path))).status).toBe(404);
    }
  });

  it('says how to build when the bundle is missing', async () => {
    const response = await distFiles(join(dir, 'nope'))(request('GET', '/web/app.js'));
    expect(response.status).toBe(503);
    expect(await text(response)).toContain('npm run build:web');
  });
});
