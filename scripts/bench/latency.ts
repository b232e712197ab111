import { PANEL, type Launched } from '../../test/e2e/harness/browser';
import { ERROR_PAGE } from './pages';
import { newPage, SAGA } from './task-time';

/** (e) Time from an error text inserted into an idle page to the panel in the DOM, in ms. */
export async function latency(browser: Launched): Promise<number> {
  const page = await newPage(browser, true);
  try {
    await page.goto(`${SAGA}/idle.html`, { waitUntil: 'load' });
    await page.waitForTimeout(600);
    return await page.evaluate(
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
  } finally {
    await page.close();
  }
}

interface Seen {
  host: number;
  button: number;
}

/**
 * Runs in the page's main world before its own scripts: notes when the panel's host appears and when
 * the first of the worker's actions (clean reload, mail) appears in its open shadow root. Observers fire
 * right after the change; the frame poll is there in case a change slips past them. A string, not a
 * function: tsx would wrap named inner functions in a helper the page does not have.
 */
const watchPanel = (panel: string): string => `(() => {
  const seen = { host: -1, button: -1 };
  window.__sagaBenchPanel = seen;
  const actions = '[data-action="clean-reload"], [data-action="mail-admin"]';
  let inner = null;
  const check = () => {
    const host = document.querySelector(${JSON.stringify(panel)});
    if (!host || seen.button >= 0) return;
    if (seen.host < 0) seen.host = performance.now();
    const root = host.shadowRoot;
    if (root && !inner) (inner = new MutationObserver(check)).observe(root, { childList: true, subtree: true });
    if (root && root.querySelector(actions)) seen.button = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  const poll = () => {
    check();
    if (seen.button < 0) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

/** (f) From the panel's host in the DOM to its first action button (the worker's answer), in ms. */
export async function actionLatency(browser: Launched): Promise<number> {
  const page = await newPage(browser, true);
  try {
    await page.addInitScript({ content: watchPanel(PANEL) });
    await page.goto(`${SAGA}/${ERROR_PAGE}`, { waitUntil: 'load' });
    const seen = await page
      .waitForFunction(
        () => {
          const s = (window as unknown as { __sagaBenchPanel?: Seen }).__sagaBenchPanel;
          return s && s.button >= 0 ? s : null;
        },
        undefined,
        { timeout: 10_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<Seen>)
      .catch(async () => {
        const host = await page.evaluate((panel) => document.querySelector(panel) !== null, PANEL);
        throw new Error(host ? 'no action button within 10 s of the panel' : 'no panel within 10 s');
      });
    return seen.button - seen.host;
  } finally {
    await page.close();
  }
}
