import type { Frame, Page } from 'puppeteer-core';
import type { Browser as WebExt } from 'webextension-polyfill';
import { PANEL_SELECTOR } from '../../../src/content/panel-api';
import type { FirefoxLaunched } from './harness';

/** The panel's host, by the contract selector (src/content/panel-api.ts), as the Chromium tests use it. */
export const PANEL = PANEL_SELECTOR;

/** A puppeteer selector for `selector` inside the panel's open shadow root (`>>>` pierces it). */
export const inPanel = (selector: string): string => `:is(${PANEL}) >>> ${selector}`;

/** The panel's data-rules in a page or frame, [] when there is no panel. */
export async function panelRules(page: Page | Frame): Promise<string[]> {
  const rules = await page.evaluate(
    (panel: string) => document.querySelector(panel)?.getAttribute('data-rules') ?? '',
    PANEL,
  );
  return rules.split(' ').filter(Boolean);
}

/**
 * Waits until the panel shows exactly `rules` (or there is none, for []). Polled by time, not by animation
 * frame (puppeteer's default): a tab behind another gets none.
 */
export async function waitForRules(page: Page | Frame, rules: readonly string[], timeout = 5_000): Promise<void> {
  await page.waitForFunction(
    (panel: string, want: string) => (document.querySelector(panel)?.getAttribute('data-rules') ?? '') === want,
    { timeout, polling: 100 },
    PANEL,
    rules.join(' '),
  );
}

/**
 * The tab id of the tab showing `address`, asked of the add-on. It reads the addresses of SAGA and PLAGE
 * tabs only (its host permissions), which are the ones the tests look up.
 */
export async function tabIdOf(ff: FirefoxLaunched, address: string): Promise<number> {
  const id = await ff.inExtension(async (want: string) => {
    const { browser } = globalThis as unknown as { browser: WebExt };
    return (await browser.tabs.query({})).find((t) => t.url === want)?.id ?? -1;
  }, address);
  if (id < 0) throw new Error(`no tab for ${address}`);
  return id;
}

/** The toolbar button's badge text on a tab. */
export async function badgeOf(ff: FirefoxLaunched, tabId: number): Promise<string> {
  return ff.inExtension(async (id: number) => {
    const { browser } = globalThis as unknown as { browser: WebExt };
    return browser.action.getBadgeText({ tabId: id });
  }, tabId);
}

/** The tab the worker recorded a network failure for (an error page's address is not the page's). */
export async function tabWithNetworkError(ff: FirefoxLaunched): Promise<number | undefined> {
  return ff.inExtension(async () => {
    const { browser } = globalThis as unknown as { browser: WebExt };
    const all = await browser.storage.session.get(null);
    const key = Object.keys(all).find((k) => k.startsWith('tab:') && (all[k] as { network?: unknown }).network);
    return key ? Number(key.slice(4)) : undefined;
  }, undefined);
}

/** storage.managed as the add-on reads it: what Firefox took from policies.json, values as they stand. */
export async function managedSettings(ff: FirefoxLaunched): Promise<Record<string, unknown>> {
  return ff.inExtension(async () => {
    const { browser } = globalThis as unknown as { browser: WebExt };
    return browser.storage.managed.get(null);
  }, undefined);
}
