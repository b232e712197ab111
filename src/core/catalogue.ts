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
}

export function compileCatalogue(rules: readonly Rule[]): Catalogue {
  const phrases: string[] = [];
  const numberOf = (text: string): number => {
    const phrase = normalise(text);
    if (phrase.length === 0) throw new Error('empty phrase in a rule');
    const known = phrases.indexOf(phrase);
    if (known >= 0) return known;
    phrases.push(phrase);
    return phrases.length - 1;
  };
  const compiled = [...rules]
    .sort((a, b) => b.priority - a.priority)
    .map((rule) => ({
      rule,
      clauses: (rule.when?.all ?? []).map((clause) => clause.map(numberOf)),
      targets: (rule.targets ?? []).map((t) => ({ phrase: numberOf(t.text), exact: t.exact === true })),
    }));
  return { phrases, rules: compiled };
}
