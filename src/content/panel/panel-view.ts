import type { ActionId } from '../../core/rule';
import { SITE_URLS } from '../../core/sites';
import type { Guidance } from '../../lib/messages';
import { safeHotlineUrl } from '../../lib/settings-check';
import type { Translate } from '../../lib/translate';
import type { Presentation, Section } from './present';
import { el } from '../../ui/dom';
import type { Drawing } from './drawing';
import { guidanceActions, guidanceNotes } from './guidance-view';
import { BODY_ID, panelHead, showCollapsed, tabLabel } from './panel-head';
import { paletteCss } from '../../ui/palette';
import PANEL_CSS from './panel.css?raw';

// Where each rule link goes; the profiles page is reached from the PLAGE home once signed in, and the
// hotline is the establishment's choice (a setting), checked again here: only an https link is drawn.
const actionLinks = (hotlineUrl: string): Readonly<Record<ActionId, { href: string; label: string }>> => ({
  'open-plage-profiles': { href: SITE_URLS.plage, label: 'action_open_plage_profiles' },
  'open-hotline': { href: safeHotlineUrl(hotlineUrl), label: 'action_open_hotline' },
  'open-saga': { href: SITE_URLS.saga, label: 'action_open_saga' },
});

interface ViewContext {
  readonly doc: Document;
  readonly t: Translate;
  readonly links: ReturnType<typeof actionLinks>;
  readonly drawing: Drawing;
}

function sectionView(
  { doc, t, links, drawing }: ViewContext,
  section: Section,
  index: number,
  guidance: Guidance | undefined,
): HTMLElement {
  const { rule } = section;
  const view = el(doc, 'section', { class: rule.kind, 'data-rule': rule.id });
  // Errors interrupt (alert); other screens are announced politely (status).
  const live = el(doc, 'div', { role: index === 0 && rule.kind === 'error' ? 'alert' : 'status' });
  live.append(el(doc, 'h2', { id: `sh-title-${index}` }, t(rule.title, section.params)));
  view.append(live);
  if (guidance) view.append(...guidanceNotes(doc, guidance, t));
  const steps = el(doc, 'ol');
  for (const key of [...rule.steps, ...section.extraSteps]) steps.append(el(doc, 'li', {}, t(key, section.params)));
  view.append(steps);
  const actions = el(doc, 'div', { class: 'actions' });
  if (guidance) actions.append(...guidanceActions(doc, guidance, t, drawing));
  for (const action of rule.actions) {
    const { href, label } = links[action];
    const attrs = { href, target: '_blank', rel: 'noopener noreferrer', 'data-action': action };
    actions.append(drawing.link(el(doc, 'a', attrs, t(label)), href));
  }
  if (actions.childElementCount > 0) view.append(actions);
  return view;
}

/**
 * The panel's content: text only through textContent, never page-built HTML. Its controls and status
 * line are kept in `drawing` as they are made. Collapsed, only its title bar shows: the labelled tab.
 */
export function panelView(
  doc: Document,
  shown: Presentation,
  guidance: Guidance | undefined,
  t: Translate,
  hotlineUrl: string,
  drawing: Drawing,
  collapsed: boolean,
): HTMLElement {
  const context: ViewContext = { doc, t, links: actionLinks(hotlineUrl), drawing };
  const panel = el(doc, 'div', { class: 'panel', role: 'region', 'aria-label': t('panel_label'), lang: t('lang') });
  panel.append(panelHead(doc, t, drawing, tabLabel(t, shown.sections), collapsed));
  // The body scrolls on its own, below a title bar that stays in view (a small or zoomed window).
  const body = el(doc, 'div', { class: 'body', id: BODY_ID });
  shown.sections.forEach((section, i) => body.append(sectionView(context, section, i, i === 0 ? guidance : undefined)));
  if (shown.targets.length > 0) body.append(el(doc, 'p', { class: 'note' }, t('panel_target_note')));
  body.append(drawing.statusLine(el(doc, 'p', { class: 'status', role: 'status' })));
  panel.append(body);
  showCollapsed(panel, collapsed);
  return panel;
}

/** The style element of the shadow root. */
export function panelStyle(doc: Document): HTMLStyleElement {
  return el(doc, 'style', {}, paletteCss() + PANEL_CSS);
}
