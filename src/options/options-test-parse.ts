import { phraseOptions } from '../core/message-phrases';
import type { Rule } from '../core/rule';
import { checkExtraRules } from '../lib/extra-rules-check';
import { ruleProblems } from '../lib/extra-rules';
import type { ExtraRule, ProblemReason } from '../lib/settings';

/** What IT pasted into « Tester une règle », read. */
export type RuleInput =
  | { readonly kind: 'empty' }
  /** Began as JSON but is not: where it failed (1-based), when the engine says, and its own words. */
  | { readonly kind: 'json-error'; readonly line: number; readonly column: number; readonly message: string }
  /** `extraRules` entries: those policy would accept, and one problem per entry it would leave out. */
  | {
      readonly kind: 'rules';
      readonly rules: readonly ExtraRule[];
      readonly problems: readonly { readonly reason: ProblemReason; readonly detail: string }[];
    }
  /** A message's text: the phrases a rule would look for, null when none could be chosen. */
  | { readonly kind: 'text'; readonly phrases: readonly string[] | null };

// Where JSON.parse failed, from its message: Chromium and Node say "line L column C" or "position P",
// Firefox "at line L column C"; "unexpected end" is the end of the text.
function failedAt(text: string, message: string): { line: number; column: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  const at = position ? Number(position[1]) : text.length;
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Reads the pasted text: JSON when it begins with { or [ (an entry, or a list as in policy), checked
 * exactly as policy's `extraRules` are (checkExtraRules, then the catalogue's own checks through
 * ruleProblems), so the page shows the same problems it would show under policy; any other text is a
 * message, from which a rule is drafted.
 */
export function parseRuleInput(pasted: string, builtIn: readonly Rule[]): RuleInput {
  const text = pasted.trim();
  if (!text) return { kind: 'empty' };
  if (!/^[[{]/.test(text)) return { kind: 'text', phrases: phraseOptions(text)[0] ?? null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'json-error', ...failedAt(text, message), message };
  }
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const checked = checkExtraRules(items, new Set(builtIn.map((r) => r.id)));
  // A rule the catalogue would leave out matches nothing: listed with the others, and not tested.
  const broken = ruleProblems(builtIn, checked.rules).filter((p) => p.key === 'extraRules');
  const dropped = (rule: ExtraRule): boolean => broken.some((p) => p.detail.startsWith(`${rule.id}: `));
  return {
    kind: 'rules',
    rules: checked.rules.filter((rule) => !dropped(rule)),
    problems: [
      ...checked.problems.map(([reason, detail]) => ({ reason, detail })),
      ...broken.map(({ reason, detail }) => ({ reason, detail })),
    ],
  };
}
