// The Firefox build's manifest, derived from manifest.json (written for Chromium) so that one file stays
// the source of truth: the same permissions, hosts, content scripts, pages and icons, with what Firefox
// needs added and what it does not know taken out. Pure, so the tests check it without a build.
import { FIREFOX_ID, FIREFOX_MIN_VERSION } from '../src/lib/firefox-id';

/** A manifest.json as read. */
export type Manifest = Record<string, unknown>;

/** esbuild's target for dist-firefox/: the oldest Firefox ESR the add-on declares. */
export const FIREFOX_TARGET = `firefox${FIREFOX_MIN_VERSION.split('.')[0]}`;

/** browser_specific_settings of the Firefox manifest. */
export const GECKO_SETTINGS = {
  gecko: {
    id: FIREFOX_ID,
    strict_min_version: FIREFOX_MIN_VERSION,
    // Firefox (140 and later) shows this at install, and AMO requires it of new add-ons: SAGA Helper sends
    // nothing anywhere (PRIVACY.md). 'none' must stand alone (addons-linter NONE_DATA_COLLECTION_IS_EXCLUSIVE).
    data_collection_permissions: { required: ['none'] },
  },
  // No gecko_android on purpose: AMO offers an add-on for Android when the key is present, and SAGA Helper
  // is for the directors' desktop browsers.
} as const;

/** A web_accessible_resources entry as manifest.json writes it. */
interface Resources {
  readonly resources: readonly string[];
  readonly matches?: readonly string[];
  readonly use_dynamic_url?: boolean;
}

// Chromium's keys, left out: Firefox reads strict_min_version instead of minimum_chrome_version; it does not
// apply storage.managed_schema and warns of an unknown key (policies.json hands values over as they are,
// and the settings module checks every value anyway).
const CHROMIUM_ONLY = new Set(['minimum_chrome_version', 'storage']);

/** background.service_worker as background.scripts, which Firefox runs as an event page. */
function backgroundScripts(background: unknown): Manifest {
  const worker = (background as { service_worker?: unknown } | undefined)?.service_worker;
  if (typeof worker !== 'string') throw new Error('manifest.json: no background.service_worker to run in Firefox');
  return { scripts: [worker] };
}

/**
 * The Firefox manifest for a built manifest.json, its keys in the same order: Firefox refuses a background
 * that is a service_worker alone ("Add background.scripts"), and needs an add-on id (added last).
 */
export function firefoxManifest(manifest: Manifest): Manifest {
  const background = backgroundScripts(manifest.background);
  const out: Manifest = {};
  for (const [key, value] of Object.entries(manifest)) {
    if (CHROMIUM_ONLY.has(key)) continue;
    if (key === 'background') out[key] = background;
    else if (key === 'web_accessible_resources' && Array.isArray(value)) {
      // use_dynamic_url is Chromium's (Firefox warns of an unknown property) and Firefox needs none: its
      // moz-extension:// host is a random UUID per profile, never the add-on id.
      out[key] = (value as Resources[]).map(({ use_dynamic_url: _dynamic, ...entry }) => entry);
    } else out[key] = value;
  }
  out.browser_specific_settings = GECKO_SETTINGS;
  return out;
}
