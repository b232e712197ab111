import { describe, expect, it } from 'vitest';
import { extraMessages, extraRulesAsRules } from '../../src/lib/extra-rules';
import { DEFAULT_SETTINGS } from '../../src/lib/settings';
import { resolveSettings } from '../../src/lib/settings-resolve';
import { RULES } from '../../src/rules';

const IDS = RULES.map((r) => r.id);
const EXTRA = {
  id: 'saga-maintenance',
  site: 'saga',
  phrases: ['maintenance', 'indisponible'],
  titleFr: 'SAGA Directeurs est en maintenance',
  stepsFr: ['Réessayez après 18 h.'],
  titleEn: 'SAGA Directeurs is under maintenance',
  stepsEn: ['Try again after 6 pm.'],
};

describe('settings: defaults, then policy, then the user', () => {
  it('gives the defaults without policy nor user choices', () => {
    const r = resolveSettings(undefined, undefined, IDS);
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(Object.values(r.sources).every((s) => s === 'default')).toBe(true);
    expect(r.problems).toEqual([]);
  });

  it('lets policy win over the user, and the user set what policy leaves open', () => {
    const r = resolveSettings(
      { adminEmail: 'support-saga@chu-exemple.fr', showBrowserAdvice: false },
      { adminEmail: 'moi@exemple.fr', ccEmail: 'dsi@chu-exemple.fr', locale: 'en' },
      IDS,
    );
    expect(r.settings).toMatchObject({
      adminEmail: 'support-saga@chu-exemple.fr',
      ccEmail: 'dsi@chu-exemple.fr',
      showBrowserAdvice: false,
      locale: 'en',
    });
    expect(r.sources).toMatchObject({
      adminEmail: 'policy',
      ccEmail: 'user',
      showBrowserAdvice: 'policy',
      locale: 'user',
      hotlineUrl: 'default',
    });
  });

  it('sends unknown-message reports to the administrator unless reportEmail names the establishment IT', () => {
    expect(DEFAULT_SETTINGS.reportEmail).toBe('');
    const r = resolveSettings({ reportEmail: 'informatique@chu-exemple.fr' }, { reportEmail: 'moi@exemple.fr' }, IDS);
    expect(r.settings.reportEmail).toBe('informatique@chu-exemple.fr');
    expect(r.sources.reportEmail).toBe('policy');
    expect(resolveSettings({ reportEmail: '' }, undefined, IDS)).toMatchObject({ problems: [] });
    expect(resolveSettings(undefined, { reportEmail: 'moi@exemple.fr' }, IDS).sources.reportEmail).toBe('user');
  });

  it('keeps extra rules for policy only', () => {
    const r = resolveSettings({}, { extraRules: [EXTRA] }, IDS);
    expect(r.settings.extraRules).toEqual([]);
    expect(r.problems).toEqual([{ key: 'extraRules', from: 'user', reason: 'unknown-key', detail: 'extraRules' }]);
  });
});

describe('a broken policy never stops the extension: each wrong value is ignored alone', () => {
  it.each([
    ['a wrong type', { showBrowserAdvice: 'yes' }, 'showBrowserAdvice', 'type'],
    ['a bad address', { adminEmail: 'cng-saga at sante.gouv.fr' }, 'adminEmail', 'email'],
    ['an address that would add a recipient', { adminEmail: 'a@b.fr?cc=evil@x.fr' }, 'adminEmail', 'email'],
    ['two report addresses', { reportEmail: 'dsi@chu.fr,evil@x.fr' }, 'reportEmail', 'email'],
    ['a report address of the wrong type', { reportEmail: ['dsi@chu.fr'] }, 'reportEmail', 'type'],
    ['a plain-http hotline', { hotlineUrl: 'http://assistance.example/' }, 'hotlineUrl', 'url'],
    ['a script hotline', { hotlineUrl: 'javascript:alert(1)' }, 'hotlineUrl', 'url'],
    ['an unknown locale', { locale: 'de' }, 'locale', 'type'],
    ['an unknown key', { colour: 'red' }, 'colour', 'unknown-key'],
  ])('%s', (_name, policy, key, reason) => {
    const r = resolveSettings({ ...policy, ccEmail: 'dsi@chu-exemple.fr' }, undefined, IDS);
    expect(r.problems).toContainEqual(expect.objectContaining({ key, from: 'policy', reason }));
    expect(r.settings.ccEmail).toBe('dsi@chu-exemple.fr'); // the rest applies
    if (key in DEFAULT_SETTINGS)
      expect(r.settings[key as keyof typeof DEFAULT_SETTINGS]).toEqual(
        DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS],
      );
  });

  it('drops an unknown rule id from disabledRules and keeps the known ones', () => {
    const r = resolveSettings({ disabledRules: ['browser-not-recommended', 'no-such-rule', 42] }, undefined, IDS);
    expect(r.settings.disabledRules).toEqual(['browser-not-recommended']);
    expect(r.problems.map((p) => p.detail)).toEqual(['no-such-rule', '42']);
  });

  it('drops a malformed extra rule and keeps the good ones, which disabledRules may name', () => {
    const r = resolveSettings(
      {
        disabledRules: ['saga-maintenance'],
        extraRules: [
          EXTRA,
          { ...EXTRA, id: 'x' },
          { ...EXTRA, id: 'saga-rights-invalid' },
          { ...EXTRA, id: 'ok-two', site: 'google' },
          'text',
        ],
      },
      undefined,
      IDS,
    );
    expect(r.settings.extraRules.map((e) => e.id)).toEqual(['saga-maintenance']);
    expect(r.settings.disabledRules).toEqual(['saga-maintenance']);
    expect(r.problems.filter((p) => p.reason === 'extra-rule')).toHaveLength(4);
  });

  it.each([null, 'policy', 42, ['a'], { adminEmail: null, disabledRules: 'x', extraRules: {} }])(
    'survives %j as a whole policy',
    (policy) => {
      const r = resolveSettings(policy, { locale: 'fr' }, IDS);
      expect(r.settings.locale).toBe('fr');
      expect(r.settings.adminEmail).toBe(DEFAULT_SETTINGS.adminEmail);
    },
  );
});

describe('extra rules in the catalogue', () => {
  it('become error rules with their own French and English texts', () => {
    const [rule] = extraRulesAsRules([EXTRA as never]);
    expect(rule).toMatchObject({
      id: 'saga-maintenance',
      sites: ['saga'],
      kind: 'error',
      when: { scope: 'block', all: [['maintenance'], ['indisponible']] },
    });
    expect(extraMessages([EXTRA as never], 'fr').get(rule?.title as string)).toBe('SAGA Directeurs est en maintenance');
    expect(extraMessages([EXTRA as never], 'en').get(rule?.steps[0] as string)).toBe('Try again after 6 pm.');
  });
});
