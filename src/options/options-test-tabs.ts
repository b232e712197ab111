import { SITE_URLS, siteOfUrl, type Site } from '../core/sites';
import type { RuleTest } from '../lib/tab-messages';
import type { Send } from '../lib/send';
import type { ExtraRule } from '../lib/settings';
import type { TabSend } from '../lib/tab-send';
import type { Translate } from '../lib/translate';
import { el } from '../ui/page-dom';
import { onPress } from '../ui/press';

/** A browser tab as tabs.query gives it: URL and title are there for the sites of the host access. */
export interface TabInfo {
  readonly id?: number;
  readonly title?: string;
  readonly url?: string;
}

export interface TabsApi {
  query(info: { url: string[] }): Promise<TabInfo[]>;
}

/** What testing a rule on tabs needs: the words, the tabs, their content scripts and the worker. */
export interface TabTester {
  readonly t: Translate;
  readonly tabs: TabsApi;
  readonly tabSend: TabSend;
  readonly send: Send;
}

export interface OpenTab {
  readonly id: number;
  readonly site: Site;
  readonly title: string;
  /** Its address without query string or fragment: a CAS `ticket=` is nobody's business here. */
  readonly address: string;
}

// The two sites of the host access: the only ones whose tabs show their URL to the extension.
const PATTERNS = [`${SITE_URLS.saga}*`, `${SITE_URLS.plage}*`];

/** The open SAGA and PLAGE tabs; none when the browser would not say. */
export async function openTabs(tabs: TabsApi): Promise<OpenTab[]> {
  const found = await tabs.query({ url: PATTERNS }).catch(() => []);
  return found.flatMap(({ id, title, url }) => {
    const site = siteOfUrl(url);
    if (id === undefined || !url || !site) return [];
    const { origin, pathname } = new URL(url);
    return [{ id, site, title: title || `${origin}${pathname}`, address: `${origin}${pathname}` }];
  });
}

function matchText(t: Translate, result: RuleTest | undefined): [state: string, text: string] {
  if (!result) return ['silent', t('options_test_no_answer')];
  return result.matches ? ['yes', t('options_test_match')] : ['no', t('options_test_no_match')];
}

/**
 * One tab: its title and address, whether the rule matches it now (asked of its content script,
 * nothing shown), and the trial: the worker shows the rule there for the browser session, until stopped.
 */
export function tabRow(doc: Document, tab: OpenTab, rule: ExtraRule, tester: TabTester, key: string): HTMLElement {
  const { t } = tester;
  const titleId = `test-tab-${key}`;
  const row = el(doc, 'li', { 'data-tab-id': String(tab.id) });
  const match = el(doc, 'p', { 'data-tab-match': 'pending' }, t('options_test_pending'));
  const trial = el(doc, 'p', { class: 'note', 'data-trial': '', 'aria-live': 'polite' });
  const show = (result: RuleTest | undefined): void => {
    const [state, text] = matchText(t, result);
    match.setAttribute('data-tab-match', state);
    match.textContent = text;
    if (result) row.setAttribute('data-matches', String(result.matches));
    else row.removeAttribute('data-matches');
  };
  const button = (action: string, label: string): HTMLButtonElement =>
    el(doc, 'button', { type: 'button', 'data-action': action, 'aria-describedby': titleId }, t(label));
  const tryIt = button('try-rule', 'options_test_try');
  const stop = button('stop-trial', 'options_test_stop');
  const trialRule = (chosen: ExtraRule | null): void => {
    tester
      .send({ type: 'trial-rule', tabId: tab.id, rule: chosen })
      .catch(() => undefined)
      .then((result) => {
        // Once a trial ends, `matches` speaks of no rule at all: the row keeps the test's answer.
        if (result && chosen) show(result);
        if (!result) trial.textContent = t('options_test_trial_failed');
        else if (chosen) trial.textContent = t(result.shown ? 'options_test_trial_on' : 'options_test_trial_failed');
        else trial.textContent = t('options_test_trial_off');
      });
  };
  onPress(tryIt, () => trialRule(rule));
  onPress(stop, () => trialRule(null));
  const actions = el(doc, 'p', { class: 'tab-actions' });
  actions.append(tryIt, ' ', stop);
  const address = el(doc, 'p');
  address.append(el(doc, 'code', { 'data-tab-address': '' }, tab.address));
  row.append(el(doc, 'strong', { id: titleId }, tab.title), address, match, actions, trial);
  tester.tabSend(tab.id, { type: 'test-rule', rule, show: false }).then(
    (result) => {
      show(result);
      if (result?.shown) trial.textContent = t('options_test_trial_on');
    },
    () => show(undefined),
  );
  return row;
}
