import { compileCatalogue, type Catalogue } from '../core/catalogue';
import { extraMessages, extraRulesAsRules } from '../lib/extra-rules';
import type { Settings } from '../lib/settings';
import { withOverlay } from '../lib/translate';
import { RULES } from '../rules';
import type { Translate } from '../lib/translate';

/** What the content script works with once settings are known: the rules to look for, and the words. */
export interface Config {
  readonly settings: Settings;
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
 */
export function ruleSet({ settings, t }: Config): RuleSet {
  const off = new Set(settings.disabledRules);
  const rules = [...RULES, ...extraRulesAsRules(settings.extraRules)].filter(
    (r) => !off.has(r.id) && (settings.showBrowserAdvice || r.kind !== 'advice'),
  );
  return {
    catalogue: compileCatalogue(rules),
    t: withOverlay(t, extraMessages(settings.extraRules, t('lang'))),
    hotlineUrl: settings.hotlineUrl,
  };
}
