/**
 * The reader's API key, kept for the browser session (sessionStorage) and, for plain links to
 * originals, in a cookie the server reads on GET /sources/ only (docs/operations.md, "The web
 * app and keys"): a link cannot carry the `x-api-key` header, and without it a cleared reader
 * got 404 for the original of a marked document. SameSite=Strict keeps it off cross-site
 * requests; the path keeps it off every other route.
 */
const storage = 'directive-graph.api-key';
export const KEY_COOKIE = 'directive-graph-key';

function cookie(value: string, maxAge?: number): void {
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  const age = maxAge === undefined ? '' : `; Max-Age=${maxAge}`;
  document.cookie = `${KEY_COOKIE}=${encodeURIComponent(value)}; Path=/sources/; SameSite=Strict${age}${secure}`;
}

export function apiKey(): string | null {
  return sessionStorage.getItem(storage);
}

export function keepKey(key: string): void {
  sessionStorage.setItem(storage, key);
  cookie(key);
}

export function forgetKey(): void {
  sessionStorage.removeItem(storage);
  cookie('', 0);
}

/** A session restored by the browser keeps sessionStorage but may have lost the cookie. */
export function restoreKeyCookie(): void {
  const key = apiKey();
  if (key) cookie(key);
}
