// The options page: what it reports of bad values, in English, and for assistive technology.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules';
import { PALETTE } from '../../src/ui/palette';
import { en, EXTRA, openOptions } from '../helpers/options-page';
import { plain } from '../helpers/text';

describe('options: problems', () => {
  const policy = {
    adminEmail: 'pas-une-adresse',
    hotlineUrl: 'https://support.chu-exemple.fr/',
    disabledRules: ['saga-first-login', 'regle-inconnue'],
    extraRules: [EXTRA, { id: 'Bad Id', site: 'saga' }],
    colour: 'blue',
  };

  it("lists policy's problems at the top, one line each, and the valid rest still applies", () => {
    const page = openOptions({ policy });
    const region = page.doc.getElementById('policy-problems') as HTMLElement;
    expect(region.tagName).toBe('SECTION');
    expect(plain(page.doc.getElementById(region.getAttribute('aria-labelledby') ?? '')?.textContent)).toBe(
      'Problèmes dans la configuration de votre établissement',
    );
    expect(page.doc.querySelector('#options-content > section')).toBe(region);
    const lines = [...region.querySelectorAll('li')].map((li) => plain(li.textContent));
    expect(lines).toEqual([
      'extraRules : message d\'erreur ajouté mal formé — « id "Bad Id": a-z, 0-9 and -, 3 to 50 »',
      'adminEmail : adresse e-mail invalide — « pas-une-adresse »',
      'disabledRules : règle inconnue — « regle-inconnue »',
      'colour : réglage inconnu — « colour »',
    ]);
    expect(plain(region.textContent)).toContain("Le reste de la configuration de votre établissement s'applique.");
    // The rest: the valid values, from policy, locked.
    expect(page.control<HTMLInputElement>('#setting-adminEmail').value).toBe('cng-saga@sante.gouv.fr');
    expect(page.source('adminEmail')).toBe('Valeur par défaut');
    expect(page.control<HTMLInputElement>('#setting-hotlineUrl').value).toBe('https://support.chu-exemple.fr/');
    expect(page.source('hotlineUrl')).toBe('Géré par votre établissement');
    expect(page.control<HTMLInputElement>('#rule-saga-first-login').checked).toBe(false);
    expect(page.control<HTMLInputElement>('#rule-saga-first-login').disabled).toBe(true);
    expect(page.text('[data-rule="saga-maintenance"]')).toContain('saga-maintenance');
  });

  it("shows a problem of the user's own stored value next to its field, not with policy's", () => {
    const page = openOptions({ user: { ccEmail: 'dsi@', showBrowserAdvice: false } });
    expect(page.doc.getElementById('policy-problems')).toBeNull();
    expect(page.text('#ccEmail-error')).toBe(
      "Votre valeur enregistrée a été ignorée (adresse e-mail invalide) : « dsi@ ». La valeur affichée s'applique.",
    );
    expect(page.control('#setting-ccEmail').getAttribute('aria-describedby')).toContain('ccEmail-error');
    expect(page.box('ccEmail').querySelector('button.reset')).not.toBeNull();
    expect(page.source('showBrowserAdvice')).toBe('Votre choix');
  });

  it('lists the extra rules with their id, site and title, read-only, in the page language', () => {
    const page = openOptions({
      policy: {
        extraRules: [
          EXTRA,
          { ...EXTRA, id: 'plage-panne', site: 'plage', titleEn: undefined, titleFr: 'PLAGE en panne' },
        ],
      },
    });
    const rows = [...page.doc.querySelectorAll('#setting-extraRules tbody tr')].map((tr) =>
      [...tr.children].map((c) => plain(c.textContent)),
    );
    expect(rows).toEqual([
      ['saga-maintenance', 'SAGA Directeurs (saga.cng.sante.fr)', 'SAGA Directeurs est en maintenance'],
      ['plage-panne', 'PLAGE / Pasrel (connect-pasrel.atih.sante.fr)', 'PLAGE en panne'],
    ]);
    expect(page.source('extraRules')).toBe('Géré par votre établissement');
    expect(page.box('extraRules').querySelector('input, select, button')).toBeNull();
    const english = openOptions({ policy: { extraRules: [EXTRA] }, input: { t: en } });
    expect(english.text('[data-rule="saga-maintenance"] td:last-child')).toBe('SAGA Directeurs is under maintenance');
  });
});

describe('options: English', () => {
  it('speaks English with the English messages', () => {
    const page = openOptions({
      policy: { adminEmail: 'support-saga@chu-exemple.fr', colour: 'blue' },
      user: { ccEmail: 'dsi@chu-exemple.fr' },
      input: { t: en },
    });
    expect(page.doc.documentElement.lang).toBe('en');
    expect(page.text('h1')).toBe('SAGA Helper options');
    expect(page.text('[data-key="adminEmail"] label')).toBe('Administrator address');
    expect(page.source('adminEmail')).toBe('Managed by your establishment');
    expect(page.source('ccEmail')).toBe('Your choice');
    expect(page.source('hotlineUrl')).toBe('Default value');
    expect(page.text('#policy-problems h2')).toBe("Problems in your establishment's configuration");
    expect(page.text('#policy-problems li')).toBe('colour: unknown setting — “colour”');
    expect(page.text('label[for="rule-saga-first-login"]')).toBe(
      `${en('rule_saga_first_login_title')} saga-first-login`,
    );
    expect([...page.doc.querySelectorAll('#setting-locale option')].map((o) => o.textContent)).toEqual([
      'Browser language',
      'French',
      'English',
    ]);
    page.change('#setting-hotlineUrl', (n) => (n.value = 'ftp://x'));
    expect(page.text('#hotlineUrl-error')).toBe(
      '“ftp://x” is not a web address starting with https:// (example: https://assistance.atih.sante.fr/). Nothing was saved.',
    );
  });
});

describe('options: accessibility', () => {
  const page = openOptions({ policy: { showBrowserAdvice: false }, user: { ccEmail: 'dsi@chu-exemple.fr' } });

  it('binds a label to every control, and groups the rule boxes in a fieldset with a legend', () => {
    for (const control of page.doc.querySelectorAll('input, select')) {
      const label = page.doc.querySelector(`label[for="${control.id}"]`);
      expect(plain(label?.textContent), control.id).not.toBe('');
    }
    const fieldset = page.box('disabledRules').querySelector('fieldset') as HTMLFieldSetElement;
    expect(fieldset.firstElementChild?.tagName).toBe('LEGEND');
    expect(fieldset.querySelectorAll('input[type="checkbox"]')).toHaveLength(RULES.length);
  });

  it('describes each control by ids that exist, and uses real buttons', () => {
    for (const control of page.doc.querySelectorAll('[aria-describedby]')) {
      for (const id of control.getAttribute('aria-describedby')?.split(' ') ?? [])
        expect(page.doc.getElementById(id), id).not.toBeNull();
    }
    const ids = [...page.doc.querySelectorAll('[id]')].map((node) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const button of page.doc.querySelectorAll('button')) expect(button.getAttribute('type')).toBe('button');
    expect(page.control('#options-status').getAttribute('aria-live')).toBe('polite');
  });

  it('sets the palette as custom properties of the root', () => {
    for (const [name, value] of Object.entries(PALETTE)) {
      expect(page.doc.documentElement.style.getPropertyValue(`--${name}`)).toBe(value);
    }
  });
});
