import type { Match } from '../core/evaluate';
import type { Rule } from '../core/rule';

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
  /** True when an advice rule is shown on its own, which may happen only once. */
  readonly adviceAlone: boolean;
}

const NOTHING: Presentation = { ruleIds: [], sections: [], targets: [], adviceAlone: false };

/**
 * What the panel shows for the matches. Advice (Edge recommended) is a step of the first section when
 * anything else matched; on its own it is shown only while `adviceAllowedAlone` says so.
 */
export function present(matches: readonly Match[], adviceAllowedAlone: boolean): Presentation {
  const advice = matches.filter((m) => m.rule.kind === 'advice');
  const others = matches.filter((m) => m.rule.kind !== 'advice');
  if (others.length === 0) {
    if (advice.length === 0 || !adviceAllowedAlone) return NOTHING;
    return {
      ruleIds: advice.map((m) => m.rule.id),
      sections: advice.map((m) => ({ rule: m.rule, params: m.params, extraSteps: [] })),
      targets: [],
      adviceAlone: true,
    };
  }
  const adviceSteps = advice.flatMap((m) => m.rule.steps);
  return {
    ruleIds: [...others, ...advice].map((m) => m.rule.id),
    sections: others.map((m, i) => ({ rule: m.rule, params: m.params, extraSteps: i === 0 ? adviceSteps : [] })),
    targets: others.flatMap((m) => m.targets),
    adviceAlone: false,
  };
}
