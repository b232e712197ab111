import { describe, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { ruleSet } from '../../src/content/rule-set';
import { pageConfig } from '../../src/lib/page-config';
import { DEFAULT_SETTINGS, EFFECTIVE_SETTINGS_KEY, SETTING_KEYS, type SettingKey } from '../../src/lib/settings';
import { isValidSetting, safeHotlineUrl, usableSettings } from '../../src/lib/settings-check';
import { settingForm } from '../../src/lib/settings-forms';
import { resolveSettings } from '../../src/lib/settings-resolve';
import { RULE_IDS } from '../../src/rules';
import { fr, openOptions } from '../helpers/options-page';

// Issue "Security", finding 7: a stored value was trusted once stored. Every setting is checked again
// where it is used (content script, popup, help, options), by the same function as at resolution.
const HOTLINE = DEFAULT_SETTINGS.hotlineUrl;
const NOT_HTTPS = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'http://assistance.atih.sante.fr/',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'https//missing-colon',
  '',
  42,
  null,
  undefined,
  ['https://x.fr/'],
  { href: 'https://x.fr/' },
];
// What the worker would never write, as if storage had been written by a bug or an older version.
const TAMPERED = {
  adminEmail: 'cng-saga@sante.gouv.fr?cc=evil@x.fr',
  ccEmail: 'evil@x.fr&bcc=all@x.fr',
  reportEmail: 'dsi@chu.fr,spy@evil.example',
  hotlineUrl: 'javascript:alert(1)',
  disabledRules: 'saga-rights-invalid',
  extraRules: [
    { id: 'saga-maintenance', site: 'saga', phrases: 'maintenance', titleFr: 'x', stepsFr: ['y'] },
    null,
    { id: 'saga-ok', site: 'saga', phrases: ['maintenance'], titleFr: 'Maintenance', stepsFr: ['Plus tard.'] },
  ],
  showBrowserAdvice: 'no',
  locale: 'de',
};

const fakeBrowser = (stored: unknown): Browser =>
  ({
    storage: { local: { get: async () => ({ [EFFECTIVE_SETTINGS_KEY]: stored }) } },
    i18n: { getMessage: (key: string) => key },
  }) as unknown as Browser;

describe('safeHotlineUrl: a link is built only from an https address', () => {
  it.each(NOT_HTTPS.map((v) => [JSON.stringify(v) ?? 'undefined', v]))('%s → the default hotline', (_n, value) => {
    expect(safeHotlineUrl(value)).toBe(HOTLINE);
  });

  it('keeps an https address as it is', () => {
    expect(safeHotlineUrl('https://support.chu-exemple.fr/saga?x=1')).toBe('https://support.chu-exemple.fr/saga?x=1');
  });
});

describe('settings read back from storage are checked again at use', () => {
  it('pageConfig (content script, popup, help) replaces every tampered value by its default', async () => {
    const { settings } = await pageConfig(fakeBrowser({ settings: TAMPERED, messages: null }));
    expect(settings).toEqual({ ...usableSettings({}), extraRules: [TAMPERED.extraRules[2]] });
    expect(usableSettings({})).toEqual({
      hotlineUrl: HOTLINE,
      disabledRules: [],
      extraRules: [],
      showBrowserAdvice: true,
    });
  });

  it('pageConfig survives anything stored under the key', async () => {
    for (const stored of [42, 'x', [], { settings: 'x' }, { settings: null, messages: 7 }, null]) {
      const { settings, t } = await pageConfig(fakeBrowser(stored));
      expect(settings).toEqual(usableSettings(undefined));
      expect(t('lang')).toBe('lang');
    }
  });

  it('the content script never hands the panel a non-https hotline', () => {
    for (const hotlineUrl of NOT_HTTPS) {
      const set = ruleSet({ settings: { ...DEFAULT_SETTINGS, hotlineUrl: hotlineUrl as string }, t: fr });
      expect(set.hotlineUrl).toBe(HOTLINE);
    }
  });

  it('the content script keeps every built-in rule with tampered lists', () => {
    const settings = { ...DEFAULT_SETTINGS, ...TAMPERED } as never;
    expect(() => ruleSet({ settings, t: fr })).not.toThrow();
    expect(ruleSet({ settings: usableSettings(TAMPERED), t: fr }).catalogue.rules.length).toBe(RULE_IDS.length + 1);
  });

  it('the options page builds no link from a setting: every link is the extension’s own', () => {
    const page = openOptions({ user: { hotlineUrl: 'javascript:alert(1)', adminEmail: 'javascript:x@y.fr' } });
    const hrefs = [...page.doc.querySelectorAll('[href], [src], [action], [formaction]')].map(
      (e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? '',
    );
    expect(hrefs.every((h) => !/^\s*(javascript|data|vbscript):/i.test(h))).toBe(true);
    expect(page.control<HTMLInputElement>('#setting-hotlineUrl').value).toBe(HOTLINE);
  });
});

describe('one check per setting, at resolution and at use', () => {
  const SAMPLES: Record<SettingKey, unknown[]> = {
    adminEmail: ['a@b.fr', 'a@b.fr?cc=c@d.fr', '', 'x', 1],
    ccEmail: ['', 'dsi@chu.fr', 'dsi@', null],
    reportEmail: ['', 'dsi@chu.fr', 'dsi@chu.fr?cc=spy@evil.example', 'dsi@', 1, null],
    hotlineUrl: ['https://x.fr/', ...NOT_HTTPS],
    disabledRules: [[], ['saga-rights-invalid'], 'saga-rights-invalid', [1], '["saga-rights-invalid"]', '[1]'],
    extraRules: [[], {}, '[]', '{}', '['],
    showBrowserAdvice: [true, false, 'true', 0, 2, 'yes'],
    locale: ['auto', 'fr', 'en', 'de', 1],
  };
  // Firefox's forms (a list as JSON text, a boolean as 0/1) are read first (settings-forms.ts); what
  // they stand for goes through the same check.
  it.each(SETTING_KEYS)('%s: resolveSettings accepts a value exactly when isValidSetting takes its meaning', (key) => {
    for (const value of SAMPLES[key]) {
      const accepted = resolveSettings({ [key]: value }, undefined, RULE_IDS).problems.length === 0;
      const form = settingForm(key, value);
      const valid = 'value' in form && isValidSetting(key, form.value);
      expect(accepted, `${key} = ${JSON.stringify(value)}`).toBe(valid);
    }
  });
});
