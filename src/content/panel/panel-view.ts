import type { ActionId } from '../../core/rule';
import { SITE_URLS } from '../../core/sites';
import type { Guidance } from '../../lib/messages';
import type { Translate } from '../../lib/translate';
import type { Presentation, Section } from '../present';
import { el } from '../../ui/dom';
import { guidanceActions, guidanceNotes } from './guidance-view';
import { paletteCss } from '../../ui/palette';
import PANEL_CSS from './panel.css?raw';

// Where each rule link goes; the profiles page is reached from the PLAGE home once signed in, and the
// hotline is the establishment's choice (a setting).
const actionLinks = (hotlineUrl: string): Readonly<Record<ActionId, { href: string; label: string }>> => ({
  'open-plage-profiles': { href: SITE_URLS.plage, label: 'action_open_plage_profiles' },
  'open-hotline': { href: hotlineUrl || SITE_URLS.hotline, label: 'action_open_hotline' },
  'open-saga': { href: SITE_URLS.saga, label: 'action_open_saga' },
});

interface ViewContext {
  readonly doc: Document;
  readonly t: Translate;
  readonly links: ReturnType<typeof actionLinks>;
}

function sectionView(
  { doc, t, links }: ViewContext,
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
  if (guidance) actions.append(...guidanceActions(doc, guidance, t));
  for (const action of rule.actions) {
    const link = links[action];
    actions.append(
      el(
        doc,
        'a',
        { href: link.href, target: '_blank', rel: 'noopener noreferrer', 'data-action': action },
        t(link.label),
      ),
    );
  }
  if (actions.childElementCount > 0) view.append(actions);
  return view;
}

/** The panel's content: text only through textContent, never page-built HTML. */
export function panelView(
  doc: Document,
  shown: Presentation,
  guidance: Guidance | undefined,
  t: Translate,
  hotlineUrl: string,
): HTMLElement {
  const context: ViewContext = { doc, t, links: actionLinks(hotlineUrl) };
  const panel = el(doc, 'div', { class: 'panel', role: 'region', 'aria-label': t('panel_label'), lang: t('lang') });
  const header = el(doc, 'div', { class: 'head' });
  header.append(
    el(doc, 'span', {}, 'SAGA Helper'),
    el(
      doc,
      'button',
      { type: 'button', class: 'close', 'data-action': 'dismiss', 'aria-label': t('panel_close') },
      '×',
    ),
  );
  panel.append(header);
  shown.sections.forEach((section, i) =>
    panel.append(sectionView(context, section, i, i === 0 ? guidance : undefined)),
  );
  if (shown.targets.length > 0) panel.append(el(doc, 'p', { class: 'note' }, t('panel_target_note')));
  panel.append(el(doc, 'p', { class: 'status', role: 'status' }));
  return panel;
}

/** The style element of the shadow root. */
export function panelStyle(doc: Document): HTMLStyleElement {
  return el(doc, 'style', {}, paletteCss() + PANEL_CSS);
}
