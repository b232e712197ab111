import { describe, expect, it } from 'vitest';
import { PANEL_SELECTOR } from '../../src/content/panel-api';
import { openFixture, start } from '../helpers/page';

const RIGHTS = 'saga.cng.sante.fr/rights-invalid.html';

// What page CSS must never take from the panel's host: where it is, that it shows, that it is on top
// and that it takes clicks.
const CRITICAL: Readonly<Record<string, string>> = {
  position: 'fixed',
  display: 'block',
  'z-index': '2147483647',
  visibility: 'visible',
  opacity: '1',
  'pointer-events': 'auto',
};

describe('the panel host: a plain element no page can take over', () => {
  it('is one div marked data-saga-helper-panel, found by the contract selector, with an open shadow root', () => {
    const page = start(openFixture(RIGHTS));
    const hosts = page.dom.window.document.querySelectorAll(PANEL_SELECTOR);
    expect(hosts).toHaveLength(1);
    const host = hosts[0] as HTMLElement;
    expect(host.tagName).toBe('DIV');
    expect(host.hasAttribute('data-saga-helper-panel')).toBe(true);
    expect(host.getAttribute('data-rules')).toBe('saga-rights-invalid');
    expect(host.shadowRoot?.querySelectorAll('[data-action]').length).toBeGreaterThanOrEqual(3);
  });

  it("is not the page's custom element, even when the page defines saga-helper-panel first", () => {
    const dom = openFixture(RIGHTS);
    let constructed = 0;
    const win = dom.window;
    // What a hostile page does: its constructor would run inside SAGA Helper's call and take the shadow root.
    win.customElements.define(
      'saga-helper-panel',
      class extends win.HTMLElement {
        constructor() {
          super();
          constructed++;
          this.attachShadow({ mode: 'open' });
        }
      },
    );
    const page = start(dom);
    expect(page.rules()).toEqual(['saga-rights-invalid']);
    expect(page.panel()?.shadowRoot?.querySelector('h2')?.textContent).toBeTruthy();
    expect(constructed).toBe(0);
  });

  it('carries its critical styles inline and !important, which beat every stylesheet of the page', () => {
    const host = start(openFixture(RIGHTS)).panel() as HTMLElement;
    for (const [property, value] of Object.entries(CRITICAL)) {
      expect(host.style.getPropertyValue(property), property).toBe(value);
      expect(host.style.getPropertyPriority(property), property).toBe('important');
    }
  });
});
