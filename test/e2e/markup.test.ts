import fc from 'fast-check';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/rules';
import { MARKUP_SEED } from '../helpers/markup-arbitraries';
import { PLACEMENTS, pageHtml, type Placement } from '../helpers/markup-pages';
import { generatedArb } from '../helpers/markup-property';
import { expectedRules, type Generated } from '../helpers/markup-run';
import { actAsEdge, PANEL, panelRules, waitForRules } from './harness/browser';
import { browserOrSkip } from './harness/chromium';
import { useBrowser } from './harness/setup';

// Issue "Recognition and panel that hold on pages nobody here has written", item 4, in a real browser:
// a handful of the pages the markup properties generate (test/unit/markup-*.property.test.ts), each
// rule twice and each placement twice, served under the real host names. Chromium has what jsdom lacks:
// layout (flex items are boxes), closed shadow roots through chrome.dom, frames with ancestorOrigins.

const RULES = RULE_IDS.filter((id) => id !== 'browser-not-recommended');
const pages: (Generated & { rule: string })[] = RULES.flatMap((rule, i) =>
  [PLACEMENTS[i % PLACEMENTS.length], PLACEMENTS[(i + 4) % PLACEMENTS.length]].map((placement, k) => {
    const arb = generatedArb(rule).map((g) => ({ ...g, placement: placement as Placement, rule }));
    const [g] = fc.sample(arb, { numRuns: 1, seed: MARKUP_SEED + i * 2 + k });
    return g as Generated & { rule: string };
  }),
);
const chromium = browserOrSkip();

/** Opens `html` at https://<host>/<path>, answered by the test (the harness serves the rest of the site). */
async function openGenerated(page: Page, host: string, html: string, path = 'generated.html'): Promise<void> {
  const url = `https://${host}/${path}`;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(url);
}

describe.skipIf(chromium.skip)('in Chromium: generated pages in random markup', () => {
  const env = useBrowser(chromium.path);

  it.each(pages)('$rule, $placement, as $browser', async (g) => {
    const page = await env.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    if (g.browser === 'edge') await actAsEdge(page);
    await openGenerated(page, g.host, pageHtml(g.content, g.placement, g.delay));
    const expected = expectedRules(g.rule, g.browser);
    let shown: Page | Frame = page;
    if (g.placement === 'iframe') {
      await page.waitForFunction(() => document.querySelector('iframe')?.dataset['filled'] === 'yes');
      shown = page.frames().find((f) => f !== page.mainFrame()) as Frame;
      // The frame's own panel; the top page shows at most the browser advice (alone once per profile).
      await waitForRules(shown, expected);
      expect((await panelRules(page)).filter((id) => id !== 'browser-not-recommended')).toEqual([]);
    }
    await waitForRules(shown, expected).catch(() => undefined);
    expect({ content: g.content, rules: await panelRules(shown) }).toEqual({ content: g.content, rules: expected });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads flex items (<span>s with no white space between them) and a drop-down as boxes', async () => {
    const page = await env.browser.context.newPage();
    await actAsEdge(page);
    // jsdom computes neither: flex items are blockified, a <select> is inline-block, in a browser only.
    const box =
      '<div class="alert" role="alert" style="display:flex"><span>Appairage PLAGE-SAGA</span>' +
      '<span>impossible<select><option>Motif</option></select>Veuillez contacter l’administrateur CNG.</span></div>';
    await openGenerated(page, 'saga.cng.sante.fr', pageHtml(box, 'static'));
    await waitForRules(page, ['saga-pairing-failed']);
    expect(await page.locator(PANEL).count()).toBe(1);
    await page.close();
  });
});
