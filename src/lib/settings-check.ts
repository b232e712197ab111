import { isAddress } from '../core/mail';
import { SITE_HOSTS, type Site } from '../core/sites';
import { type ExtraRule, type SettingKey, type Settings } from './settings';

/*
 * The check of each setting's value, in one place: resolveSettings applies it when policy and the
 * user's choices are read, and the pages apply it again where a stored value is used (usableSettings):
 * what storage holds is never trusted for having been checked once.
 */

export const isHttpsUrl = (v: unknown): v is string => {
  try {
    return typeof v == 'string' && new URL(v).protocol == 'https:';
  } catch {
    return false;
  }
};

/**
 * The hotline address to put in a link: the setting when it is https, else the default one (SITE_URLS'
 * value, made here from the host name: the content script then carries no SITE_URLS table).
 */
export const safeHotlineUrl = (v: unknown): string => (isHttpsUrl(v) ? v : `https://${SITE_HOSTS.hotline}/`);

export const SITES: readonly Site[] = ['saga', 'plage', 'hotline'];

export const isText = (v: unknown, max: number): v is string =>
  typeof v == 'string' && v.trim() != '' && v.length <= max;
export const isTexts = (v: unknown, max: number, most: number): v is string[] =>
  Array.isArray(v) && v.length > 0 && v.length <= most && v.every((s) => isText(s, max));
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s == 'string');

/**
 * Whether an extra rule has the types the pages rely on: texts where texts are read, lists of texts
 * where lists are. checkExtraRules, at resolution, says what is wrong and checks much more (ids, sites,
 * lengths, empty phrases); a rule that passes it passes this.
 */
export function isExtraRuleShape(v: unknown): v is ExtraRule {
  const r = Object(v) as Partial<Record<keyof ExtraRule, unknown>>;
  return (
    typeof r.id == 'string' && typeof r.titleFr == 'string' && [r.phrases, r.stepsFr, r.stepsEn ?? []].every(isStrings)
  );
}

const VALID: Record<SettingKey, (v: unknown) => boolean> = {
  adminEmail: (v) => typeof v == 'string' && isAddress(v),
  ccEmail: (v) => v === '' || (typeof v == 'string' && isAddress(v)),
  reportEmail: (v) => v === '' || (typeof v == 'string' && isAddress(v)),
  hotlineUrl: isHttpsUrl,
  disabledRules: isStrings,
  // The list; each rule is checked apart (checkExtraRules at resolution, isExtraRuleShape at use).
  extraRules: Array.isArray,
  showBrowserAdvice: (v) => typeof v == 'boolean',
  locale: (v) => v === 'auto' || v === 'fr' || v === 'en',
};

export const isValidSetting = (key: SettingKey, v: unknown): boolean => VALID[key](v);

/**
 * What the pages (content script, popup, help) use of the settings. Only these: the mail addresses are
 * used by the worker alone, which resolves them afresh and checks them again when it writes the mail.
 */
export type PageSettings = Pick<Settings, 'hotlineUrl' | 'disabledRules' | 'extraRules' | 'showBrowserAdvice'>;

/**
 * Settings read back from storage, checked again at use by the checks above: a value that fails is
 * replaced by its default, and an extra rule of the wrong shape is left out alone.
 */
export function usableSettings(stored: unknown): PageSettings {
  const s = Object(stored) as Partial<Record<keyof PageSettings, unknown>>;
  return {
    hotlineUrl: safeHotlineUrl(s.hotlineUrl),
    disabledRules: isStrings(s.disabledRules) ? s.disabledRules : [],
    extraRules: Array.isArray(s.extraRules) ? s.extraRules.filter(isExtraRuleShape) : [],
    // The default is true: anything but a stored false keeps it.
    showBrowserAdvice: s.showBrowserAdvice !== false,
  };
}
