import { describe, expect, it } from 'vitest';
import { openFixture, start } from '../helpers/page';
import { trustedClick } from '../helpers/trusted-event';

const EDGE_ADVICE = 'Le CNG recommande fortement Microsoft Edge';

describe('advice to use Microsoft Edge', () => {
  it('is shown on its own once in another browser, and remembered', async () => {
    const page = start(openFixture('saga.cng.sante.fr/login.html', 'chrome'));
    await page.settle();
    expect(page.rules()).toEqual(['browser-not-recommended']);
    expect(page.panel()?.shadowRoot?.textContent).toContain(EDGE_ADVICE);
    expect(page.storage.get('adviceSeen')).toBe(true);
    // It stays for this page view, even though it is now remembered.
    page.dom.window.document.body.append(page.dom.window.document.createElement('div'));
    await page.settle();
    expect(page.rules()).toEqual(['browser-not-recommended']);
  });

  it('is not shown on its own again once seen', async () => {
    const page = start(openFixture('saga.cng.sante.fr/login.html', 'chrome'), { adviceSeen: true });
    await page.settle();
    expect(page.panel()).toBeNull();
  });

  it('is a step of the error panel, after the fix, even once seen', async () => {
    const page = start(openFixture('saga.cng.sante.fr/rights-invalid.html', 'chrome'), { adviceSeen: true });
    await page.settle();
    const root = page.panel()?.shadowRoot;
    expect(page.rules()).toEqual(['saga-rights-invalid', 'browser-not-recommended']);
    expect(root?.querySelectorAll('section')).toHaveLength(1);
    expect(root?.querySelector('ol li:last-child')?.textContent).toContain(EDGE_ADVICE);
  });

  it('closes on request like any panel', async () => {
    const page = start(openFixture('connect-pasrel.atih.sante.fr/login.html', 'chrome'));
    await page.settle();
    trustedClick(page.panel()?.shadowRoot?.querySelector('[data-action="dismiss"]') as HTMLElement);
    expect(page.panel()).toBeNull();
    expect(page.storage.get('adviceSeen')).toBe(true);
  });

  it('never appears in Microsoft Edge', async () => {
    const page = start(openFixture('saga.cng.sante.fr/rights-invalid.html', 'edge'));
    await page.settle();
    expect(page.rules()).toEqual(['saga-rights-invalid']);
    expect(page.panel()?.shadowRoot?.textContent).not.toContain(EDGE_ADVICE);
  });
});
