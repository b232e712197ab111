import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actAsEdge, PANEL, panelRules, waitForRules } from './harness/browser';
import { browserOrSkip } from './harness/chromium';
import { useBrowser } from './harness/setup';

interface Expectation {
  fixture: string;
  browser: 'edge' | 'chrome';
  rules: string[];
}

const expectations = JSON.parse(
  readFileSync(new URL('../fixtures/expectations.json', import.meta.url), 'utf8'),
) as Expectation[];
const chromium = browserOrSkip();

describe.skipIf(chromium.skip)('in Chromium: every rule on its fixture page', () => {
  const env = useBrowser(chromium.path);

  it.each(expectations)('$fixture as $browser → [$rules]', async ({ fixture, browser: kind, rules }) => {
    const page = await env.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    if (kind === 'edge') await actAsEdge(page);
    await page.goto(`https://${fixture}`);
    if (rules.length > 0) await waitForRules(page, rules);
    else await page.waitForTimeout(400);
    expect(await panelRules(page)).toEqual(rules);
    expect(await page.locator(PANEL).count()).toBe(rules.length > 0 ? 1 : 0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs in frames: the framed page gets its own panel, the top page none', async () => {
    const page = await env.browser.context.newPage();
    await actAsEdge(page);
    await page.goto('https://saga.cng.sante.fr/frame-host.html');
    const frame = page.frames().find((f) => f.url().endsWith('/rights-invalid.html'));
    expect(frame).toBeDefined();
    if (frame) await waitForRules(frame, ['saga-rights-invalid']);
    expect(await panelRules(page)).toEqual([]);
    await page.close();
  });
});
