import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROWSERS, BROWSER_IDS, hklm } from '../../scripts/admin-kit/browsers';
import { FIREFOX_PATHS, FIREFOX_POLICY_ROOT, FIREFOX_SETTINGS_HIVE } from '../../scripts/admin-kit/firefox';
import { FIREFOX_ID } from '../../src/lib/firefox-id';
import { type Kit, loadInputs, renderAdminKit } from '../../scripts/admin-kit/kit';
import { kitText, parseReg, plistValue, xmlDoc } from '../helpers/kit-files';

// ExtensionInstallForcelist and ExtensionSettings are single values for every extension of the machine:
// a file that sets or deletes them replaces the establishment's own and uninstalls its other
// extensions. No generated file may do that; the ones that show the install line are named examples.
const inputs = loadInputs();
const REAL = 'abcdefghijklmnopabcdefghijklmnop';
const KITS: [string, Kit][] = [
  ['placeholder kit', renderAdminKit(inputs)],
  ['self-hosted kit', renderAdminKit(inputs, { id: REAL, updateUrl: 'https://apps.chu.example/saga/update.xml' })],
  ['Edge store kit', renderAdminKit(inputs, { id: REAL, browsers: ['edge'] })],
  ['Chrome store kit', renderAdminKit(inputs, { id: REAL, browsers: ['chrome'] })],
  ['Firefox kit', renderAdminKit(inputs, { browsers: ['firefox'] })],
];
const INSTALL_POLICIES = ['ExtensionInstallForcelist', 'ExtensionSettings'];
const ROOTS = [...BROWSER_IDS.map((b) => BROWSERS[b].policyRoot), FIREFOX_POLICY_ROOT].map(hklm);
// Chromium's \\policy key of one extension (and its list subkeys), or Firefox's key of SAGA Helper.
const OWN_KEY = new RegExp(
  `\\\\3rdparty\\\\extensions\\\\[A-Za-z_]+\\\\policy(\\\\[A-Za-z]+)?$|^${FIREFOX_SETTINGS_HIVE.replace(/[\\.]/g, '\\$&')}$`,
);

/** Install policies a file would set if it were used as it is. */
function installPoliciesSet(path: string, text: string): string[] {
  if (path.endsWith('.json')) {
    // Chromium's files hold policies at the top; Firefox's policies.json under "policies".
    const value = JSON.parse(text) as Record<string, unknown>;
    const firefox = (value.policies ?? {}) as Record<string, unknown>;
    return INSTALL_POLICIES.filter((k) => k in value || k in firefox);
  }
  if (path.endsWith('.reg')) {
    const { keys } = parseReg(text);
    return [...keys].flatMap(([key, values]) => [
      ...INSTALL_POLICIES.filter((p) => key.endsWith(`\\${p}`) && Object.keys(values).length),
      ...INSTALL_POLICIES.filter((p) => p in values),
    ]);
  }
  if (path.endsWith('.mobileconfig')) {
    const profile = plistValue(xmlDoc(text).documentElement.firstElementChild!) as {
      PayloadContent: Record<string, unknown>[];
    };
    return profile.PayloadContent.flatMap((payload) => INSTALL_POLICIES.filter((p) => p in payload));
  }
  if (path.endsWith('.ps1')) return INSTALL_POLICIES.filter((p) => text.includes(p));
  return [];
}

describe.each(KITS)('%s: nothing replaces the establishment\u2019s install policies', (_, kit) => {
  const files = [...kit.keys()].filter((p) => !p.endsWith('.md') && p !== '.gitattributes');

  it.each(files)('%s', (path) => {
    const text = kitText(kit, path);
    const sets = installPoliciesSet(path, text);
    if (!path.includes('.example.'))
      expect(sets, `${path} sets ${sets.join(', ')} but is not named an example`).toEqual([]);
    if (path.endsWith('.reg')) {
      const { keys, deleted } = parseReg(text);
      for (const key of deleted) expect(key, `${path} deletes ${key}`).toMatch(OWN_KEY);
      for (const [key, values] of keys) {
        if (key.endsWith('\\ExtensionInstallForcelist')) {
          // A GPO list writes 1, 2, 3…: a low number would overwrite one of the establishment's lines.
          for (const name of Object.keys(values)) expect(Number(name), `${path} value ${name}`).toBeGreaterThan(999);
        }
        if (ROOTS.includes(key)) expect(values, `${path}: an active value on the browser's own key`).toEqual({});
      }
    }
    if (path.endsWith('.ps1')) {
      for (const line of text.split(/\r\n/).filter((l) => l.includes('Remove-Item')))
        expect(line).toContain('-Path $key ');
      expect(/^\$key = '([^']+)'$/m.exec(text)?.[1]).toMatch(OWN_KEY);
    }
  });

  it('Linux settings files carry SAGA Helper\u2019s 3rdparty settings only', () => {
    const linux = files.filter((p) => p.includes('/linux/'));
    // A Chromium kit has one per browser; Firefox's Linux route is policies.json (its own test).
    expect(linux.length).toBe(files.filter((p) => p.endsWith('.admx') && !p.startsWith('firefox/')).length);
    for (const path of linux) {
      const value = JSON.parse(kitText(kit, path)) as Record<string, { extensions: Record<string, unknown> }>;
      expect(Object.keys(value), path).toEqual(['3rdparty']);
      expect(Object.keys(value['3rdparty']!)).toEqual(['extensions']);
      expect(Object.keys(value['3rdparty']!.extensions)).toHaveLength(1);
      expect(kitText(kit, path)).not.toMatch(/ExtensionInstallForcelist|ExtensionSettings/);
    }
  });

  it('the one-line ExtensionSettings is one line of JSON holding SAGA Helper\u2019s entry only', () => {
    for (const path of files.filter((p) => p.endsWith('ExtensionSettings.oneline.example.json'))) {
      const text = kitText(kit, path);
      expect(text.trimEnd().split('\n'), path).toHaveLength(1);
      const value = JSON.parse(text) as Record<string, { installation_mode: string }>;
      expect(Object.keys(value)).toHaveLength(1);
      expect(Object.values(value)[0]!.installation_mode).toBe('force_installed');
    }
  });
});

describe('Firefox reads one policies.json: nothing in its kit stands in for the establishment\u2019s', () => {
  const kit = renderAdminKit(inputs, { browsers: ['firefox'] });
  const json = [...kit.keys()].filter((p) => p.endsWith('.json'));

  it('every policies.json is an example to merge, named so', () => {
    expect(json.length).toBeGreaterThan(0);
    for (const path of json) {
      expect(path).toMatch(/\.policies\.example\.json$/);
      expect(Object.keys(JSON.parse(kitText(kit, path)) as object), path).toEqual(['policies']);
    }
  });

  it('an ExtensionSettings example holds SAGA Helper\u2019s entry alone: never "*", never another add-on', () => {
    const install = json.filter((p) => kitText(kit, p).includes('ExtensionSettings'));
    expect(install).toEqual([FIREFOX_PATHS.installJson, FIREFOX_PATHS.debianJson]);
    for (const path of install) {
      const { policies } = JSON.parse(kitText(kit, path)) as { policies: { ExtensionSettings: object } };
      expect(Object.keys(policies.ExtensionSettings), path).toEqual([FIREFOX_ID]);
    }
  });

  it('the .reg files write and delete SAGA Helper\u2019s own key, nothing else', () => {
    for (const path of [FIREFOX_PATHS.settingsReg, FIREFOX_PATHS.settingsRemoveReg]) {
      const { keys, deleted } = parseReg(kitText(kit, path));
      expect(deleted, path).toEqual([FIREFOX_SETTINGS_HIVE]);
      expect(
        [...keys.keys()].filter((k) => k !== FIREFOX_SETTINGS_HIVE),
        path,
      ).toEqual([]);
    }
  });

  it('its page says: add to the existing policy, never a second one, then check about:policies', () => {
    const text = kitText(kit, FIREFOX_PATHS.readme);
    expect(text).toMatch(/n\u2019en\s+créez\s+jamais\s+un\s+second/);
    expect(text).toMatch(/never\s+create\s+a\s+second/);
    expect(text).toContain('about:policies');
    expect(text).toMatch(/registre remplace en entier/);
  });
});

describe('every install instruction says: add to the existing policy, never a second one, then check', () => {
  const kit = renderAdminKit(inputs);
  const docs: [string, string][] = [
    ['docs/admin/README.md', kitText(kit, 'README.md')],
    ['docs/admin/intune.md', kitText(kit, 'intune.md')],
    ['README.md', readFileSync(new URL('../../README.md', import.meta.url), 'utf8')],
  ];
  it.each(docs)('%s', (_, text) => {
    expect(text).toMatch(/n\u2019en\s+créez\s+(jamais\s+)?(pas\s+)?un\s+second/);
    expect(text).toMatch(/never\s+create\s+a\s+second/);
    expect(text).toContain('edge://policy');
    expect(text).toContain('chrome://policy');
  });
});
