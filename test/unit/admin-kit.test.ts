import { describe, expect, it } from 'vitest';
import { BROWSER_IDS, BROWSERS } from '../../scripts/admin-kit/browsers';
import { KIT_DIR, loadInputs, renderAdminKit, staleFiles } from '../../scripts/admin-kit/kit';
import { ENUMS, EXAMPLES } from '../../scripts/admin-kit/model';
import { kitPaths } from '../../scripts/admin-kit/paths';
import { LOOP_DONE, LOOP_DRAFT } from '../../scripts/admin-kit/readme-loop';
import { SELF_HOSTED_ID, SELF_HOSTED_UPDATE_URL } from '../../scripts/admin-kit/targets';
import { resolveSettings } from '../../src/lib/settings-resolve';
import { entryLine } from '../../src/lib/unknown-rule';
import { RULE_IDS } from '../../src/rules/index';
import { kitText, parseReg, plistValue, typeErrors, xmlDoc } from '../helpers/kit-files';

const inputs = loadInputs();
const kit = renderAdminKit(inputs);
const KEYS = Object.keys(inputs.schema.properties);
const REAL_ID = 'abcdefghijklmnopabcdefghijklmnop';
const bytes = (c: Buffer | string | undefined): Buffer =>
  typeof c === 'string' ? Buffer.from(c) : (c ?? Buffer.alloc(0));

describe('admin kit', () => {
  it('docs/admin/ is what the generator writes for both browsers, byte for byte (else run npm run admin-kit)', () => {
    expect(staleFiles(kit, KIT_DIR)).toEqual([]);
  });

  it('renders the same bytes every time', () => {
    const again = renderAdminKit(loadInputs());
    expect([...again.keys()]).toEqual([...kit.keys()]);
    for (const [path, content] of again) expect(bytes(content).equals(bytes(kit.get(path))), path).toBe(true);
  });

  it('tells IT, in French and English, how a director\u2019s report of an unknown message becomes a rule', () => {
    const readme = kitText(kit, 'README.md');
    expect(readme).toContain('## 8. Un message inconnu : du signalement à la règle');
    expect(readme).toContain('### Unknown messages: from a director\u2019s report to a rule');
    for (const word of ['reportEmail', 'Tester une règle', 'GPO', '.reg', 'Intune', 'Linux', 'macOS'])
      expect(readme).toContain(word);
    // The entries it shows are the extension's own: the draft as a report carries it, then completed.
    expect(readme).toContain(entryLine(LOOP_DRAFT));
    expect(readme).toContain(JSON.stringify([LOOP_DONE]));
    for (const rule of [LOOP_DRAFT, LOOP_DONE])
      expect(resolveSettings({ extraRules: [rule] }, undefined, RULE_IDS).problems).toEqual([]);
  });

  it('reads the extension itself: rule ids and locale choices', () => {
    expect(inputs.ruleIds).toEqual([...RULE_IDS].sort());
    for (const locale of ENUMS.locale!) expect(resolveSettings({ locale }, undefined, RULE_IDS).problems).toEqual([]);
    for (const id of RULE_IDS) expect(kitText(kit, 'README.md')).toContain(`\`${id}\``);
  });

  it.each(BROWSER_IDS)(
    '%s: names every schema key in the ADMX, ADMLs, .reg, .ps1, profile, Linux file, Intune and README',
    (b) => {
      const p = kitPaths(BROWSERS[b]);
      const admx = xmlDoc(kitText(kit, p.admx));
      expect([...admx.getElementsByTagName('policy')].map((e) => e.getAttribute('name'))).toEqual(
        KEYS.map((k) => `${BROWSERS[b].admxName}_${k}`),
      );
      const reg = parseReg(kitText(kit, p.settingsReg));
      const regKeys = [...reg.keys].flatMap(([path, values]) =>
        path.endsWith('\\policy') ? Object.keys(values) : [path.split('\\').pop()],
      );
      expect(regKeys.sort()).toEqual([...KEYS].sort());
      for (const path of [p.settingsPs1, p.mobileconfig, 'intune.md', 'README.md']) {
        for (const key of KEYS) expect(kitText(kit, path), `${key} in ${path}`).toContain(key);
      }
      const linux = JSON.parse(kitText(kit, p.linux));
      expect(Object.keys(linux['3rdparty'].extensions[BROWSERS[b].storeIdPlaceholder])).toEqual(KEYS);
    },
  );

  it.each(BROWSER_IDS)('%s: example values are accepted by the schema and by the extension, on every platform', (b) => {
    const browser = BROWSERS[b];
    const p = kitPaths(browser);
    const id = browser.storeIdPlaceholder;
    const linux = JSON.parse(kitText(kit, p.linux))['3rdparty'].extensions[id];
    const profile = plistValue(xmlDoc(kitText(kit, p.mobileconfig)).documentElement.firstElementChild!) as {
      PayloadContent: Record<string, unknown>[];
    };
    expect(profile.PayloadContent).toHaveLength(1);
    const mac = profile.PayloadContent.find((x) => x.PayloadType === `${browser.macDomain}.extensions.${id}`)!;
    const macSettings = Object.fromEntries(Object.entries(mac).filter(([k]) => !k.startsWith('Payload')));
    for (const settings of [linux, macSettings]) {
      expect(settings).toEqual(EXAMPLES);
      expect(typeErrors(settings, inputs.schema, 'policy')).toEqual([]);
      expect(resolveSettings(settings, undefined, RULE_IDS).problems).toEqual([]);
    }
    const reg = parseReg(kitText(kit, p.settingsReg));
    const policy = reg.keys.get(
      `HKEY_LOCAL_MACHINE\\${browser.policyRoot.replace(/^Software/, 'SOFTWARE')}\\3rdparty\\extensions\\${id}\\policy`,
    )!;
    expect(JSON.parse(String(policy.extraRules))).toEqual(EXAMPLES.extraRules);
    expect(policy.showBrowserAdvice).toBe(EXAMPLES.showBrowserAdvice ? 1 : 0);
  });

  it.each(
    BROWSER_IDS.flatMap((b) => {
      const p = kitPaths(BROWSERS[b]);
      return [p.settingsReg, p.settingsRemoveReg, p.forcelistReg, p.extSettingsReg];
    }),
  )('%s is UTF-16LE with a BOM, the regedit header and CRLF lines', (path) => {
    expect([...(kit.get(path) as Buffer).subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(kitText(kit, path).startsWith('Windows Registry Editor Version 5.00\r\n\r\n')).toBe(true);
    expect(kitText(kit, path)).not.toMatch(/[^\r]\n/);
  });

  it.each(BROWSER_IDS)('%s: the apply and remove scripts touch the same key, SAGA Helper\u2019s only', (b) => {
    const p = kitPaths(BROWSERS[b]);
    const keyOf = (ps1: string): string => /^\$key = '([^']+)'$/m.exec(ps1)![1]!;
    const apply = kitText(kit, p.settingsPs1);
    const remove = kitText(kit, p.settingsRemovePs1);
    expect(keyOf(remove)).toBe(keyOf(apply));
    expect(keyOf(apply)).toMatch(/\\3rdparty\\extensions\\[A-Z_]+\\policy$/);
    expect(remove).toContain('Remove-Item -Path $key -Recurse -Force');
    expect(remove).not.toMatch(/New-Item/);
    expect(parseReg(kitText(kit, p.settingsRemoveReg)).deleted).toEqual([
      `HKEY_LOCAL_MACHINE\\${keyOf(apply).slice('HKLM:\\'.length)}`,
    ]);
  });

  it('puts a real id everywhere, with no placeholder left', () => {
    const hosted = renderAdminKit(inputs, { id: REAL_ID, updateUrl: 'https://apps.chu.example/saga/update.xml' });
    const store = renderAdminKit(inputs, { id: REAL_ID, browsers: ['chrome'] });
    for (const files of [hosted, store]) {
      for (const path of files.keys()) {
        const body = kitText(files, path);
        for (const placeholder of [
          ...BROWSER_IDS.map((b) => BROWSERS[b].storeIdPlaceholder),
          SELF_HOSTED_ID,
          SELF_HOSTED_UPDATE_URL,
        ])
          expect(body, path).not.toContain(placeholder);
        if (path !== '.gitattributes') expect(body, path).toContain(REAL_ID);
      }
    }
    expect([...store.keys()].some((p) => p.startsWith('edge/'))).toBe(false);
    expect(kitText(store, kitPaths(BROWSERS.chrome).extSettingsOneLine)).toContain(
      `"update_url":"${BROWSERS.chrome.storeUpdateUrl}"`,
    );
    expect(() => renderAdminKit(inputs, { id: 'not-an-id', browsers: ['edge'] })).toThrow(/32 letters/);
    expect(() => renderAdminKit(inputs, { updateUrl: 'https://x.example/u.xml' })).toThrow(/--id/);
    expect(() => renderAdminKit(inputs, { id: REAL_ID })).toThrow(/belongs to one store/);
  });

  it('prefers the locale\u2019s French texts, except where the options page describes its own control', () => {
    const fr = {
      ...inputs.fr,
      setting_adminEmail_label: { message: 'Adresse XYZ' },
      setting_disabledRules_label: { message: 'Aides affichées' },
    };
    const adml = kitText(renderAdminKit({ ...inputs, fr }), kitPaths(BROWSERS.edge).adml('fr'));
    expect(adml).toContain('<string id="SagaHelperEdge_adminEmail">Adresse XYZ</string>');
    expect(adml).toContain('<string id="SagaHelperEdge_disabledRules">Règles désactivées</string>');
    expect(() => renderAdminKit({ ...inputs, fr: {} })).toThrow(/setting_adminEmail_label/);
  });

  it('intune.md sends lists as numbered pairs, and says which route works for which browser', () => {
    const intune = kitText(kit, 'intune.md');
    expect(intune).toContain('<enabled/><data id="disabledRules" value="1&#xF000;browser-not-recommended"/>');
    expect(intune).toContain(
      './Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/SagaHelperChrome/Policy/SagaHelperChromeAdmx',
    );
    expect(intune).not.toContain('ADMXInstall/SagaHelperEdge');
    expect(intune).toMatch(/\| Microsoft Edge \|[^\n]*\| non/);
    expect(intune).toMatch(/\| Google Chrome \|[^\n]*\| oui \|\n/);
  });

  it('states the REG_SZ / REG_DWORD conversion as Chromium does it', () => {
    const readme = kitText(kit, 'README.md');
    expect(readme).toContain('convertit aussi un REG_SZ qui contient un nombre');
    expect(readme).not.toMatch(/texte au lieu d\u2019un REG_DWORD[^.]*est écartée/);
  });
});
