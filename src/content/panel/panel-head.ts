import type { Translate } from '../../lib/translate';
import { el } from '../../ui/dom';
import type { Drawing } from './drawing';
import type { Section } from './present';

/** The id of the panel's body, which the toggle button controls (unique: one panel per shadow root). */
export const BODY_ID = 'sh-body';

/**
 * The collapsed tab's label, which is also the toggle's name: « SAGA Helper : 2 problèmes ». Every
 * section but a success is something to do; a panel of successes only says all is well. The plural
 * follows the language's rules (French says « 0 problème », English "0 problems").
 */
export function tabLabel(t: Translate, sections: readonly Section[]): string {
  const count = sections.filter((s) => s.rule.kind !== 'success').length;
  if (count === 0) return t('panel_tab_ok');
  const one = new Intl.PluralRules(t('lang') || 'fr').select(count) === 'one';
  return t(one ? 'panel_tab_one' : 'panel_tab_other', [String(count)]);
}

/**
 * The panel's title bar: a real button that collapses the panel to its labelled tab and reopens it
 * (aria-expanded says which), and the close button. Both stay in place when the panel collapses, so
 * the focus stays on the button a person pressed.
 */
export function panelHead(
  doc: Document,
  t: Translate,
  drawing: Drawing,
  label: string,
  collapsed: boolean,
): HTMLElement {
  const head = el(doc, 'div', { class: 'head' });
  const toggle = el(
    doc,
    'button',
    { type: 'button', class: 'toggle', 'aria-expanded': String(!collapsed), 'aria-controls': BODY_ID },
    label,
  );
  const close = el(
    doc,
    'button',
    { type: 'button', class: 'close', 'data-action': 'dismiss', 'aria-label': t('panel_close') },
    '×',
  );
  head.append(drawing.toggle(toggle), drawing.button(close, 'dismiss'));
  return head;
}

/** Shows the panel `collapsed` or not, in place: no redraw, so focus and scroll stay where they were. */
export function showCollapsed(panel: HTMLElement, collapsed: boolean): void {
  panel.classList.toggle('collapsed', collapsed);
  panel.querySelector('.toggle')?.setAttribute('aria-expanded', String(!collapsed));
  const body = panel.querySelector<HTMLElement>(`#${BODY_ID}`);
  if (body) body.hidden = collapsed;
}
