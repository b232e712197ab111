import { RULE_IDS } from '../rules';
import { checkExtraRules } from './extra-rules-check';
import type { ExtraRule } from './settings';
import type { TabMessageType, TabRequest } from './tab-messages';

/**
 * One parser per tab message type (lib/tab-messages.ts), held in a table typed over the whole map: a
 * type without its parser does not compile. The content script's door for what the extension's own
 * pages and worker ask of a tab, as request-parsers.ts is the worker's. Each gets a non-null object
 * and returns the request, or null.
 */
export type TabRequestParsers = {
  readonly [K in TabMessageType]: (raw: Readonly<Record<string, unknown>>) => TabRequest<K> | null;
};

/**
 * The rule as policy would take it (checkExtraRules, against the built-in ids), or null: a rule that
 * fails the check is tried as none, so that it matches nothing and ends a trial rather than start one.
 * The worker keeps trials by the same check (background/trial.ts).
 */
export function acceptedRule(raw: unknown): ExtraRule | null {
  if (raw === null || typeof raw !== 'object') return null;
  return checkExtraRules([raw], new Set(RULE_IDS)).rules[0] ?? null;
}

export const TAB_REQUEST_PARSERS: TabRequestParsers = {
  'pick-messages': () => ({ type: 'pick-messages' }),
  'test-rule': (m) =>
    typeof m.show === 'boolean' && (m.rule === null || typeof m.rule === 'object')
      ? { type: 'test-rule', rule: acceptedRule(m.rule), show: m.show }
      : null,
};

/**
 * The request, if `value` is a well-formed one; null otherwise (unknown type, wrong fields). The only
 * door into the panel module's tab answers (content/panel/tab-answers.ts).
 */
export function parseTabRequest(value: unknown): TabRequest | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  // Own keys only: a type named like an Object method ('toString', '__proto__') is unknown, not a parser.
  if (typeof m.type !== 'string' || !Object.hasOwn(TAB_REQUEST_PARSERS, m.type)) return null;
  return TAB_REQUEST_PARSERS[m.type as TabMessageType](m);
}
