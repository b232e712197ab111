import { describe, expect, it } from 'vitest';
import { PANEL_SELECTOR } from '../../src/content/panel-api';
import { openFixture, openHtml, start } from '../helpers/page';
import { spaced } from '../helpers/text';
import { trustedClick, trustedKey } from '../helpers/trusted-event';

const RIGHTS = 'saga.cng.sante.fr/rights-invalid.html';

// French typography puts no-break spaces inside « » and before « : »; compare with plain spaces.

function shadowOf(page: ReturnType<typeof start>): ShadowRoot {
  const root = page.panel()?.shadowRoot;
  if (!root) throw new Error('no panel');
  return root;
}

const PAIRING = 'Appairage PLAGE-SAGA impossible.';
const RIGHTS_TEXT = "Vous n'avez aucun droit valide défini au niveau de votre compte utilisateur.";

/** A sign-in page on which a pairing failure appears after load. */
async function pairingFailureAfterLoad(): Promise<{ page: ReturnType<typeof start>; doc: Document; box: HTMLElement }> {
  const page = start(openFixture('saga.cng.sante.fr/login.html'));
  const doc = page.dom.window.document;
  const box = doc.createElement('div');
  box.textContent = PAIRING;
  doc.body.append(box);
  await page.settle();
  return { page, doc, box };
}

describe('panel', () => {
  it('is one panel host with an open shadow root and data-rules', () => {
    const page = start(openFixture(RIGHTS));
    const doc = page.dom.window.document;
    expect(doc.querySelectorAll(PANEL_SELECTOR)).toHaveLength(1);
    expect(page.panel()?.getAttribute('data-rules')).toBe('saga-rights-invalid');
    // Nothing of the panel in the page's own DOM: all markup and styles live in the shadow root.
    expect(page.panel()?.childNodes).toHaveLength(0);
    expect(shadowOf(page).querySelector('style')?.textContent).toMatch(/position:\s*fixed/);
  });

  it('is a labelled region, in French, announced as an alert for an error', () => {
    const root = shadowOf(start(openFixture(RIGHTS)));
    const region = root.querySelector('[role="region"]');
    expect(spaced(region?.getAttribute('aria-label'))).toBe('SAGA Helper : aide à la connexion');
    expect(region?.getAttribute('lang')).toBe('fr');
    const alert = root.querySelector('[role="alert"]');
    expect(spaced(alert?.textContent)).toContain("Votre identifiant PLAGE n'est pas « Actif » pour SAGA Directeurs");
    expect(root.querySelectorAll('ol li').length).toBe(4);
  });

  it('speaks English with the English locale', () => {
    const root = shadowOf(start(openFixture(RIGHTS), { locale: 'en' }));
    expect(root.querySelector('[role="region"]')?.getAttribute('lang')).toBe('en');
    expect(root.querySelector('h2')?.textContent).toContain('Your PLAGE identifier is not');
  });

  it('announces non-error screens politely', () => {
    const root = shadowOf(start(openFixture('saga.cng.sante.fr/first-login.html')));
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelector('[role="status"] h2')?.textContent).toContain('Première connexion');
  });

  it('offers plain links to the PLAGE profiles and the hotline, opened in a new tab', () => {
    const root = shadowOf(start(openFixture(RIGHTS)));
    const profiles = root.querySelector('a[data-action="open-plage-profiles"]');
    const hotline = root.querySelector('a[data-action="open-hotline"]');
    expect(profiles?.getAttribute('href')).toBe('https://connect-pasrel.atih.sante.fr/');
    expect(hotline?.getAttribute('href')).toBe('https://assistance.atih.sante.fr/');
    expect(profiles?.getAttribute('rel')).toContain('noopener');
    expect(profiles?.textContent).toBe('Vérifier mon profil PLAGE');
  });

  it('has keyboard-reachable controls: every action is a link or a button', () => {
    const root = shadowOf(start(openFixture(RIGHTS)));
    const controls = [...root.querySelectorAll('[data-action]')];
    expect(controls.length).toBeGreaterThanOrEqual(3);
    for (const c of controls) expect(['A', 'BUTTON']).toContain(c.tagName);
    expect(root.querySelector('button[data-action="dismiss"]')?.getAttribute('aria-label')).toBe(
      "Fermer l'aide SAGA Helper",
    );
  });

  it('closes on its close button, and stays closed while the same problem shows', async () => {
    const page = start(openFixture(RIGHTS));
    trustedClick(shadowOf(page).querySelector('[data-action="dismiss"]') as HTMLElement);
    expect(page.panel()).toBeNull();
    page.dom.window.document.body.append(page.dom.window.document.createElement('p'));
    await page.settle();
    expect(page.panel()).toBeNull();
  });

  it('closes on Escape', () => {
    const page = start(openFixture(RIGHTS));
    trustedKey(shadowOf(page).querySelector('button') as HTMLElement, 'Escape');
    expect(page.panel()).toBeNull();
  });

  it('comes back when a different problem appears after a close', async () => {
    const { page, doc } = await pairingFailureAfterLoad();
    trustedClick(shadowOf(page).querySelector('[data-action="dismiss"]') as HTMLElement);
    const other = doc.createElement('p');
    other.textContent = RIGHTS_TEXT;
    doc.body.append(other);
    await page.settle();
    expect(page.rules()).toEqual(['saga-rights-invalid', 'saga-pairing-failed']);
  });

  it('updates in place and is removed when no rule matches any more', async () => {
    const { page, doc, box } = await pairingFailureAfterLoad();
    const first = page.panel();
    expect(page.rules()).toEqual(['saga-pairing-failed']);
    box.textContent = RIGHTS_TEXT;
    await page.settle();
    expect(page.panel()).toBe(first);
    expect(doc.querySelectorAll(PANEL_SELECTOR)).toHaveLength(1);
    expect(page.rules()).toEqual(['saga-rights-invalid']);
    box.remove();
    await page.settle();
    expect(page.panel()).toBeNull();
  });

  it('shows page text (a profile state) as text, never as markup', () => {
    const html = `<table><tr><th>État du profil</th><th>Libellé du profil</th><th>finess</th></tr>
      <tr><td>&lt;img src=x onerror=alert(1)&gt;</td><td>ET CNG SAGA</td><td>CNG00SAGA</td></tr></table>`;
    const page = start(openHtml(html, 'https://connect-pasrel.atih.sante.fr/profils'));
    const root = shadowOf(page);
    expect(page.rules()).toEqual(['plage-profile-inactive']);
    expect(root.querySelector('img')).toBeNull();
    expect(spaced(root.textContent)).toContain('« <img src=x onerror=alert(1)> »');
  });

  it('is re-attached if the page removes it', async () => {
    const page = start(openFixture(RIGHTS));
    page.panel()?.remove();
    page.dom.window.document.body.append(page.dom.window.document.createElement('span'));
    await page.settle();
    expect(page.rules()).toEqual(['saga-rights-invalid']);
  });
});
