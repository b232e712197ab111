import type { Locale } from '../lib/settings';
import { el } from '../ui/page-dom';
import { controlId, describedBy, errorId, helpLine, isLocked, labelText, lock, refusal } from './options-field';
import type { FieldContext } from './options-types';

type TextKey = 'adminEmail' | 'ccEmail' | 'reportEmail' | 'hotlineUrl';

/**
 * An address, saved when the director leaves the field or presses Enter ("change"), and only if valid:
 * a refused value stays in the field with the reason next to it, so it can be corrected.
 */
export function textField(ctx: FieldContext, key: TextKey, type: 'email' | 'url'): Node[] {
  const { doc } = ctx;
  const id = controlId(key);
  const input = lock(
    el(doc, 'input', {
      id,
      type,
      name: key,
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': describedBy(key),
    }),
    isLocked(ctx, key),
  );
  input.value = ctx.input.resolved.settings[key];
  input.addEventListener('change', () => {
    const value = input.value.trim();
    const error = doc.getElementById(errorId(key));
    const wrong = refusal(ctx, key, value);
    if (error) error.textContent = wrong ?? '';
    if (wrong) {
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    input.removeAttribute('aria-invalid');
    ctx.commit({ [key]: value });
  });
  return [el(doc, 'label', { for: id, class: 'setting-label' }, labelText(ctx, key)), helpLine(ctx, key), input];
}

export function adviceField(ctx: FieldContext): Node[] {
  const { doc } = ctx;
  const key = 'showBrowserAdvice';
  const id = controlId(key);
  const box = lock(
    el(doc, 'input', { id, type: 'checkbox', name: key, 'aria-describedby': describedBy(key) }),
    isLocked(ctx, key),
  );
  box.checked = ctx.input.resolved.settings.showBrowserAdvice;
  box.addEventListener('change', () => ctx.commit({ [key]: box.checked }));
  const row = el(doc, 'div', { class: 'check' });
  row.append(box, el(doc, 'label', { for: id, class: 'setting-label' }, labelText(ctx, key)));
  return [row, helpLine(ctx, key)];
}

// Keys written out in full, so the locale test finds each one in the source.
const LOCALES: readonly [Locale, string][] = [
  ['auto', 'options_locale_auto'],
  ['fr', 'options_locale_fr'],
  ['en', 'options_locale_en'],
];

export function localeField(ctx: FieldContext): Node[] {
  const { doc, input } = ctx;
  const key = 'locale';
  const id = controlId(key);
  const select = lock(el(doc, 'select', { id, name: key, 'aria-describedby': describedBy(key) }), isLocked(ctx, key));
  for (const [value, label] of LOCALES) select.append(el(doc, 'option', { value }, input.t(label)));
  select.value = input.resolved.settings.locale;
  select.addEventListener('change', () => ctx.commit({ [key]: select.value }));
  return [el(doc, 'label', { for: id, class: 'setting-label' }, labelText(ctx, key)), helpLine(ctx, key), select];
}
