import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROWSERS, BROWSER_IDS } from '../../scripts/admin-kit/browsers';
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
];
const INSTALL_POLICIES = ['ExtensionInstallForcelist', 'ExtensionSettings'];
const ROOTS = BROWSER_IDS.map((b) => `HKEY_LOCAL_MACHINE\\${BROWSERS[b].policyRoot.replace(/^Software/, 'SOFTWARE')}`);
const OWN_KEY = /\\3rdparty\\extensions\\[A-Za-z_]+\\policy(\\[A-Za-z]+)?$/;

/** Install policies a file would set if it were used as it is. */
function installPoliciesSet(path: string, text: string): string[] {
  if (path.endsWith('.json')) {
    const value = JSON.parse(text) as Record<string, unknown>;
    return INSTALL_POLICIES.filter((k) => k in value);
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
    expect(linux.length).toBeGreaterThan(0);
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
