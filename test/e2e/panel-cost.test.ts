import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { arretes, idle } from '../../scripts/bench/pages';
import type * as View from '../../src/content/panel/view';
import type * as Translate from '../../src/lib/translate';
import type * as Rules from '../../src/rules';
import { loadMessages } from '../helpers/messages';
import { browserOrSkip } from './harness/chromium';
import { useBrowser } from './harness/setup';

// What showing and updating a panel costs the page's main thread, on a long page (5,000 arrêtés) and
// on a short one: the panel module itself, bundled for the page, driven as the content script drives it.
const chromium = browserOrSkip();
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUDGET_MS = 10;

const cssRaw: Plugin = {
  name: 'css-raw',
  setup(b) {
    b.onResolve({ filter: /\.css\?raw$/ }, (args) => ({
      path: `${args.resolveDir}/${args.path.replace(/\?raw$/, '')}`,
      namespace: 'css-raw',
    }));
    b.onLoad({ filter: /.*/, namespace: 'css-raw' }, async (args) => ({
      contents: `export default ${JSON.stringify(await readFile(args.path, 'utf8'))};`,
      loader: 'js',
    }));
  },
};

async function panelBundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `export { createView } from './src/content/panel/view';
        export { translatorFrom } from './src/lib/translate';
        export { RULES } from './src/rules';`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: '__sagaPanel',
    target: ['chrome111'],
    write: false,
    plugins: [cssRaw],
  });
  return out.outputFiles[0]?.text ?? '';
}

interface Costs {
  /** The first panel of the page: module code cold, shadow root and styles created. */
  readonly firstShow: number;
  /** Median over runs: showing it again, updating it with another rule, and one scroll-follow frame. */
  readonly show: number;
  readonly update: number;
  readonly follow: number;
}

/** Runs in the page: the message box and its button at the top, then the panel shown and updated. */
async function measure(page: Page, html: string, bundle: string): Promise<Costs> {
  await page.setContent(html);
  await page.addScriptTag({ content: bundle });
  return page.evaluate(async (messages) => {
    type Api = typeof View & typeof Translate & typeof Rules;
    const { createView, translatorFrom, RULES } = (window as unknown as { __sagaPanel: Api }).__sagaPanel;
    const raf = window.requestAnimationFrame.bind(window);
    const frame = (): Promise<void> => new Promise((r) => raf(() => setTimeout(r, 0)));
    const follows: number[] = [];
    // The panel's own frame callbacks (it follows scrolling in them), timed.
    window.requestAnimationFrame = (cb): number =>
      raf((t) => {
        const start = performance.now();
        cb(t);
        follows.push(performance.now() - start);
      });
    const main = document.querySelector('main') ?? document.body;
    const box = document.createElement('div');
    box.textContent = "Vous n'avez aucun droit valide défini au niveau de votre compte utilisateur.";
    const button = document.createElement('button');
    button.textContent = 'Valider';
    main.prepend(box, button);
    document.body.style.paddingBottom = '3000px';
    await frame();
    const view = createView({
      doc: document,
      win: window,
      t: translatorFrom(messages),
      hotlineUrl: 'https://assistance.atih.sante.fr/',
      api: {
        report: async () => undefined,
        act: async () => undefined,
        copy: async () => undefined,
        adviceSeen: async () => undefined,
        panelState: async () => ({ collapsed: false }),
      },
      redraw: () => undefined,
    });
    await frame();
    const rule = (id: string): (typeof RULES)[number] => RULES.find((r) => r.id === id) as (typeof RULES)[number];
    const first = [{ rule: rule('saga-first-login'), targets: [button], params: [], evidence: box }];
    const both = [...first, { rule: rule('saga-rights-invalid'), targets: [], params: [], evidence: box }];
    const options = { adviceAllowedAlone: false, waitForWorker: false };
    const timed = (run: () => void): number => {
      const start = performance.now();
      run();
      return performance.now() - start;
    };
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    const firstShow = timed(() => view.render(first, options));
    const show: number[] = [];
    const update: number[] = [];
    for (let i = 0; i < 7; i++) {
      await frame();
      update.push(timed(() => view.render(both, options)));
      await frame();
      view.remove();
      await frame();
      show.push(timed(() => view.render(first, options)));
    }
    follows.length = 0;
    for (let i = 0; i < 7; i++) {
      window.scrollBy(0, 150);
      await frame();
      await frame();
    }
    return { firstShow, show: median(show), update: median(update), follow: median(follows) };
  }, loadMessages('fr'));
}

describe.skipIf(chromium.skip)('in Chromium: showing or updating the panel costs the same on any page', () => {
  const env = useBrowser(chromium.path);

  it(`stays within ${BUDGET_MS} ms of main-thread time on a page of 5,000 arrêtés`, async () => {
    const bundle = await panelBundle();
    const page = await env.browser.context.newPage();
    const long = await measure(page, arretes(5000), bundle);
    const short = await measure(page, idle(), bundle);
    console.log('panel cost (ms)', JSON.stringify({ short, long }));
    for (const cost of [long.show, long.update, long.follow]) expect(cost).toBeLessThanOrEqual(BUDGET_MS);
    expect(long.firstShow).toBeLessThanOrEqual(2 * BUDGET_MS);
    // Nothing grows with the page: the long page costs what the short one does, give or take.
    expect(long.show).toBeLessThanOrEqual(short.show * 2 + 2);
    await page.close();
  });
});
