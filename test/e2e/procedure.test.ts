/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { actAsEdge, extensionT, inPanel, PANEL, stopWorker, waitForRules } from './harness/browser';
import { browserOrSkip } from './harness/chromium';
import { useBrowser } from './harness/setup';
import { spaced } from '../helpers/text';

const chromium = browserOrSkip();

describe.skipIf(chromium.skip)('in Chromium: the guided procedure, the worker and the extension life cycle', () => {
  const env = useBrowser(chromium.path);

  const panelText = async (page: Page, selector: string): Promise<string> =>
    spaced(await page.locator(inPanel(selector)).first().textContent({ timeout: 5000 }));

  it('follows the director from SAGA to PLAGE and back, in French, across worker restarts', async () => {
    const t = await extensionT(env.browser);
    const progress = (step: number): string =>
      spaced(
        t('guide_progress', [
          String(step),
          '4',
          t(
            ['', 'guide_step_error', 'guide_step_check_profile', 'guide_step_clean_reload', 'guide_step_sign_in'][
              step
            ] as string,
          ),
        ]),
      );
    const saga = await env.browser.context.newPage();
    await actAsEdge(saga);
    await saga.goto('https://saga.cng.sante.fr/rights-invalid.html');
    await waitForRules(saga, ['saga-rights-invalid']);
    expect(await panelText(saga, '.progress')).toBe(progress(2));

    await stopWorker(env.browser, saga);
    const plage = await env.browser.context.newPage();
    await actAsEdge(plage);
    await plage.goto('https://connect-pasrel.atih.sante.fr/profiles-active.html');
    await waitForRules(plage, ['plage-profile-active']);
    expect(await panelText(plage, '.progress')).toBe(progress(3));

    await stopWorker(env.browser, plage);
    const mark = env.sites.mark();
    const sagaReloaded = saga.waitForEvent('load');
    await plage.locator(inPanel('button[data-action="return-to-saga"]')).click();
    await sagaReloaded;
    expect(env.sites.requests('saga.cng.sante.fr', mark)[0]).toMatchObject({
      path: '/rights-invalid.html',
      cacheControl: 'no-cache',
      ifNoneMatch: '',
    });

    // The profile is active and the clean reload did not help: the mail is next, not the same fix.
    await saga.locator(inPanel('a[data-action="mail-admin"]')).waitFor();
    expect(await saga.locator(inPanel('button[data-action="clean-reload"]')).count()).toBe(0);
    expect(await panelText(saga, '.progress')).toBe(progress(4));
    const mail = spaced(
      decodeURIComponent((await saga.locator(inPanel('a[data-action="mail-admin"]')).getAttribute('href')) ?? ''),
    );
    expect(mail).toContain(spaced(t('guide_done_profile_active')));
    await saga.close();
    await plage.close();
  });
});

describe.skipIf(chromium.skip)('in Chromium: the extension reloaded under an open tab', () => {
  const env = useBrowser(chromium.path);

  it('throws no error in the page when the extension is reloaded under an open tab', async () => {
    const page = await env.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Script errors only: the browser's own "Failed to load resource" (favicon) is not the page's.
    page.on(
      'console',
      (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()),
    );
    await actAsEdge(page);
    await page.goto('https://saga.cng.sante.fr/login.html');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Appairage PLAGE-SAGA impossible';
      document.body.append(p);
    });
    await waitForRules(page, ['saga-pairing-failed']);
    const worker = await env.browser.worker();
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    // The old worker is gone once the extension has been reloaded.
    await expect
      .poll(() =>
        Promise.race([
          worker.evaluate(() => 'alive').catch(() => 'gone'),
          page.waitForTimeout(1000).then(() => 'gone'),
        ]),
      )
      .toBe('gone');
    await page.evaluate(() => {
      for (let i = 0; i < 5; i++) {
        const p = document.createElement('p');
        p.textContent = `Vous n'avez aucun droit valide défini au niveau de votre compte utilisateur. ${i}`;
        document.body.append(p);
      }
    });
    await page.waitForTimeout(600);
    expect(errors).toEqual([]);
    // The orphaned script let go of the page: its panel went away with it.
    expect(await page.locator(PANEL).count()).toBe(0);
    await page.close();
  });
});

describe.skipIf(chromium.skip)('in Chromium: SAGA unreachable', () => {
  // Port 1 on the loopback refuses connections: SAGA is "down".
  const env = useBrowser(chromium.path, { resolver: ['MAP saga.cng.sante.fr 127.0.0.1:1'] });

  it('explains a refused connection in the popup, with the error code, and shows the badge', async () => {
    const page = await env.browser.context.newPage();
    await page.goto('https://saga.cng.sante.fr/login.html').catch(() => undefined);
    // An error page's address is hidden from extensions: find the tab by what the worker recorded.
    const worker = await env.browser.worker();
    const recorded = async (): Promise<number | undefined> =>
      worker.evaluate(async () => {
        const all = await chrome.storage.session.get(null);
        const key = Object.keys(all).find((k) => k.startsWith('tab:') && (all[k] as { network?: unknown }).network);
        return key ? Number(key.slice(4)) : undefined;
      });
    await expect.poll(recorded).toBeGreaterThan(0);
    const tabId = (await recorded()) as number;
    await expect.poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('!');
    const popup = await env.browser.context.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByText('net::ERR_CONNECTION_REFUSED').waitFor();
    expect(spaced(await popup.locator('main').textContent())).toMatch(/saga\.cng\.sante\.fr/);
    await popup.close();
    await page.close();
  });
});
