// Firefox's kit. Unlike Chromium: one add-on id for every install (the manifest's gecko id, signed by
// Mozilla), settings under "3rdparty" > "Extensions" > <id> in policies.json or the registry, and no
// managed_schema: Firefox hands values to storage.managed as written (a REG_SZ stays text, a REG_DWORD a
// number), which the extension reads (src/lib/settings-forms.ts). Mozilla's own ADMX templates do not
// cover an extension's settings; its documentation leaves that ADMX to the extension, so the kit has one.
import { FIREFOX_ID, FIREFOX_MIN_VERSION } from '../../src/lib/firefox-id';
import { MAX_JSON_TEXT } from '../../src/lib/settings-forms';
import type { AdmxTarget } from './admx';
import { hklm } from './browsers';
import type { Lang, Setting } from './model';
import { ADML_FOLDER } from './paths';

export const FIREFOX_NAME = 'Mozilla Firefox';
export const FIREFOX_POLICY_ROOT = 'Software\\Policies\\Mozilla\\Firefox';
/** "Extensions" with its capital: Firefox reads the registry's key names as policies.json spells them. */
export const FIREFOX_SETTINGS_KEY = `${FIREFOX_POLICY_ROOT}\\3rdparty\\Extensions\\${FIREFOX_ID}`;
export const FIREFOX_SETTINGS_HIVE = hklm(FIREFOX_SETTINGS_KEY);
/** `npm run package` names the XPI with its version; a new name is also what makes Firefox update it. */
export const XPI_URL = 'https://intranet.example/saga-helper/saga-helper-<version>.xpi';
export const DEBIAN_XPI_URL = 'file:///usr/local/share/saga-helper/saga-helper-<version>.xpi';
export const FIREFOX_MIN = FIREFOX_MIN_VERSION.replace(/\.0$/, '');
/**
 * How the unsigned route is marked wherever it is shown. Checked with Debian's firefox-esr only; Mozilla
 * documents the same switch for its own ESR builds, unchecked here; its release builds ignore it.
 */
export const UNSIGNED_MARK = 'Debian firefox-esr only; Mozilla\u2019s release builds refuse unsigned add-ons.';
/** Signing on AMO's unlisted channel; the code is bundled, so AMO asks for the source (README, "Firefox ESR"). */
export const SIGN_COMMAND =
  'npx web-ext sign --channel unlisted --source-dir dist-firefox --upload-source-code saga-helper-source.zip --api-key "$AMO_JWT_ISSUER" --api-secret "$AMO_JWT_SECRET"';

const dir = 'firefox';
export const FIREFOX_PATHS = {
  readme: `${dir}/README.md`,
  // Firefox reads ONE policies.json: each file here is an example to merge into the establishment's.
  settingsJson: `${dir}/policies-json/settings.policies.example.json`,
  installJson: `${dir}/policies-json/install.policies.example.json`,
  debianJson: `${dir}/policies-json/debian-esr-unsigned.policies.example.json`,
  settingsReg: `${dir}/windows/saga-helper-firefox-settings.reg`,
  settingsRemoveReg: `${dir}/windows/saga-helper-firefox-settings-remove.reg`,
  admx: `${dir}/windows/saga-helper-firefox.admx`,
  adml: (lang: Lang): string => `${dir}/windows/${ADML_FOLDER[lang]}/saga-helper-firefox.adml`,
} as const;

/**
 * The settings as the kit writes them for Firefox's registry: a list is JSON text in one REG_SZ, like
 * extraRules, rather than Chromium's numbered subkey. One value per setting, in the .reg as in the GPO.
 */
export const firefoxSettings = (settings: readonly Setting[]): Setting[] =>
  settings.map((s) => (s.kind === 'list' ? { ...s, kind: 'json' } : s));

export const FIREFOX_ADMX: AdmxTarget = {
  name: FIREFOX_NAME,
  admxName: 'SagaHelperFirefox',
  admxPrefix: 'sagahelperfirefox',
  admxNamespace: 'SagaHelper.Policies.SagaHelperFirefox',
  key: FIREFOX_SETTINGS_KEY,
  id: FIREFOX_ID,
  // The extension reads no longer JSON text (settings-forms.ts): the GPO box takes no more either.
  jsonMax: MAX_JSON_TEXT,
  notes: {
    fr: {
      json: `Saisir un tableau JSON sur une seule ligne (${MAX_JSON_TEXT} caractères au plus) : Firefox transmet le texte tel quel et SAGA Helper le lit comme JSON. Exemple :`,
      level:
        'Firefox transmet les valeurs du registre telles quelles (REG_SZ en texte, REG_DWORD en nombre) ; SAGA Helper les lit comme ce modèle les écrit. Une stratégie fixée dans le registre remplace en entier la même stratégie de policies.json (3rdparty compris).',
    },
    en: {
      json: `Type a JSON array on one line (${MAX_JSON_TEXT} characters at most): Firefox passes the text on as it is and SAGA Helper reads it as JSON. Example:`,
      level:
        'Firefox passes registry values on as they are (REG_SZ as text, REG_DWORD as a number); SAGA Helper reads them as this template writes them. A policy set in the registry replaces the same policy of policies.json whole (3rdparty included).',
    },
  },
};
