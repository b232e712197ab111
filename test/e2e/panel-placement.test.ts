import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actAsEdge, waitForRules } from './harness/browser';
import { browserOrSkip } from './harness/chromium';
import { geometry, overlaps } from './harness/panel-geometry';
import { useBrowser } from './harness/setup';

interface Expectation {
  fixture: string;
  browser: 'edge' | 'chrome';
  rules: string[];
}

const expectations = JSON.parse(
  readFileSync(new URL('../fixtures/expectations.json', import.meta.url), 'utf8'),
) as Expectation[];
// The rules that outline something on their page: every fixture showing one is checked.
const OUTLINING = /^(saga-first-login|saga-account-choice|plage-profile-|hotline-)/;
const outlined = expectations.filter((e) => e.rules.some((r) => OUTLINING.test(r)));
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
];
const chromium = browserOrSkip();

describe.skipIf(chromium.skip)('in Chromium: the panel never hides what it talks about', () => {
  const env = useBrowser(chromium.path);

  it('has fixtures to check', () => {
    expect(outlined.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(VIEWPORTS)('at $width x $height', (viewport) => {
    it.each(outlined)('$fixture as $browser: covers neither the outlined element nor the message', async (e) => {
      const page = await env.browser.context.newPage();
      await page.setViewportSize(viewport);
      if (e.browser === 'edge') await actAsEdge(page);
      await page.goto(`https://${e.fixture}`);
      await waitForRules(page, e.rules);
      const g = await geometry(page, e.rules);
      expect(g.panel).not.toBeNull();
      expect(g.targets.length).toBeGreaterThan(0);
      expect(g.messages.length).toBeGreaterThan(0);
      const panel = g.panel as NonNullable<typeof g.panel>;
      expect(g.targets.filter((t) => overlaps(panel, t))).toEqual([]);
      expect(g.messages.filter((m) => overlaps(panel, m))).toEqual([]);
      await page.close();
    });
  });

  it('follows the page: scrolled so that the outlined element sits in its corner, the panel moves away', async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1024, height: 500 });
    await actAsEdge(page);
    await page.goto('https://connect-pasrel.atih.sante.fr/profiles-missing.html');
    await waitForRules(page, ['plage-profile-missing']);
    // Room to scroll, then the outlined « + Demander un profil » brought to the bottom of the window.
    await page.evaluate(() => {
      document.body.style.paddingBottom = '2000px';
      document.body.style.paddingTop = '1000px';
      const target = document.querySelector('[data-saga-helper-target]') as HTMLElement;
      window.scrollBy(0, target.getBoundingClientRect().bottom - window.innerHeight + 40);
    });
    for (const dy of [0, -300]) {
      await page.evaluate((by) => window.scrollBy(0, by), dy);
      const g = await geometry(page, ['plage-profile-missing']);
      const panel = g.panel as NonNullable<typeof g.panel>;
      expect(g.targets.filter((t) => overlaps(panel, t))).toEqual([]);
    }
    await page.close();
  });
});
