import type { Browser } from 'webextension-polyfill';
import type { Translate } from './translate';
import { DEFAULT_SETTINGS, EFFECTIVE_SETTINGS_KEY, type EffectiveSettings, type Settings } from './settings';
import { translatorFrom } from './translate';

/**
 * The settings as the worker resolved them, and the words in their language, for the content script,
 * the popup and the help page (the options page resolves them itself, to show where each value comes
 * from). Defaults until the worker has resolved them, right after install.
 */
export async function pageConfig(browser: Browser): Promise<{ settings: Settings; t: Translate }> {
  const browserT: Translate = (key, subs) => browser.i18n.getMessage(key, subs ? [...subs] : undefined);
  const all: Record<string, unknown> = await browser.storage.local.get(EFFECTIVE_SETTINGS_KEY).catch(() => ({}));
  const stored = all[EFFECTIVE_SETTINGS_KEY] as EffectiveSettings | undefined;
  return {
    settings: { ...DEFAULT_SETTINGS, ...stored?.settings },
    t: stored?.messages ? translatorFrom(stored.messages) : browserT,
  };
}
