import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/core/rule';
import { extraRulesAsRules } from '../../src/lib/extra-rules';
import { leadRule, leadSection, rulesOf } from '../../src/lib/lead-rule';
import { RULES, RULES_BY_PRIORITY } from '../../src/rules';

const ADVICE = 'browser-not-recommended';
const ADVICE_STEPS = RULES.find((r) => r.id === ADVICE)?.steps ?? [];
const rule = (id: string): Rule => RULES.find((r) => r.id === id) as Rule;

describe('rulesOf: the shown rules in the catalogue order', () => {
  it('orders by priority, not by the order of the ids, and skips unknown ids', () => {
    expect(rulesOf([ADVICE, 'plage-profile-active', 'no-such-rule', 'saga-rights-invalid']).map((r) => r.id)).toEqual([
      'saga-rights-invalid',
      'plage-profile-active',
      ADVICE,
    ]);
  });

  it('keeps every built-in rule, highest priority first, when all are shown', () => {
    expect(rulesOf(RULES.map((r) => r.id))).toEqual(RULES_BY_PRIORITY);
  });
});

describe('leadRule: which rule the guidance is about', () => {
  it('is the highest-priority rule shown', () => {
    expect(leadRule(['saga-pairing-failed', 'saga-rights-invalid'])?.id).toBe('saga-rights-invalid');
    expect(leadRule(['hotline-portal', 'hotline-plage'])?.id).toBe('hotline-plage');
  });

  it('is never the advice, even when the advice is all there is', () => {
    expect(leadRule([ADVICE, 'hotline-portal'])?.id).toBe('hotline-portal');
    expect(leadRule([ADVICE])).toBeUndefined();
    expect(leadRule([])).toBeUndefined();
  });

  it("looks in the given rules: the establishment's extra rules lead like built-in ones", () => {
    const [extra] = extraRulesAsRules([
      {
        id: 'proxy-blocked',
        site: 'saga',
        phrases: ['Accès refusé par le proxy'],
        titleFr: 'Proxy',
        stepsFr: ['Appeler'],
      },
    ]) as [Rule];
    const matched = [extra, rule('plage-profile-inactive'), rule(ADVICE)];
    expect(leadRule(['proxy-blocked', 'plage-profile-inactive', ADVICE], matched)).toBe(extra);
    // Unknown to the built-in catalogue, so the worker (which knows only that) finds no lead for it.
    expect(leadRule(['proxy-blocked'])).toBeUndefined();
  });
});

describe('leadSection: the first section, with the advice folded in', () => {
  it('folds the advice steps into the lead', () => {
    expect(leadSection(['plage-profile-missing', ADVICE, 'saga-rights-invalid'], false)).toEqual({
      rule: rule('saga-rights-invalid'),
      extraSteps: ADVICE_STEPS,
      adviceAlone: false,
    });
  });

  it('adds nothing when no advice is shown', () => {
    expect(leadSection(['saga-first-login'], true)).toEqual({
      rule: rule('saga-first-login'),
      extraSteps: [],
      adviceAlone: false,
    });
  });

  it('shows the advice alone only when allowed', () => {
    expect(leadSection([ADVICE], true)).toEqual({ rule: rule(ADVICE), extraSteps: [], adviceAlone: true });
    expect(leadSection([ADVICE], false)).toBeNull();
  });

  it('shows nothing for no rule, or only rules it does not know', () => {
    expect(leadSection([], true)).toBeNull();
    expect(leadSection(['no-such-rule'], true)).toBeNull();
  });
});
