// The whole kit as a map of path -> bytes: pure, the same input always gives the same bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_IDS } from '../../src/rules/index';
import { chromiumAdmxTarget, renderAdml, renderAdmx } from './admx';
import { BROWSER_IDS, isChromium, KIT_BROWSER_IDS, type KitBrowserId } from './browsers';
import { FIREFOX_ADMX, FIREFOX_MIN, FIREFOX_PATHS, firefoxSettings } from './firefox';
import {
  renderFirefoxDebianJson,
  renderFirefoxInstallJson,
  renderFirefoxSettingsJson,
  renderFirefoxSettingsReg,
  renderFirefoxSettingsRemoveReg,
} from './firefox-files';
import { renderFirefoxReadme } from './firefox-readme';
import { renderIntune } from './intune';
import { buildSettings, type Messages, type Schema, type Setting } from './model';
import { kitPaths } from './paths';
import {
  renderExtensionSettingsExample,
  renderExtensionSettingsOneLine,
  renderLinuxSettings,
  renderSettingsMobileconfig,
} from './profiles';
import { renderReadme } from './readme';
import {
  renderExtensionSettingsExampleReg,
  renderForcelistExampleReg,
  renderSettingsPs1,
  renderSettingsReg,
  renderSettingsRemovePs1,
  renderSettingsRemoveReg,
} from './registry';
import { buildTargets, checkTargetOptions } from './targets';

export type Kit = Map<string, Buffer | string>;

export interface KitInputs {
  readonly schema: Schema;
  readonly fr: Messages;
  readonly en: Messages;
  readonly ruleIds: readonly string[];
  readonly minVersion: string;
}

export interface KitOptions {
  /** Default: all three; with an id (a Chromium id), Edge and Chrome. */
  readonly browsers?: readonly KitBrowserId[];
  readonly id?: string | undefined;
  readonly updateUrl?: string | undefined;
}

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const KIT_DIR = join(ROOT, 'docs', 'admin');

/** Everything the kit is made from, read from the repository. */
export function loadInputs(root = ROOT): KitInputs {
  const read = (p: string): string => readFileSync(join(root, p), 'utf8');
  const manifest = JSON.parse(read('manifest.json')) as { minimum_chrome_version?: string };
  return {
    schema: JSON.parse(read('src/managed-schema.json')) as Schema,
    fr: JSON.parse(read('src/_locales/fr/messages.json')) as Messages,
    en: JSON.parse(read('src/_locales/en/messages.json')) as Messages,
    ruleIds: [...RULE_IDS].sort(),
    minVersion: manifest.minimum_chrome_version ?? '111',
  };
}

/** Firefox's files: one add-on id, so the same whatever --id says (firefox.ts). */
function addFirefox(kit: Kit, settings: readonly Setting[], ruleIds: readonly string[]): void {
  const p = FIREFOX_PATHS;
  const ctx = { ruleIds, minVersion: FIREFOX_MIN };
  const asRegistry = firefoxSettings(settings);
  kit.set(p.readme, renderFirefoxReadme(settings));
  kit.set(p.settingsJson, renderFirefoxSettingsJson(settings));
  kit.set(p.installJson, renderFirefoxInstallJson());
  kit.set(p.debianJson, renderFirefoxDebianJson());
  kit.set(p.settingsReg, renderFirefoxSettingsReg(settings));
  kit.set(p.settingsRemoveReg, renderFirefoxSettingsRemoveReg());
  kit.set(p.admx, renderAdmx(asRegistry, FIREFOX_ADMX));
  kit.set(p.adml('fr'), renderAdml(asRegistry, 'fr', FIREFOX_ADMX, ctx));
  kit.set(p.adml('en'), renderAdml(asRegistry, 'en', FIREFOX_ADMX, ctx));
}

export function renderAdminKit(inputs: KitInputs, opts: KitOptions = {}): Kit {
  const browsers = opts.browsers ?? (opts.id ? BROWSER_IDS : KIT_BROWSER_IDS);
  const chromium = browsers.filter(isChromium);
  const firefox = browsers.includes('firefox');
  checkTargetOptions(opts, chromium, firefox);
  const settings = buildSettings(inputs.schema, inputs.fr, inputs.en);
  const kits = chromium.map((b) => buildTargets(b, opts));
  const ctx = { ruleIds: inputs.ruleIds, minVersion: inputs.minVersion };
  const kit: Kit = new Map<string, Buffer | string>([
    ['.gitattributes', '# Generated files, compared byte for byte: no line-ending conversion.\n* -text\n'],
  ]);
  // The README and intune.md are the Chromium kits' pages; Firefox's page is firefox/README.md.
  if (kits.length) {
    kit.set('README.md', renderReadme(settings, kits, inputs.ruleIds, firefox));
    kit.set('intune.md', renderIntune(settings, kits));
  }
  for (const t of kits) {
    const p = kitPaths(t.browser);
    const admx = chromiumAdmxTarget(t);
    kit.set(p.admx, renderAdmx(settings, admx));
    kit.set(p.adml('fr'), renderAdml(settings, 'fr', admx, ctx));
    kit.set(p.adml('en'), renderAdml(settings, 'en', admx, ctx));
    kit.set(p.settingsReg, renderSettingsReg(settings, t));
    kit.set(p.settingsRemoveReg, renderSettingsRemoveReg(t));
    kit.set(p.settingsPs1, renderSettingsPs1(settings, t));
    kit.set(p.settingsRemovePs1, renderSettingsRemovePs1(t));
    kit.set(p.mobileconfig, renderSettingsMobileconfig(settings, t));
    kit.set(p.linux, renderLinuxSettings(settings, t));
    kit.set(p.forcelistReg, renderForcelistExampleReg(t));
    kit.set(p.extSettingsJson, renderExtensionSettingsExample(t));
    kit.set(p.extSettingsOneLine, renderExtensionSettingsOneLine(t));
    kit.set(p.extSettingsReg, renderExtensionSettingsExampleReg(t));
  }
  if (firefox) addFirefox(kit, settings, inputs.ruleIds);
  return kit;
}

export const toBuffer = (content: Buffer | string): Buffer =>
  Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');

export function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
  } catch {
    return [];
  }
}

/** Kit paths whose bytes on disk differ from `kit`, are missing, or are not generated at all. */
export function staleFiles(kit: Kit, dir: string): string[] {
  const stale: string[] = [];
  for (const [path, content] of kit) {
    let onDisk: Buffer | null = null;
    try {
      onDisk = readFileSync(join(dir, path));
    } catch {
      /* missing counts as stale */
    }
    if (!onDisk || !onDisk.equals(toBuffer(content))) stale.push(path);
  }
  for (const path of listFiles(dir)) if (!kit.has(path)) stale.push(`${path} (not generated: delete it)`);
  return stale;
}
