import type { Browser as WebExt } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { spaced } from '../../helpers/text';
import { SITE_HOSTS, type Seen } from '../harness/sites';
import { firefoxOrSkip } from './harness';
import { badgeOf, inPanel, tabIdOf, waitForRules } from './pages';
import { useFirefox } from './setup';
import { expectPairingMail } from '../harness/pairing-mail';

// The same actions as test/e2e/actions.test.ts, in Firefox ESR: there the worker is an event page, its
// browsingData takes host names, cookies and badges follow Firefox's rules; the panel and popup are the same.
const firefox = firefoxOrSkip();
const ADVICE = 'browser-not-recommended';
const SAGA_RIGHTS = 'https://saga.cng.sante.fr/rights-invalid.html';

describe.skipIf(firefox.skip)('in Firefox ESR: the actions', () => {
  const env = useFirefox(firefox.path);

  const cookieNames = async (): Promise<string[]> => (await env.firefox.browser.cookies()).map((c) => c.name).sort();

  it('clean reload: SAGA and PLAGE cookies go, other sante.fr cookies stay, the page comes back without cache', async () => {
    const page = await env.firefox.browser.newPage();
    await page.goto('https://www.sante.fr/index.html');
    await page.goto('https://connect-pasrel.atih.sante.fr/login.html');
    await page.goto(SAGA_RIGHTS);
    await page.goto(SAGA_RIGHTS); // now in the HTTP cache, with its ETag
    await waitForRules(page, ['saga-rights-invalid', ADVICE]);
    expect(await cookieNames()).toEqual(['BYSTANDER', 'CASTGC', 'SAGA_SESSION', 'SANTE_SHARED']);
    expect(await badgeOf(env.firefox, await tabIdOf(env.firefox, SAGA_RIGHTS))).toBe('!');
    const mark = env.sites.mark();
    // A real click (WebDriver BiDi input), as the panel acts on a person's clicks only, in the tab in front
    // (asking the add-on opened its page in another tab; a tab behind gets no animation frames to click in).
    await page.bringToFront();
    await page.locator(inPanel('button[data-action="clean-reload"]')).click();
    // The page itself, once (Firefox then fetches /favicon.ico again too: its cache was cleared).
    const reloads = (): Seen[] =>
      env.sites.requests('saga.cng.sante.fr', mark).filter((r) => r.path === '/rights-invalid.html');
    await expect.poll(() => reloads().length, { timeout: 10_000 }).toBe(1);
    const [reload] = reloads();
    expect(reload?.path).toBe('/rights-invalid.html');
    expect(reload?.ifNoneMatch).toBe(''); // unconditional: the cache was bypassed and cleared
    expect(reload?.cacheControl).toBe('no-cache');
    expect(reload?.cookie).not.toContain('SAGA_SESSION');
    expect(reload?.cookie).toContain('SANTE_SHARED'); // the whole-domain cookie of another service stays
    // SAGA's answer to the reload sets its session cookie again; PLAGE's is gone, the bystander's stay.
    expect(await cookieNames()).toEqual(['BYSTANDER', 'SAGA_SESSION', 'SANTE_SHARED']);
    await page.waitForSelector(inPanel('.done'), { timeout: 10_000 });
    const done = await page.$eval(inPanel('.done'), (el) => el.textContent);
    expect(spaced(done)).toMatch(/SAGA and PLAGE|SAGA et PLAGE/);
    await page.close();
  });

  it('mail link: to the CNG administrator, every field, under 2,000 characters, no query string', async () => {
    const page = await env.firefox.browser.newPage();
    await page.goto('https://saga.cng.sante.fr/pairing-failed.html?ticket=ST-42-secret#frag');
    await waitForRules(page, ['saga-pairing-failed', ADVICE]);
    const link = await page.waitForSelector(inPanel('a[data-action="mail-admin"]'));
    const href = (await link?.evaluate((a) => a.getAttribute('href'))) ?? '';
    // The worker describes the browser it runs in: Firefox, here on Linux.
    expectPairingMail(href, /Mozilla Firefox \d+\.\d+/);
    await page.close();
  });

  it('popup and badge: the popup shows the tab problem, the badge clears when it goes', async () => {
    const page = await env.firefox.browser.newPage();
    const missing = 'https://connect-pasrel.atih.sante.fr/profiles-missing.html';
    await page.goto(missing);
    await waitForRules(page, ['plage-profile-missing', ADVICE]);
    const tabId = await tabIdOf(env.firefox, missing);
    expect(await badgeOf(env.firefox, tabId)).toBe('!');
    const popup = await env.firefox.extensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('main h2, main h3');
    expect(spaced(await popup.$eval('main', (m) => m.textContent))).toMatch(/ET CNG SAGA/);
    await page.bringToFront();
    await page.goto('https://connect-pasrel.atih.sante.fr/profiles-active.html');
    await waitForRules(page, ['plage-profile-active', ADVICE]);
    await expect.poll(() => badgeOf(env.firefox, tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  it("speaks Firefox's language: French, from firefox-esr-l10n-fr", async () => {
    const lang = await env.firefox.inExtension(() => {
      const { browser } = globalThis as unknown as { browser: WebExt };
      return browser.i18n.getUILanguage();
    }, undefined);
    expect(lang).toMatch(/^fr/);
  });

  it('asks nothing of the network itself: every request the server saw is a page the test opened', () => {
    // Every host name resolves to the test server: Firefox's own calls home would be logged here too.
    expect(env.sites.seen.length).toBeGreaterThan(5);
    for (const request of env.sites.seen) {
      expect(SITE_HOSTS, request.host).toContain(request.host);
      expect(request.origin, request.path).not.toMatch(/^moz-extension:/);
      expect(request.referer, request.path).not.toMatch(/^moz-extension:/);
    }
  });
});
