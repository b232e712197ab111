import type { Site } from './sites';

/** What a panel section looks like and how urgent it is. */
export type RuleKind = 'error' | 'action' | 'success' | 'advice';

/** Links a panel section offers, each an anchor carrying `data-action`; closing is the panel's own. */
export type ActionId = 'open-plage-profiles' | 'open-hotline' | 'open-saga';

/** One condition: any of its phrases (written as on the page; normalised when the catalogue loads). */
export type Clause = readonly string[];

/**
 * Text conditions. `page`: every clause is met by some visible block of the page. `block`: every
 * clause is met within one short block of text (a message box), in any order.
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

/** Identity function that type-checks a rule file's data. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
