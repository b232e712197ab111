import { normalise } from './normalise';
import type { Rule } from './rule';

export interface CompiledRule {
  readonly rule: Rule;
  /** Clauses as phrase numbers into `Catalogue.phrases`. */
  readonly clauses: readonly (readonly number[])[];
  readonly targets: readonly { readonly phrase: number; readonly exact: boolean }[];
}

/** Rules with every phrase normalised once and numbered, so the scanner indexes numbers. */
export interface Catalogue {
  readonly phrases: readonly string[];
  readonly rules: readonly CompiledRule[];
  /** Rules left out, and why: one bad rule (an empty phrase, malformed data) never costs the others. */
  readonly dropped: readonly { readonly id: string; readonly error: string }[];
}

export function compileCatalogue(rules: readonly Rule[]): Catalogue {
  const phrases: string[] = [];
  const compiled: CompiledRule[] = [];
  const dropped: { id: string; error: string }[] = [];
  const numberOf = (text: string): number => {
    const phrase = normalise(text);
    if (!phrase) throw new Error('empty phrase in a rule');
    const known = phrases.indexOf(phrase);
    return known < 0 ? phrases.push(phrase) - 1 : known;
  };
  for (const rule of [...rules].sort((a, b) => b.priority - a.priority)) {
    // Phrases are numbered in order: those a rule left out halfway added are the last ones, taken back
    // so that the scanner does not look for them.
    const before = phrases.length;
    try {
      compiled.push({
        rule,
        clauses: (rule.when?.all ?? []).map((clause) => clause.map(numberOf)),
        targets: (rule.targets ?? []).map((t) => ({ phrase: numberOf(t.text), exact: t.exact === true })),
      });
    } catch (error) {
      phrases.length = before;
      dropped.push({ id: String(rule.id), error: String(Object(error).message ?? error) });
    }
  }
  return { phrases, rules: compiled, dropped };
}
