import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { KIT_DIR, loadInputs, renderAdminKit, staleFiles } from '../../scripts/admin-kit.mjs';
import { DEFAULTS, ENUMS, EXAMPLES, STORE_ID, SELF_HOSTED_ID, SELF_HOSTED_UPDATE_URL } from '../../scripts/admin-kit/model.mjs';
import { DEFAULT_SETTINGS } from '../../src/lib/settings';
import { resolveSettings } from '../../src/lib/settings-resolve';
import { RULES } from '../../src/rules/index';

const inputs = loadInputs();
const kit = renderAdminKit(inputs);
const KEYS = Object.keys(inputs.schema.properties);
const RULE_IDS = RULES.map((r) => r.id);
const REAL_ID = 'abcdefghijklmnopabcdefghijklmnop';
const XML_FILES = ['windows/saga-helper.admx', 'windows/fr-FR/saga-helper.adml', 'windows/en-US/saga-helper.adml', 'macos/saga-helper.mobileconfig'];
const REG_FILES = ['windows/saga-helper-policy.reg', 'edge/ExtensionInstallForcelist.reg'];
const { window } = new JSDOM('');

/** Text of a kit file; .reg files are UTF-16LE after their BOM. */
function text(files: Map<string, Buffer | string>, path: string): string {
  const content = files.get(path);
  if (content === undefined) throw new Error(`no ${path} in the kit`);
  if (typeof content === 'string') return content;
  return path.endsWith('.reg') ? content.subarray(2).toString('utf16le') : content.toString('utf8');
}

function parseXml(xml: string): Document {
  const doc = new window.DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror').length, 'XML must be well-formed').toBe(0);
  return doc;
}

const attrs = (doc: Document, tag: string, attr: string): string[] =>
  [...doc.getElementsByTagName(tag)].map((e) => e.getAttribute(attr) ?? '');

/** A plist element as a plain value (only the types the kit writes). */
function plistValue(el: Element): unknown {
  const kids = [...el.children];
  switch (el.tagName) {
    case 'string': return el.textContent;
    case 'integer': return Number(el.textContent);
    case 'true': return true;
    case 'false': return false;
    case 'array': return kids.map(plistValue);
    case 'dict': return Object.fromEntries(kids.filter((_, i) => i % 2 === 0).map((k, i) => [k.textContent, plistValue(kids[2 * i + 1]!)]));
    default: throw new Error(`unexpected plist element ${el.tagName}`);
  }
}

type SchemaNode = { type?: string; items?: SchemaNode; properties?: Record<string, SchemaNode> };
/** Where `value` breaks the schema's types: the types Chromium checks before storage.managed. */
function typeErrors(value: unknown, schema: SchemaNode, path: string): string[] {
  if (schema.type === 'array') {
    return Array.isArray(value) ? value.flatMap((v, i) => typeErrors(v, schema.items ?? {}, `${path}[${i}]`)) : [path];
  }
  if (schema.type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [path];
    return Object.entries(value).flatMap(([k, v]) =>
      schema.properties?.[k] ? typeErrors(v, schema.properties[k]!, `${path}.${k}`) : [`${path}.${k} (not in the schema)`]);
  }
  return typeof value === schema.type ? [] : [path];
}

/** Values of a .reg file, key by key (strings unescaped, dwords as numbers). */
function parseReg(reg: string): Map<string, Record<string, string | number>> {
  const keys = new Map<string, Record<string, string | number>>();
  let current: Record<string, string | number> | null = null;
  for (const line of reg.split('\r\n')) {
    const key = /^\[([^-].*)\]$/.exec(line);
    if (key) keys.set(key[1]!, (current = {}));
    const value = /^"([^"]+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (value && current) current[value[1]!] = value[3] ? parseInt(value[3], 16) : value[2]!.replace(/\\(.)/g, '$1');
  }
  return keys;
}

describe('admin kit', () => {
  it('docs/admin/ is what the generator writes, byte for byte (else run npm run admin-kit)', () => {
    expect(staleFiles(kit, KIT_DIR)).toEqual([]);
  });

  it('renders the same bytes every time', () => {
    const again = renderAdminKit(loadInputs());
    expect([...again.keys()]).toEqual([...kit.keys()]);
    const bytes = (c: Buffer | string | undefined) => (typeof c === 'string' ? Buffer.from(c) : c ?? Buffer.alloc(0));
    for (const [path, content] of again) expect(bytes(content).equals(bytes(kit.get(path))), path).toBe(true);
  });

  it('mirrors the extension: defaults, locale choices and rule ids', () => {
    expect(DEFAULTS).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(DEFAULTS).sort()).toEqual([...KEYS].sort());
    for (const locale of ENUMS.locale!) expect(resolveSettings({ locale }, undefined, RULE_IDS).problems).toEqual([]);
    expect(resolveSettings({ locale: 'de' }, undefined, RULE_IDS).problems).toHaveLength(1);
    expect(inputs.ruleIds).toEqual([...RULE_IDS].sort());
  });

  it('names every schema key in the ADMX, both ADMLs, the .reg, the .ps1, the profile, the Linux file and Intune', () => {
    const admx = parseXml(text(kit, 'windows/saga-helper.admx'));
    expect(attrs(admx, 'policy', 'name')).toEqual(KEYS);
    for (const lang of ['fr-FR', 'en-US']) {
      const adml = parseXml(text(kit, `windows/${lang}/saga-helper.adml`));
      const strings = attrs(adml, 'string', 'id');
      for (const key of KEYS) expect(strings).toEqual(expect.arrayContaining([key, `${key}_Explain`]));
      expect(attrs(adml, 'presentation', 'id')).toEqual(KEYS);
    }
    const reg = parseReg(text(kit, 'windows/saga-helper-policy.reg'));
    const regKeys = [...reg.entries()].flatMap(([path, values]) => (path.endsWith('\\policy') ? Object.keys(values) : [path.split('\\').pop()]));
    expect(regKeys.sort()).toEqual([...KEYS].sort());
    for (const path of ['windows/saga-helper-policy.ps1', 'macos/saga-helper.mobileconfig', 'intune.md', 'README.md']) {
      for (const key of KEYS) expect(text(kit, path), `${key} in ${path}`).toContain(key);
    }
    const linux = JSON.parse(text(kit, 'linux/saga-helper.json'));
    expect(Object.keys(linux['3rdparty'].extensions[SELF_HOSTED_ID])).toEqual(KEYS);
  });

  it('writes well-formed XML whose references all resolve', () => {
    for (const path of XML_FILES) parseXml(text(kit, path));
    expect(() => parseXml('<a><b></a>')).toThrow(); // the check itself catches a broken file
    const admx = parseXml(text(kit, 'windows/saga-helper.admx'));
    const refs = (pattern: RegExp) => [...text(kit, 'windows/saga-helper.admx').matchAll(pattern)].map((m) => m[1]);
    const elementIds = ['text', 'list', 'enum'].flatMap((tag) => attrs(admx, tag, 'id'));
    for (const lang of ['fr-FR', 'en-US']) {
      const adml = parseXml(text(kit, `windows/${lang}/saga-helper.adml`));
      expect(attrs(adml, 'string', 'id')).toEqual(expect.arrayContaining(refs(/\$\(string\.([^)]+)\)/g)));
      expect(attrs(adml, 'presentation', 'id')).toEqual(expect.arrayContaining(refs(/\$\(presentation\.([^)]+)\)/g)));
      const refIds = ['textBox', 'listBox', 'dropdownList'].flatMap((tag) => attrs(adml, tag, 'refId'));
      expect(refIds.sort()).toEqual([...elementIds].sort());
    }
    const categories = attrs(admx, 'category', 'name');
    expect(categories).toHaveLength(2);
    expect(attrs(admx, 'parentCategory', 'ref').filter((r) => r === categories[1])).toHaveLength(KEYS.length);
  });

  it('gives example values the schema and the extension both accept, on every platform', () => {
    const linux = JSON.parse(text(kit, 'linux/saga-helper.json'))['3rdparty'].extensions[SELF_HOSTED_ID];
    const profile = plistValue(parseXml(text(kit, 'macos/saga-helper.mobileconfig')).documentElement.firstElementChild!) as {
      PayloadContent: Record<string, unknown>[];
    };
    const mac = profile.PayloadContent.find((p) => p.PayloadType === `com.microsoft.Edge.extensions.${STORE_ID}`)!;
    const macSettings = Object.fromEntries(Object.entries(mac).filter(([k]) => !k.startsWith('Payload')));
    for (const settings of [linux, macSettings]) {
      expect(settings).toEqual(EXAMPLES);
      expect(typeErrors(settings, inputs.schema as SchemaNode, 'policy')).toEqual([]);
      expect(resolveSettings(settings, undefined, RULE_IDS).problems).toEqual([]);
    }
    const reg = parseReg(text(kit, 'windows/saga-helper-policy.reg'));
    const policy = reg.get(`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${STORE_ID}\\policy`)!;
    expect(JSON.parse(String(policy.extraRules))).toEqual(EXAMPLES.extraRules);
    expect(policy.showBrowserAdvice).toBe(EXAMPLES.showBrowserAdvice ? 1 : 0);
  });

  it.each(REG_FILES)('%s is UTF-16LE with a BOM, the regedit header and CRLF lines', (path) => {
    const bytes = kit.get(path) as Buffer;
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(text(kit, path).startsWith('Windows Registry Editor Version 5.00\r\n\r\n')).toBe(true);
    expect(text(kit, path)).not.toMatch(/[^\r]\n/);
  });

  it('puts a real id everywhere with --id, with no placeholder left', () => {
    const store = renderAdminKit({ ...inputs, id: REAL_ID });
    const hosted = renderAdminKit({ ...inputs, id: REAL_ID, updateUrl: 'https://apps.chu.example/saga/update.xml' });
    for (const [files, url] of [[store, 'https://edge.microsoft.com/extensionwebstorebase/v1/crx'], [hosted, 'https://apps.chu.example/saga/update.xml']] as const) {
      expect([...files.keys()]).toEqual([...kit.keys()]);
      for (const path of files.keys()) {
        const body = text(files, path);
        for (const placeholder of [STORE_ID, SELF_HOSTED_ID, SELF_HOSTED_UPDATE_URL]) expect(body, path).not.toContain(placeholder);
        if (path !== '.gitattributes') expect(body, path).toContain(REAL_ID);
        for (const xml of XML_FILES) parseXml(text(files, xml));
      }
      expect(JSON.parse(text(files, 'linux/saga-helper.json')).ExtensionInstallForcelist).toEqual([`${REAL_ID};${url}`]);
      expect(text(files, 'edge/ExtensionInstallForcelist.reg')).toContain(`"1"="${REAL_ID};${url}"`);
    }
    expect(() => renderAdminKit({ ...inputs, id: 'not-an-id' })).toThrow(/32 letters/);
    expect(() => renderAdminKit({ ...inputs, updateUrl: 'https://x.example/u.xml' })).toThrow(/--id/);
  });

  it('prefers the locale\u2019s French texts, except where the options page describes its own control', () => {
    const fr = { setting_adminEmail_label: { message: 'Adresse XYZ' }, setting_disabledRules_label: { message: 'Aides affichées' } };
    const adml = text(renderAdminKit({ ...inputs, fr }), 'windows/fr-FR/saga-helper.adml');
    expect(adml).toContain('<string id="adminEmail">Adresse XYZ</string>');
    expect(adml).toContain('<string id="disabledRules">Règles désactivées</string>');
    expect(text(renderAdminKit({ ...inputs, fr: {} }), 'windows/fr-FR/saga-helper.adml')).toContain('<string id="locale">Langue</string>');
  });

  it('sends Intune lists as numbered name/value pairs', () => {
    expect(text(kit, 'intune.md')).toContain('<enabled/><data id="disabledRules" value="1&#xF000;browser-not-recommended"/>');
  });

  describe('command line', () => {
    const script = fileURLToPath(new URL('../../scripts/admin-kit.mjs', import.meta.url));
    const tmp = mkdtempSync(join(tmpdir(), 'admin-kit-'));
    afterAll(() => rmSync(tmp, { recursive: true, force: true }));
    const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: tmp, encoding: 'utf8' });

    it('--check passes on docs/admin/ and names stale files elsewhere, writing nothing', () => {
      expect(run('--check').status).toBe(0);
      const stale = run('--check', '--out', 'empty');
      expect(stale.status).toBe(1);
      expect(stale.stderr).toContain('windows/saga-helper.admx');
      expect(existsSync(join(tmp, 'empty'))).toBe(false);
    });

    it('--id --out writes a kit for that id; bad arguments change nothing', () => {
      expect(run('--id', REAL_ID, '--out', 'kit').status).toBe(0);
      const admx = readFileSync(join(tmp, 'kit/windows/saga-helper.admx'), 'utf8');
      expect(admx).toBe(text(renderAdminKit({ ...inputs, id: REAL_ID }), 'windows/saga-helper.admx'));
      expect(run('--id', REAL_ID).status).toBe(2); // without --out it would overwrite docs/admin/
      expect(run('--id', 'nope', '--out', 'bad').status).toBe(2);
    });
  });
});
