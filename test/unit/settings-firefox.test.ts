import { describe, expect, it } from 'vitest';
import { guardSettings } from '../../src/background/settings-guard';
import { DEFAULT_SETTINGS } from '../../src/lib/settings';
import { usableSettings } from '../../src/lib/settings-check';
import { MAX_JSON_TEXT, settingForm } from '../../src/lib/settings-forms';
import { resolveSettings } from '../../src/lib/settings-resolve';
import { RULE_IDS } from '../../src/rules';
import { en, fr, openOptions } from '../helpers/options-page';

// Issue 15: Firefox hands policy over as written (policies.json values as typed, registry values
// unparsed: REG_SZ a string, REG_DWORD a number) and applies no managed_schema. A list given as JSON
// text and a boolean given as 0/1 are read for what they stand for, then checked as usual.
const RULE = {
  id: 'saga-maintenance',
  site: 'saga',
  phrases: ['maintenance en cours'],
  titleFr: 'SAGA Directeurs est en maintenance',
  stepsFr: ['Réessayez dans une heure.'],
};
const resolve = (policy: unknown): ReturnType<typeof resolveSettings> => resolveSettings(policy, undefined, RULE_IDS);

describe('Firefox: lists as JSON text', () => {
  it('extraRules as JSON text: the valid rule applies, the invalid one is listed', () => {
    const text = JSON.stringify([RULE, { ...RULE, id: 'x' }]);
    const r = resolve({ extraRules: text, adminEmail: 'dsi@chu-exemple.fr' });
    expect(r.settings.extraRules).toEqual([RULE]);
    expect(r.sources.extraRules).toBe('policy');
    expect(r.problems).toEqual([
      { key: 'extraRules', from: 'policy', reason: 'extra-rule', detail: expect.stringContaining('"x"') },
    ]);
    expect(r.settings.adminEmail).toBe('dsi@chu-exemple.fr');
  });

  it('disabledRules as JSON text, naming a built-in rule and an extra rule given as JSON text too', () => {
    const r = resolve({
      disabledRules: '["browser-not-recommended", "saga-maintenance", "no-such-rule"]',
      extraRules: JSON.stringify([RULE]),
    });
    expect(r.settings.disabledRules).toEqual(['browser-not-recommended', 'saga-maintenance']);
    expect(r.problems).toEqual([
      { key: 'disabledRules', from: 'policy', reason: 'unknown-rule', detail: 'no-such-rule' },
    ]);
  });

  it('gives exactly what the same array gives', () => {
    const list = [RULE, { ...RULE, id: 'plage-bad', site: 'elsewhere' }, 7];
    expect(resolve({ extraRules: JSON.stringify(list) })).toEqual(resolve({ extraRules: list }));
    expect(resolve({ disabledRules: '[]' })).toEqual(resolve({ disabledRules: [] }));
  });

  it.each([
    ['not JSON', 'browser-not-recommended'],
    ['a cut list', '["browser-not-recommended"'],
    ['an empty text', ''],
    ['single quotes', "['browser-not-recommended']"],
  ])('%s: ignored alone, with the parser\u2019s words', (_, text) => {
    const r = resolve({ disabledRules: text, extraRules: JSON.stringify([RULE]), showBrowserAdvice: 0 });
    expect(r.problems).toEqual([{ key: 'disabledRules', from: 'policy', reason: 'json', detail: expect.any(String) }]);
    expect(r.problems[0]!.detail).not.toBe('');
    expect(r.settings.disabledRules).toEqual(DEFAULT_SETTINGS.disabledRules);
    expect(r.sources.disabledRules).toBe('default');
    expect(r.settings).toMatchObject({ extraRules: [RULE], showBrowserAdvice: false }); // the rest applies
  });

  it('JSON that is not a list is a wrong type, as an object would be', () => {
    expect(resolve({ extraRules: JSON.stringify(RULE) }).problems).toEqual([
      { key: 'extraRules', from: 'policy', reason: 'type', detail: 'object' },
    ]);
    expect(resolve({ disabledRules: '"browser-not-recommended"' }).problems[0]).toMatchObject({ reason: 'type' });
  });

  it('refuses a text past the limit without parsing it, and takes one just under it', () => {
    const huge = JSON.stringify(Array.from({ length: 20_000 }, () => 'browser-not-recommended'));
    expect(huge.length).toBeGreaterThan(MAX_JSON_TEXT);
    const r = resolve({ disabledRules: huge, adminEmail: 'dsi@chu-exemple.fr' });
    expect(r.problems).toEqual([
      { key: 'disabledRules', from: 'policy', reason: 'too-long', detail: `${huge.length} > ${MAX_JSON_TEXT}` },
    ]);
    expect(r.settings.disabledRules).toEqual([]);
    expect(r.settings.adminEmail).toBe('dsi@chu-exemple.fr');
    const fits = `[${' '.repeat(MAX_JSON_TEXT - 2)}]`;
    expect(resolve({ disabledRules: fits }).problems).toEqual([]);
  });
});

describe('Firefox: booleans as numbers (REG_DWORD) or text', () => {
  it.each<[unknown, boolean]>([
    [0, false],
    [1, true],
    ['0', false],
    ['1', true],
    ['false', false],
    ['True', true],
    [' true ', true],
  ])('showBrowserAdvice %j is %s', (value, meant) => {
    const r = resolve({ showBrowserAdvice: value });
    expect(r.problems).toEqual([]);
    expect(r.settings.showBrowserAdvice).toBe(meant);
    expect(r.sources.showBrowserAdvice).toBe('policy');
  });

  it.each([2, -1, 0.5, 'yes', 'oui', '', [1], null])('showBrowserAdvice %j stays a wrong type', (value) => {
    const r = resolve({ showBrowserAdvice: value });
    expect(r.problems).toEqual([expect.objectContaining({ key: 'showBrowserAdvice', reason: 'type' })]);
    expect(r.settings.showBrowserAdvice).toBe(true);
  });
});

describe('Firefox forms stop at resolution', () => {
  it('the resolved settings, which the worker stores, hold arrays and booleans only', () => {
    const { settings } = resolve({
      extraRules: JSON.stringify([RULE]),
      disabledRules: '["saga-maintenance"]',
      showBrowserAdvice: 0,
    });
    expect(settings).toMatchObject({
      extraRules: [RULE],
      disabledRules: ['saga-maintenance'],
      showBrowserAdvice: false,
    });
    // The worker checks them again before it stores them (strict types there), then the pages at use.
    expect(guardSettings(settings)).toEqual(settings);
    expect(usableSettings(settings)).toMatchObject({ extraRules: [RULE], disabledRules: ['saga-maintenance'] });
  });

  it('other keys are untouched: a number is no address, a list as text no locale', () => {
    expect(settingForm('adminEmail', 1)).toEqual({ value: 1 });
    expect(settingForm('locale', '["fr"]')).toEqual({ value: '["fr"]' });
    expect(resolve({ adminEmail: 1, hotlineUrl: '["https://x.fr/"]' }).problems.map((p) => p.reason)).toEqual([
      'type',
      'url',
    ]);
  });

  it('a policy written for Chromium (arrays, booleans) resolves as before', () => {
    const policy = { disabledRules: ['browser-not-recommended'], extraRules: [RULE], showBrowserAdvice: false };
    expect(resolve(policy)).toMatchObject({ problems: [], settings: policy });
  });
});

describe('Firefox forms on the options page', () => {
  it('a list as JSON text shows as set by policy; an unreadable one is named with its reason, in both languages', () => {
    const policy = {
      extraRules: JSON.stringify([RULE]),
      disabledRules: '["browser-not-recommended"',
      showBrowserAdvice: 0,
    };
    const page = openOptions({ policy, input: { t: en } });
    expect(page.source('showBrowserAdvice')).toBe('Managed by your establishment');
    const lines = [...page.doc.querySelectorAll('#policy-problems li')];
    expect(lines.map((li) => li.getAttribute('data-reason'))).toEqual(['json']);
    expect(lines[0]!.textContent).toContain(`disabledRules: ${en('options_problem_json')} — “`);
    const huge = openOptions({ policy: { extraRules: ' '.repeat(MAX_JSON_TEXT + 1) } });
    expect(huge.text('#policy-problems li')).toContain(`extraRules : ${fr('options_problem_too_long')}`);
  });
});
