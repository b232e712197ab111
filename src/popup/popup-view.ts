import type { Translate } from '../lib/translate';
import { SITE_URLS, siteOfUrl } from '../core/sites';
import { REFUSAL_MESSAGES, type TabView } from '../lib/messages';
import type { Send } from '../lib/send';
import type { TabSend } from '../lib/tab-send';
import { applyPalette, el, errorText, externalLink, mainOf } from '../ui/page-dom';
import { tabSection } from './popup-problem';
import { offeredReport } from './popup-report';
import { safeHotlineUrl } from '../lib/settings-check';
import { copyText } from '../ui/clipboard';

export interface PopupInput {
  /** The active tab; without an id the popup cannot ask for a clean reload of it. */
  readonly tabId?: number;
  /** Known only where the extension may read it (activeTab): the worker's `site` comes first. */
  readonly tabUrl?: string;
  /** The worker's answer to `tab-state`, null when it did not answer. */
  readonly view: TabView | null;
  readonly t: Translate;
  /** Replies come checked: a missing or malformed one is undefined. */
  readonly send: Send;
  readonly helpUrl: string;
  /** Where "Contacter la hotline" goes: the establishment's choice (a setting), the ATIH by default. */
  readonly hotlineUrl?: string;
  /** Asks the tab's content script (« Signaler un message »); without it, the report is not offered. */
  readonly tabSend?: TabSend;
}

function cleanReloadButton(doc: Document, tabId: number, input: PopupInput, status: HTMLElement): HTMLElement {
  const { t } = input;
  const button = el(
    doc,
    'button',
    { type: 'button', 'data-action': 'clean-reload', 'aria-describedby': 'clean-hint' },
    t('popup_clean_reload'),
  );
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = t('popup_clean_running');
    input
      .send({ type: 'clean-reload', tabId })
      .then(
        (result) => {
          if (result?.ok) status.textContent = t('popup_clean_done', [String(result.cookiesRemoved)]);
          else if (result?.refused) status.textContent = t(REFUSAL_MESSAGES[result.refused]);
          else status.textContent = t('popup_clean_failed', [result?.error ?? '']);
        },
        (error: unknown) => {
          status.textContent = t('popup_clean_failed', [errorText(error)]);
        },
      )
      .finally(() => {
        button.disabled = false;
      });
  });
  const group = el(doc, 'div', { class: 'action' });
  group.append(button, el(doc, 'p', { id: 'clean-hint', class: 'note' }, input.t('popup_clean_reload_hint')));
  return group;
}

function copyButton(doc: Document, report: string, t: Translate, status: HTMLElement): HTMLElement {
  const group = el(doc, 'div', { class: 'action' });
  const button = el(doc, 'button', { type: 'button', 'data-action': 'copy-diagnostic' }, t('popup_copy_diagnostic'));
  button.addEventListener('click', () => {
    copyText(doc, report).then(
      () => {
        status.textContent = t('popup_copy_done');
      },
      () => {
        status.textContent = t('popup_copy_failed');
        // The director can still copy by hand: the report appears, selected, in a read-only box.
        let box = group.querySelector('textarea');
        if (!box) {
          const label = el(doc, 'label', { for: 'diagnostic' }, t('popup_diagnostic_label'));
          box = el(doc, 'textarea', { id: 'diagnostic', readonly: '', rows: '6' });
          group.append(label, box);
        }
        box.value = report;
        box.focus();
        box.select();
      },
    );
  });
  group.append(button);
  return group;
}

function actionsSection(doc: Document, input: PopupInput, cleanable: boolean): HTMLElement | null {
  const { t, view } = input;
  const mail = view?.guidance.mail;
  const status = el(doc, 'p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const actions: HTMLElement[] = [];
  if (cleanable && input.tabId !== undefined) actions.push(cleanReloadButton(doc, input.tabId, input, status));
  // A real anchor the director clicks: a mailto opened by the worker leaves a blank tab in Chromium.
  if (mail && mail.href.startsWith('mailto:')) {
    const group = el(doc, 'div', { class: 'action' });
    group.append(
      el(
        doc,
        'a',
        { href: mail.href, 'data-action': 'mail-admin', class: 'button', 'aria-describedby': 'mail-hint' },
        t('popup_mail_admin'),
      ),
      el(doc, 'p', { id: 'mail-hint', class: 'note' }, t('popup_mail_hint')),
    );
    actions.push(group);
  }
  if (mail) actions.push(copyButton(doc, mail.report, t, status));
  if (actions.length === 0) return null;
  const section = el(doc, 'section', { class: 'actions', 'aria-labelledby': 'actions-heading' });
  section.append(el(doc, 'h2', { id: 'actions-heading' }, t('popup_actions_heading')), ...actions, status);
  return section;
}

function linksSection(doc: Document, input: PopupInput): HTMLElement {
  const { t } = input;
  const section = el(doc, 'section', { class: 'links', 'aria-labelledby': 'links-heading' });
  const list = el(doc, 'ul');
  const links: [string, string, string][] = [
    ['open-plage-profiles', SITE_URLS.plage, t('action_open_plage_profiles')],
    ['open-hotline', safeHotlineUrl(input.hotlineUrl), t('action_open_hotline')],
    ['open-help', input.helpUrl, t('popup_open_help')],
  ];
  for (const [action, href, text] of links) {
    const item = el(doc, 'li');
    item.append(externalLink(doc, href, text, { 'data-action': action }));
    list.append(item);
  }
  section.append(el(doc, 'h2', { id: 'links-heading' }, t('popup_links_heading')), list);
  return section;
}

/** Draws the popup for the active tab into the document's <main>. */
export function renderPopup(doc: Document, input: PopupInput): void {
  const { t, view } = input;
  doc.documentElement.lang = t('lang');
  doc.title = t('popup_title');
  applyPalette(doc);
  const site = view?.site ?? siteOfUrl(view?.network?.url) ?? siteOfUrl(input.tabUrl);
  // The worker names a site only once a frame reported a rule, and the tab URL is readable only where
  // the extension has access: say "not one of the sites" only when the URL shows it.
  const known = input.tabUrl !== undefined;
  const main = mainOf(doc);
  main.replaceChildren(el(doc, 'h1', {}, t('ext_name')), tabSection(doc, { view, site, known }, t));
  // Offered only where the worker would do it: it decides (the tab's top page shows a rule it offers
  // the clean reload for), and a button it would refuse would only say no.
  const offered = input.view?.guidance.actions.includes('clean-reload') ?? false;
  const actions = actionsSection(doc, input, (site === 'saga' || site === 'plage') && offered);
  if (actions) main.append(actions);
  const report = offeredReport(doc, { ...input, site });
  if (report) main.append(report);
  main.append(linksSection(doc, input));
}
