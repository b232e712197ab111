// The toolbar popup: what it says of the active tab.
import { describe, expect, it } from 'vitest';
import { SITE_URLS } from '../../src/core/sites';
import { REPLY_CHECKS } from '../../src/lib/send';
import { plain } from '../helpers/text';

import { en, HELP, popup, tabView } from '../helpers/popup-page';

describe('popup: what the active tab shows', () => {
  it('says there is no known problem on a SAGA page without any, in French, with its links', () => {
    const { doc, text } = popup({ view: tabView(), tabUrl: 'https://saga.cng.sante.fr/' });
    expect(doc.documentElement.lang).toBe('fr');
    expect(text('h1')).toBe('SAGA Helper');
    expect(text('[data-state="no-problem"]')).toBe('Aucun problème connu sur cette page.');
    expect(doc.querySelector('[data-rule]')).toBeNull();
    for (const [action, href] of [
      ['open-plage-profiles', SITE_URLS.plage],
      ['open-hotline', SITE_URLS.hotline],
      ['open-help', HELP],
    ]) {
      const link = doc.querySelector(`a[data-action="${action}"]`);
      expect(link?.getAttribute('href')).toBe(href);
      expect(link?.getAttribute('target')).toBe('_blank');
      expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('shows the rights error and the procedure step: "Étape 2 sur 4 : …"', () => {
    const procedure = { step: 2, total: 4, label: 'rule_saga_rights_invalid_step1' };
    const { doc, text } = popup({
      view: tabView({ rules: ['saga-rights-invalid'], guidance: { actions: [], procedure } }),
    });
    const section = doc.querySelector('[data-rule="saga-rights-invalid"]');
    expect(plain(section?.querySelector('h3')?.textContent)).toBe(
      "Votre identifiant PLAGE n'est pas « Actif » pour SAGA Directeurs",
    );
    expect(section?.querySelectorAll('ol li')).toHaveLength(4);
    expect(section?.classList.contains('error')).toBe(true);
    expect(text('[data-procedure]')).toMatch(/^Étape 2 sur 4 : Vérifiez sur PLAGE/);
    expect(doc.querySelector('[data-state="no-problem"]')).toBeNull();
  });

  it('speaks English with the English messages', () => {
    const procedure = { step: 2, total: 4, label: 'rule_saga_rights_invalid_step1' };
    const { doc, text } = popup({
      t: en,
      view: tabView({ rules: ['saga-rights-invalid'], guidance: { actions: [], procedure } }),
    });
    expect(doc.documentElement.lang).toBe('en');
    expect(text('h3')).toContain('Your PLAGE identifier is not');
    expect(text('[data-procedure]')).toMatch(/^Step 2 of 4: /);
    expect(popup({ t: en, view: tabView() }).text('[data-state="no-problem"]')).toBe('No known problem on this page.');
  });

  it('shows only the highest-priority rule, with the Edge advice folded in as the panel does', () => {
    const { doc } = popup({
      view: tabView({ rules: ['browser-not-recommended', 'saga-first-login', 'saga-rights-invalid'] }),
    });
    const sections = doc.querySelectorAll('[data-rule]');
    expect([...sections].map((s) => s.getAttribute('data-rule'))).toEqual(['saga-rights-invalid']);
    const steps = [...(sections[0]?.querySelectorAll('li') ?? [])].map((li) => plain(li.textContent));
    expect(steps).toHaveLength(5);
    expect(steps[4]).toContain('Microsoft Edge');
  });

  it('shows the Edge advice alone when nothing else matched', () => {
    const { doc } = popup({ view: tabView({ rules: ['browser-not-recommended'] }) });
    expect(doc.querySelector('[data-rule]')?.getAttribute('data-rule')).toBe('browser-not-recommended');
  });

  it('leaves out a step that needs a page parameter the tab state does not carry', () => {
    const { doc } = popup({ view: tabView({ site: 'plage', rules: ['plage-profile-inactive'] }) });
    const steps = [...doc.querySelectorAll('[data-rule="plage-profile-inactive"] li')].map((li) =>
      plain(li.textContent),
    );
    expect(steps).toHaveLength(2);
    expect(steps.join(' ')).not.toMatch(/« »/);
  });

  it("quotes the profile's state as the page showed it, when the worker has it", () => {
    const { doc } = popup({
      view: tabView({ site: 'plage', rules: ['plage-profile-inactive'], params: ['Suspendu'] }),
    });
    const steps = [...doc.querySelectorAll('[data-rule="plage-profile-inactive"] li')].map((li) =>
      plain(li.textContent),
    );
    expect(steps).toHaveLength(3);
    expect(steps[0]).toContain('« Suspendu »');
  });

  it('offers the SAGA link of a rule that has one', () => {
    const { doc } = popup({ view: tabView({ site: 'plage', rules: ['plage-profile-active'] }) });
    expect(
      doc.querySelector('[data-rule="plage-profile-active"] a[data-action="open-saga"]')?.getAttribute('href'),
    ).toBe(SITE_URLS.saga);
  });

  it('explains an unreachable SAGA: causes, error code, host and steps', () => {
    const network = { code: 'net::ERR_CONNECTION_REFUSED', url: 'https://saga.cng.sante.fr/login', at: 1 };
    const { doc, text } = popup({ view: tabView({ site: null, rules: ['network-unreachable'], network }) });
    const section = doc.querySelector('[data-rule="network-unreachable"]');
    expect(plain(section?.querySelector('h3')?.textContent)).toBe('Impossible de joindre saga.cng.sante.fr');
    expect(plain(section?.textContent)).toMatch(/proxy/);
    expect(text('[data-network-code]')).toBe('net::ERR_CONNECTION_REFUSED');
    expect(text('[data-network-host]')).toBe('saga.cng.sante.fr');
    expect(section?.querySelectorAll('ol li')).toHaveLength(4);
    // The host tells the site: not "another site"; a clean reload only if the worker offers it.
    expect(doc.querySelector('.not-saga, [data-state="no-problem"]')).toBeNull();
    expect(doc.querySelector('button[data-action="clean-reload"]')).toBeNull();
  });

  it('says SAGA Helper works on SAGA, PLAGE and the ATIH assistance on any other tab', () => {
    const { doc, text } = popup({ view: tabView({ site: null }), tabUrl: 'https://www.example.org/' });
    expect(text('.not-saga p')).toContain('SAGA Helper agit sur les pages de SAGA Directeurs');
    const links = [...doc.querySelectorAll('.not-saga a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([SITE_URLS.saga, SITE_URLS.plage, SITE_URLS.hotline]);
    expect(doc.querySelector('[data-state="no-problem"]')).toBeNull();
    expect(doc.querySelector('[data-action="clean-reload"]')).toBeNull();
  });

  it('says only "no known problem" when neither the worker nor the tab URL names the site', () => {
    const { doc, text } = popup({ view: tabView({ site: null }) });
    expect(text('[data-state="no-problem"]')).toBe('Aucun problème connu sur cette page.');
    expect(doc.querySelector('.not-saga')).toBeNull();
  });

  it('takes the site from the tab URL when the worker names none (no rule reported yet)', () => {
    const offered = tabView({ site: null, guidance: { actions: ['clean-reload'] } });
    const { doc } = popup({ view: offered, tabUrl: 'https://connect-pasrel.atih.sante.fr/profil' });
    expect(doc.querySelector('.not-saga')).toBeNull();
    expect(doc.querySelector('button[data-action="clean-reload"]')).not.toBeNull();
    const notOffered = popup({ view: tabView({ site: null }), tabUrl: 'https://connect-pasrel.atih.sante.fr/profil' });
    expect(notOffered.doc.querySelector('button[data-action="clean-reload"]')).toBeNull();
  });

  it('says so clearly when the worker does not answer, and keeps the links', () => {
    const { doc, text } = popup({ view: null, tabUrl: 'https://saga.cng.sante.fr/' });
    expect(text('[data-state="unreachable"]')).toContain("SAGA Helper n'a pas pu lire l'état de cet onglet");
    expect(doc.querySelector('[data-state="no-problem"]')).toBeNull();
    for (const action of ['open-plage-profiles', 'open-hotline', 'open-help']) {
      expect(doc.querySelector(`a[data-action="${action}"]`)).not.toBeNull();
    }
  });

  it('accepts only a TabView-shaped answer from the worker', () => {
    const isTabView = REPLY_CHECKS['tab-state'];
    expect(isTabView(undefined)).toBe(false);
    expect(isTabView({ rules: 'x', guidance: {} })).toBe(false);
    expect(isTabView(tabView())).toBe(true);
  });
});
