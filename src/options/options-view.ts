import type { Translate } from '../lib/translate';
import { PRIVACY_HREF } from '../ui/page-links';
import { SETTING_KEYS, type SettingKey } from '../lib/settings';
import { applyPalette, el, errorText, mainOf } from '../ui/page-dom';
import { adviceField, localeField, textField } from './options-controls';
import { settingBox } from './options-field';
import { policyProblemsView } from './options-problems';
import { extraRulesField, rulesField } from './options-rules';
import type { FieldContext, OptionsInput, SettingsPatch } from './options-types';

export type { OptionsInput, RuleEntry, SettingsPatch } from './options-types';

const FIELDS: Record<SettingKey, (ctx: FieldContext) => Node[]> = {
  adminEmail: (ctx) => textField(ctx, 'adminEmail', 'email'),
  ccEmail: (ctx) => textField(ctx, 'ccEmail', 'email'),
  reportEmail: (ctx) => textField(ctx, 'reportEmail', 'email'),
  hotlineUrl: (ctx) => textField(ctx, 'hotlineUrl', 'url'),
  disabledRules: rulesField,
  extraRules: extraRulesField,
  showBrowserAdvice: adviceField,
  locale: localeField,
};

// The status line keeps its message key, so a redraw in another language (the locale just changed)
// says « Enregistré » in that language rather than leaving the old one.
function say(status: HTMLElement, t: Translate, key: string, args: readonly string[] = []): void {
  status.dataset.message = key;
  status.dataset.args = JSON.stringify(args);
  const text = t(key, args);
  if (status.textContent !== text) status.textContent = text;
}

function commit(input: OptionsInput, status: HTMLElement, patch: SettingsPatch): void {
  const { t } = input;
  status.classList.remove('error');
  say(status, t, 'options_saving');
  input.save(patch).then(
    () => say(status, t, 'options_saved'),
    (error: unknown) => {
      status.classList.add('error');
      say(status, t, 'options_save_failed', [errorText(error)]);
    },
  );
}

// The privacy promises travel with the extension (help page, privacy section): an options page cannot
// reach PRIVACY.md offline, and the director should not need the network to read what is kept.
function privacyLink(doc: Document, t: Translate): HTMLElement {
  const line = el(doc, 'p', { class: 'privacy' });
  line.append(el(doc, 'a', { href: PRIVACY_HREF, 'data-link': 'privacy' }, t('options_privacy')));
  return line;
}

/** Where focus was before a re-render, and what was typed but not yet saved there. */
interface Focus {
  readonly id: string;
  readonly key: SettingKey | null;
  readonly typed?: string;
}

function focusOf(doc: Document, content: HTMLElement): Focus | null {
  const active = doc.activeElement as HTMLElement | null;
  if (!active || !content.contains(active)) return null;
  const key = (active.closest('.setting[data-key]')?.getAttribute('data-key') ?? null) as SettingKey | null;
  const typed =
    active.tagName === 'INPUT' && /^(email|url)$/.test((active as HTMLInputElement).type)
      ? (active as HTMLInputElement).value
      : undefined;
  return { id: active.id, key, ...(typed === undefined ? {} : { typed }) };
}

// A save redraws the page (storage changes, the page listens): focus goes back where it was, or to the
// setting's own control when the element is gone (the reset button of a value just reset).
function restoreFocus(doc: Document, focus: Focus | null): void {
  if (!focus) return;
  const usable = (node: Element | null | undefined): node is HTMLElement =>
    !!node && !(node as HTMLInputElement).disabled;
  const same = focus.id ? doc.getElementById(focus.id) : null;
  const box = focus.key ? doc.querySelector(`.setting[data-key="${focus.key}"]`) : null;
  const first = box?.querySelector('input:not([disabled]), select:not([disabled]), button');
  const target = usable(same) ? same : usable(first) ? first : null;
  if (!target) return;
  if (target === same && focus.typed !== undefined) (target as HTMLInputElement).value = focus.typed;
  target.focus();
}

/**
 * Draws the options into the document's <main>, again at each change of policy or of the user's
 * choices. The status line is kept across redraws: a screen reader announces changes of a live region
 * it already knows, not a new one, and « Enregistré » must survive the redraw its save causes.
 */
export function renderOptions(doc: Document, input: OptionsInput): void {
  const { t, resolved } = input;
  doc.documentElement.lang = t('lang');
  doc.title = t('options_title');
  applyPalette(doc);
  const main = mainOf(doc);
  let content = doc.getElementById('options-content');
  let status = doc.getElementById('options-status');
  if (!content || !status) {
    content = el(doc, 'div', { id: 'options-content' });
    status = el(doc, 'p', { id: 'options-status', class: 'status', role: 'status', 'aria-live': 'polite' });
    main.replaceChildren(content, status);
  } else if (status.dataset.message) {
    say(status, t, status.dataset.message, JSON.parse(status.dataset.args ?? '[]') as string[]);
  }
  const focus = focusOf(doc, content);
  const line = status;
  const ctx: FieldContext = { doc, input, commit: (patch) => commit(input, line, patch) };
  const settings = el(doc, 'section', { class: 'settings', 'aria-labelledby': 'settings-heading' });
  settings.append(el(doc, 'h2', { id: 'settings-heading' }, t('options_settings_heading')));
  for (const key of SETTING_KEYS) settings.append(settingBox(ctx, key, FIELDS[key](ctx)));
  const problems = policyProblemsView(doc, resolved.problems, t);
  content.replaceChildren(el(doc, 'h1', {}, t('options_title')), el(doc, 'p', { class: 'intro' }, t('options_intro')));
  if (problems) content.append(problems);
  content.append(settings, privacyLink(doc, t));
  restoreFocus(doc, focus);
}
