import { resolveSettings } from '../lib/settings-resolve';
import type { SettingKey } from '../lib/settings';
import { el } from '../ui/page-dom';
import { userProblemText } from './options-problems';
import type { FieldContext } from './options-types';

// Ids are derived from the key, so controls can name their help, source and error lines before the
// box that holds them exists, and focus can find its control again after a re-render.
export const controlId = (key: SettingKey): string => `setting-${key}`;
const helpId = (key: SettingKey): string => `${key}-help`;
const sourceId = (key: SettingKey): string => `${key}-source`;
export const errorId = (key: SettingKey): string => `${key}-error`;

/** The ids a control of this setting is described by: help, where the value comes from, any error. */
export const describedBy = (key: SettingKey): string => `${helpId(key)} ${sourceId(key)} ${errorId(key)}`;

// Keys written out in full, not built from the setting's name: the locale tests look for each one in
// the source, and a renamed setting must not leave a page of empty labels.
const TEXTS: Record<SettingKey, readonly [label: string, help: string]> = {
  adminEmail: ['setting_adminEmail_label', 'setting_adminEmail_help'],
  ccEmail: ['setting_ccEmail_label', 'setting_ccEmail_help'],
  reportEmail: ['setting_reportEmail_label', 'setting_reportEmail_help'],
  hotlineUrl: ['setting_hotlineUrl_label', 'setting_hotlineUrl_help'],
  disabledRules: ['setting_disabledRules_label', 'setting_disabledRules_help'],
  extraRules: ['setting_extraRules_label', 'setting_extraRules_help'],
  showBrowserAdvice: ['setting_showBrowserAdvice_label', 'setting_showBrowserAdvice_help'],
  locale: ['setting_locale_label', 'setting_locale_help'],
};

export const labelText = (ctx: FieldContext, key: SettingKey): string => ctx.input.t(TEXTS[key][0]);

export function helpLine(ctx: FieldContext, key: SettingKey): HTMLElement {
  return el(ctx.doc, 'p', { id: helpId(key), class: 'note' }, ctx.input.t(TEXTS[key][1]));
}

/** Policy's values are locked: shown, but not editable (the user's would be ignored anyway). */
export function isLocked(ctx: FieldContext, key: SettingKey): boolean {
  return ctx.input.resolved.sources[key] === 'policy';
}

export function lock<T extends HTMLInputElement | HTMLSelectElement>(control: T, locked: boolean): T {
  if (locked) {
    control.disabled = true;
    control.setAttribute('aria-disabled', 'true');
  }
  return control;
}

const SOURCES = {
  default: 'options_source_default',
  policy: 'options_source_policy',
  user: 'options_source_user',
} as const;

/**
 * One setting: its label, help and control(s) (`body`), then where the value comes from, the user's
 * ignored value if any, and the reset button when the user's own value (or a broken one) is stored.
 */
export function settingBox(ctx: FieldContext, key: SettingKey, body: readonly Node[]): HTMLElement {
  const { t, resolved } = ctx.input;
  const source = resolved.sources[key];
  const box = el(ctx.doc, 'div', { class: 'setting', 'data-key': key, 'data-source': source });
  const sourceLine = el(ctx.doc, 'p', { id: sourceId(key), class: `source ${source}` }, t(SOURCES[source]));
  const problem = userProblemText(t, resolved.problems, key);
  const error = el(ctx.doc, 'p', { id: errorId(key), class: 'field-error', 'aria-live': 'polite' }, problem);
  box.append(...body, sourceLine, error);
  if (source !== 'policy' && (source === 'user' || problem !== '')) {
    const label = labelText(ctx, key);
    const reset = el(
      ctx.doc,
      'button',
      { type: 'button', id: `${key}-reset`, class: 'reset', 'aria-label': t('options_reset_for', [label]) },
      t('options_reset'),
    );
    reset.addEventListener('click', () => ctx.commit({ [key]: undefined }));
    box.append(reset);
  }
  return box;
}

/**
 * Why a typed value cannot be saved, or null. The same checks as resolveSettings, by calling it: a
 * value the page accepts is one the panels will use.
 */
export function refusal(ctx: FieldContext, key: SettingKey, value: string): string | null {
  const { t, rules } = ctx.input;
  const problem = resolveSettings(
    {},
    { [key]: value },
    rules.map((r) => r.id),
  ).problems[0];
  if (!problem) return null;
  if (value === '') return t('options_invalid_empty');
  return t(problem.reason === 'url' ? 'options_invalid_url' : 'options_invalid_email', [value]);
}
