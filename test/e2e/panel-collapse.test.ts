import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe';
import { actAsEdge, inPanel, PANEL, waitForRules } from './harness/browser';
import { browserOrSkip } from './harness/chromium';
import { useBrowser } from './harness/setup';

const chromium = browserOrSkip();
const RIGHTS = 'saga.cng.sante.fr/rights-invalid.html';
const TOGGLE = inPanel('button.toggle');

describe.skipIf(chromium.skip)('in Chromium: the panel collapses to a tab, by keyboard too', () => {
  const env = useBrowser(chromium.path);

  async function open(fixture: string, rules: readonly string[]): Promise<Page> {
    const page = await env.browser.context.newPage();
    await actAsEdge(page);
    await page.goto(`https://${fixture}`);
    await waitForRules(page, rules);
    await page.locator(TOGGLE).waitFor();
    return page;
  }

  const expanded = (page: Page): Promise<string | null> => page.locator(TOGGLE).getAttribute('aria-expanded');
  const toggleFocused = (page: Page): Promise<boolean> =>
    page.evaluate((panel) => {
      const host = document.activeElement;
      return !!host?.matches(panel) && !!host.shadowRoot?.activeElement?.classList.contains('toggle');
    }, PANEL);

  it('Tab reaches the tab; Enter collapses it, Space reopens it, and the focus stays on it', async () => {
    const page = await open(RIGHTS, ['saga-rights-invalid']);
    for (let i = 0; i < 40 && !(await toggleFocused(page)); i++) await page.keyboard.press('Tab');
    expect(await toggleFocused(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await expanded(page)).toBe('false');
    expect(await page.locator(inPanel('h2')).isVisible()).toBe(false);
    expect(await toggleFocused(page)).toBe(true);
    const label = (await page.locator(TOGGLE).textContent())?.replace(/\s/g, ' ');
    expect(label).toBe('SAGA Helper : 1 problème');
    await page.keyboard.press(' ');
    expect(await expanded(page)).toBe('true');
    expect(await page.locator(inPanel('h2')).isVisible()).toBe(true);
    expect(await toggleFocused(page)).toBe(true);
    await page.close();
  });

  it('stays collapsed in its tab for the session (a reload, another page), and opens in a new tab', async () => {
    const page = await open(RIGHTS, ['saga-rights-invalid']);
    await page.locator(TOGGLE).click();
    expect(await expanded(page)).toBe('false');
    await page.reload();
    await waitForRules(page, ['saga-rights-invalid']);
    await page.locator(TOGGLE).waitFor();
    expect(await expanded(page)).toBe('false');
    await page.goto('https://connect-pasrel.atih.sante.fr/profiles-missing.html');
    await waitForRules(page, ['plage-profile-missing']);
    await page.locator(TOGGLE).waitFor();
    expect(await expanded(page)).toBe('false');
    const other = await open(RIGHTS, ['saga-rights-invalid']);
    expect(await expanded(other)).toBe('true');
    await page.locator(TOGGLE).click();
    await other.close();
    await page.close();
  });

  it.each([
    [RIGHTS, ['saga-rights-invalid']],
    ['connect-pasrel.atih.sante.fr/profiles-missing.html', ['plage-profile-missing']],
  ])('axe finds nothing serious on %s, open and collapsed', async (fixture, rules) => {
    const page = await open(fixture, rules);
    expect(await seriousViolations(page, [[PANEL]])).toEqual([]);
    await page.locator(TOGGLE).click();
    expect(await expanded(page)).toBe('false');
    expect(await seriousViolations(page, [[PANEL]])).toEqual([]);
    await page.close();
  });
});
