/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { actAsEdge, inPanel, PANEL, panelRules, waitForRules } from './harness/browser';
import { browserOrSkip } from './harness/chromium';
import { useBrowser } from './harness/setup';

// Hostile pages (test/e2e/hostile/<host>/, served under the real host names) against the panel's host,
// its frames and its code file, in real Chromium.

const chromium = browserOrSkip();
const SAGA = 'https://saga.cng.sante.fr';

describe.skipIf(chromium.skip)('in Chromium: hostile pages', () => {
  const env = useBrowser(chromium.path);

  it('a page that defines the custom element saga-helper-panel first still gets the panel', async () => {
    const page = await env.browser.context.newPage();
    await actAsEdge(page);
    await page.goto(`${SAGA}/defines-panel-tag.html`);
    await waitForRules(page, ['saga-rights-invalid']);
    expect(await page.locator(inPanel('h2')).textContent()).toBeTruthy();
    expect(await page.evaluate(() => (window as unknown as { hostileConstructed: number }).hostileConstructed)).toBe(0);
    await page.close();
  });

  it("page CSS cannot hide, move or disable the panel's host", async () => {
    const page = await env.browser.context.newPage();
    await actAsEdge(page);
    await page.goto(`${SAGA}/hostile-css.html`);
    await waitForRules(page, ['saga-rights-invalid']);
    const host = page.locator(PANEL);
    const style = await host.evaluate((h) => {
      const s = getComputedStyle(h);
      return [s.position, s.display, s.visibility, s.opacity, s.zIndex, s.pointerEvents, s.transform].join(' ');
    });
    expect(style).toBe('fixed block visible 1 2147483647 auto none');
    const box = await host.boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect((box?.x ?? -1) >= 0 && (box?.y ?? -1) >= 0).toBe(true);
    // Playwright clicks only what a person could: visible, on top, taking the pointer.
    await page.locator(inPanel('button.close')).click({ timeout: 3_000 });
    await expect.poll(() => panelRules(page)).toEqual([]);
    await page.close();
  });

  it('another site framing SAGA gets no panel in the frame, and no badge', async () => {
    const page = await env.browser.context.newPage();
    await actAsEdge(page);
    await page.goto('https://www.sante.fr/frames-saga.html');
    const frame = page.frames().find((f) => f.url() === `${SAGA}/rights-invalid.html`);
    expect(frame).toBeDefined();
    await frame?.waitForLoadState('load');
    await page.waitForTimeout(1_500);
    expect(frame ? await panelRules(frame) : ['no frame']).toEqual([]);
    // The worker cannot read this tab's address (no host access to www.sante.fr): every tab's badge, then.
    const worker = await env.browser.worker();
    const badges = await worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return Promise.all(tabs.map((tab) => chrome.action.getBadgeText({ tabId: tab.id })));
    });
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.filter(Boolean)).toEqual([]);
    await page.close();
  });

  it('panel.js has no fixed URL: a page cannot load it to learn the extension id, the panel still loads', async () => {
    const page = await env.browser.context.newPage();
    await actAsEdge(page);
    await page.goto(`${SAGA}/rights-invalid.html`);
    await waitForRules(page, ['saga-rights-invalid']);
    const fixed = `chrome-extension://${env.browser.extensionId}/panel.js`;
    const probes = await page.evaluate(async (url) => {
      const fetched = await fetch(url).then(
        (r) => `fetched ${r.status}`,
        () => 'refused',
      );
      const script = await new Promise<string>((resolve) => {
        const s = document.createElement('script');
        s.src = url;
        s.onload = () => resolve('loaded');
        s.onerror = () => resolve('refused');
        document.head.append(s);
      });
      // Nothing the page can list names an extension file either.
      const listed = performance.getEntriesByType('resource').filter((e) => e.name.startsWith('chrome-extension:'));
      return [fetched, script, String(listed.length)];
    }, fixed);
    // A string, so that the test runner does not rewrite the page's import() into its own.
    const imported = await page.evaluate(`import(${JSON.stringify(fixed)}).then(() => 'imported', () => 'refused')`);
    expect([...probes, imported]).toEqual(['refused', 'refused', '0', 'refused']);
    await page.close();
  });
});
