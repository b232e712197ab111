import browser from 'webextension-polyfill';
import { ruleProblems } from '../lib/extra-rules';
import { typedSend } from '../lib/send';
import { typedTabSend } from '../lib/tab-send';
import type { Translate } from '../lib/translate';
import type { Locale } from '../lib/settings';
import { loadSettings, saveUserSettings, watchSettings } from '../lib/settings-store';
import { translatorFrom, type MessageDict } from '../lib/translate';
import { RULES } from '../rules';
import { renderRuleTester } from './options-test-rule';
import { renderOptions } from './options-view';

const ids = RULES.map((rule) => rule.id);
const send = typedSend(browser.runtime);
const tabSend = typedTabSend(browser.tabs);
const browserT: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions ? [...substitutions] : undefined);

// i18n.getMessage speaks only the browser's language: a chosen language reads its own messages file.
async function translator(locale: Locale): Promise<Translate> {
  if (locale === 'auto') return browserT;
  const response = await fetch(browser.runtime.getURL(`_locales/${locale}/messages.json`)).catch(() => null);
  const dict = response?.ok ? ((await response.json().catch(() => null)) as MessageDict | null) : null;
  return dict ? translatorFrom(dict) : browserT;
}

// Changes can come quickly (a save, then policy): only the latest reading is drawn.
let latest = 0;
async function render(): Promise<void> {
  const mine = ++latest;
  const loaded = await loadSettings(browser.storage, ids);
  // A rule the catalogue would leave out is listed with policy's problems: the content scripts can only
  // warn in the page's console, and this page is where an administrator looks.
  const resolved = { ...loaded, problems: [...loaded.problems, ...ruleProblems(RULES, loaded.settings.extraRules)] };
  const t = await translator(resolved.settings.locale);
  if (mine !== latest) return;
  renderOptions(document, { resolved, t, rules: RULES, save: (patch) => saveUserSettings(browser.storage, patch) });
  renderRuleTester(document, { t, rules: RULES, tabs: browser.tabs, tabSend, send });
}

watchSettings(browser.storage, () => void render());
void render();
