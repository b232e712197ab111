import type { Page } from 'playwright-core';
import { actAsEdge, PANEL, type Launched } from '../../test/e2e/harness/browser';

const SAGA = 'https://saga.cng.sante.fr';

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

async function fresh(browser: Launched): Promise<Page> {
  const page = await browser.context.newPage();
  await actAsEdge(page);
  return page;
}

/** (a) Load the page of 5,000 arrêtés and let it settle (the content script reads it at idle). */
export async function loadLongPage(browser: Launched): Promise<number> {
  const page = await fresh(browser);
  const ms = await taskTime(page, async () => {
    await page.goto(`${SAGA}/arretes.html`, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
  });
  await page.close();
  return ms;
}

/** (b) A page that adds and removes 200 nodes per task, 150 tasks. */
export async function churn(browser: Launched): Promise<number> {
  const page = await fresh(browser);
  await page.goto(`${SAGA}/churn.html`, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const ms = await taskTime(page, async () => {
    await page.evaluate(() => (window as unknown as { __start(): void }).__start());
    await page.waitForFunction(() => (window as unknown as { __done?: boolean }).__done === true, undefined, {
      timeout: 30_000,
    });
    await page.waitForTimeout(200);
  });
  await page.close();
  return ms;
}

/** (c) Time from an error text inserted into an idle page to the panel in the DOM, in ms. */
export async function latency(browser: Launched): Promise<number> {
  const page = await fresh(browser);
  await page.goto(`${SAGA}/idle.html`, { waitUntil: 'load' });
  await page.waitForTimeout(600);
  const ms = await page.evaluate(
    (panel) =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        new MutationObserver((_, observer) => {
          if (!document.querySelector(panel)) return;
          observer.disconnect();
          resolve(performance.now() - start);
        }).observe(document.documentElement, { childList: true });
        const p = document.createElement('p');
        p.textContent = "Vous n'avez aucun droit valide défini au niveau de votre compte utilisateur.";
        document.getElementById('slot')?.append(p);
        setTimeout(() => reject(new Error('no panel after 5 s')), 5000);
      }),
    PANEL,
  );
  await page.close();
  return ms;
}

/** (1) The matcher over about 1 MB of page text: ours and the naive baseline, `times` each. */
export interface MatcherTimes {
  readonly textBytes: number;
  /** The page as it is (no error text), then with one error message added at the end. */
  readonly quiet: { readonly ours: number[]; readonly naive: number[] };
  readonly error: { readonly ours: number[]; readonly naive: number[] };
}

export async function matcher(browser: Launched, bundle: string, times: number): Promise<MatcherTimes> {
  const page = await fresh(browser);
  await page.goto(`${SAGA}/text.html`, { waitUntil: 'load' });
  await page.evaluate(bundle);
  const result = await page.evaluate(
    (n) => (globalThis as unknown as { sagaBench: { run(n: number): unknown } }).sagaBench.run(n),
    times,
  );
  await page.close();
  return result as MatcherTimes;
}
