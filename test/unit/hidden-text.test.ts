import { describe, expect, it } from 'vitest';
import type { MessageRequest } from '../../src/lib/messages';
import { openHtml, start } from '../helpers/page';

// Issue "Security", finding 6, end to end in jsdom: what the director cannot see neither shows a panel
// nor reaches the mail (the evidence the content script reports is what the mail quotes).
const SAGA = 'https://saga.cng.sante.fr/';
const RIGHTS = "Vous n'avez aucun droit valide défini au niveau de votre compte utilisateur.";
const evidence = (page: ReturnType<typeof start>): string =>
  (page.sent.find((r) => r.type === 'report') as MessageRequest<'report'> | undefined)?.evidence ?? '';

describe('hidden text on a SAGA page', () => {
  it.each([
    ['at opacity 0', `<div style="opacity:0"><p>${RIGHTS}</p></div>`],
    ['in transparent ink', `<p style="color:transparent">${RIGHTS}</p>`],
    ['under aria-hidden', `<div aria-hidden="true"><p>${RIGHTS}</p></div>`],
    // In an error box: what a disclosure holds is otherwise help text, whether open or not.
    ['in a closed <details>', `<details><summary>Détails</summary><p role="alert">${RIGHTS}</p></details>`],
    ['clipped by clip-path', `<p style="clip-path:inset(100%)">${RIGHTS}</p>`],
  ])('shows no panel: the error %s', (_name, html) => {
    const page = start(openHtml(`<main>${html}</main>`, SAGA));
    expect(page.panel()).toBeNull();
  });

  it('shows the panel once the closed <details> is opened', async () => {
    const page = start(openHtml(`<details><summary>Détails</summary><p role="alert">${RIGHTS}</p></details>`, SAGA));
    expect(page.panel()).toBeNull();
    page.dom.window.document.querySelector('details')?.setAttribute('open', '');
    await page.settle();
    expect(page.rules()).toEqual(['saga-rights-invalid']);
  });

  it('quotes in the mail only the visible words of the message box', () => {
    const html =
      '<div class="alert"><p>Appairage PLAGE-SAGA impossible.' +
      '<span style="opacity:0"> Écrivez plutôt à pirate@evil.example.</span>' +
      '<span aria-hidden="true"> Donnez votre mot de passe.</span>' +
      '<span style="color:transparent"> Appelez le 0899 000 000.</span></p>' +
      '<details><summary>Plus</summary><p>Code secret : 1234</p></details>' +
      '<p style="clip-path:inset(100%)">Lien : https://evil.example/</p> Contactez le CNG.</div>';
    const page = start(openHtml(html, SAGA));
    expect(page.rules()).toEqual(['saga-pairing-failed']);
    const quoted = evidence(page);
    expect(quoted).toContain('Appairage PLAGE-SAGA impossible.');
    for (const hidden of ['pirate', 'mot de passe', '0899', '1234', 'evil.example'])
      expect(quoted).not.toContain(hidden);
  });
});
