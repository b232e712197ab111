import type { Match } from '../../core/evaluate';
import type { Rule } from '../../core/rule';
import { isAdvice, leadSection } from '../../lib/lead-rule';

/** One part of the panel: a rule's fix, possibly with advice steps folded in. */
export interface Section {
  readonly rule: Rule;
  readonly params: readonly string[];
  /** Message keys of advice steps appended after the rule's own. */
  readonly extraSteps: readonly string[];
}

export interface Presentation {
  /** Rule ids shown, highest priority first: the panel's `data-rules`. */
  readonly ruleIds: readonly string[];
  readonly sections: readonly Section[];
  readonly targets: readonly Element[];
  /** The message boxes the sections are about (the matches' evidence): the panel keeps them in view. */
  readonly messages: readonly Element[];
  /** True when an advice rule is shown on its own, which may happen only once. */
  readonly adviceAlone: boolean;
}

const NOTHING: Presentation = { ruleIds: [], sections: [], targets: [], messages: [], adviceAlone: false };

/**
 * What the panel shows for the matches (highest priority first, as evaluate() gives them). The lead
 * and the advice folded into it are decided by lib/lead-rule.ts, as for the popup and the worker; the
 * panel adds a section for each other rule shown, below the lead.
 */
export function present(matches: readonly Match[], adviceAllowedAlone: boolean): Presentation {
  // The matched rules, not the built-in catalogue: the establishment's extra rules may lead too.
  const rules = matches.map((m) => m.rule);
  const ids = rules.map((rule) => rule.id);
  const lead = leadSection(ids, adviceAllowedAlone, rules);
  if (!lead) return NOTHING;
  const advice = matches.filter((m) => isAdvice(m.rule));
  if (lead.adviceAlone) {
    return {
      ruleIds: advice.map((m) => m.rule.id),
      sections: advice.map((m) => ({ rule: m.rule, params: m.params, extraSteps: [] })),
      targets: [],
      messages: advice.flatMap((m) => m.evidence ?? []),
      adviceAlone: true,
    };
  }
  const others = matches.filter((m) => !isAdvice(m.rule));
  return {
    ruleIds: [...others, ...advice].map((m) => m.rule.id),
    sections: others.map((m) => ({
      rule: m.rule,
      params: m.params,
      extraSteps: m.rule === lead.rule ? lead.extraSteps : [],
    })),
    targets: others.flatMap((m) => m.targets),
    messages: others.flatMap((m) => m.evidence ?? []),
    adviceAlone: false,
  };
}
