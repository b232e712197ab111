import { describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe';
import { actAsEdge, PANEL, waitForRules } from './harness/browser';
import { browserOrSkip } from './harness/chromium';
import { useBrowser } from './harness/setup';

// RGAA / WCAG 1.4.10 reflow: at 320 CSS px wide (a 1280 px window at 400 %) and at 200 % zoom (a
// 1280 x 800 window is 640 x 400 CSS px), the panel fits the viewport, scrolls within itself, makes the
// page scroll sideways no more than it did, and every control can be reached.
const chromium = browserOrSkip();
const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 640, height: 400 },
  { width: 320, height: 256 },
];
const FIXTURES: [string, string[]][] = [
  ['saga.cng.sante.fr/rights-invalid.html', ['saga-rights-invalid']],
  // Text only in its body, no link or button: the body itself must take the focus when it scrolls.
  ['saga.cng.sante.fr/first-login.html', ['saga-first-login']],
  ['connect-pasrel.atih.sante.fr/profiles-missing.html', ['plage-profile-missing']],
  ['assistance.atih.sante.fr/plage-support.html', ['hotline-plage']],
];

describe.skipIf(chromium.skip)('in Chromium: the panel in a narrow or zoomed window', () => {
  const env = useBrowser(chromium.path);

  describe.each(VIEWPORTS)('at $width x $height CSS px', (viewport) => {
    it.each(FIXTURES)(
      '%s: within the viewport, no sideways scrolling of its own, controls reachable',
      async (fixture, rules) => {
        const page = await env.browser.context.newPage();
        await page.setViewportSize(viewport);
        await actAsEdge(page);
        await page.goto(`https://${fixture}`);
        await waitForRules(page, rules);
        const result = await page.evaluate(async (panel) => {
          for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
          const host = document.querySelector(panel) as HTMLElement;
          const root = host.shadowRoot as ShadowRoot;
          const view = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
          const inView = (r: DOMRect): boolean =>
            r.left >= 0 && r.top >= 0 && r.right <= view.width + 0.5 && r.bottom <= view.height + 0.5;
          const box = host.getBoundingClientRect();
          // The page's own sideways overflow, with the panel and without it (taken out and put back at once).
          const withPanel = document.documentElement.scrollWidth;
          const next = host.nextSibling;
          host.remove();
          const without = document.documentElement.scrollWidth;
          document.documentElement.insertBefore(host, next);
          // Each control scrolled into view within the panel, then on top where a person would click it.
          const unreachable: string[] = [];
          for (const control of root.querySelectorAll<HTMLElement>('button, a[href]')) {
            control.scrollIntoView({ block: 'nearest', inline: 'nearest' });
            const r = control.getBoundingClientRect();
            const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            if (!inView(r) || !(hit === control || control.contains(hit)))
              unreachable.push(control.outerHTML.slice(0, 80));
          }
          const panelEl = root.querySelector('.panel') as HTMLElement;
          // A body that scrolls can be scrolled by keyboard: it takes the focus, or holds a control.
          const body = root.querySelector('.body') as HTMLElement;
          const scrolls = body.scrollHeight > body.clientHeight;
          const keyboardScrolls = !scrolls || body.tabIndex === 0 || !!body.querySelector('a[href], button');
          return {
            inView: inView(box),
            withPanel,
            without,
            unreachable,
            width: box.width,
            fits: panelEl.scrollWidth <= panelEl.clientWidth,
            scrolls,
            keyboardScrolls,
          };
        }, PANEL);
        expect(result.inView).toBe(true);
        expect(result.width).toBeGreaterThan(200);
        expect(result.withPanel).toBe(result.without);
        expect(result.fits).toBe(true);
        expect(result.unreachable).toEqual([]);
        expect(result.keyboardScrolls).toBe(true);
        expect(await seriousViolations(page, [[PANEL]])).toEqual([]);
        await page.close();
      },
    );
  });
});
