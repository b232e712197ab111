// Which extension id, installed from where, each browser's kit is for. The default kit shows both
// ways (store and self-hosted) with placeholders; a kit made with --id holds one id and nothing to
// replace.
import { BROWSERS, type Browser, type BrowserId } from './browsers';
import { EXTENSION_ID } from './model';

export const SELF_HOSTED_ID = 'SELF_HOSTED_EXTENSION_ID';
export const SELF_HOSTED_UPDATE_URL = 'https://intranet.example/saga-helper/update.xml';

export interface Target {
  readonly id: string;
  readonly updateUrl: string;
  readonly source: 'store' | 'self-hosted';
}

export interface Targets {
  readonly browser: Browser;
  /** The id the settings files are written for. */
  readonly primary: Target;
  /** The install lines to choose from (one of them goes into the establishment's policy). */
  readonly install: readonly Target[];
  readonly placeholders: boolean;
}

export interface TargetOptions {
  readonly id?: string | undefined;
  readonly updateUrl?: string | undefined;
}

/**
 * Checks the options once for every browser asked for (the Chromium ones, and whether Firefox is one);
 * throws with the reason.
 */
export function checkTargetOptions(opts: TargetOptions, browsers: readonly BrowserId[], firefox = false): void {
  // Firefox's add-on id is fixed (src/lib/firefox-id.ts): an id given is a Chromium one, which it cannot take.
  if (opts.id && firefox)
    throw new Error(
      '--id is a Chromium extension id; the Firefox kit needs none: drop --id, or firefox from --browser',
    );
  if (opts.updateUrl && !opts.id) throw new Error('--update-url goes with --id');
  if (opts.updateUrl && !/^https:\/\/[^\s"'<>;&]+$/.test(opts.updateUrl)) {
    throw new Error(`--update-url ${opts.updateUrl}: an https address`);
  }
  if (opts.id && !EXTENSION_ID.test(opts.id)) throw new Error(`--id ${opts.id}: an extension id is 32 letters a to p`);
  if (opts.id && !opts.updateUrl && browsers.length > 1) {
    // Each store gives the extension its own id: one store id cannot be right for both browsers.
    throw new Error(
      '--id without --update-url is a store id, which belongs to one store: add --browser edge or --browser chrome',
    );
  }
}

export function buildTargets(browserId: BrowserId, opts: TargetOptions = {}): Targets {
  const browser = BROWSERS[browserId];
  checkTargetOptions(opts, [browserId]);
  if (!opts.id) {
    const store: Target = { id: browser.storeIdPlaceholder, updateUrl: browser.storeUpdateUrl, source: 'store' };
    const self: Target = { id: SELF_HOSTED_ID, updateUrl: SELF_HOSTED_UPDATE_URL, source: 'self-hosted' };
    return { browser, primary: store, install: [store, self], placeholders: true };
  }
  const target: Target = opts.updateUrl
    ? { id: opts.id, updateUrl: opts.updateUrl, source: 'self-hosted' }
    : { id: opts.id, updateUrl: browser.storeUpdateUrl, source: 'store' };
  return { browser, primary: target, install: [target], placeholders: false };
}

/** A forcelist line: `<id>;<update URL>`. */
export const forcelistLine = (t: Target): string => `${t.id};${t.updateUrl}`;

/** The ExtensionSettings entry for SAGA Helper alone: force-installed, its button kept in sight. */
export function extensionSettingsEntry(targets: Targets, t: Target = targets.primary): Record<string, unknown> {
  return { [t.id]: { installation_mode: 'force_installed', update_url: t.updateUrl, ...targets.browser.toolbar } };
}
