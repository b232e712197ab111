import type { Browser } from 'webextension-polyfill';

/**
 * The extension API without webextension-polyfill, for the content script only: its size budget
 * (20 KB) cannot carry the polyfill's 10 KB, and the few APIs it uses (i18n, storage, runtime
 * messaging) already return promises in Manifest V3 Chromium (Edge, Chrome) as well as in Firefox.
 * The worker and the extension pages use the polyfill itself.
 *
 * `chrome` first: Chromium defines `browser` only from version 148, and before that a page's
 * `<div id="browser">` is `window.browser` (named access), in the content script's world too. Each
 * candidate must have a runtime.id that is a non-empty string and a runtime.sendMessage function,
 * which no element, form or frame window has; a cross-origin frame's window (`<iframe name="chrome">`)
 * throws when read. A clobbered global is never used.
 */
export function nativeBrowser(): Browser {
  const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };
  for (const api of [scope.chrome, scope.browser]) {
    try {
      const runtime = api?.runtime;
      if (runtime?.id && typeof runtime.id == 'string' && typeof runtime.sendMessage == 'function')
        return api as Browser;
    } catch {
      // not the extension API: try the other one
    }
  }
  throw new Error('SAGA Helper: no extension API');
}
