import type { Rule } from '../core/rule';
import type { Site } from '../core/sites';
import type { ExtraRule } from '../lib/settings';
import { draftRule, entryLine } from '../lib/unknown-rule';
import { el, mainOf } from '../ui/page-dom';
import { onPress } from '../ui/press';
import { reasonText } from './options-problems';
import { parseRuleInput, type RuleInput } from './options-test-parse';
import { openTabs, tabRow, type OpenTab, type TabTester } from './options-test-tabs';
import { SITE_NAME_KEYS, siteLinks } from '../ui/site-links';

export type { TabInfo, TabsApi } from './options-test-tabs';

export interface RuleTesterInput extends TabTester {
  /** The built-in catalogue: its ids are taken, and its checks apply, as under policy. */
  readonly rules: readonly Rule[];
}

/** One rule under test and the open tabs of its site; with `draft`, the entry the page wrote, to copy. */
function ruleGroup(doc: Document, rule: ExtraRule, tabs: readonly OpenTab[], tester: TabTester, draft: boolean): Node {
  const { t } = tester;
  const group = el(doc, 'div', { class: 'rule-test', 'data-test-rule': rule.id });
  const heading = el(doc, 'h3', {}, `${t(SITE_NAME_KEYS[rule.site])} — `);
  heading.append(el(doc, 'code', {}, rule.id));
  group.append(heading);
  if (draft) {
    const entry = el(doc, 'p');
    entry.append(el(doc, 'code', { 'data-test-rule-entry': '' }, entryLine(rule)));
    group.append(el(doc, 'p', {}, t('options_test_entry')), entry);
  }
  const mine = tabs.filter((tab) => tab.site === rule.site);
  if (rule.site === 'hotline') group.append(el(doc, 'p', { 'data-no-tabs': '' }, t('options_test_hotline')));
  else if (mine.length === 0) group.append(el(doc, 'p', { 'data-no-tabs': '' }, t('options_test_no_site_tab')));
  const list = el(doc, 'ul', { class: 'test-tabs' });
  for (const tab of mine) list.append(tabRow(doc, tab, rule, tester, `${rule.id}-${tab.id}`));
  if (mine.length > 0) group.append(list);
  return group;
}

/** What the test found: the problems in policy's words, then each rule with the tabs it matches. */
function results(doc: Document, parsed: RuleInput, tabs: readonly OpenTab[], tester: TabTester): Node[] {
  const { t } = tester;
  if (parsed.kind === 'empty') return [el(doc, 'p', {}, t('options_test_empty'))];
  if (parsed.kind === 'json-error') {
    const where = [String(parsed.line), String(parsed.column), parsed.message];
    return [el(doc, 'p', { class: 'field-error', 'data-test-rule-problem': 'json' }, t('options_test_json', where))];
  }
  const nodes: Node[] = [];
  let rules: { rule: ExtraRule; draft: boolean }[];
  if (parsed.kind === 'text') {
    if (!parsed.phrases) return [el(doc, 'p', { 'data-test-rule-problem': 'phrases' }, t('options_test_no_phrase'))];
    // The rule a report from each site would carry: one draft per site with an open tab.
    const sites = [...new Set(tabs.map((tab) => tab.site))] as Site[];
    const phrases = parsed.phrases;
    rules = sites.map((site) => ({ rule: draftRule(site, phrases), draft: true }));
  } else {
    const problems = el(doc, 'ul', { class: 'field-error' });
    for (const { reason, detail } of parsed.problems) {
      const line = t('options_problem_line', ['extraRules', reasonText(t, reason), detail]);
      problems.append(el(doc, 'li', { 'data-test-rule-problem': reason }, line));
    }
    if (parsed.problems.length > 0) nodes.push(el(doc, 'p', {}, t('options_test_problems')), problems);
    if (parsed.rules.length > 0) nodes.push(el(doc, 'p', { 'data-test-rule-valid': '' }, t('options_test_valid')));
    rules = parsed.rules.map((rule) => ({ rule, draft: false }));
  }
  if (tabs.length === 0 && rules.length > 0)
    nodes.push(el(doc, 'p', { 'data-no-tabs': '' }, t('options_test_no_tabs')), siteLinks(doc, t, ['saga', 'plage']));
  for (const { rule, draft } of rules) nodes.push(ruleGroup(doc, rule, tabs, tester, draft));
  return nodes;
}

function testerSection(doc: Document, input: RuleTesterInput): HTMLElement {
  const { t } = input;
  const section = el(doc, 'section', { id: 'rule-test', class: 'rule-tester', 'aria-labelledby': 'rule-test-heading' });
  const box = el(doc, 'textarea', {
    id: 'rule-test-input',
    rows: '6',
    spellcheck: 'false',
    autocomplete: 'off',
    'aria-describedby': 'rule-test-help',
    'data-test-rule-input': '',
  });
  const button = el(doc, 'button', { type: 'button', 'data-action': 'test-rule' }, t('options_test_button'));
  const buttonLine = el(doc, 'p', { class: 'test-button' });
  buttonLine.append(button);
  const result = el(doc, 'div', { id: 'rule-test-result' });
  const status = el(doc, 'p', { class: 'note', role: 'status', 'aria-live': 'polite', 'data-test-status': '' });
  section.append(
    el(doc, 'h2', { id: 'rule-test-heading' }, t('options_test_heading')),
    el(doc, 'p', { id: 'rule-test-help', class: 'note' }, t('options_test_help')),
    el(doc, 'label', { for: box.id, class: 'setting-label' }, t('options_test_label')),
    box,
    buttonLine,
    status,
    result,
  );
  // Results of an older test that arrive late are not drawn over a newer one.
  let latest = 0;
  onPress(button, () => {
    const mine = ++latest;
    const parsed = parseRuleInput(box.value, input.rules);
    status.textContent = t('options_test_running');
    // The tabs are read only when there is a rule to try on them.
    const testable = (parsed.kind === 'text' && parsed.phrases) || (parsed.kind === 'rules' && parsed.rules.length);
    const tabs = testable ? openTabs(input.tabs) : Promise.resolve([]);
    void tabs.then((open) => {
      if (mine !== latest) return;
      result.replaceChildren(...results(doc, parsed, open, input));
      status.textContent = t('options_test_done');
    });
  });
  return section;
}

/**
 * « Tester une règle », for IT, below the settings: drawn once, and again only when the page's
 * language changes (what was typed is kept), so that a save elsewhere on the page does not wipe a test.
 * Nothing here changes the policy: a trial lasts the browser session, in the tested tab only.
 */
export function renderRuleTester(doc: Document, input: RuleTesterInput): void {
  const lang = input.t('lang');
  const old = doc.getElementById('rule-test');
  if (old?.dataset.lang === lang) return;
  const section = testerSection(doc, input);
  section.dataset.lang = lang;
  const typed = old?.querySelector('textarea')?.value;
  const box = section.querySelector('textarea');
  if (box && typed) box.value = typed;
  if (old) old.replaceWith(section);
  else mainOf(doc).insertBefore(section, doc.getElementById('options-status'));
}
