import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { nativeBrowser } from '../../src/lib/native-browser';

// Issue "Security", finding 4: DOM clobbering. A page's <div id="browser"> or <form name="chrome"> is a
// property of its window (named access), in the content script's world too. Chrome defines `browser`
// only from version 148; the manifest allows 111.
const fakeApi = (id = 'abcdefghijklmnopabcdefghijklmnop'): object => ({
  runtime: { id, sendMessage: async () => undefined, getURL: (p: string) => `chrome-extension://${id}/${p}` },
});

function page(html: string, api: { chrome?: object; browser?: object }): Window {
  const { window } = new JSDOM(`<!DOCTYPE html><body>${html}</body>`, { url: 'https://saga.cng.sante.fr/' });
  for (const [name, value] of Object.entries(api)) Object.defineProperty(window, name, { value, configurable: true });
  return window as unknown as Window;
}

// The content script's globalThis is the page's window: what `browser` and `chrome` read there is put
// on globalThis for the call.
function pick(win: Window): unknown {
  const scope = globalThis as Record<string, unknown>;
  const names = ['browser', 'chrome'] as const;
  const saved = names.map((n) => Object.getOwnPropertyDescriptor(scope, n));
  try {
    for (const n of names) scope[n] = (win as unknown as Record<string, unknown>)[n];
    return nativeBrowser();
  } finally {
    names.forEach((n, i) => {
      const d = saved[i];
      if (d) Object.defineProperty(scope, n, d);
      else delete scope[n];
    });
  }
}

describe('nativeBrowser() never takes a clobbered global for the extension API', () => {
  it('the page really clobbers: named access gives the element', () => {
    const win = page('<div id="browser"></div><form name="chrome"></form>', {});
    expect((win as unknown as { browser: Element }).browser.tagName).toBe('DIV');
    expect((win as unknown as { chrome: Element }).chrome.tagName).toBe('FORM');
  });

  it('takes chrome when a page element is named "browser" (Chrome before 148)', () => {
    const chrome = fakeApi();
    const win = page('<div id="browser"></div>', { chrome });
    expect(pick(win)).toBe(chrome);
  });

  it('takes chrome first when both are the real API', () => {
    const chrome = fakeApi();
    expect(pick(page('', { chrome, browser: fakeApi() }))).toBe(chrome);
  });

  it('takes browser when "chrome" is a page element (a <form name="chrome">)', () => {
    const browser = fakeApi();
    const win = page('<form name="chrome"><input name="runtime" id="x"></form>', { browser });
    expect(pick(win)).toBe(browser);
  });

  it('refuses a look-alike: elements nested to look like runtime.id and runtime.sendMessage', () => {
    const html = '<form id="browser"><input name="runtime" id="abc"></form><iframe name="chrome"></iframe>';
    expect(() => pick(page(html, {}))).toThrow(/no extension API/);
  });

  it('refuses an object whose runtime has no id or no sendMessage', () => {
    expect(() => pick(page('', { chrome: { runtime: { id: 'x' } } }))).toThrow(/no extension API/);
    expect(() => pick(page('', { chrome: { runtime: { id: '', sendMessage: () => 0 } } }))).toThrow();
    expect(() => pick(page('', { chrome: { runtime: {} }, browser: { runtime: null } }))).toThrow();
  });

  it('skips a global that throws when read (a cross-origin frame named "chrome")', () => {
    const browser = fakeApi();
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('SecurityError');
        },
      },
    );
    expect(pick(page('', { chrome: throwing, browser }))).toBe(browser);
  });
});
