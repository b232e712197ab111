import type { Browser } from 'webextension-polyfill';
import type { Translate } from './translate';
import { EFFECTIVE_SETTINGS_KEY } from './settings';
import { usableSettings, type PageSettings } from './settings-check';
import { translatorFrom, type MessageDict } from './translate';

/**
 * The settings as the worker resolved them, and the words in their language, for the content script,
 * the popup and the help page (the options page resolves them itself, to show where each value comes
 * from). Defaults until the worker has resolved them, right after install. Checked again here, by the
 * same checks as at resolution (usableSettings): what storage holds is used only once it passes them.
 */
export async function pageConfig(browser: Browser): Promise<{ settings: PageSettings; t: Translate }> {
  const browserT: Translate = (key, subs) => browser.i18n.getMessage(key, subs ? [...subs] : undefined);
  const all: Record<string, unknown> = await browser.storage.local.get(EFFECTIVE_SETTINGS_KEY).catch(() => ({}));
  const stored = Object(all[EFFECTIVE_SETTINGS_KEY]) as { settings?: unknown; messages?: unknown };
  const messages = stored.messages;
  return {
    settings: usableSettings(stored.settings),
    t: typeof messages === 'object' && messages ? translatorFrom(messages as MessageDict) : browserT,
  };
}
