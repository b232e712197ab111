/// <reference types="chrome" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium as playwright, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAsEdge, DIST, PANEL } from './harness/browser';
import { browserOrSkip } from './harness/chromium';
import { startSites, type Sites } from './harness/sites';

const chromium = browserOrSkip();
// Chromium 156 answers storage.managed.get some 2 s after a browser start; the bench holds the 100 ms
// budget (f). Here, a bound that only an answer waiting for policy overruns, on a busy machine too.
const NOT_WAITING_MS = 1_000;

// In the page's main world from its start: when the panel's host appears, then its mail link.
const WATCH = `(() => {
  const seen = (window.__firstAnswer = { host: -1, mail: -1, to: '' });
  const check = () => {
    const host = document.querySelector(${JSON.stringify(PANEL)});
    if (!host || seen.mail >= 0) return;
    if (seen.host < 0) seen.host = performance.now();
    const link = host.shadowRoot && host.shadowRoot.querySelector('a[data-action="mail-admin"]');
    if (link) (seen.mail = performance.now()), (seen.to = link.getAttribute('href').split('?')[0]);
  };
  const timer = setInterval(() => (check(), seen.mail >= 0 && clearInterval(timer)), 4);
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})()`;

describe.skipIf(chromium.skip)('in Chromium: the first error after a browser start', () => {
  const profile = mkdtempSync(join(tmpdir(), 'saga-helper-first-answer-'));
  let sites: Sites;
  beforeAll(async () => void (sites = await startSites()));
  afterAll(async () => {
    await sites?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  // As launch() does, on a profile kept between the two starts.
  const start = (): Promise<BrowserContext> =>
    playwright.launchPersistentContext(profile, {
      executablePath: chromium.path as string,
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        '--no-sandbox',
        '--ignore-certificate-errors',
        `--host-resolver-rules=MAP * 127.0.0.1:${sites.port}`,
        `--disable-extensions-except=${DIST}`,
        `--load-extension=${DIST}`,
      ],
      env: { ...process.env, LANGUAGE: 'fr', LC_ALL: 'fr_FR.UTF-8', LANG: 'fr_FR.UTF-8' },
    });

  const firstError = async (context: BrowserContext): Promise<{ wait: number; to: string }> => {
    const page = await context.newPage();
    await actAsEdge(page);
    await page.addInitScript(WATCH);
    await page.goto('https://saga.cng.sante.fr/pairing-failed.html');
    type Seen = { host: number; mail: number; to: string };
    await page.waitForFunction(() => (window as unknown as { __firstAnswer: Seen }).__firstAnswer.mail >= 0);
    const seen = await page.evaluate(() => (window as unknown as { __firstAnswer: Seen }).__firstAnswer);
    await page.close();
    return { wait: seen.mail - seen.host, to: seen.to };
  };

  it('shows the mail with the panel, before storage.managed answers, on a new profile and at the next start', async () => {
    let context = await start();
    try {
      const first = await firstError(context);
      expect(first.to).toBe('mailto:cng-saga@sante.gouv.fr');
      expect(first.wait).toBeLessThan(NOT_WAITING_MS);
      // The rest of the session: the worker reads policy and keeps it, and stores the settings.
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await expect
        .poll(() => worker.evaluate(async () => Object.keys(await chrome.storage.local.get('effectiveSettings'))), {
          timeout: 10_000,
        })
        .toEqual(['effectiveSettings']);
    } finally {
      await context.close();
    }
    context = await start();
    try {
      const next = await firstError(context);
      expect(next.to).toBe('mailto:cng-saga@sante.gouv.fr');
      expect(next.wait).toBeLessThan(NOT_WAITING_MS);
    } finally {
      await context.close();
    }
  });
});
