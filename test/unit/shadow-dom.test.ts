import { describe, expect, it, vi } from 'vitest';
import { blockOf, ownText, shadowRootsIn } from '../../src/core/dom-text';
import { PANEL_ATTR } from '../../src/content/panel-api';
import { OWN_ATTR } from '../../src/core/dom-text';
import { PageIndex } from '../../src/core/page-index';
import { openHtml, start, type StartOptions } from '../helpers/page';
import { CLOSED_ROOTS } from '../helpers/markup-pages';

// Issue "Recognition and panel that hold on pages nobody here has written", item 2: text in the shadow
// roots of the page's web components is read, and its changes observed, like the rest of the page.

const RIGHTS = 'Vous n’avez aucun droit valide défini au niveau de votre compte utilisateur.';
const ALERT = `<div class="alert" role="alert"><p>${RIGHTS}</p></div>`;
const URL = 'https://saga.cng.sante.fr/connexion';

/** A page whose own script defines <x-box>, rendering `html` into a shadow root of `mode`. */
function boxPage(light: string, html: string, mode: 'open' | 'closed' = 'open'): ReturnType<typeof openHtml> {
  return openHtml(
    `<main>${light}</main><script>
customElements.define('x-box', class extends HTMLElement {
  connectedCallback() {
    if (this.root) return;
    this.root = this.attachShadow({ mode: '${mode}' });
    (window.${CLOSED_ROOTS} = window.${CLOSED_ROOTS} || new WeakMap()).set(this, this.root);
    this.root.innerHTML = ${JSON.stringify(html)};
  }
});</script>`,
    URL,
  );
}
const closedRoots = (dom: ReturnType<typeof openHtml>): StartOptions['shadowRoot'] => {
  const roots = (dom.window as unknown as Record<string, WeakMap<Element, ShadowRoot>>)[CLOSED_ROOTS];
  return (el) => roots?.get(el) ?? null;
};

describe('reading shadow roots (the flat tree)', () => {
  it('reads a host as drawn: its shadow root, the page nodes assigned to its slots, a slot’s fallback', () => {
    const dom = boxPage(
      '<x-box id="h"><b slot="who">Prénom NOM</b><i>not drawn: no slot takes it</i></x-box>',
      '<span>Bonjour <slot name="who">inconnu</slot>, <slot name="none">bienvenue</slot>.</span>',
    );
    const host = dom.window.document.getElementById('h') as Element;
    expect(ownText(host)).toBe('Bonjour Prénom NOM, bienvenue.');
    // The page's own nodes belong to the block they are drawn in; a shadow root's text to its host.
    const slotted = dom.window.document.querySelector('b')?.firstChild as Node;
    expect(blockOf(slotted)).toBe(host);
    expect(shadowRootsIn(dom.window.document.documentElement)).toHaveLength(1);
  });

  it('recognises an error in an open shadow root, and in nested ones', () => {
    expect(start(boxPage('<x-box></x-box>', ALERT)).rules()).toEqual(['saga-rights-invalid']);
    const nested = boxPage('<x-box></x-box>', '<div><y-box></y-box></div>');
    nested.window.eval(`customElements.define('y-box', class extends HTMLElement {
      constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(ALERT)}; } });`);
    expect(start(nested).rules()).toEqual(['saga-rights-invalid']);
  });

  it('finds a sentence that a slot cuts in two in the page source (the quick test on textContent too)', () => {
    const sentence = '<p>Vous n’avez <slot></slot> défini au niveau de votre compte utilisateur.</p>';
    expect(start(boxPage('<x-box><b>aucun droit valide</b></x-box>', sentence)).rules()).toEqual([
      'saga-rights-invalid',
    ]);
  });

  it('grows a message box out of a shadow root to its host (title and text its top-level children)', () => {
    const box = '<h2>Appairage PLAGE-SAGA</h2><p>Opération impossible, réessayez plus tard.</p>';
    expect(start(boxPage('<x-box role="alert"></x-box>', box)).rules()).toEqual(['saga-pairing-failed']);
  });

  it('sees an error drawn later into a shadow root met while reading, and into a host added later', async () => {
    const page = start(boxPage('<x-box></x-box>', '<div class="messages" aria-live="polite"></div>'));
    const doc = page.dom.window.document;
    expect(page.rules()).toEqual([]);
    const live = doc.querySelector('x-box')?.shadowRoot?.querySelector('.messages') as Element;
    live.innerHTML = ALERT;
    await page.settle();
    expect(page.rules()).toEqual(['saga-rights-invalid']);
    // Text edited in place, then taken away: both inside the shadow root only.
    (live.querySelector('p')?.firstChild as Text).data = 'Connexion en cours…';
    await page.settle();
    expect(page.rules()).toEqual([]);
    const later = doc.createElement('x-box');
    doc.querySelector('main')?.append(later);
    await page.settle();
    (later.shadowRoot?.querySelector('.messages') as Element).innerHTML = ALERT;
    await page.settle();
    expect(page.rules()).toEqual(['saga-rights-invalid']);
  });

  it('keeps observing shadow roots after a storm of changes has disconnected the observer', async () => {
    const page = start(boxPage('<x-box></x-box><ul id="l"></ul>', '<div class="messages" role="alert"></div>'));
    const doc = page.dom.window.document;
    const list = doc.getElementById('l') as Element;
    for (let i = 0; i < 400; i++) list.append(doc.createElement('li'));
    await page.settle();
    await page.settle();
    (doc.querySelector('x-box')?.shadowRoot?.querySelector('.messages') as Element).innerHTML = `<p>${RIGHTS}</p>`;
    await page.settle();
    expect(page.rules()).toEqual(['saga-rights-invalid']);
  });
});

describe('closed shadow roots, through the content script’s access (chrome.dom in Chromium)', () => {
  it('are read and observed when the browser gives them (a stub here: jsdom gives none)', async () => {
    const dom = boxPage('<x-box></x-box>', '<div class="messages" aria-live="polite"></div>', 'closed');
    const stub = vi.fn(closedRoots(dom));
    const page = start(dom, { shadowRoot: stub });
    expect(page.rules()).toEqual([]);
    const host = dom.window.document.querySelector('x-box') as Element;
    expect(stub).toHaveBeenCalledWith(host);
    // Asked of custom elements only, never of every element of the page.
    expect(stub.mock.calls.every(([el]) => el.localName.includes('-'))).toBe(true);
    (closedRoots(dom)?.(host)?.firstChild as Element).innerHTML = ALERT;
    await page.settle();
    expect(page.rules()).toEqual(['saga-rights-invalid']);
  });

  it('stay unread without that access', () => {
    expect(start(boxPage('<x-box></x-box>', ALERT, 'closed')).rules()).toEqual([]);
  });
});

describe('SAGA Helper’s own panel host', () => {
  it('is the attribute the scanner skips', () => expect(OWN_ATTR).toBe(PANEL_ATTR));

  it('is skipped by the page index: its shadow root neither read nor handed to the watcher', () => {
    const doc = openHtml(`<main><div ${PANEL_ATTR}></div></main>`, URL).window.document;
    const host = doc.querySelector(`[${PANEL_ATTR}]`) as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = `<section><p>${RIGHTS}</p></section>`;
    const met = vi.fn();
    const index = new PageIndex(['aucun droit valide defini'], met);
    index.scan(doc.documentElement);
    expect([met.mock.calls, index.blocksWith(0), shadowRootsIn(doc.documentElement)]).toEqual([[], [], []]);
  });

  it('is never read, and its shadow root never observed', async () => {
    const dom = openHtml(`<main><p>Appairage impossible.</p></main>`, URL);
    const observe = vi.spyOn(dom.window.MutationObserver.prototype, 'observe');
    const page = start(dom);
    const host = page.panel();
    expect(host?.shadowRoot).toBeTruthy();
    // New settings read the whole page again while the panel stands in it.
    page.setSettings({ user: { locale: 'en' } });
    // The page's watcher observes the document only (the panel's own guard watches its shadow root).
    const watcher = observe.mock.contexts[observe.mock.calls.findIndex(([t]) => t === dom.window.document)];
    expect(observe.mock.calls.filter((_call, i) => observe.mock.contexts[i] === watcher)).toHaveLength(1);
    // A page's element carrying the attribute is not read either: nothing of the page hides there but
    // what the page itself chose to hide.
    const fake = dom.window.document.createElement('div');
    fake.setAttribute(PANEL_ATTR, '');
    fake.innerHTML = `<div role="alert"><p>${RIGHTS}</p></div>`;
    dom.window.document.body.append(fake);
    await page.settle();
    expect(page.rules()).not.toContain('saga-rights-invalid');
  });
});
