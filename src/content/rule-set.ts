import { compileCatalogue, type Catalogue } from '../core/catalogue';
import { extraMessages, extraRulesAsRules } from '../lib/extra-rules';
import { usableSettings, type PageSettings } from '../lib/settings-check';
import { withOverlay } from '../lib/translate';
import { RULES } from '../rules';
import type { Translate } from '../lib/translate';
import type { ExtraRule } from '../lib/settings';

/** What the content script works with once settings are known: the rules to look for, and the words. */
export interface Config {
  readonly settings: PageSettings;
  /** Messages in the language the settings ask for. */
  readonly t: Translate;
}

export interface RuleSet {
  readonly catalogue: Catalogue;
  readonly t: Translate;
  readonly hotlineUrl: string;
}

/**
 * The catalogue as the establishment configured it: built-in rules less those switched off (and the
 * Edge advice when policy says so), plus the extra rules its IT department added, with their texts.
 * A rule the catalogue cannot take is left out alone, and said in the console (once per build), so that
 * a developer looking at the page sees why; the options page lists it too (ruleProblems). Rules on
 * trial (the options page's « Tester une règle », for one tab) come after policy's, checked the same.
 */
export function ruleSet(config: Config, trial: readonly ExtraRule[] = []): RuleSet {
  // Checked again where they are used, whatever they went through before (an https hotline link,
  // lists of the right shape): a stored value is never trusted for having been checked once.
  const { t } = config;
  const policy: unknown = config.settings.extraRules;
  const settings = usableSettings({
    ...config.settings,
    extraRules: Array.isArray(policy) ? [...policy, ...trial] : trial,
  });
  const off = new Set(settings.disabledRules);
  const rules = [...RULES, ...extraRulesAsRules(settings.extraRules)].filter(
    (r) => !off.has(r.id) && (settings.showBrowserAdvice || r.kind !== 'advice'),
  );
  const catalogue = compileCatalogue(rules);
  for (const { id, error } of catalogue.dropped) console.warn(`SAGA Helper: rule ${id} left out: ${error}`);
  return {
    catalogue,
    // The browser's language asked only when there are extra rules: the first i18n call of a page costs
    // Chromium a few milliseconds (its messages are loaded then), on every page, panel or not.
    t: settings.extraRules[0] ? withOverlay(t, extraMessages(settings.extraRules, t('lang'))) : t,
    hotlineUrl: settings.hotlineUrl,
  };
}
