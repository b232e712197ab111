import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_ID } from '../../../src/lib/firefox-id';
import { binaryOrSkip, findBinary } from '../harness/find-browser';
import { firefoxPrefs } from './prefs';

/** The Firefox build (`npm run build` writes it next to dist/): the tests install this folder, nothing else. */
export const DIST_FIREFOX = fileURLToPath(new URL('../../../dist-firefox/', import.meta.url));

/** The add-on's moz-extension:// host, fixed by a pref so that tests can open its pages. */
export const FIREFOX_UUID = '5a9c2e61-3f0b-4d7a-9c1e-8b4f2d6a0e37';

const USUAL_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export const FIREFOX_INSTALL_HINT =
  'apt-get install -y firefox-esr firefox-esr-l10n-fr (or set FIREFOX_PATH to a Firefox binary)';

/** The Firefox to drive: FIREFOX_PATH, or the first usual path that exists; null when there is none. */
export function findFirefox(): string | null {
  return findBinary('FIREFOX_PATH', USUAL_PATHS);
}

/** Whether the Firefox tests can run here: skipped without Firefox, with the reason; a failure under CI=true. */
export function firefoxOrSkip(): { path: string | null; skip: boolean } {
  return binaryOrSkip('Firefox', findFirefox(), FIREFOX_INSTALL_HINT);
}

export interface FirefoxOptions {
  readonly executablePath: string;
  /** The test server's port, which every https:// address is sent to. */
  readonly port: number;
  /** The UI language, which the extension speaks (default: French, as directors' browsers). */
  readonly lang?: 'fr' | 'en';
}

export interface FirefoxLaunched {
  readonly browser: Browser;
  /** moz-extension://<uuid>/<path>. */
  url(path: string): string;
  /** Opens one of the add-on's pages in a new tab, once its document has loaded. */
  extensionPage(path: string): Promise<Page>;
  /**
   * Runs `fn` in an add-on page (puppeteer cannot reach the background script; an add-on page has the same
   * APIs, `browser.action` and `browser.tabs` among them). The page is opened once and kept, in a tab
   * that comes to the front: a test clicks in its own page after `page.bringToFront()`.
   */
  inExtension<A, R>(fn: (arg: A) => Promise<R> | R, arg: A): Promise<Awaited<R>>;
  close(): Promise<void>;
}

/**
 * Firefox ESR in a fresh profile (puppeteer makes one per launch and removes it), with dist-firefox/
 * installed as a temporary add-on. Headless; the test certificate accepted through acceptInsecureCerts.
 */
export async function launchFirefox(options: FirefoxOptions): Promise<FirefoxLaunched> {
  if (!existsSync(`${DIST_FIREFOX}manifest.json`)) throw new Error(`no ${DIST_FIREFOX}manifest.json: npm run build`);
  const lang = options.lang ?? 'fr';
  const locale = lang === 'en' ? 'en_US.UTF-8' : 'fr_FR.UTF-8';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath,
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: firefoxPrefs({ port: options.port, addonId: FIREFOX_ID, uuid: FIREFOX_UUID, lang }),
    env: {
      ...process.env,
      // Remote settings (blocklists, certificate data) would otherwise be fetched from the test server.
      MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
      LANGUAGE: lang,
      LANG: locale,
      LC_ALL: locale,
    },
    // Firefox 153 lets WebDriver BiDi navigate to moz-extension:// pages only with this.
    args: ['--remote-allow-system-access'],
  });
  // The fixed UUID and policies.json are keyed by the add-on id: another id would test nothing.
  const installed = await browser.installExtension(DIST_FIREFOX).catch((e: unknown) => e);
  if (installed !== FIREFOX_ID) {
    await browser.close();
    throw installed instanceof Error ? installed : new Error(`installed ${String(installed)}, expected ${FIREFOX_ID}`);
  }
  const url = (path: string): string => `moz-extension://${FIREFOX_UUID}/${path}`;
  const extensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    await openExtensionUrl(page, url(path));
    return page;
  };
  let control: Page | undefined;
  return {
    browser,
    url,
    extensionPage,
    inExtension: async (fn, arg) => {
      control ??= await extensionPage('help.html');
      return control.evaluate(fn as (a: unknown) => unknown, arg) as never;
    },
    close: async () => {
      await browser.close().catch(() => undefined);
    },
  };
}

/**
 * Navigates `page` to an add-on page. Over WebDriver BiDi, Firefox never reports a moz-extension://
 * navigation as finished: the wait is cut short, then the document itself is watched until it has loaded.
 */
export async function openExtensionUrl(page: Page, address: string): Promise<void> {
  await page.goto(address, { timeout: 1_500 }).catch(() => undefined);
  await page.waitForFunction(
    (want: string) => location.href === want && document.readyState === 'complete',
    { timeout: 15_000, polling: 50 },
    address,
  );
}
