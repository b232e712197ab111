import { describe, expect, it } from 'vitest';
import type { MessagePick, RuleTest } from '../../src/lib/tab-messages';
import { draftRule } from '../../src/lib/unknown-rule';
import { openFixture, start, until } from '../helpers/page';

// The content script's side of « Tester une règle » and of the report: what a page does with the
// messages of this extension's pages and worker, through the same listener the real script registers.
const PAGE = 'saga.cng.sante.fr/unknown-alert.html';

describe('a rule on trial in a page', () => {
  it('is tested without a panel, shown on a trial, and gone when the trial ends', async () => {
    const page = start(openFixture(PAGE));
    await page.settle();
    expect(page.panel()).toBeNull();
    const pick = (await page.ask({ type: 'pick-messages' })) as MessagePick;
    const candidate = pick.candidates.find((c) => c.verified);
    expect(candidate, 'a verified candidate').toBeDefined();
    const rule = draftRule('saga', candidate?.phrases ?? []);

    const tested = (await page.ask({ type: 'test-rule', rule, show: false })) as RuleTest;
    expect(tested).toEqual({ matches: true, shown: false });
    await page.settle();
    expect(page.panel(), 'a test shows nothing').toBeNull();

    expect(await page.ask({ type: 'test-rule', rule, show: true })).toEqual({ matches: true, shown: true });
    await until(() => page.rules().includes(rule.id));
    expect(page.panel()?.shadowRoot?.textContent).toContain(rule.titleFr);

    await page.ask({ type: 'test-rule', rule: null, show: true });
    await until(() => page.panel() === null || !page.rules().includes(rule.id));
  });

  it('takes nothing that policy would refuse, and answers nothing malformed', async () => {
    const page = start(openFixture(PAGE));
    await page.settle();
    const pick = (await page.ask({ type: 'pick-messages' })) as MessagePick;
    const phrases = pick.candidates[0]?.phrases ?? [];
    // A built-in rule's id, a site that is none, no steps: each refused as policy refuses it.
    for (const rule of [
      { ...draftRule('saga', phrases), id: 'saga-rights-invalid' },
      { ...draftRule('saga', phrases), site: 'elsewhere' },
      { ...draftRule('saga', phrases), stepsFr: [] },
    ]) {
      expect(await page.ask({ type: 'test-rule', rule, show: true })).toEqual({ matches: false, shown: true });
    }
    await page.settle();
    expect(page.panel()).toBeNull();
    for (const bad of [null, 'pick-messages', { type: 'toString' }, { type: 'test-rule', rule: {}, show: 'yes' }]) {
      expect(await page.ask(bad)).toBeUndefined();
    }
  });
});
