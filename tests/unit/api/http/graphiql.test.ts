import { describe, expect, it } from 'vitest';
import {
  exampleOperations,
  graphiqlPage,
  withGraphiQL,
} from '../../../../src/api/http/graphiql.ts';
import { jsonResponse } from '../../../../src/api/http/types.ts';
import { request, text } from './requests.ts';

const page = graphiqlPage([{ name: 'Evil', query: '# </script><script>alert(1)</script>\n{ a }' }]);
const handle = withGraphiQL(page, () => Promise.resolve(jsonResponse(200, { handled: 'graphql' })));

describe('withGraphiQL', () => {
  it('answers a browser GET with the GraphiQL page, confined to this host', async () => {
    const response = await handle(request('GET', '/graphql', { accept: 'text/html,*/*' }));
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    const html = await text(response);
    expect(html).toContain('<script type="module" src="/web/graphiql.js"></script>');
    // An operation's text cannot close the JSON's script element.
    expect(html).not.toContain('</script><script>alert');
    expect(html).toContain('\\u003c/script>');
  });

  it('passes every other request on: POST, GET with a query, clients asking for JSON', async () => {
    for (const r of [
      request('POST', '/graphql', { accept: 'text/html' }, '{}'),
      request('GET', '/graphql?query=%7Ba%7D', { accept: 'text/html' }),
      request('GET', '/graphql', { accept: 'application/json' }),
    ]) {
      expect(await text(await handle(r))).toBe('{"handled":"graphql"}');
    }
  });

  it("preloads the README's example operations from operations/, not the web app's own", () => {
    const names = exampleOperations().map((o) => o.name);
    expect(names).toContain('DocumentByNumber');
    expect(names).toContain('RecipientCoverage');
    expect(names.some((n) => n.startsWith('Web'))).toBe(false);
  });
});
