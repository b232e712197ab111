import type { Browser } from 'webextension-polyfill';

/**
 * The extension API without webextension-polyfill, for the content script only: its size budget
 * (20 KB) cannot carry the polyfill's 10 KB, and the few APIs it uses (i18n, storage, runtime
 * messaging) already return promises in Manifest V3 Chromium (Edge, Chrome) as well as in Firefox.
 * The worker and the extension pages use the polyfill itself.
 */
export function nativeBrowser(): Browser {
  const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('SAGA Helper: no extension API in this context');
  return api;
}
