import type { Site } from './sites';

/** What a panel section looks like and how urgent it is. */
export type RuleKind = 'error' | 'action' | 'success' | 'advice';

/** Links a panel section offers, each an anchor carrying `data-action`; closing is the panel's own. */
export type ActionId = 'open-plage-profiles' | 'open-hotline' | 'open-saga';

/** One condition: any of its phrases (written as on the page; normalised when the catalogue loads). */
export type Clause = readonly string[];

/**
 * Text conditions. `page`: every clause is met by some visible block of the page (a screen). `block`:
 * every clause is met within one short block of text (a message box), in any order. Either way, a
 * phrase counts only where it stands as an error, not quoted, negated or explained in help or news;
 * a phrase of five words or more (a sentence) asks less of the page than key words do
 * (core/error-signals.ts).
 */
export interface TextCondition {
  readonly scope: 'page' | 'block';
  readonly all: readonly Clause[];
}

/** An element to point at: a visible piece of text, and the clickable element around or inside it. */
export interface TargetSpec {
  readonly text: string;
  /** The text must be the whole of its block (a button label), not just part of a sentence. */
  readonly exact?: boolean;
}

/** What a rule's own function sees: facts about the page that the scanner already gathered. */
export interface RuleContext {
  readonly document: Document;
  readonly site: Site;
  readonly isEdge: boolean;
  /** Visible blocks whose text contains the phrase (normalised by the caller). */
  blocksWith(phrase: string): Element[];
  /** Per-evaluation cache, so rules sharing an analysis (the profiles table) compute it once. */
  memo<T>(key: string, compute: () => T): T;
}

/** A rule function's answer: no match, or a match with optional elements and message parameters. */
export type Verdict = false | { readonly targets?: readonly Element[]; readonly params?: readonly string[] };

/**
 * A rule's part in the guided procedure the worker follows across SAGA and PLAGE: which error starts
 * it, which screens tell the PLAGE profile's state, which screen means the sign-in worked.
 */
export type Flow = 'rights' | 'pairing' | 'profile-active' | 'profile-missing' | 'profile-inactive' | 'signed-in';

export interface Rule {
  readonly id: string;
  readonly sites: readonly Site[];
  /** Higher first in the panel and in `data-rules`. */
  readonly priority: number;
  readonly kind: RuleKind;
  readonly when?: TextCondition;
  readonly test?: (ctx: RuleContext) => Verdict;
  readonly targets?: readonly TargetSpec[];
  /** Message keys in `_locales/<lang>/messages.json`. */
  readonly title: string;
  readonly steps: readonly string[];
  readonly actions: readonly ActionId[];
  readonly flow?: Flow;
}

/**
 * A rule as its file writes it: `steps` may be their count, the message keys then being those that
 * `npm run new-rule` names (`rule_<id>_title`, `rule_<id>_step1`, …), written once here rather than
 * in every rule: each key spelled out cost the 20 KB content script some 30 bytes. No `actions`: none.
 */
export type RuleData = Omit<Rule, 'title' | 'steps' | 'actions'> & {
  readonly title?: string;
  readonly steps: readonly string[] | number;
  readonly actions?: readonly ActionId[];
};

/** A rule file's data, type-checked, with its message keys. */
export function defineRule(rule: RuleData): Rule {
  const key = `rule_${rule.id.replace(/-/g, '_')}_`;
  const { steps } = rule;
  return {
    title: `${key}title`,
    actions: [],
    ...rule,
    steps: typeof steps == 'number' ? Array.from({ length: steps }, (_, n) => `${key}step${n + 1}`) : steps,
  };
}
