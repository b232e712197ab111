import type { Site } from '../core/sites';
import type { TabView } from '../lib/messages';
import { RULES } from '../rules';
import type { Send } from '../lib/send';
import type { MessageCandidate, MessagePick } from '../lib/tab-messages';
import type { TabSend } from '../lib/tab-send';
import type { Translate } from '../lib/translate';
import { el } from '../ui/page-dom';
import { onPress } from '../ui/press';
import { candidatesView, previewView, type Preview } from './popup-report-view';

export interface ReportInput {
  readonly tabId: number;
  readonly t: Translate;
  readonly send: Send;
  readonly tabSend: TabSend;
  /** The tab already shows a rule: the report is then of another message ("ce n'est pas mon problème"). */
  readonly ruleShown: boolean;
}

/**
 * « Signaler un message que SAGA Helper ne reconnaît pas », in three clicks from the toolbar: this
 * button asks the page for the blocks that look like messages, the first one is picked and its report
 * asked of the worker at once, and the mail link is the third click. The worker writes the report
 * (address, body, rule); the popup shows exactly that body, and nothing typed goes into it.
 */
export function reportSection(doc: Document, input: ReportInput): HTMLElement {
  const { t } = input;
  const section = el(doc, 'section', { class: 'report', 'aria-labelledby': 'report-heading' });
  const button = el(
    doc,
    'button',
    { type: 'button', 'data-action': 'report-unknown', 'aria-describedby': 'report-hint' },
    t(input.ruleShown ? 'popup_report_other' : 'popup_report_unknown'),
  );
  const area = el(doc, 'div', { class: 'report-area' });
  const status = el(doc, 'p', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-report-status': '' });
  section.append(
    el(doc, 'h2', { id: 'report-heading' }, t('popup_report_heading')),
    button,
    el(doc, 'p', { id: 'report-hint', class: 'note' }, t('popup_report_hint')),
    area,
    status,
  );
  // One counter for every request of this popup: only the answer to the latest choice is drawn, even
  // when an earlier one arrives after it (a radio changed quickly, the page asked again).
  let latest = 0;
  const ask = (pick: MessagePick, candidate: MessageCandidate, preview: Preview): void => {
    const mine = ++latest;
    preview.show(null);
    status.textContent = t('popup_report_writing');
    const { site, url } = pick;
    const { text, phrases, verified } = candidate;
    input
      .send({ type: 'unknown-report', site, url, text, phrases: [...phrases], verified })
      .catch(() => undefined)
      .then((report) => {
        if (mine !== latest) return;
        // The link becomes an href: nothing but a mailto: address may get there.
        if (!report?.href.startsWith('mailto:')) {
          status.textContent = t('popup_report_worker_silent');
          return;
        }
        preview.show(report, verified);
        status.textContent = t('popup_report_ready');
      });
  };
  onPress(button, () => {
    const mine = ++latest;
    button.disabled = true;
    area.replaceChildren();
    status.textContent = t('popup_report_looking');
    input
      .tabSend(input.tabId, { type: 'pick-messages' })
      .catch(() => undefined)
      .then((pick) => {
        button.disabled = false;
        if (mine !== latest) return;
        // No content script (a page loaded before the extension) or an older one: a reload fixes both.
        if (!pick) status.textContent = t('popup_report_no_answer');
        else if (pick.candidates.length === 0) status.textContent = t('popup_report_none');
        else {
          const preview = previewView(doc, t, status);
          const choose = (candidate: MessageCandidate): void => ask(pick, candidate, preview);
          area.replaceChildren(candidatesView(doc, pick.candidates, t, choose), preview.element);
          choose(pick.candidates[0] as MessageCandidate);
        }
      });
  });
  return section;
}

/** What the popup knows when it decides whether to offer the report. */
export interface ReportFacts {
  readonly tabId?: number;
  readonly tabUrl?: string;
  readonly site: Site | null;
  readonly view: TabView | null;
  readonly t: Translate;
  readonly send: Send;
  readonly tabSend?: TabSend;
}

/**
 * The report is offered on the served sites, and where the tab's URL is unknown (the ATIH assistance,
 * where the extension has no host access): the page itself then says whether it has messages. Not
 * when the site could not be reached: there is no page to read.
 */
export function offeredReport(doc: Document, facts: ReportFacts): HTMLElement | null {
  const { tabId, tabSend, view, t, send } = facts;
  if (tabId === undefined || !tabSend || view?.network) return null;
  if (facts.site === null && facts.tabUrl !== undefined) return null;
  // Advice alone (use Edge) is no answer to the director's problem: the report is then not "another" one.
  const advice = new Set(RULES.filter((r) => r.kind === 'advice').map((r) => r.id));
  const ruleShown = view?.rules.some((id) => !advice.has(id)) ?? false;
  return reportSection(doc, { tabId, t, send, tabSend, ruleShown });
}
