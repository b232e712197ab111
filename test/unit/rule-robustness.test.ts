import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileCatalogue } from '../../src/core/catalogue';
import type { Rule } from '../../src/core/rule';
import { ruleProblems } from '../../src/lib/extra-rules';
import { DEFAULT_SETTINGS, type ExtraRule } from '../../src/lib/settings';
import { resolveSettings } from '../../src/lib/settings-resolve';
import { ruleSet } from '../../src/content/rule-set';
import { RULE_IDS, RULES } from '../../src/rules';
import { en, fr, openOptions } from '../helpers/options-page';
import { openFixture, start } from '../helpers/page';
import { plain } from '../helpers/text';

// Issue "Security", finding 3: one bad extra rule used to throw while the catalogue was built, in every
// content script, and the error was swallowed: no rule fired and nothing said why.
const MAINTENANCE = {
  id: 'saga-maintenance',
  site: 'saga',
  phrases: ['maintenance'],
  titleFr: 'SAGA Directeurs est en maintenance',
  stepsFr: ['Réessayez après 18 h.'],
};
// Phrases that pass `trim()` but that normalise() turns into nothing.
const NOTHING = [
  ['a zero-width space', '\u200B'],
  ['zero-width joiners', '\u200C\u200D'],
  ['combining marks only', '\u0301\u0300'],
  ['a zero-width space between combining marks', '\u0301\u200B\u0327'],
];
const withPhrase = (phrase: string): typeof MAINTENANCE => ({ ...MAINTENANCE, phrases: ['maintenance', phrase] });
const bareRule = (id: string, phrase: string): Rule => ({
  id,
  sites: ['saga'],
  priority: 1,
  kind: 'error',
  when: { scope: 'block', all: [[phrase]] },
  title: 't',
  steps: ['s'],
  actions: [],
});

afterEach(() => vi.restoreAllMocks());

describe('an extra rule whose phrase normalises to nothing', () => {
  it.each(NOTHING)('is refused by the policy check: %s', (_name, phrase) => {
    const r = resolveSettings({ extraRules: [withPhrase(phrase), { ...MAINTENANCE, id: 'saga-other' }] }, {}, RULE_IDS);
    expect(r.settings.extraRules.map((x) => x.id)).toEqual(['saga-other']);
    expect(r.problems).toEqual([
      expect.objectContaining({ key: 'extraRules', from: 'policy', reason: 'empty-phrase' }),
    ]);
    // The invisible characters are written out, so IT can find them in the policy.
    expect(r.problems[0]?.detail).toMatch(/^saga-maintenance: phrases\[1\] "(\\u[0-9A-F]{4})+"$/);
  });

  it('is shown on the options page with the other policy problems, in French and in English', () => {
    const policy = { extraRules: [withPhrase('\u200B')] };
    const line = (t: typeof fr): string =>
      plain(openOptions({ policy, input: { t } }).doc.querySelector('#policy-problems li')?.textContent);
    expect(line(fr)).toBe(
      plain(`extraRules : ${fr('options_problem_empty_phrase')} — « saga-maintenance: phrases[1] "\\u200B" »`),
    );
    expect(line(en)).toBe(
      plain(`extraRules: ${en('options_problem_empty_phrase')} — “saga-maintenance: phrases[1] "\\u200B"”`),
    );
    expect(fr('options_problem_empty_phrase')).not.toBe('');
    expect(en('options_problem_empty_phrase')).not.toBe('');
  });

  it('never silences the built-in rules on the page', () => {
    const page = start(openFixture('saga.cng.sante.fr/rights-invalid.html'), {
      policy: { extraRules: [withPhrase('\u200B')] },
    });
    expect(page.rules()).toEqual(['saga-rights-invalid']);
  });
});

describe('the catalogue is built rule by rule', () => {
  it('has every built-in rule, none left out', () => {
    const catalogue = compileCatalogue(RULES);
    expect(catalogue.dropped).toEqual([]);
    expect(catalogue.rules.map((c) => c.rule.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it('leaves out a rule with an empty phrase, says which and why, and keeps every other rule', () => {
    const catalogue = compileCatalogue([bareRule('broken', '\u200B'), ...RULES, bareRule('fine', 'maintenance')]);
    expect(catalogue.dropped).toEqual([{ id: 'broken', error: 'empty phrase in a rule' }]);
    expect(catalogue.rules.map((c) => c.rule.id).sort()).toEqual([...RULE_IDS, 'fine'].sort());
    // No phrase of the rule left out stays behind to be looked for.
    expect(catalogue.phrases).not.toContain('');
  });

  it('leaves out a malformed rule (clauses that are not lists, targets without text)', () => {
    const odd = [
      { ...bareRule('not-a-list', 'x'), when: { scope: 'block', all: 'maintenance' } },
      { ...bareRule('no-target-text', 'maintenance'), targets: [{}] },
    ] as unknown as Rule[];
    const catalogue = compileCatalogue([...odd, ...RULES]);
    expect(catalogue.dropped.map((d) => d.id)).toEqual(['not-a-list', 'no-target-text']);
    expect(catalogue.rules).toHaveLength(RULES.length);
  });

  it('in the content script: an extra rule stored past the policy check is left out, warned once by name', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const stored = { ...MAINTENANCE, phrases: ['\u200B'] } as ExtraRule;
    const set = ruleSet({ settings: { ...DEFAULT_SETTINGS, extraRules: [stored] }, t: fr });
    expect(set.catalogue.rules.map((c) => c.rule.id).sort()).toEqual([...RULE_IDS].sort());
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.join(' '))).toContain('saga-maintenance');
  });

  it('on the options page: a rule the catalogue leaves out is listed with the policy problems', () => {
    const stored = [{ ...MAINTENANCE, phrases: ['\u200B'] }] as ExtraRule[];
    const problems = ruleProblems(RULES, stored);
    expect(problems).toEqual([
      { key: 'extraRules', from: 'policy', reason: 'broken-rule', detail: 'saga-maintenance: empty phrase in a rule' },
    ]);
    expect(ruleProblems(RULES, [])).toEqual([]);
    const resolved = resolveSettings({}, {}, RULE_IDS);
    const page = openOptions({ input: { resolved: { ...resolved, problems } } });
    expect(plain(page.doc.querySelector('#policy-problems li')?.textContent)).toBe(
      `extraRules : ${fr('options_problem_broken_rule')} — « saga-maintenance: empty phrase in a rule »`,
    );
    expect(fr('options_problem_broken_rule')).not.toBe('');
    expect(en('options_problem_broken_rule')).not.toBe('');
  });
});
