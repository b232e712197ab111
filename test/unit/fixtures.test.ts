import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PANEL_SELECTOR } from '../../src/content/panel-api';
import { fixturePath, openFixture, start, until, type BrowserName } from '../helpers/page';

interface Expectation {
  fixture: string;
  browser: BrowserName;
  rules: string[];
  note: string;
  /** The page hides its texts by layout (size, position, clipping boxes): jsdom has none to judge. */
  layout?: boolean;
}

export const EXPECTATIONS = JSON.parse(readFileSync(fixturePath('expectations.json'), 'utf8')) as Expectation[];
// Pages whose error arrives after load, from their own script.
const LATE = new Set([
  'saga.cng.sante.fr/late-error.html',
  'saga.cng.sante.fr/body-replaced.html',
  'saga.cng.sante.fr/late-error-shadow.html',
]);

describe('every fixture page shows exactly the expected rules', () => {
  // Pages that need layout are checked in Chromium only (test/e2e/rules.test.ts reads every line).
  it.each(EXPECTATIONS.filter((e) => !e.layout))(
    '$fixture in $browser → [$rules]',
    async ({ fixture, browser, rules }) => {
      const page = start(openFixture(fixture, browser));
      if (LATE.has(fixture)) {
        expect(page.rules()).toEqual([]);
        await until(() => page.rules().length > 0);
      }
      await page.settle();
      expect(page.rules()).toEqual(rules);
      // One panel per frame, whatever happened.
      expect(page.dom.window.document.querySelectorAll(PANEL_SELECTOR).length).toBe(rules.length > 0 ? 1 : 0);
      page.handle?.stop();
    },
  );
});
