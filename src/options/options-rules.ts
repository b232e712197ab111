import { SITE_URLS } from '../core/sites';
import { el } from '../ui/page-dom';
import { controlId, describedBy, helpLine, isLocked, labelText, lock } from './options-field';
import type { FieldContext } from './options-types';
import { SITE_NAME_KEYS } from '../ui/site-links';

const ruleBoxId = (id: string): string => `rule-${id}`;

/**
 * disabledRules as one box per rule of the catalogue, checked when the rule is shown: directors think
 * in "what I see", not in a list of ids to switch off.
 */
export function rulesField(ctx: FieldContext): Node[] {
  const { doc, input } = ctx;
  const key = 'disabledRules';
  const locked = isLocked(ctx, key);
  const disabled = input.resolved.settings.disabledRules;
  const catalogue = new Set(input.rules.map((r) => r.id));
  const fieldset = el(doc, 'fieldset', { id: controlId(key), 'aria-describedby': describedBy(key) });
  fieldset.append(el(doc, 'legend', { class: 'setting-label' }, labelText(ctx, key)), helpLine(ctx, key));
  const boxes: HTMLInputElement[] = [];
  // Read from the boxes at each change, so two quick clicks before the page is redrawn both count;
  // ids outside the catalogue (an extra rule switched off) are kept as they are.
  const save = (): void => {
    const off = boxes.filter((b) => !b.checked).map((b) => b.value);
    ctx.commit({ [key]: [...disabled.filter((id) => !catalogue.has(id)), ...off] });
  };
  for (const rule of input.rules) {
    const box = lock(el(doc, 'input', { id: ruleBoxId(rule.id), type: 'checkbox', name: key, value: rule.id }), locked);
    box.checked = !disabled.includes(rule.id);
    box.addEventListener('change', save);
    boxes.push(box);
    const label = el(doc, 'label', { for: box.id }, `${input.t(rule.title)} `);
    label.append(el(doc, 'code', {}, rule.id));
    const row = el(doc, 'div', { class: 'check' });
    row.append(box, label);
    fieldset.append(row);
  }
  return [fieldset];
}

/** The establishment's extra rules, read-only: only policy may set them. */
export function extraRulesField(ctx: FieldContext): Node[] {
  const { doc, input } = ctx;
  const { t } = input;
  const key = 'extraRules';
  const titleId = `${key}-label`;
  const parts: Node[] = [
    el(doc, 'p', { id: titleId, class: 'setting-label' }, labelText(ctx, key)),
    helpLine(ctx, key),
  ];
  const extra = input.resolved.settings.extraRules;
  if (extra.length === 0)
    return [...parts, el(doc, 'p', { id: controlId(key), 'data-empty': '' }, t('options_extra_none'))];
  const english = t('lang') === 'en';
  const table = el(doc, 'table', {
    id: controlId(key),
    'aria-labelledby': titleId,
    'aria-describedby': describedBy(key),
  });
  const head = el(doc, 'tr');
  for (const label of ['options_extra_id', 'options_extra_site', 'options_extra_title'])
    head.append(el(doc, 'th', { scope: 'col' }, t(label)));
  const body = el(doc, 'tbody');
  for (const rule of extra) {
    const row = el(doc, 'tr', { 'data-rule': rule.id });
    const id = el(doc, 'th', { scope: 'row' });
    id.append(el(doc, 'code', {}, rule.id));
    const site = `${t(SITE_NAME_KEYS[rule.site])} (${new URL(SITE_URLS[rule.site]).hostname})`;
    row.append(id, el(doc, 'td', {}, site), el(doc, 'td', {}, english && rule.titleEn ? rule.titleEn : rule.titleFr));
    body.append(row);
  }
  const thead = el(doc, 'thead');
  thead.append(head);
  table.append(thead, body);
  return [...parts, table];
}
