import type { Browser } from 'webextension-polyfill';
import { closedRoots } from '../lib/closed-roots';
import { pageConfig } from '../lib/page-config';
import { ADVICE_SEEN_KEY as ADVICE_SEEN, EFFECTIVE_SETTINGS_KEY } from '../lib/settings';
import type { ContentApi } from './content-app';
import type { PanelModule } from './panel-api';

/** The content script's view of the extension APIs. */
export function contentApi(browser: Browser): ContentApi {
  // An extension file listed in web_accessible_resources for the three sites only, with use_dynamic_url:
  // getURL gives its per-session address (chrome-extension://<random id>/panel.js), and the fixed one,
  // which names the extension id, is refused to pages (Chromium 130 and later). Imported once (the
  // first match); the worker is asked through it, which is loaded by then.
  const panel = (): Promise<PanelModule> => import(browser.runtime.getURL('panel.js')) as Promise<PanelModule>;
  return {
    // Settings as the worker resolved them (defaults until it has, right after install).
    configure: () => pageConfig(browser),
    watchSettings: (changed) =>
      browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && EFFECTIVE_SETTINGS_KEY in changes) changed();
      }),
    adviceAllowedAlone: async () => (await browser.storage.local.get(ADVICE_SEEN))[ADVICE_SEEN] !== true,
    alive: () => {
      // After the extension is reloaded or removed, this page's copy of the script is orphaned:
      // runtime.id goes away (or throws), and it must stop touching the page.
      try {
        return Boolean(browser.runtime.id);
      } catch {
        return false;
      }
    },
    panel,
    // Only this extension reaches a content script's runtime.onMessage (its pages, its worker); the
    // sender's id is checked all the same. An answer sent through sendResponse: Chromium before 144
    // ignores a listener's returned promise.
    listen: (answer) =>
      browser.runtime.onMessage.addListener(((
        message: unknown,
        sender: { id?: string },
        reply: (r: unknown) => void,
      ) => {
        if (sender.id != browser.runtime.id) return;
        answer(message).then(reply, () => reply(undefined));
        return true;
      }) as never),
    shadowRoot: closedRoots(browser),
  };
}
