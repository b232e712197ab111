import type { Translate } from '../lib/translate';
import { SITE_URLS, type Site } from '../core/sites';
import type { NetworkFailure, TabView } from '../lib/messages';
import { leadSection, type Lead } from '../lib/lead-rule';
import { el, externalLink } from '../ui/page-dom';
import { siteLinks } from '../ui/site-links';

/** What the popup knows of the active tab, from the worker and from the tab itself. */
export interface TabFacts {
  readonly view: TabView | null;
  readonly site: Site | null;
  /** True when the tab's URL is known, so `site: null` really means another site. */
  readonly known: boolean;
}

// A message that needs the page's words (a profile's state) when the worker has none would show an
// empty gap: it is left out, and the rule's other steps still explain the case.
const needsParams = (t: Translate, key: string): boolean => t(key, ['\u0001']) !== t(key, []);

function ruleView(doc: Document, section: Lead, t: Translate, params: readonly string[] = []): HTMLElement {
  const { rule } = section;
  const view = el(doc, 'section', {
    class: `problem ${rule.kind}`,
    'data-rule': rule.id,
    'aria-labelledby': 'problem-title',
  });
  view.append(el(doc, 'h3', { id: 'problem-title' }, t(rule.title)));
  const steps = el(doc, 'ol');
  for (const key of [...rule.steps, ...section.extraSteps]) {
    if (params.length > 0 || !needsParams(t, key)) steps.append(el(doc, 'li', {}, t(key, params)));
  }
  view.append(steps);
  // The popup always links to PLAGE and the hotline; SAGA is the one link a rule may add.
  if (rule.actions.includes('open-saga')) {
    view.append(
      externalLink(doc, SITE_URLS.saga, t('action_open_saga'), { 'data-action': 'open-saga', class: 'button' }),
    );
  }
  return view;
}

function networkView(doc: Document, failure: NetworkFailure, t: Translate): HTMLElement {
  let host = failure.url;
  try {
    host = new URL(failure.url).hostname;
  } catch {
    // Not a URL: show it as the worker gave it.
  }
  const view = el(doc, 'section', {
    class: 'problem error',
    'data-rule': 'network-unreachable',
    'aria-labelledby': 'network-title',
  });
  view.append(
    el(doc, 'h3', { id: 'network-title' }, t('popup_network_title', [host])),
    el(doc, 'p', {}, t('popup_network_causes')),
  );
  const code = el(doc, 'dd');
  code.append(el(doc, 'code', { 'data-network-code': '' }, failure.code));
  const facts = el(doc, 'dl');
  facts.append(
    el(doc, 'dt', {}, t('popup_network_code')),
    code,
    el(doc, 'dt', {}, t('popup_network_host')),
    el(doc, 'dd', { 'data-network-host': '' }, host),
  );
  const steps = el(doc, 'ol');
  for (const key of ['popup_network_step1', 'popup_network_step2', 'popup_network_step3', 'popup_network_step4']) {
    steps.append(el(doc, 'li', {}, t(key)));
  }
  view.append(facts, steps);
  return view;
}

function notSagaView(doc: Document, t: Translate): HTMLElement {
  const view = el(doc, 'div', { class: 'not-saga' });
  view.append(el(doc, 'p', {}, t('popup_not_saga')), siteLinks(doc, t, ['saga', 'plage', 'hotline']));
  return view;
}

function progressView(doc: Document, view: TabView, t: Translate): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const procedure = view.guidance.procedure;
  if (procedure) {
    const [step, total, label] = [String(procedure.step), String(procedure.total), t(procedure.label)];
    const text = label ? t('popup_procedure', [step, total, label]) : t('popup_procedure_short', [step, total]);
    parts.push(el(doc, 'p', { class: 'procedure', 'data-procedure': '' }, text));
  }
  if (view.guidance.escalation) parts.push(el(doc, 'p', { class: 'escalation' }, t(view.guidance.escalation)));
  if (view.guidance.cleanedAt !== undefined) {
    const time = new Date(view.guidance.cleanedAt).toLocaleTimeString(t('lang') || undefined, {
      hour: '2-digit',
      minute: '2-digit',
    });
    parts.push(el(doc, 'p', { class: 'note' }, t('popup_cleaned_at', [time])));
  }
  return parts;
}

/** "On this tab": what went wrong, where the director stands, or why there is nothing to say. */
export function tabSection(doc: Document, facts: TabFacts, t: Translate): HTMLElement {
  const { view, site, known } = facts;
  const section = el(doc, 'section', { class: 'tab', 'aria-labelledby': 'tab-heading' });
  section.append(el(doc, 'h2', { id: 'tab-heading' }, t('popup_tab_heading')));
  if (!view)
    section.append(
      el(doc, 'p', { class: 'problem error', 'data-state': 'unreachable' }, t('popup_worker_unreachable')),
    );
  if (view?.network) section.append(networkView(doc, view.network, t));
  // The panel's first section for these rules, advice folded in; advice alone is always shown here.
  const shown = view ? leadSection(view.rules, true) : null;
  if (shown) section.append(ruleView(doc, shown, t, view?.params));
  if (site === null && known && !view?.network && !shown) section.append(notSagaView(doc, t));
  else if (view && !view.network && !shown)
    section.append(el(doc, 'p', { 'data-state': 'no-problem' }, t('popup_no_problem')));
  if (view) section.append(...progressView(doc, view, t));
  return section;
}
