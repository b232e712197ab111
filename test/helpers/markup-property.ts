import fc from 'fast-check';
import { expect, it } from 'vitest';
import { MARKUP_RUNS, MARKUP_SEED } from './markup-arbitraries';
import { placementArb } from './markup-pages';
import { expectedRules, shownRules, type Generated } from './markup-run';
import { RULE_MESSAGES } from './rule-markup';

/** Every generated page holding `rule`'s message, seen in Edge or Chrome, at any placement. */
export const generatedArb = (rule: string): fc.Arbitrary<Generated> => {
  const message = RULE_MESSAGES[rule];
  if (!message) throw new Error(`no message written for ${rule} in test/helpers/rule-markup.ts`);
  return fc.record({
    host: fc.constant(message.host),
    content: message.content,
    placement: placementArb,
    browser: fc.constantFrom('edge' as const, 'chrome' as const),
    delay: fc.nat(20),
  });
};

/**
 * The property of a rule: its message, in any markup a person reads the same way, at any placement,
 * is ALWAYS recognised, and nothing else is. On failure fast-check prints the seed, the path and the
 * shrunk page (its content, placement, browser).
 */
export function alwaysMatches(rule: string, runs = MARKUP_RUNS): void {
  it(
    `${rule}: its message in random markup always shows its panel (${runs} pages, seed ${MARKUP_SEED})`,
    {
      timeout: 300_000,
    },
    async () => {
      await fc.assert(
        // Shrinking chained markup seldom gets far, and each try is a page: a few dozen, then the case as found.
        fc.asyncProperty(fc.limitShrink(generatedArb(rule), 40), async (g) => {
          const expected = expectedRules(rule, g.browser);
          expect(await shownRules(g, expected)).toEqual(expected);
        }),
        { seed: MARKUP_SEED, numRuns: runs },
      );
    },
  );
}
