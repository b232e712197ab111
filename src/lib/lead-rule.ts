import type { Rule } from '../core/rule';
import { RULES_BY_PRIORITY } from '../rules';

/**
 * Which rule leads, decided once for the panel, the popup and the worker. The lead is the highest
 * priority rule shown that is not advice; advice (use Edge) never leads the guide's procedure: its
 * steps are folded into the lead, and it stands alone only when nothing else is shown.
 *
 * `rules` is where ids are looked up, highest priority first: the built-in catalogue, unless the
 * panel passes the rules it matched, which may include the establishment's extra rules.
 */

/** What the first section of a panel (and the popup) explains. */
export interface Lead {
  readonly rule: Rule;
  /** Message keys of advice steps appended after the rule's own: none when the advice is alone. */
  readonly extraSteps: readonly string[];
  /** True when the lead is advice shown on its own. */
  readonly adviceAlone: boolean;
}

export const isAdvice = (rule: Rule): boolean => rule.kind === 'advice';

/** The rules among `ids`, highest priority first (the catalogue's order, not the caller's). */
export function rulesOf(ids: readonly string[], rules: readonly Rule[] = RULES_BY_PRIORITY): Rule[] {
  return rules.filter((rule) => ids.includes(rule.id));
}

/** The highest-priority rule among `ids` that is not advice: the one the guidance is about. */
export function leadRule(ids: readonly string[], rules: readonly Rule[] = RULES_BY_PRIORITY): Rule | undefined {
  return rulesOf(ids, rules).find((rule) => !isAdvice(rule));
}

/**
 * The lead with every advice step folded in; when only advice is shown, the first advice alone, if
 * `adviceAllowedAlone` (the panel shows it alone once; the popup always may); else null.
 */
export function leadSection(
  ids: readonly string[],
  adviceAllowedAlone: boolean,
  rules: readonly Rule[] = RULES_BY_PRIORITY,
): Lead | null {
  const shown = rulesOf(ids, rules);
  const advice = shown.filter(isAdvice);
  const lead = shown.find((rule) => !isAdvice(rule));
  if (lead) return { rule: lead, extraSteps: advice.flatMap((rule) => rule.steps), adviceAlone: false };
  const [alone] = advice;
  return alone && adviceAllowedAlone ? { rule: alone, extraSteps: [], adviceAlone: true } : null;
}
