import { describe, expect, it } from 'vitest';
import { BROWSER_IDS } from '../../scripts/admin-kit/browsers';
import {
  FIREFOX_PATHS as P,
  FIREFOX_SETTINGS_HIVE,
  FIREFOX_SETTINGS_KEY,
  UNSIGNED_MARK,
} from '../../scripts/admin-kit/firefox';
import { loadInputs, renderAdminKit, toBuffer } from '../../scripts/admin-kit/kit';
import { EXAMPLES } from '../../scripts/admin-kit/model';
import { FIREFOX_ID } from '../../src/lib/firefox-id';
import { SETTING_KEYS } from '../../src/lib/settings';
import { MAX_JSON_TEXT } from '../../src/lib/settings-forms';
import { resolveSettings } from '../../src/lib/settings-resolve';
import { RULE_IDS } from '../../src/rules/index';
import { kitText, parseReg, xmlDoc } from '../helpers/kit-files';

// Issue 15: Firefox's kit. Firefox applies no managed_schema and hands values to storage.managed as
// written: policies.json's as typed, the registry's unparsed (REG_SZ a string, REG_DWORD a number).
// Every example is fed to the settings module in that form, and must give the example settings.
const inputs = loadInputs();
const kit = renderAdminKit(inputs);
const text = (path: string): string => kitText(kit, path);
const asFirefox = (policy: unknown): ReturnType<typeof resolveSettings> => resolveSettings(policy, undefined, RULE_IDS);
const regValues = (): Record<string, string | number> => parseReg(text(P.settingsReg)).keys.get(FIREFOX_SETTINGS_HIVE)!;

describe('Firefox kit: examples as Firefox delivers them', () => {
  it('policies.json settings: under 3rdparty > Extensions > the add-on id, the example settings, no problem', () => {
    const file = JSON.parse(text(P.settingsJson)) as { policies: { '3rdparty': { Extensions: object } } };
    expect(Object.keys(file.policies)).toEqual(['3rdparty']);
    const mine = (file.policies['3rdparty'].Extensions as Record<string, unknown>)[FIREFOX_ID];
    const r = asFirefox(mine);
    expect(r.problems).toEqual([]);
    expect(r.settings).toEqual(EXAMPLES);
    expect(Object.values(r.sources).every((s) => s === 'policy')).toBe(true);
  });

  it('the .reg: lists as JSON text, yes/no as REG_DWORD, and the example settings once read', () => {
    const values = regValues();
    expect(Object.keys(values).sort()).toEqual([...SETTING_KEYS].sort());
    expect(typeof values.extraRules).toBe('string');
    expect(typeof values.disabledRules).toBe('string');
    expect(values.showBrowserAdvice).toBe(EXAMPLES.showBrowserAdvice ? 1 : 0);
    const r = asFirefox(values);
    expect(r.problems).toEqual([]);
    expect(r.settings).toEqual(EXAMPLES);
  });

  it('the ADMX writes what the .reg writes: one REG_SZ per text or JSON, a DWORD 0/1 per yes/no', () => {
    const admx = xmlDoc(text(P.admx));
    const values = regValues();
    const policies = [...admx.getElementsByTagName('policy')];
    expect(policies).toHaveLength(SETTING_KEYS.length);
    expect(admx.getElementsByTagName('list')).toHaveLength(0);
    for (const policy of policies) {
      expect(policy.getAttribute('key')).toBe(FIREFOX_SETTINGS_KEY);
      const box = policy.getElementsByTagName('text')[0] ?? policy.getElementsByTagName('enum')[0];
      const name = box?.getAttribute('valueName') ?? policy.getAttribute('valueName')!;
      if (box) expect(typeof values[name], name).toBe('string');
      else expect(policy.getElementsByTagName('decimal')).toHaveLength(2);
      if (name === 'extraRules' || name === 'disabledRules')
        expect(box?.getAttribute('maxLength')).toBe(String(MAX_JSON_TEXT));
    }
  });

  it('the README documents the encoding the .reg holds, key by key, in both languages', () => {
    const readme = text(P.readme);
    for (const [key, value] of Object.entries(regValues())) {
      const rows = readme.split('\n').filter((l) => l.startsWith(`| \`${key}\` |`));
      expect(rows, key).toHaveLength(2);
      for (const row of rows) expect(row, key).toContain(typeof value === 'number' ? 'REG_DWORD' : 'REG_SZ');
    }
    // The one-line extraRules it shows is what the registry holds, and reads without a problem.
    const line = readme.split('\n').find((l) => l.startsWith('[{"id":'))!;
    expect(line).toBe(regValues().extraRules);
    expect(asFirefox({ extraRules: line }).problems).toEqual([]);
  });
});

type Policies = Record<string, Record<string, Record<string, unknown>>>;

describe('Firefox kit: installing', () => {
  const settingsOf = (path: string): Policies => (JSON.parse(text(path)) as { policies: Policies }).policies;

  it('force-installs the signed XPI from an https address, its button in the toolbar', () => {
    const entry = settingsOf(P.installJson).ExtensionSettings![FIREFOX_ID]!;
    expect(entry).toMatchObject({ installation_mode: 'force_installed', default_area: 'navbar' });
    expect(String(entry.install_url)).toMatch(/^https:\/\/[^/]+\/.*saga-helper-<version>\.xpi$/);
  });

  it('the unsigned path is Debian\u2019s firefox-esr only, and says so where it is shown', () => {
    const policies = settingsOf(P.debianJson);
    expect(policies.ExtensionSettings![FIREFOX_ID]!.install_url).toMatch(/^file:\/\/\/.+\.xpi$/);
    expect(policies.Preferences).toEqual({ 'xpinstall.signatures.required': { Value: false, Status: 'locked' } });
    expect(P.debianJson).toContain('debian-esr-unsigned');
    const readme = text(P.readme);
    const section = readme.slice(readme.indexOf('## 3.'), readme.indexOf('## 4.'));
    expect(section).toContain(`**${UNSIGNED_MARK}**`);
    expect(UNSIGNED_MARK).toMatch(/^Debian firefox-esr only; .*refuse unsigned add-ons\.$/);
    expect(section).toContain(P.debianJson.replace('firefox/', ''));
    expect(readme).toContain('web-ext sign --channel unlisted');
  });
});

describe('Firefox kit beside the Chromium ones', () => {
  it('leaves every Edge and Chrome file as --browser both writes it, README but for its Firefox lines', () => {
    const both = renderAdminKit(inputs, { browsers: BROWSER_IDS });
    for (const [path, content] of both) {
      if (path === 'README.md') continue;
      expect(toBuffer(kit.get(path) ?? '').equals(toBuffer(content)), path).toBe(true);
    }
    const withoutFirefox = text('README.md')
      .split('\n')
      .filter(
        (l, i, all) => !l.includes('firefox/README.md') && !(l === '' && all[i - 1]?.includes('firefox/README.md')),
      )
      .join('\n');
    expect(withoutFirefox).toBe(kitText(both, 'README.md'));
    const firefox = [...Object.values(P).filter((v) => typeof v === 'string'), P.adml('fr'), P.adml('en')];
    expect([...kit.keys()].filter((p) => !both.has(p)).sort()).toEqual(firefox.sort());
  });

  it('is the same whatever id a Chromium kit is made for, and refuses one for itself', () => {
    expect(() =>
      renderAdminKit(inputs, { id: 'abcdefghijklmnopabcdefghijklmnop', browsers: ['edge', 'firefox'] }),
    ).toThrow(/Firefox kit needs none/);
    expect(text(P.settingsReg)).toContain(FIREFOX_ID);
    expect(text(P.admx)).toContain(FIREFOX_ID);
  });
});
