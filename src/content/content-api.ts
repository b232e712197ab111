import type { Browser } from 'webextension-polyfill';
import { pageConfig } from '../lib/page-config';
import { EFFECTIVE_SETTINGS_KEY } from '../lib/settings';
import type { ContentApi } from './content-app';
import type { PanelModule } from './panel-api';

// Local state, not a setting: advice shown once on its own is not shown alone again.
const ADVICE_SEEN = 'adviceSeen';

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
    adviceSeen: () => browser.storage.local.set({ [ADVICE_SEEN]: true }),
    alive: () => {
      // After the extension is reloaded or removed, this page's copy of the script is orphaned:
      // runtime.id goes away (or throws), and it must stop touching the page.
      try {
        return Boolean(browser.runtime.id);
      } catch {
        return false;
      }
    },
    report: async (request) => (await panel()).send(request),
    act: async (request) => (await panel()).send(request),
    copy: (text) => navigator.clipboard.writeText(text),
    panel,
    // Closed shadow roots of the page's web components: Chromium gives content scripts chrome.dom for
    // them (it throws on what is not an HTMLElement). Open ones need no API.
    shadowRoot: (el) => {
      try {
        return (browser as unknown as typeof chrome).dom?.openOrClosedShadowRoot(el as HTMLElement);
      } catch {
        // not an element it takes: none
      }
    },
  };
}
