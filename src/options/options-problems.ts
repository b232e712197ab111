import type { Translate } from '../lib/translate';
import type { ProblemReason, SettingProblem } from '../lib/settings';
import { el } from '../ui/page-dom';

// Keys written out in full, so the locale test finds each one in the source.
const REASONS: Record<ProblemReason, string> = {
  type: 'options_problem_type',
  email: 'options_problem_email',
  url: 'options_problem_url',
  'unknown-rule': 'options_problem_unknown_rule',
  'extra-rule': 'options_problem_extra_rule',
  'empty-phrase': 'options_problem_empty_phrase',
  'broken-rule': 'options_problem_broken_rule',
  'unknown-key': 'options_problem_unknown_key',
  json: 'options_problem_json',
  'too-long': 'options_problem_too_long',
};

/** Why a value was ignored, in words. */
export function reasonText(t: Translate, reason: ProblemReason): string {
  return t(REASONS[reason]);
}

/** One line per value of the user's own that was ignored, shown next to its field. */
export function userProblemText(t: Translate, problems: readonly SettingProblem[], key: string): string {
  return problems
    .filter((p) => p.from === 'user' && p.key === key)
    .map((p) => t('options_user_problem', [reasonText(t, p.reason), p.detail]))
    .join(' ');
}

/**
 * What the establishment's policy set wrong, at the top of the page: the director can pass it on to
 * IT word for word (the key and the value), and knows the rest of the policy still applies.
 */
export function policyProblemsView(
  doc: Document,
  problems: readonly SettingProblem[],
  t: Translate,
): HTMLElement | null {
  const mine = problems.filter((p) => p.from === 'policy');
  if (mine.length === 0) return null;
  const section = el(doc, 'section', {
    id: 'policy-problems',
    class: 'problem error',
    'aria-labelledby': 'policy-problems-title',
  });
  const list = el(doc, 'ul');
  for (const p of mine) {
    list.append(
      el(
        doc,
        'li',
        { 'data-problem-key': p.key, 'data-reason': p.reason },
        t('options_problem_line', [p.key, reasonText(t, p.reason), p.detail]),
      ),
    );
  }
  section.append(
    el(doc, 'h2', { id: 'policy-problems-title' }, t('options_problems_heading')),
    el(doc, 'p', {}, t('options_problems_intro')),
    list,
    el(doc, 'p', {}, t('options_problems_rest')),
  );
  return section;
}
