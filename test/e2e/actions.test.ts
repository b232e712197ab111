/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { actAsEdge, inPanel, tabIdOf, waitForRules } from './harness/browser';
import { browserOrSkip } from './harness/chromium';
import { useBrowser } from './harness/setup';
import { SITE_HOSTS } from './harness/sites';
import { spaced } from '../helpers/text';
import { expectPairingMail } from './harness/pairing-mail';

const chromium = browserOrSkip();
const SAGA_RIGHTS = 'https://saga.cng.sante.fr/rights-invalid.html';

describe.skipIf(chromium.skip)('in Chromium: the actions', () => {
  const env = useBrowser(chromium.path);

  const badgeOf = async (tabId: number): Promise<string> =>
    (await env.browser.worker()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  const cookieNames = async (): Promise<string[]> => (await env.browser.context.cookies()).map((c) => c.name).sort();

  it('clean reload: refetches without cache and without the SAGA cookie, keeps the bystander cookies', async () => {
    const page = await env.browser.context.newPage();
    await actAsEdge(page);
    await page.goto('https://www.sante.fr/index.html');
    await page.goto(SAGA_RIGHTS);
    await page.goto(SAGA_RIGHTS); // now in the HTTP cache, with its ETag
    await waitForRules(page, ['saga-rights-invalid']);
    expect(await cookieNames()).toEqual(['BYSTANDER', 'SAGA_SESSION', 'SANTE_SHARED']);
    expect(await badgeOf(await tabIdOf(env.browser, page))).toBe('!');
    const button = page.locator(inPanel('button[data-action="clean-reload"]'));
    const mark = env.sites.mark();
    await Promise.all([page.waitForEvent('load'), button.click()]);
    const [reload] = env.sites.requests('saga.cng.sante.fr', mark);
    expect(reload?.path).toBe('/rights-invalid.html');
    expect(reload?.ifNoneMatch).toBe(''); // unconditional: the cache was bypassed and cleared
    expect(reload?.cacheControl).toBe('no-cache');
    expect(reload?.cookie).not.toContain('SAGA_SESSION');
    expect(reload?.cookie).toContain('SANTE_SHARED'); // the whole-domain cookie of another service stays
    expect(await cookieNames()).toContain('BYSTANDER');
    await page.locator(inPanel('.done')).waitFor();
    expect(spaced(await page.locator(inPanel('.done')).textContent())).toMatch(/SAGA and PLAGE|SAGA et PLAGE/);
    await page.close();
  });

  it('mail link: to the CNG administrator, every field, under 2,000 characters, no query string', async () => {
    const page = await env.browser.context.newPage();
    await actAsEdge(page);
    await page.goto('https://saga.cng.sante.fr/pairing-failed.html?ticket=ST-42-secret#frag');
    await waitForRules(page, ['saga-pairing-failed']);
    const link = page.locator(inPanel('a[data-action="mail-admin"]'));
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    // The worker describes the browser it runs in (here Debian's Chromium, on Linux).
    expectPairingMail(href, /\S.* \d+\.\d+/);
    await page.close();
  });

  it('popup and badge: the popup shows the tab problem, the badge clears when it goes', async () => {
    const page = await env.browser.context.newPage();
    await actAsEdge(page);
    await page.goto('https://connect-pasrel.atih.sante.fr/profiles-missing.html');
    await waitForRules(page, ['plage-profile-missing']);
    const tabId = await tabIdOf(env.browser, page);
    expect(await badgeOf(tabId)).toBe('!');
    const popup = await env.browser.context.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('main h2, main h3').first().waitFor();
    expect(spaced(await popup.locator('main').textContent())).toMatch(/ET CNG SAGA/);
    await page.goto('https://connect-pasrel.atih.sante.fr/profiles-active.html');
    await waitForRules(page, ['plage-profile-active', 'browser-not-recommended'].slice(0, 1));
    await expect.poll(() => badgeOf(tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  it('asks nothing of the network itself: every request the server saw is a page the test opened', () => {
    // Chromium's own services (account probe, updater) call Google hosts; the extension has nothing there.
    const browserOwn = (r: (typeof env.sites.seen)[number]): boolean =>
      /(^|\.)(google\.com|googleapis\.com|gstatic\.com)$/.test(r.host) && !r.origin.startsWith('chrome-extension:');
    expect(env.sites.seen.length).toBeGreaterThan(5);
    for (const request of env.sites.seen.filter((r) => !browserOwn(r))) {
      expect(SITE_HOSTS, request.host).toContain(request.host);
      expect(request.origin, request.path).not.toMatch(/^chrome-extension:/);
      expect(request.referer, request.path).not.toMatch(/^chrome-extension:/);
    }
  });
});
