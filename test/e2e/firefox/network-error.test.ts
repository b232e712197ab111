import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Browser as WebExt } from 'webextension-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spaced } from '../../helpers/text';
import { firefoxOrSkip, launchFirefox, type FirefoxLaunched } from './harness';
import { badgeOf, tabWithNetworkError } from './pages';

const firefox = firefoxOrSkip();

/** A loopback port nobody listens on (taken, then let go): a connection there is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The tab's loading status as the add-on sees it ('complete' once Firefox's error page has loaded). */
async function tabStatus(ff: FirefoxLaunched, tabId: number): Promise<string | undefined> {
  return ff.inExtension(async (id: number) => {
    const { browser } = globalThis as unknown as { browser: WebExt };
    return (await browser.tabs.get(id)).status;
  }, tabId);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(firefox.skip)('in Firefox ESR: SAGA unreachable', () => {
  // Port 443 sent to a closed port: SAGA is "down", the connection refused, as with the Chromium test's
  // resolver rule. (Firefox's prefs map every host alike, so this browser reaches no site at all.)
  let ff: FirefoxLaunched;
  beforeAll(async () => {
    ff = await launchFirefox({ executablePath: firefox.path as string, port: await closedPort() });
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('explains a refused connection in the popup, with the error code; the badge stays on the error page', async () => {
    const page = await ff.browser.newPage();
    // Firefox answers with its error page, and puppeteer reports the navigation as failed.
    const failure = await page.goto('https://saga.cng.sante.fr/login.html').then(
      () => '',
      (e: unknown) => String(e),
    );
    expect(failure).toMatch(/NS_ERROR_CONNECTION_REFUSED/);
    // An error page's address is not the page's: find the tab by what the worker recorded.
    await expect.poll(() => tabWithNetworkError(ff), { timeout: 10_000 }).toBeGreaterThan(0);
    const tabId = (await tabWithNetworkError(ff)) as number;
    await expect.poll(() => badgeOf(ff, tabId), { timeout: 10_000 }).toBe('!');
    // Firefox clears a tab's badge when its error page has loaded, after the error event: still there
    // a moment later means the worker put it back.
    await expect.poll(() => tabStatus(ff, tabId), { timeout: 10_000 }).toBe('complete');
    await sleep(1_500);
    expect(await badgeOf(ff, tabId)).toBe('!');
    const popup = await ff.extensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => document.querySelector('main')?.textContent?.includes('NS_ERROR_'), {
      timeout: 10_000,
      polling: 100,
    });
    const text = spaced(await popup.$eval('main', (m) => m.textContent));
    expect(text).toContain('NS_ERROR_CONNECTION_REFUSED');
    expect(text).toMatch(/saga\.cng\.sante\.fr/);
    await popup.close();
    expect(await badgeOf(ff, tabId)).toBe('!');
    await page.close();
  });
});
