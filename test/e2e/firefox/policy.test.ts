import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_ID } from '../../../src/lib/firefox-id';
import { startSites, type Sites } from '../harness/sites';
import { firefoxOrSkip, launchFirefox, type FirefoxLaunched } from './harness';
import { installCopy, type InstallCopy } from './install-copy';
import { inPanel, managedSettings, PANEL, panelRules, waitForRules } from './pages';

// What an establishment's IT does for Firefox: policies.json, `3rdparty.Extensions.<add-on id>`, read by
// storage.managed. Firefox applies no managed_schema and hands values over as written, so the same settings
// come as JSON (a list as an array) or as the Windows registry route gives them (a list as REG_SZ JSON text,
// a boolean as REG_DWORD 0/1). Each launch gets a private install copy: no system file is written.
const firefox = firefoxOrSkip();

const SESSION_RULE = {
  id: 'chu-session-expiree',
  site: 'saga',
  phrases: ['Votre session a expiré après une longue période d’inactivité'],
  titleFr: 'Session SAGA expirée',
  stepsFr: ['Reconnectez-vous à SAGA Directeurs depuis PLAGE.'],
};

/** A Firefox whose install folder carries `settings` as SAGA Helper's policy, with the fixture sites. */
function useManagedFirefox(settings: Record<string, unknown>): { sites: Sites; ff: FirefoxLaunched } {
  const env = {} as { sites: Sites; ff: FirefoxLaunched; install: InstallCopy };
  beforeAll(async () => {
    env.install = installCopy(firefox.path as string, { '3rdparty': { Extensions: { [FIREFOX_ID]: settings } } });
    env.sites = await startSites();
    env.ff = await launchFirefox({ executablePath: env.install.executablePath, port: env.sites.port });
  });
  afterAll(async () => {
    await env.ff?.close();
    await env.sites?.close();
    env.install?.remove();
  });
  return env;
}

/** The options page's view of one setting: where its value comes from. */
const sourceOf = async (options: Page, key: string): Promise<string | null> =>
  options.$eval(`.setting[data-key="${key}"]`, (box) => box.getAttribute('data-source'));

/** The mail link of the pairing failure's panel, decoded. */
async function mailOn(page: Page, rules: string[]): Promise<string> {
  await page.goto('https://saga.cng.sante.fr/pairing-failed.html');
  await waitForRules(page, rules, 10_000);
  const link = await page.waitForSelector(inPanel('a[data-action="mail-admin"]'));
  return decodeURIComponent((await link?.evaluate((a) => a.getAttribute('href'))) ?? '');
}

describe.skipIf(firefox.skip)('in Firefox ESR: policies.json as written by hand', () => {
  const env = useManagedFirefox({
    adminEmail: 'support-saga@chu-e2e.fr',
    disabledRules: ['browser-not-recommended'],
    // A list as JSON text, as the Windows registry route (REG_SZ) delivers it.
    extraRules: JSON.stringify([SESSION_RULE]),
  });

  it('reaches storage.managed as written: the list of extra rules is text', async () => {
    const managed = await managedSettings(env.ff);
    expect(managed.adminEmail).toBe('support-saga@chu-e2e.fr');
    expect(managed.disabledRules).toEqual(['browser-not-recommended']);
    expect(typeof managed.extraRules).toBe('string');
  });

  it('the options page shows every value applied, set by the establishment, with no problem', async () => {
    const options = await env.ff.extensionPage('options.html');
    await options.waitForSelector(`.setting[data-key="extraRules"] tr[data-rule="${SESSION_RULE.id}"]`, {
      timeout: 10_000,
    });
    for (const key of ['adminEmail', 'disabledRules', 'extraRules'])
      expect(await sourceOf(options, key), key).toBe('policy');
    expect(
      await options.$$eval('[data-problem-key]', (found) => found.map((p) => p.getAttribute('data-problem-key'))),
    ).toEqual([]);
    await options.close();
  });

  it('the extra rule shows its panel on a page with its phrase; the disabled rule shows nowhere', async () => {
    const page = await env.ff.browser.newPage();
    await page.goto('https://saga.cng.sante.fr/unknown-alert.html');
    await waitForRules(page, [SESSION_RULE.id], 10_000);
    const shown = await page.$eval(PANEL, (host) => host.shadowRoot?.textContent ?? '');
    expect(shown).toContain(SESSION_RULE.titleFr);
    // Firefox is not Edge, yet no Edge advice: policy switched it off. The mail goes to the policy's address.
    const mail = await mailOn(page, ['saga-pairing-failed']);
    expect(mail).toMatch(/^mailto:support-saga@chu-e2e\.fr\?/);
    await page.goto('https://saga.cng.sante.fr/login.html');
    await new Promise((r) => setTimeout(r, 400));
    expect(await panelRules(page)).toEqual([]);
    await page.close();
  });
});

describe.skipIf(firefox.skip)('in Firefox ESR: policy as the Windows registry gives it', () => {
  const env = useManagedFirefox({
    adminEmail: 'dsi-saga@chu-e2e.fr',
    // REG_SZ JSON text for a list, REG_DWORD 0 for a boolean.
    disabledRules: JSON.stringify(['saga-rights-invalid']),
    showBrowserAdvice: 0,
  });

  it('applies a list given as JSON text and a boolean given as 0', async () => {
    const page = await env.ff.browser.newPage();
    await page.goto('https://saga.cng.sante.fr/rights-invalid.html');
    await new Promise((r) => setTimeout(r, 600));
    expect(await panelRules(page)).toEqual([]);
    const mail = await mailOn(page, ['saga-pairing-failed']);
    expect(mail).toMatch(/^mailto:dsi-saga@chu-e2e\.fr\?/);
    const options = await env.ff.extensionPage('options.html');
    await options.waitForSelector('.setting[data-key="showBrowserAdvice"]', { timeout: 10_000 });
    for (const key of ['adminEmail', 'disabledRules', 'showBrowserAdvice'])
      expect(await sourceOf(options, key), key).toBe('policy');
    expect(await options.$$eval('[data-problem-key]', (found) => found.length)).toBe(0);
    await options.close();
    await page.close();
  });
});
