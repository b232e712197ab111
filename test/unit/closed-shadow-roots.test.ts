import type { Browser } from 'webextension-polyfill';
import { describe, expect, it, vi } from 'vitest';
import { contentApi } from '../../src/content/content-api';
import { openHtml } from '../helpers/page';

// Issue "Recognition and panel that hold on pages nobody here has written", item 2: the content script
// opens closed shadow roots through chrome.dom (Chromium), passed to core/ from here so core stays pure.

const URL = 'https://saga.cng.sante.fr/connexion';

describe('content-api: closed roots from chrome.dom', () => {
  const api = (extra: object): ReturnType<typeof contentApi> =>
    contentApi({ runtime: { id: 'x', sendMessage: vi.fn() }, ...extra } as unknown as Browser);
  const el = openHtml('<x-box></x-box>', URL).window.document.querySelector('x-box') as Element;

  it('asks chrome.dom.openOrClosedShadowRoot, and answers null when it throws or is missing', () => {
    const root = {} as ShadowRoot;
    const openOrClosedShadowRoot = vi.fn(() => root);
    expect(api({ dom: { openOrClosedShadowRoot } }).shadowRoot?.(el)).toBe(root);
    expect(openOrClosedShadowRoot).toHaveBeenCalledWith(el);
    const throwing = (): never => {
      throw new Error('not an HTMLElement');
    };
    expect(api({ dom: { openOrClosedShadowRoot: throwing } }).shadowRoot?.(el) ?? null).toBeNull();
    expect(api({}).shadowRoot?.(el) ?? null).toBeNull();
  });
});
