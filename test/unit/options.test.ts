import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { PALETTE } from '../../src/ui/palette';
import { SETTING_KEYS, type SettingKey } from '../../src/lib/settings';
import { resolveSettings } from '../../src/lib/settings-resolve';
import { renderOptions, type OptionsInput, type SettingsPatch } from '../../src/options/options-view';
import { RULES } from '../../src/rules';
import { getMessageFrom, loadMessages, type Messages } from '../helpers/messages';

const messages: Record<'fr' | 'en', Messages> = { fr: loadMessages('fr'), en: loadMessages('en') };
const fr = getMessageFrom(messages.fr);
const en = getMessageFrom(messages.en);
const IDS = RULES.map((r) => r.id);
const EXTRA = {
  id: 'saga-maintenance',
  site: 'saga',
  phrases: ['maintenance'],
  titleFr: 'SAGA Directeurs est en maintenance',
  titleEn: 'SAGA Directeurs is under maintenance',
  stepsFr: ['Réessayez après 18 h.'],
};

// French typography puts no-break spaces inside « » and before « : »; compare with plain spaces.
const plain = (text: string | null | undefined): string =>
  (text ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

type Save = (patch: SettingsPatch) => Promise<void>;

interface Page {
  readonly dom: JSDOM;
  readonly doc: Document;
  readonly save: ReturnType<typeof vi.fn<Save>>;
  readonly input: OptionsInput;
  box(key: SettingKey): Element;
  text(selector: string): string;
  control<T extends HTMLElement>(selector: string): T;
}

function options(
  policy: unknown = {},
  user: unknown = undefined,
  over: Partial<OptionsInput> = {},
  saved?: Save,
): Page {
  const dom = new JSDOM('<main></main>');
  const doc = dom.window.document;
  const save = vi.fn<Save>(saved ?? (async () => undefined));
  const input: OptionsInput = { resolved: resolveSettings(policy, user, IDS), t: fr, save, rules: RULES, ...over };
  renderOptions(doc, input);
  return {
    dom,
    doc,
    save,
    input,
    box: (key) => doc.querySelector(`[data-key="${key}"]`) as Element,
    text: (selector) => plain(doc.querySelector(selector)?.textContent),
    control: <T extends HTMLElement>(selector: string) => doc.querySelector(selector) as T,
  };
}

function change(page: Page, selector: string, edit: (node: HTMLInputElement & HTMLSelectElement) => void): void {
  const node = page.control<HTMLInputElement & HTMLSelectElement>(selector);
  edit(node);
  node.dispatchEvent(new page.dom.window.Event('change', { bubbles: true }));
}

const source = (page: Page, key: SettingKey): string => plain(page.box(key).querySelector('.source')?.textContent);

describe('options: defaults', () => {
  const page = options();

  it('shows every setting, in the order of DEFAULT_SETTINGS, with its label, help and « Valeur par défaut »', () => {
    expect(page.doc.documentElement.lang).toBe('fr');
    expect(plain(page.doc.title)).toBe('Options de SAGA Helper');
    expect(page.doc.querySelectorAll('h1')).toHaveLength(1);
    expect([...page.doc.querySelectorAll('.setting')].map((b) => b.getAttribute('data-key'))).toEqual(SETTING_KEYS);
    for (const key of SETTING_KEYS) {
      const box = page.box(key);
      expect(plain(box.querySelector('.setting-label')?.textContent), key).toBe(plain(fr(`setting_${key}_label`)));
      expect(plain(box.querySelector('.note')?.textContent), key).toBe(plain(fr(`setting_${key}_help`)));
      expect(source(page, key), key).toBe('Valeur par défaut');
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
    const page = options(
      {
        adminEmail: 'support-saga@chu-exemple.fr',
        showBrowserAdvice: false,
        locale: 'fr',
        disabledRules: ['saga-first-login'],
      },
      { adminEmail: 'moi@exemple.fr' },
    );
    for (const [key, selector] of [
      ['adminEmail', '#setting-adminEmail'],
      ['showBrowserAdvice', '#setting-showBrowserAdvice'],
      ['locale', '#setting-locale'],
    ] as const) {
      const control = page.control<HTMLInputElement>(selector);
      expect(control.disabled, key).toBe(true);
      expect(control.getAttribute('aria-disabled'), key).toBe('true');
      expect(source(page, key), key).toBe('Géré par votre établissement');
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
    const page = options({}, { ccEmail: 'dsi@chu-exemple.fr', locale: 'en' });
    expect(source(page, 'ccEmail')).toBe('Votre choix');
    expect(source(page, 'locale')).toBe('Votre choix');
    expect(source(page, 'adminEmail')).toBe('Valeur par défaut');
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
    const page = options();
    change(page, '#setting-adminEmail', (n) => (n.value = '  dsi-saga@chu-exemple.fr '));
    expect(page.save).toHaveBeenLastCalledWith({ adminEmail: 'dsi-saga@chu-exemple.fr' });
    await vi.waitFor(() => expect(page.text('#options-status')).toBe('Enregistré'));
    expect(page.control('#options-status').getAttribute('role')).toBe('status');
    change(page, '#setting-ccEmail', (n) => (n.value = ''));
    expect(page.save).toHaveBeenLastCalledWith({ ccEmail: '' });
    change(page, '#setting-hotlineUrl', (n) => (n.value = 'https://support.chu-exemple.fr/saga'));
    expect(page.save).toHaveBeenLastCalledWith({ hotlineUrl: 'https://support.chu-exemple.fr/saga' });
    change(page, '#setting-showBrowserAdvice', (n) => (n.checked = false));
    expect(page.save).toHaveBeenLastCalledWith({ showBrowserAdvice: false });
    change(page, '#setting-locale', (n) => (n.value = 'en'));
    expect(page.save).toHaveBeenLastCalledWith({ locale: 'en' });
    // Two boxes unticked before the page is redrawn: both count.
    change(page, '#rule-saga-first-login', (n) => (n.checked = false));
    change(page, '#rule-browser-not-recommended', (n) => (n.checked = false));
    expect(page.save).toHaveBeenLastCalledWith({ disabledRules: ['saga-first-login', 'browser-not-recommended'] });
    expect(page.save).toHaveBeenCalledTimes(7);
  });

  it('keeps the ids of extra rules the user switched off when a box changes', () => {
    const page = options({ extraRules: [EXTRA] }, { disabledRules: ['saga-maintenance'] });
    change(page, '#rule-hotline-portal', (n) => (n.checked = false));
    expect(page.save).toHaveBeenLastCalledWith({ disabledRules: ['saga-maintenance', 'hotline-portal'] });
  });

  it('refuses an invalid address with a message next to the field, and saves nothing', () => {
    const page = options();
    change(page, '#setting-adminEmail', (n) => (n.value = 'dsi@chu'));
    const field = page.control<HTMLInputElement>('#setting-adminEmail');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain('adminEmail-error');
    expect(page.text('#adminEmail-error')).toBe(
      "« dsi@chu » n'est pas une adresse e-mail valide (exemple : prenom.nom@chu-exemple.fr). Rien n'a été enregistré.",
    );
    change(page, '#setting-hotlineUrl', (n) => (n.value = 'http://support.chu-exemple.fr/'));
    expect(page.text('#hotlineUrl-error')).toMatch(
      /^« http:\/\/support\.chu-exemple\.fr\/ » n'est pas une adresse web commençant par https:\/\//,
    );
    change(page, '#setting-adminEmail', (n) => (n.value = ''));
    expect(page.text('#adminEmail-error')).toBe("Ce champ ne peut pas rester vide. Rien n'a été enregistré.");
    expect(page.save).not.toHaveBeenCalled();
    // Corrected: the message goes, the value is saved.
    change(page, '#setting-adminEmail', (n) => (n.value = 'dsi@chu-exemple.fr'));
    expect(page.text('#adminEmail-error')).toBe('');
    expect(field.hasAttribute('aria-invalid')).toBe(false);
    expect(page.save).toHaveBeenCalledWith({ adminEmail: 'dsi@chu-exemple.fr' });
  });

  it('says when saving failed, with the error', async () => {
    const page = options({}, undefined, {}, () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')));
    change(page, '#setting-showBrowserAdvice', (n) => (n.checked = false));
    await vi.waitFor(() =>
      expect(page.text('[role="status"]')).toBe("Échec de l'enregistrement : QUOTA_BYTES quota exceeded"),
    );
  });

  it('keeps the status line and the focus when the page is redrawn after a save', async () => {
    const page = options();
    const status = page.control('#options-status');
    page.control<HTMLInputElement>('#setting-ccEmail').focus();
    change(page, '#setting-ccEmail', (n) => (n.value = 'dsi@chu-exemple.fr'));
    await vi.waitFor(() => expect(plain(status.textContent)).toBe('Enregistré'));
    renderOptions(page.doc, { ...page.input, resolved: resolveSettings({}, { ccEmail: 'dsi@chu-exemple.fr' }, IDS) });
    expect(page.control('#options-status')).toBe(status);
    expect(plain(status.textContent)).toBe('Enregistré');
    expect(page.doc.activeElement?.id).toBe('setting-ccEmail');
    expect(source(page, 'ccEmail')).toBe('Votre choix');
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

describe('options: problems', () => {
  const policy = {
    adminEmail: 'pas-une-adresse',
    hotlineUrl: 'https://support.chu-exemple.fr/',
    disabledRules: ['saga-first-login', 'regle-inconnue'],
    extraRules: [EXTRA, { id: 'Bad Id', site: 'saga' }],
    colour: 'blue',
  };

  it("lists policy's problems at the top, one line each, and the valid rest still applies", () => {
    const page = options(policy);
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
    expect(source(page, 'adminEmail')).toBe('Valeur par défaut');
    expect(page.control<HTMLInputElement>('#setting-hotlineUrl').value).toBe('https://support.chu-exemple.fr/');
    expect(source(page, 'hotlineUrl')).toBe('Géré par votre établissement');
    expect(page.control<HTMLInputElement>('#rule-saga-first-login').checked).toBe(false);
    expect(page.control<HTMLInputElement>('#rule-saga-first-login').disabled).toBe(true);
    expect(page.text('[data-rule="saga-maintenance"]')).toContain('saga-maintenance');
  });

  it("shows a problem of the user's own stored value next to its field, not with policy's", () => {
    const page = options({}, { ccEmail: 'dsi@', showBrowserAdvice: false });
    expect(page.doc.getElementById('policy-problems')).toBeNull();
    expect(page.text('#ccEmail-error')).toBe(
      "Votre valeur enregistrée a été ignorée (adresse e-mail invalide) : « dsi@ ». La valeur affichée s'applique.",
    );
    expect(page.control('#setting-ccEmail').getAttribute('aria-describedby')).toContain('ccEmail-error');
    expect(page.box('ccEmail').querySelector('button.reset')).not.toBeNull();
    expect(source(page, 'showBrowserAdvice')).toBe('Votre choix');
  });

  it('lists the extra rules with their id, site and title, read-only, in the page language', () => {
    const page = options({
      extraRules: [
        EXTRA,
        { ...EXTRA, id: 'plage-panne', site: 'plage', titleEn: undefined, titleFr: 'PLAGE en panne' },
      ],
    });
    const rows = [...page.doc.querySelectorAll('#setting-extraRules tbody tr')].map((tr) =>
      [...tr.children].map((c) => plain(c.textContent)),
    );
    expect(rows).toEqual([
      ['saga-maintenance', 'SAGA Directeurs (saga.cng.sante.fr)', 'SAGA Directeurs est en maintenance'],
      ['plage-panne', 'PLAGE / Pasrel (connect-pasrel.atih.sante.fr)', 'PLAGE en panne'],
    ]);
    expect(source(page, 'extraRules')).toBe('Géré par votre établissement');
    expect(page.box('extraRules').querySelector('input, select, button')).toBeNull();
    const english = options({ extraRules: [EXTRA] }, undefined, { t: en });
    expect(english.text('[data-rule="saga-maintenance"] td:last-child')).toBe('SAGA Directeurs is under maintenance');
  });
});

describe('options: English', () => {
  it('speaks English with the English messages', () => {
    const page = options(
      { adminEmail: 'support-saga@chu-exemple.fr', colour: 'blue' },
      { ccEmail: 'dsi@chu-exemple.fr' },
      { t: en },
    );
    expect(page.doc.documentElement.lang).toBe('en');
    expect(page.text('h1')).toBe('SAGA Helper options');
    expect(page.text('[data-key="adminEmail"] label')).toBe('Administrator address');
    expect(source(page, 'adminEmail')).toBe('Managed by your establishment');
    expect(source(page, 'ccEmail')).toBe('Your choice');
    expect(source(page, 'hotlineUrl')).toBe('Default value');
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
    change(page, '#setting-hotlineUrl', (n) => (n.value = 'ftp://x'));
    expect(page.text('#hotlineUrl-error')).toBe(
      '“ftp://x” is not a web address starting with https:// (example: https://assistance.atih.sante.fr/). Nothing was saved.',
    );
  });
});

const SRC = (path: string): string => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));
const OPTION_FILES = readdirSync(SRC('options')).filter((f) => f.endsWith('.ts'));

describe('options: accessibility', () => {
  const page = options({ showBrowserAdvice: false }, { ccEmail: 'dsi@chu-exemple.fr' });

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

  it('draws with the palette: custom properties on the root, only palette names in options.css, visible focus', () => {
    for (const [name, value] of Object.entries(PALETTE)) {
      expect(page.doc.documentElement.style.getPropertyValue(`--${name}`)).toBe(value);
    }
    const css = readFileSync(SRC('options/options.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const used = new Set([...css.matchAll(/var\(\s*--([A-Za-z0-9_-]+)/g)].map((m) => m[1]));
    expect([...used].filter((name) => !((name as string) in PALETTE))).toEqual([]);
    expect(css).not.toMatch(/#[0-9a-f]{3,8}\b|\brgba?\(/i);
    expect(css).toMatch(/input:focus-visible[^{]*select:focus-visible[^{]*\{[^}]*outline:\s*3px solid var\(--focus\)/);
  });

  it('options.html declares its charset, a <main>, both stylesheets and options.js, and no inline script', () => {
    const html = readFileSync(SRC('options/options.html'), 'utf8');
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')?.toLowerCase()).toBe('utf-8');
    expect(doc.querySelectorAll('main')).toHaveLength(1);
    expect([...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href'))).toEqual([
      'pages.css',
      'options.css',
    ]);
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('src'))).toEqual(['options.js']);
    expect(scripts.every((s) => s.textContent?.trim() === '')).toBe(true);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('never builds HTML from strings in src/options', () => {
    expect(OPTION_FILES.length).toBeGreaterThan(0);
    for (const file of OPTION_FILES) {
      const code = readFileSync(SRC(`options/${file}`), 'utf8');
      expect(code, file).not.toMatch(/innerHTML|insertAdjacentHTML|outerHTML\s*=|document\.write/);
    }
  });
});

describe('options: messages', () => {
  const own = (locale: 'fr' | 'en'): string[] =>
    Object.keys(messages[locale]).filter((k) => /^(options|setting)_/.test(k));

  it('has every options_ and setting_ key in both locales, each with a message and a description', () => {
    expect(own('fr').sort()).toEqual(own('en').sort());
    for (const locale of ['fr', 'en'] as const) {
      for (const key of own(locale)) {
        expect(messages[locale][key]?.message, `${locale} ${key}`).toBeTruthy();
        expect(messages[locale][key]?.description, `${locale} ${key}`).toBeTruthy();
      }
    }
  });

  it('has a label and a help text for every setting, and every key the options source names', () => {
    const keys = SETTING_KEYS.flatMap((k) => [`setting_${k}_label`, `setting_${k}_help`]);
    for (const file of OPTION_FILES) {
      const code = readFileSync(SRC(`options/${file}`), 'utf8');
      keys.push(...[...code.matchAll(/'((?:options|setting|popup|rule)_[a-z0-9_]+)'/gi)].map((m) => m[1] as string));
    }
    for (const key of keys) {
      expect(messages.fr[key]?.message, `fr ${key}`).toBeTruthy();
      expect(messages.en[key]?.message, `en ${key}`).toBeTruthy();
    }
  });

  it('follows French typography: no-break space inside « » and before : ; ? !', () => {
    for (const key of own('fr')) {
      const message = messages.fr[key]?.message ?? '';
      expect(message, key).not.toMatch(/« | »| [:;?!]/);
      expect(message, key).not.toMatch(/«[^\u00a0]|[^\u00a0]»|[^\s\u00a0/][;?!]|[^\s\u00a0/]:(?!\/\/)/);
    }
  });
});
