import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteOf } from '../../../src/core/sites';
import { firefoxOrSkip } from './harness';
import { PANEL, panelRules, waitForRules } from './pages';
import { useFirefox } from './setup';

interface Expectation {
  fixture: string;
  browser: 'edge' | 'chrome';
  rules: string[];
}

const ADVICE = 'browser-not-recommended';
const expectations = JSON.parse(
  readFileSync(new URL('../../fixtures/expectations.json', import.meta.url), 'utf8'),
) as Expectation[];

/**
 * What each fixture shows in Firefox, which is not Edge: what it shows in a browser that is not Edge (the
 * "chrome" entries of expectations.json, as the Chromium test runs them). Off the three sites, nothing (the
 * content script does not run). On them, the page's own rules and then the Edge advice; a page with no
 * problem shows the advice on its own once per profile (the first such page, in the file's order), and
 * nothing afterwards.
 */
function inFirefox(list: readonly Expectation[]): { fixture: string; rules: string[]; name: string }[] {
  let adviceSeen = false;
  const named = (e: Expectation, rules: string[]): { fixture: string; rules: string[]; name: string } => ({
    fixture: e.fixture,
    rules,
    name: `${e.fixture} (${e.browser}: [${e.rules.join(' ')}]) → [${rules.join(' ')}]`,
  });
  return list.map((e) => {
    if (siteOf(e.fixture.split('/')[0] ?? '') === null) return named(e, []);
    const own = e.rules.filter((r) => r !== ADVICE);
    if (own.length > 0) return named(e, [...own, ADVICE]);
    const rules = adviceSeen ? [] : [ADVICE];
    adviceSeen = true;
    return named(e, rules);
  });
}

const firefox = firefoxOrSkip();

describe.skipIf(firefox.skip)('in Firefox ESR: every rule on its fixture page', () => {
  const env = useFirefox(firefox.path);

  // '%s' of the name: a '$name' template would cut it at 40 characters.
  it.each(inFirefox(expectations).map((e) => [e.name, e] as const))('%s', async (_name, { fixture, rules }) => {
    const page = await env.firefox.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`https://${fixture}`);
    if (rules.length > 0) await waitForRules(page, rules);
    else await new Promise((r) => setTimeout(r, 400));
    expect(await panelRules(page)).toEqual(rules);
    expect(await page.$$eval(PANEL, (hosts) => hosts.length)).toBe(rules.length > 0 ? 1 : 0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs in frames: the framed page gets its own panel, the top page none', async () => {
    const page = await env.firefox.browser.newPage();
    await page.goto('https://saga.cng.sante.fr/frame-host.html');
    const frame = page.frames().find((f) => f.url().endsWith('/rights-invalid.html'));
    expect(frame).toBeDefined();
    if (frame) await waitForRules(frame, ['saga-rights-invalid', ADVICE]);
    expect(await panelRules(page)).toEqual([]);
    await page.close();
  });
});
