/// <reference types="chrome" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { PANEL_SELECTOR } from '../../../src/content/panel-api';
import type { Translate } from '../../../src/lib/translate';
import { getMessageFrom, loadMessages, type Locale } from '../../helpers/messages';

export const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));

export interface Launched {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** The extension's service worker as it runs now (it may be stopped and restarted). */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  readonly executablePath: string;
  readonly port: number;
  /** Extra host resolver rules, before the catch-all (e.g. "MAP saga.cng.sante.fr 127.0.0.1:1"). */
  readonly resolver?: readonly string[];
  /** Load dist/ unpacked (default); false to start a browser without it (policy tests). */
  readonly load?: boolean;
  readonly extraArgs?: readonly string[];
  readonly ignoreDefaultArgs?: readonly string[];
  /** A window instead of headless (the demo, with a display). */
  readonly headless?: boolean;
  /** The browser's UI language, which the extension speaks (default: French, as directors' browsers). */
  readonly lang?: 'fr' | 'en';
}

/**
 * Chromium with the built extension, every host name sent to the local test server: the real
 * host names reach the fixture pages, and any request to any other host lands in the server's log too.
 */
export async function launch(options: LaunchOptions): Promise<Launched> {
  const profile = mkdtempSync(join(tmpdir(), 'saga-helper-profile-'));
  const rules = [...(options.resolver ?? []), `MAP * 127.0.0.1:${options.port}`].join(', ');
  const load = options.load !== false;
  const lang = options.lang ?? 'fr';
  const locale = lang === 'en' ? 'en_US.UTF-8' : 'fr_FR.UTF-8';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath,
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions', ...(options.ignoreDefaultArgs ?? [])],
    args: [
      '--no-sandbox',
      '--ignore-certificate-errors',
      `--host-resolver-rules=${rules}`,
      // Chromium's own calls home, so that every request the test server logs is a page's or the extension's.
      '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate',
      '--disable-component-update',
      '--disable-sync',
      ...(load ? [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`] : []),
      ...(options.extraArgs ?? []),
    ],
    viewport: options.headless === false ? null : { width: 1280, height: 800 },
    // On Linux, Chromium takes its UI language (the extension's) from these, given chromium-l10n.
    env: { ...process.env, LANGUAGE: lang, LC_ALL: locale, LANG: locale },
  });
  // A stopped worker may linger in the list for a while: only one that answers counts.
  const alive = async (w: Worker): Promise<boolean> =>
    Promise.race([
      w.evaluate(() => true).catch(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(false), 2_000)),
    ]);
  const worker = async (): Promise<Worker> => {
    for (const w of context.serviceWorkers()) if (w.url().endsWith('/background.js') && (await alive(w))) return w;
    return context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().endsWith('/background.js'),
      timeout: 30_000,
    });
  };
  const extensionId = load ? new URL((await worker()).url()).host : '';
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      // A worker stopped through the DevTools protocol can make close() report a closed target.
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const EDGE_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70';

/** Makes the page look like Microsoft Edge (user agent and client hints), as a director's browser would. */
export async function actAsEdge(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setUserAgentOverride', {
    userAgent: EDGE_UA,
    userAgentMetadata: {
      brands: [
        { brand: 'Microsoft Edge', version: '131' },
        { brand: 'Chromium', version: '131' },
      ],
      fullVersion: '131.0.2903.70',
      platform: 'Windows',
      platformVersion: '15.0.0',
      architecture: 'x86',
      model: '',
      mobile: false,
    },
  });
}

/**
 * Stops the extension's service worker, as Chromium does when it idles, through the DevTools
 * protocol; the next event (a message from a page) starts it again with nothing in memory.
 */
export async function stopWorker(launched: Launched, page: Page): Promise<void> {
  const script = (await launched.worker()).url();
  const cdp = await page.context().newCDPSession(page);
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL === script) status.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const until = async (check: () => boolean): Promise<void> => {
    for (let i = 0; i < 250 && !check(); i++) await page.waitForTimeout(20);
    if (!check()) throw new Error('the service worker did not stop');
  };
  await until(() => status.size > 0);
  for (const versionId of status.keys()) await cdp.send('ServiceWorker.stopWorker', { versionId });
  await until(() => [...status.values()].every((s) => s === 'stopped'));
  await cdp.detach();
}

/** The extension's own messages, in the language the browser runs it in. */
export async function extensionT(launched: Launched): Promise<Translate> {
  const lang = (await (await launched.worker()).evaluate(() => chrome.i18n.getMessage('lang'))) as Locale;
  return getMessageFrom(loadMessages(lang));
}

/** The panel's host, by the contract selector (src/content/panel-api.ts): the one name tests and scripts use. */
export const PANEL = PANEL_SELECTOR;

/** A selector for `selector` inside the panel's shadow root (Playwright's CSS pierces open shadow roots). */
export const inPanel = (selector: string): string => `:is(${PANEL}) ${selector}`;

/** The panel's data-rules in a frame, [] when there is no panel. */
export async function panelRules(page: Page | ReturnType<Page['mainFrame']>): Promise<string[]> {
  const rules = await page.evaluate((panel) => document.querySelector(panel)?.getAttribute('data-rules') ?? '', PANEL);
  return rules.split(' ').filter(Boolean);
}

/** Waits until the frame's panel shows exactly `rules` (or has none, for []). */
export async function waitForRules(
  page: Page | ReturnType<Page['mainFrame']>,
  rules: readonly string[],
  timeout = 5_000,
): Promise<void> {
  await page.waitForFunction(
    ([panel, want]) => (document.querySelector(panel)?.getAttribute('data-rules') ?? '') === want,
    [PANEL, rules.join(' ')] as const,
    { timeout },
  );
}

/** The browser's id of the tab showing `page` (or `url`, for an error page), asked of the worker. */
export async function tabIdOf(launched: Launched, page: Page, url = page.url()): Promise<number> {
  const worker = await launched.worker();
  const id = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}
