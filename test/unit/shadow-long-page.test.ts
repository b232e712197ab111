import { describe, expect, it } from 'vitest';
import { shadowRootsIn } from '../../src/core/dom-text';
import { openHtml, start } from '../helpers/page';

// On a long page (past 2,000 elements) shadow hosts are asked of the browser natively instead of one
// element at a time (a walk cost the content script 6 to 10 ms on 25,000 elements): elements with no
// children of their own and custom elements not yet defined. What a director meets there still works.
const RIGHTS = 'Vous n’avez aucun droit valide défini au niveau de votre compte utilisateur.';
const ALERT = `<div role="alert"><p>${RIGHTS}</p></div>`;
const URL = 'https://saga.cng.sante.fr/arretes';

function longPage(host: string): string {
  const items = Array.from({ length: 1500 }, (_, i) => `<li><a href="/a/${i}">_ARRETE_${i}</a> <b>2019</b></li>`);
  return `<main><h1>Arrêtés</h1>${host}<ul>${items.join('')}</ul></main>`;
}

function attach(dom: ReturnType<typeof openHtml>, selector: string, html: string): void {
  const host = dom.window.document.querySelector(selector) as Element;
  host.attachShadow({ mode: 'open' }).innerHTML = html;
}

describe('shadow roots on a long page', () => {
  it('are found on a widget’s empty host and on a custom element not yet defined, and read', () => {
    for (const host of ['<div id="w"></div>', '<x-later id="w"><b>slotted</b></x-later>']) {
      const dom = openHtml(longPage(host), URL);
      attach(dom, '#w', ALERT);
      expect(dom.window.document.querySelectorAll('*').length).toBeGreaterThan(2000);
      expect(shadowRootsIn(dom.window.document.documentElement)).toHaveLength(1);
      expect(start(dom).rules()).toEqual(['saga-rights-invalid']);
    }
  });

  it('are watched: an error drawn later into such a root shows its panel', async () => {
    const dom = openHtml(longPage('<div id="w"></div>'), URL);
    attach(dom, '#w', '<p>Chargement…</p>');
    const page = start(dom);
    expect(page.rules()).toEqual([]);
    const root = dom.window.document.querySelector('#w')?.shadowRoot as ShadowRoot;
    root.innerHTML = ALERT;
    await page.settle();
    expect(page.rules()).toEqual(['saga-rights-invalid']);
  });

  it('on a short page, are found on any element, light children or not', () => {
    const dom = openHtml(`<main><div id="w"><span>fallback</span></div></main>`, URL);
    attach(dom, '#w', ALERT);
    expect(shadowRootsIn(dom.window.document.documentElement)).toHaveLength(1);
    expect(start(dom).rules()).toEqual(['saga-rights-invalid']);
  });
});
