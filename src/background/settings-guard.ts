import { DEFAULT_SETTINGS, SETTING_KEYS, type Settings } from '../lib/settings';
import { isExtraRuleShape, isValidSetting } from '../lib/settings-check';

/**
 * The settings checked again where the worker uses them and hands them out, whatever resolved them, by
 * the same checks as at resolution: one plain address per mail field (nothing that adds a recipient or
 * a header to a mailto), an https hotline link (never a script link in the panel or the popup), a known
 * language (a file name). A value that fails is the default, as a wrong value of policy is.
 */
export function guardSettings(settings: Settings): Settings {
  const given = settings as unknown as Readonly<Record<string, unknown>>;
  const kept: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of SETTING_KEYS) if (isValidSetting(key, given[key])) kept[key] = given[key];
  // An extra rule of the wrong shape is left out alone: the others still apply.
  kept.extraRules = (kept.extraRules as readonly unknown[]).filter(isExtraRuleShape);
  return kept as unknown as Settings;
}
