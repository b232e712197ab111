import type { Page } from 'playwright-core';
import { actAsEdge, panelRules, type Launched } from '../../test/e2e/harness/browser';

export const SAGA = 'https://saga.cng.sante.fr';
/** Long enough for the content script's reading at document_idle and any panel it draws. */
const SETTLE_MS = 1000;

/** Main-thread task time (ms) the page spent while `work` ran, from the DevTools protocol's metrics. */
async function taskTime(page: Page, work: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async (): Promise<number> =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const before = await read();
  await work();
  const after = await read();
  await cdp.detach();
  return after - before;
}

/** A measured run: task time, and the panel's rules at its end ([] without a panel). */
export interface Loaded {
  readonly ms: number;
  readonly rules: readonly string[];
}

export async function newPage(browser: Launched, edge: boolean): Promise<Page> {
  const page = await browser.context.newPage();
  if (edge) await actAsEdge(page);
  return page;
}

/**
 * Loads a bench page and lets it settle: (a), (c), (d). `edge` false keeps headless Chromium's own user
 * agent, on which the extension shows its browser advice.
 */
export async function loadAndSettle(browser: Launched, path: string, edge: boolean): Promise<Loaded> {
  const page = await newPage(browser, edge);
  try {
    const ms = await taskTime(page, async () => {
      await page.goto(`${SAGA}/${path}`, { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
    });
    return { ms, rules: await panelRules(page) };
  } finally {
    await page.close();
  }
}

/** (b) A page that adds and removes 200 nodes per task, 150 tasks. */
export async function churn(browser: Launched): Promise<Loaded> {
  const page = await newPage(browser, true);
  try {
    await page.goto(`${SAGA}/churn.html`, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const ms = await taskTime(page, async () => {
      await page.evaluate(() => (window as unknown as { __start(): void }).__start());
      await page.waitForFunction(() => (window as unknown as { __done?: boolean }).__done === true, undefined, {
        timeout: 30_000,
      });
      await page.waitForTimeout(200);
    });
    return { ms, rules: await panelRules(page) };
  } finally {
    await page.close();
  }
}
