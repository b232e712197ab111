// Firefox ESR: the CNG's guide recommends Microsoft Edge, so SAGA Helper says so there as in Chrome: alone
// once, then only as a step of an error panel, and never when policy turns the advice off.
import { describe, expect, it } from 'vitest';
import { isEdge } from '../../src/core/browser-detect';
import { openFixture, start, USER_AGENTS } from '../helpers/page';

const EDGE_ADVICE = 'Le CNG recommande fortement Microsoft Edge';
const LOGIN = 'saga.cng.sante.fr/login.html';
const RIGHTS = 'saga.cng.sante.fr/rights-invalid.html';

describe.each(['firefox140', 'firefox153'] as const)('advice to use Microsoft Edge in %s', (firefox) => {
  it('is not Edge', () => {
    expect(isEdge({ userAgent: USER_AGENTS[firefox] })).toBe(false);
  });

  it('is shown on its own once, says Edge is recommended, and is remembered', async () => {
    const page = start(openFixture(LOGIN, firefox));
    await page.settle();
    expect(page.rules()).toEqual(['browser-not-recommended']);
    expect(page.panel()?.shadowRoot?.textContent).toContain(EDGE_ADVICE);
    expect(page.storage.get('adviceSeen')).toBe(true);
  });

  it('is not shown on its own again once seen: not on every page', async () => {
    const page = start(openFixture(LOGIN, firefox), { adviceSeen: true });
    await page.settle();
    expect(page.panel()).toBeNull();
  });

  it('is a step of the error panel, after the fix, even once seen', async () => {
    const page = start(openFixture(RIGHTS, firefox), { adviceSeen: true });
    await page.settle();
    expect(page.rules()).toEqual(['saga-rights-invalid', 'browser-not-recommended']);
    expect(page.panel()?.shadowRoot?.querySelectorAll('section')).toHaveLength(1);
    expect(page.panel()?.shadowRoot?.querySelector('ol li:last-child')?.textContent).toContain(EDGE_ADVICE);
  });

  // Firefox passes a policy on as written: from the Windows registry, a REG_DWORD 0 stays the number 0.
  it.each([false, 0])('is never said when policy sets showBrowserAdvice to %j', async (off) => {
    const alone = start(openFixture(LOGIN, firefox), { policy: { showBrowserAdvice: off } });
    const step = start(openFixture(RIGHTS, firefox), { policy: { showBrowserAdvice: off } });
    await Promise.all([alone.settle(), step.settle()]);
    expect(alone.panel()).toBeNull();
    expect(alone.storage.has('adviceSeen')).toBe(false);
    expect(step.rules()).toEqual(['saga-rights-invalid']);
    expect(step.panel()?.shadowRoot?.textContent).not.toContain(EDGE_ADVICE);
  });
});
