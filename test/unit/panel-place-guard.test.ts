// The panel's corner is its own: a page that rewrites it, or the height placement gave, has it put back.
import { describe, expect, it } from 'vitest';
import { openFixture, start } from '../helpers/page';

describe('panel: placement is tamper-proof', () => {
  it('puts back data-place and its own height when a page rewrites them', async () => {
    const page = start(openFixture('saga.cng.sante.fr/rights-invalid.html'));
    const host = page.panel() as HTMLElement;
    const corner = host.getAttribute('data-place');
    expect(corner).toBe('bottom-right');
    host.setAttribute('data-place', 'top-left');
    const view = host.shadowRoot?.querySelector('.panel') as HTMLElement;
    view.style.maxHeight = '0px';
    await new Promise((r) => setTimeout(r, 0));
    expect(host.getAttribute('data-place')).toBe(corner);
    expect((host.shadowRoot?.querySelector('.panel') as HTMLElement).style.maxHeight).toBe('');
  });
});
