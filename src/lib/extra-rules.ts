import { compileCatalogue } from '../core/catalogue';
import type { Rule } from '../core/rule';
import type { ExtraRule, SettingProblem } from './settings';

/** Message keys of an extra rule's texts, served by `extraMessages` instead of _locales. */
const key = (id: string, part: string): string => `extra:${id}:${part}`;

/**
 * Extra rules as catalogue rules: errors, recognised when all their phrases stand in one message box,
 * ranked just below the guide's own errors, with a link to the hotline. Told from news and help text as
 * the built-in rules are (core/error-signals.ts): a phrase of five words or more, the message's own
 * sentence, stands as an error on its own; shorter ones are key words, trusted only in an error box.
 */
export function extraRulesAsRules(extra: readonly ExtraRule[]): Rule[] {
  return extra.map((r, i) => ({
    id: r.id,
    sites: [r.site],
    priority: 90 - i / 100,
    kind: 'error',
    when: { scope: 'block', all: r.phrases.map((p) => [p]) },
    title: key(r.id, 'title'),
    steps: r.stepsFr.map((_, n) => key(r.id, `step${n}`)),
    actions: ['open-hotline'],
  }));
}

/** The extra rules' texts in `lang` (French when the IT department gave no English). */
export function extraMessages(extra: readonly ExtraRule[], lang: string): Map<string, string> {
  const messages = new Map<string, string>();
  const english = lang === 'en';
  for (const r of extra) {
    messages.set(key(r.id, 'title'), english && r.titleEn ? r.titleEn : r.titleFr);
    const steps = english && r.stepsEn && r.stepsEn.length === r.stepsFr.length ? r.stepsEn : r.stepsFr;
    steps.forEach((s, n) => messages.set(key(r.id, `step${n}`), s));
  }
  return messages;
}

/**
 * The rules the catalogue would leave out, as problems for the options page, where an administrator
 * looks: the content scripts only warn in the page's console, which nobody reads.
 */
export function ruleProblems(builtIn: readonly Rule[], extra: readonly ExtraRule[]): SettingProblem[] {
  const extraIds = new Set(extra.map((r) => r.id));
  return compileCatalogue([...builtIn, ...extraRulesAsRules(extra)]).dropped.map(({ id, error }) => ({
    key: extraIds.has(id) ? 'extraRules' : id,
    from: 'policy',
    reason: 'broken-rule',
    detail: `${id}: ${error}`,
  }));
}
