import type { Site } from '../core/sites';
import type { MessageDict } from './translate';

/**
 * Settings, in one place: defaults, then policy (storage.managed, set by the establishment's IT), then
 * the user's own choices (storage.local) for what policy does not set. Key names are a contract with
 * IT departments (managed-schema.json, the admin kit).
 */
export type Locale = 'auto' | 'fr' | 'en';

/** An error text an IT department has seen, shown like a built-in rule without a new release. */
export interface ExtraRule {
  readonly id: string;
  readonly site: Site;
  /** Phrases that must all stand in one message box, as on the page (accents and case do not matter). */
  readonly phrases: readonly string[];
  readonly titleFr: string;
  readonly titleEn?: string;
  readonly stepsFr: readonly string[];
  readonly stepsEn?: readonly string[];
}

export interface Settings {
  readonly adminEmail: string;
  readonly ccEmail: string;
  /**
   * Where the report of a message SAGA Helper does not know goes (the establishment's IT, which can turn
   * it into an extra rule); '' for none: then to adminEmail, with a line saying what it is.
   */
  readonly reportEmail: string;
  readonly hotlineUrl: string;
  readonly disabledRules: readonly string[];
  readonly extraRules: readonly ExtraRule[];
  readonly showBrowserAdvice: boolean;
  readonly locale: Locale;
}

export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  adminEmail: 'cng-saga@sante.gouv.fr',
  ccEmail: '',
  reportEmail: '',
  // SITE_URLS.hotline, written out: an object of literals only is left out of bundles that do not use it.
  hotlineUrl: 'https://assistance.atih.sante.fr/',
  disabledRules: [],
  extraRules: [],
  showBrowserAdvice: true,
  locale: 'auto',
};

// Marked pure, so that the content script, which needs neither, does not carry them (its size budget).
export const SETTING_KEYS = /* @__PURE__ */ Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/** Settings a user may change for themselves where policy leaves them open (extra rules are IT's). */
export const USER_KEYS: readonly SettingKey[] = /* @__PURE__ */ SETTING_KEYS.filter((k) => k !== 'extraRules');

/** Where each effective value comes from. */
export type Source = 'default' | 'policy' | 'user';

export type ProblemReason =
  | 'type'
  | 'email'
  | 'url'
  | 'unknown-rule'
  | 'extra-rule'
  | 'empty-phrase'
  | 'broken-rule'
  | 'unknown-key'
  // A list written as JSON text (Firefox passes policy on as written) that cannot be read, or is too long.
  | 'json'
  | 'too-long';

/** A value that was ignored, alone: the rest of the settings apply. */
export interface SettingProblem {
  readonly key: string;
  readonly from: 'policy' | 'user';
  readonly reason: ProblemReason;
  /** What was wrong, quoted for the options page (a rule id, an address). */
  readonly detail: string;
}

export interface ResolvedSettings {
  readonly settings: Settings;
  readonly sources: Readonly<Record<SettingKey, Source>>;
  readonly problems: readonly SettingProblem[];
}

/** storage.local key of local state, not a setting: advice shown once alone is not shown alone again. */
export const ADVICE_SEEN_KEY = 'adviceSeen';

/** storage.local key of the user's own choices. */
export const USER_SETTINGS_KEY = 'userSettings';

/**
 * storage.local key where the worker keeps the settings it resolved (and, for a chosen language, its
 * messages), so that content scripts read them in one call, with no checking code of their own.
 */
export const EFFECTIVE_SETTINGS_KEY = 'effectiveSettings';

export interface EffectiveSettings {
  readonly settings: Settings;
  /** The chosen locale's messages; null when the browser's language applies. */
  readonly messages: MessageDict | null;
  /** Set only to make the panels report again, the settings unchanged (settings-sync.ts). */
  readonly refreshedAt?: number;
}
