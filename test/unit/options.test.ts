// The options page: defaults, then policy, then the user's choices, and editing them.
import { describe, expect, it, vi } from 'vitest';
import { SETTING_KEYS } from '../../src/lib/settings';
import { resolveSettings } from '../../src/lib/settings-resolve';
import { renderOptions } from '../../src/options/options-view';
import { RULE_IDS } from '../../src/rules';
import { en, EXTRA, fr, openOptions } from '../helpers/options-page';
import { plain } from '../helpers/text';

const IDS = RULE_IDS;
describe('options: defaults', () => {
  const page = openOptions();

  it('shows every setting, in the order of DEFAULT_SETTINGS, with its label, help and « Valeur par défaut »', () => {
    expect(page.doc.documentElement.lang).toBe('fr');
    expect(plain(page.doc.title)).toBe('Options de SAGA Helper');
    expect(page.doc.querySelectorAll('h1')).toHaveLength(1);
    expect([...page.doc.querySelectorAll('.setting')].map((b) => b.getAttribute('data-key'))).toEqual(SETTING_KEYS);
    for (const key of SETTING_KEYS) {
      const box = page.box(key);
      expect(plain(box.querySelector('.setting-label')?.textContent), key).toBe(plain(fr(`setting_${key}_label`)));
      expect(plain(box.querySelector('.note')?.textContent), key).toBe(plain(fr(`setting_${key}_help`)));
      expect(page.source(key), key).toBe('Valeur par défaut');
    }
    expect(page.doc.getElementById('policy-problems')).toBeNull();
    expect(page.doc.querySelector('button.reset')).toBeNull();
  });

  it('shows the effective values in the controls', () => {
    expect(page.control<HTMLInputElement>('#setting-adminEmail').value).toBe('cng-saga@sante.gouv.fr');
    expect(page.control<HTMLInputElement>('#setting-adminEmail').type).toBe('email');
    expect(page.control<HTMLInputElement>('#setting-ccEmail').value).toBe('');
    expect(page.control<HTMLInputElement>('#setting-hotlineUrl').type).toBe('url');
    expect(page.control<HTMLInputElement>('#setting-showBrowserAdvice').checked).toBe(true);
    expect(page.control<HTMLSelectElement>('#setting-locale').value).toBe('auto');
    const labels = [...page.doc.querySelectorAll('#setting-locale option')].map((o) => plain(o.textContent));
    expect(labels).toEqual(['Langue du navigateur', 'Français', 'Anglais']);
    const rules = [...page.doc.querySelectorAll<HTMLInputElement>('[data-key="disabledRules"] input[type="checkbox"]')];
    expect(rules.map((r) => r.value)).toEqual(IDS);
    expect(rules.every((r) => r.checked && !r.disabled)).toBe(true);
    expect(page.text('label[for="rule-saga-first-login"]')).toBe(
      `${plain(fr('rule_saga_first_login_title'))} saga-first-login`,
    );
    expect(page.text('#setting-extraRules')).toBe('Aucune');
  });
});

describe('options: policy and the user', () => {
  it('locks a value set by policy and says « Géré par votre établissement » next to it', () => {
    const page = openOptions({
      policy: {
        adminEmail: 'support-saga@chu-exemple.fr',
        showBrowserAdvice: false,
        locale: 'fr',
        disabledRules: ['saga-first-login'],
      },
      user: { adminEmail: 'moi@exemple.fr' },
    });
    for (const [key, selector] of [
      ['adminEmail', '#setting-adminEmail'],
      ['showBrowserAdvice', '#setting-showBrowserAdvice'],
      ['locale', '#setting-locale'],
    ] as const) {
      const control = page.control<HTMLInputElement>(selector);
      expect(control.disabled, key).toBe(true);
      expect(control.getAttribute('aria-disabled'), key).toBe('true');
      expect(page.source(key), key).toBe('Géré par votre établissement');
      expect(page.box(key).querySelector('button.reset'), key).toBeNull();
    }
    expect(page.control<HTMLInputElement>('#setting-adminEmail').value).toBe('support-saga@chu-exemple.fr');
    expect(page.control<HTMLInputElement>('#setting-showBrowserAdvice').checked).toBe(false);
    const rules = [...page.doc.querySelectorAll<HTMLInputElement>('[data-key="disabledRules"] input')];
    expect(rules.every((r) => r.disabled && r.getAttribute('aria-disabled') === 'true')).toBe(true);
    expect(page.control<HTMLInputElement>('#rule-saga-first-login').checked).toBe(false);
    // What policy leaves open stays editable.
    expect(page.control<HTMLInputElement>('#setting-ccEmail').disabled).toBe(false);
    expect(page.control<HTMLInputElement>('#setting-ccEmail').hasAttribute('aria-disabled')).toBe(false);
  });

  it('shows the user values as « Votre choix », each with a reset button that saves undefined', async () => {
    const page = openOptions({ user: { ccEmail: 'dsi@chu-exemple.fr', locale: 'en' } });
    expect(page.source('ccEmail')).toBe('Votre choix');
    expect(page.source('locale')).toBe('Votre choix');
    expect(page.source('adminEmail')).toBe('Valeur par défaut');
    expect(page.control<HTMLInputElement>('#setting-ccEmail').value).toBe('dsi@chu-exemple.fr');
    const reset = page.box('ccEmail').querySelector('button.reset') as HTMLButtonElement;
    expect(plain(reset.textContent)).toBe('Rétablir la valeur par défaut');
    expect(plain(reset.getAttribute('aria-label'))).toBe(
      "Rétablir la valeur par défaut : Copie à (informatique de l'établissement)",
    );
    expect(reset.type).toBe('button');
    reset.click();
    expect(page.save).toHaveBeenCalledWith({ ccEmail: undefined });
    await vi.waitFor(() => expect(page.text('[role="status"]')).toBe('Enregistré'));
  });
});

describe('options: editing', () => {
  it('saves each change at once with its patch and says « Enregistré »', async () => {
    const page = openOptions();
    page.change('#setting-adminEmail', (n) => (n.value = '  dsi-saga@chu-exemple.fr '));
    expect(page.save).toHaveBeenLastCalledWith({ adminEmail: 'dsi-saga@chu-exemple.fr' });
    await vi.waitFor(() => expect(page.text('#options-status')).toBe('Enregistré'));
    expect(page.control('#options-status').getAttribute('role')).toBe('status');
    page.change('#setting-ccEmail', (n) => (n.value = ''));
    expect(page.save).toHaveBeenLastCalledWith({ ccEmail: '' });
    page.change('#setting-hotlineUrl', (n) => (n.value = 'https://support.chu-exemple.fr/saga'));
    expect(page.save).toHaveBeenLastCalledWith({ hotlineUrl: 'https://support.chu-exemple.fr/saga' });
    page.change('#setting-showBrowserAdvice', (n) => (n.checked = false));
    expect(page.save).toHaveBeenLastCalledWith({ showBrowserAdvice: false });
    page.change('#setting-locale', (n) => (n.value = 'en'));
    expect(page.save).toHaveBeenLastCalledWith({ locale: 'en' });
    // Two boxes unticked before the page is redrawn: both count.
    page.change('#rule-saga-first-login', (n) => (n.checked = false));
    page.change('#rule-browser-not-recommended', (n) => (n.checked = false));
    expect(page.save).toHaveBeenLastCalledWith({ disabledRules: ['saga-first-login', 'browser-not-recommended'] });
    expect(page.save).toHaveBeenCalledTimes(7);
  });

  it('takes the address for unknown-message reports as the copy is taken: empty for none, one plain address', () => {
    const page = openOptions();
    const field = page.control<HTMLInputElement>('#setting-reportEmail');
    expect([field.type, field.value]).toEqual(['email', '']);
    page.change('#setting-reportEmail', (n) => (n.value = ' informatique@chu-exemple.fr '));
    expect(page.save).toHaveBeenLastCalledWith({ reportEmail: 'informatique@chu-exemple.fr' });
    page.change('#setting-reportEmail', (n) => (n.value = ''));
    expect(page.save).toHaveBeenLastCalledWith({ reportEmail: '' });
    page.change('#setting-reportEmail', (n) => (n.value = 'informatique@chu-exemple.fr,spy@evil.example'));
    expect(page.text('#reportEmail-error')).toMatch(/n'est pas une adresse e-mail valide/);
    expect(page.save).toHaveBeenCalledTimes(2);
    const locked = openOptions({ policy: { reportEmail: 'informatique@chu-exemple.fr' } });
    expect(locked.control<HTMLInputElement>('#setting-reportEmail').disabled).toBe(true);
    expect(locked.control<HTMLInputElement>('#setting-reportEmail').value).toBe('informatique@chu-exemple.fr');
    expect(locked.source('reportEmail')).toBe('Géré par votre établissement');
  });

  it('keeps the ids of extra rules the user switched off when a box changes', () => {
    const page = openOptions({ policy: { extraRules: [EXTRA] }, user: { disabledRules: ['saga-maintenance'] } });
    page.change('#rule-hotline-portal', (n) => (n.checked = false));
    expect(page.save).toHaveBeenLastCalledWith({ disabledRules: ['saga-maintenance', 'hotline-portal'] });
  });

  it('refuses an invalid address with a message next to the field, and saves nothing', () => {
    const page = openOptions();
    page.change('#setting-adminEmail', (n) => (n.value = 'dsi@chu'));
    const field = page.control<HTMLInputElement>('#setting-adminEmail');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain('adminEmail-error');
    expect(page.text('#adminEmail-error')).toBe(
      "« dsi@chu » n'est pas une adresse e-mail valide (exemple : prenom.nom@chu-exemple.fr). Rien n'a été enregistré.",
    );
    page.change('#setting-hotlineUrl', (n) => (n.value = 'http://support.chu-exemple.fr/'));
    expect(page.text('#hotlineUrl-error')).toMatch(
      /^« http:\/\/support\.chu-exemple\.fr\/ » n'est pas une adresse web commençant par https:\/\//,
    );
    page.change('#setting-adminEmail', (n) => (n.value = ''));
    expect(page.text('#adminEmail-error')).toBe("Ce champ ne peut pas rester vide. Rien n'a été enregistré.");
    expect(page.save).not.toHaveBeenCalled();
    // Corrected: the message goes, the value is saved.
    page.change('#setting-adminEmail', (n) => (n.value = 'dsi@chu-exemple.fr'));
    expect(page.text('#adminEmail-error')).toBe('');
    expect(field.hasAttribute('aria-invalid')).toBe(false);
    expect(page.save).toHaveBeenCalledWith({ adminEmail: 'dsi@chu-exemple.fr' });
  });

  it('says when saving failed, with the error', async () => {
    const page = openOptions({ save: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) });
    page.change('#setting-showBrowserAdvice', (n) => (n.checked = false));
    await vi.waitFor(() =>
      expect(page.text('[role="status"]')).toBe("Échec de l'enregistrement : QUOTA_BYTES quota exceeded"),
    );
  });

  it('keeps the status line and the focus when the page is redrawn after a save', async () => {
    const page = openOptions();
    const status = page.control('#options-status');
    page.control<HTMLInputElement>('#setting-ccEmail').focus();
    page.change('#setting-ccEmail', (n) => (n.value = 'dsi@chu-exemple.fr'));
    await vi.waitFor(() => expect(plain(status.textContent)).toBe('Enregistré'));
    renderOptions(page.doc, { ...page.input, resolved: resolveSettings({}, { ccEmail: 'dsi@chu-exemple.fr' }, IDS) });
    expect(page.control('#options-status')).toBe(status);
    expect(plain(status.textContent)).toBe('Enregistré');
    expect(page.doc.activeElement?.id).toBe('setting-ccEmail');
    expect(page.source('ccEmail')).toBe('Votre choix');
    // After a reset, its button is gone: focus goes to the setting's control.
    (page.box('ccEmail').querySelector('button.reset') as HTMLButtonElement).focus();
    renderOptions(page.doc, { ...page.input, resolved: resolveSettings({}, {}, IDS) });
    expect(page.doc.activeElement?.id).toBe('setting-ccEmail');
    expect(page.doc.querySelectorAll('main > *')).toHaveLength(2);
    // Redrawn in English (the locale just changed): the status line follows.
    renderOptions(page.doc, { ...page.input, t: en, resolved: resolveSettings({}, { locale: 'en' }, IDS) });
    expect(plain(status.textContent)).toBe('Saved');
    renderOptions(page.doc, { ...page.input, resolved: resolveSettings({}, {}, IDS) });
    // Text typed but not yet saved (no change event yet) survives a redraw caused by another change.
    const url = page.control<HTMLInputElement>('#setting-hotlineUrl');
    url.focus();
    url.value = 'https://support.chu';
    renderOptions(page.doc, { ...page.input, resolved: resolveSettings({ showBrowserAdvice: false }, {}, IDS) });
    expect(page.doc.activeElement?.id).toBe('setting-hotlineUrl');
    expect(page.control<HTMLInputElement>('#setting-hotlineUrl').value).toBe('https://support.chu');
  });
});
