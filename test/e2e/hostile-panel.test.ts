import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { actAsEdge, inPanel, PANEL, waitForRules } from './harness/browser';
import { browserOrSkip } from './harness/chromium';
import { useBrowser } from './harness/setup';

// A script of SAGA's own page (compromised or hostile) against the panel, in real Chromium: the page can
// reach the open shadow root and forge events, but only a person's input may make SAGA Helper act.

const chromium = browserOrSkip();
const SAGA = 'https://saga.cng.sante.fr';

describe.skipIf(chromium.skip)('in Chromium: a page script cannot drive the panel', () => {
  const env = useBrowser(chromium.path);

  const cookieNames = async (): Promise<string[]> => (await env.browser.context.cookies()).map((c) => c.name).sort();

  async function open(path: string, rules: readonly string[], ready: string): Promise<Page> {
    const page = await env.browser.context.newPage();
    await actAsEdge(page);
    await page.goto(`${SAGA}${path}`);
    await waitForRules(page, rules);
    await page.locator(inPanel(ready)).waitFor();
    return page;
  }

  it('clicks, forged events and its own [data-action] elements: no cookie removed, no reload, no tab', async () => {
    const page = await open('/rights-invalid.html', ['saga-rights-invalid'], 'button[data-action="clean-reload"]');
    const cookies = await cookieNames();
    expect(cookies).toContain('SAGA_SESSION');
    const tabs = env.browser.context.pages().length;
    const mark = env.sites.mark();
    // What the reported exploit did, and every other way a script has to press the panel's controls.
    const leftovers = await page.evaluate(async (panel) => {
      const root = document.querySelector(panel)?.shadowRoot as ShadowRoot;
      const press = (target: Element): void => {
        (target as HTMLElement).click();
        target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
        for (const key of ['Enter', ' ', 'Escape']) {
          target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        }
      };
      for (const round of [1, 2, 3]) {
        for (const action of ['return-to-saga', 'clean-reload', 'copy-diagnostic', 'dismiss']) {
          const fake = document.createElement('i');
          fake.setAttribute('data-action', action);
          fake.dataset.round = String(round);
          root.append(fake);
          press(fake);
        }
        root.querySelectorAll('[data-action]').forEach(press);
        await new Promise((r) => setTimeout(r, 100));
      }
      return root.querySelectorAll('i[data-round]').length;
    }, PANEL);
    await page.waitForTimeout(1_500);
    expect(leftovers).toBe(0); // the page's elements were taken out again
    expect(await cookieNames()).toEqual(cookies);
    expect(env.sites.requests('saga.cng.sante.fr', mark).filter((r) => r.path !== '/favicon.ico')).toEqual([]);
    expect(env.browser.context.pages().length).toBe(tabs);
    expect(await page.locator(PANEL).count()).toBe(1); // nor closed by a forged × or Escape
    await page.close();
  });

  it('a mail link the page rewrote at rest is put back before a person’s click follows it', async () => {
    const page = await open('/pairing-failed.html', ['saga-pairing-failed'], 'a[data-action="mail-admin"]');
    const link = page.locator(inPanel('a[data-action="mail-admin"]'));
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^mailto:cng-saga@sante\.gouv\.fr\?/);
    const mark = env.sites.mark();
    await page.evaluate((panel) => {
      const root = document.querySelector(panel)?.shadowRoot as ShadowRoot;
      root.querySelector('a[data-action="mail-admin"]')?.setAttribute('href', 'https://www.sante.fr/stolen-at-rest');
    }, PANEL);
    expect(await link.getAttribute('href')).toBe(href);
    await link.click();
    await page.waitForTimeout(1_000);
    expect(env.sites.requests('www.sante.fr', mark)).toEqual([]);
    expect(page.url()).toBe(`${SAGA}/pairing-failed.html`);
    await page.close();
  });

  it('a mail link the page rewrites during the click, ahead of the panel, is not followed there', async () => {
    const page = await open('/pairing-failed.html', ['saga-pairing-failed'], 'a[data-action="mail-admin"]');
    const mark = env.sites.mark();
    // A listener of the page runs first (capture, on window), rewrites the link and stops the event there,
    // so that the panel's own click listener never runs: what the browser then follows must still be ours.
    await page.evaluate((panel) => {
      const root = document.querySelector(panel)?.shadowRoot as ShadowRoot;
      window.addEventListener(
        'click',
        (event) => {
          root
            .querySelector('a[data-action="mail-admin"]')
            ?.setAttribute('href', 'https://www.sante.fr/stolen-on-click');
          event.stopImmediatePropagation();
        },
        true,
      );
    }, PANEL);
    await page.locator(inPanel('a[data-action="mail-admin"]')).click();
    await page.waitForTimeout(1_000);
    expect(env.sites.requests('www.sante.fr', mark)).toEqual([]);
    expect(page.url()).toBe(`${SAGA}/pairing-failed.html`);
    await page.close();
  });

  it('a person still drives it by keyboard: Enter on the focused ×, and Escape, close it', async () => {
    for (const key of ['Enter', 'Escape']) {
      const page = await open('/rights-invalid.html', ['saga-rights-invalid'], 'button.close');
      await page.locator(inPanel('button.close')).focus();
      await page.keyboard.press(key);
      await waitForRules(page, []);
      await page.close();
    }
  });
});
