import type { Browser } from 'webextension-polyfill';
import type { ClosedRoots } from '../core/dom-text';

/**
 * Closed shadow roots of the page's web components, where the browser lets a content script open them
 * (Chromium: chrome.dom, which throws on what is not an HTMLElement). Open ones need no API. Used by the
 * content script and by the panel module, which has its own copy of the shadow-root reader.
 */
export const closedRoots =
  (browser: Browser): ClosedRoots =>
  (el) => {
    try {
      return (browser as unknown as typeof chrome).dom?.openOrClosedShadowRoot(el as HTMLElement);
    } catch {
      // not an element it takes: none
    }
  };
