import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/content/panel/tab-answers';
import { siteOf } from '../../src/core/sites';
import { checkExtraRules } from '../../src/lib/extra-rules-check';
import type { ExtraRule } from '../../src/lib/settings';
import type { MessageCandidate, MessagePick } from '../../src/lib/tab-messages';
import { draftRule } from '../../src/lib/unknown-rule';
import { RULE_IDS } from '../../src/rules';
import { fixturePath, openFixture, start, until, type BrowserName } from '../helpers/page';

// Issue 14, item 5: the rule a report proposes for a message SAGA Helper does not know, put into
// `extraRules` as IT would (policy, through the settings path the content script reads), shows its
// panel on the page the message came from, and on no fixture page of another rule.
const UNKNOWN: readonly (readonly [string, string])[] = [
  ['saga.cng.sante.fr/unknown-outage.html', 'fermé pour une opération de maintenance programmée'],
  ['saga.cng.sante.fr/unknown-alert.html', 'Votre session a expiré'],
  ['saga.cng.sante.fr/unknown-dsfr.html', 'Le dépôt de votre dossier de candidature'],
  ['saga.cng.sante.fr/unknown-reference.html', 'Une erreur technique est survenue'],
  ['saga.cng.sante.fr/unknown-table-cell.html', 'Votre profil de directeur'],
  ['saga.cng.sante.fr/unknown-shadow.html', 'La liaison avec le service'],
  ['connect-pasrel.atih.sante.fr/unknown-error.html', 'Votre mot de passe Plage est arrivé à échéance'],
  ['connect-pasrel.atih.sante.fr/unknown-secrets.html', 'Identifiant ou mot de passe incorrect'],
];
interface Expectation {
  readonly fixture: string;
  readonly browser: BrowserName;
  readonly rules: readonly string[];
  readonly layout?: boolean;
}
const EXPECTATIONS = JSON.parse(readFileSync(fixturePath('expectations.json'), 'utf8')) as Expectation[];
// Pages whose content arrives after load, from their own script.
const LATE = ['late-error.html', 'body-replaced.html', 'late-error-shadow.html'];

/** The candidate a director picks on `fixture`: the one that says `words`. */
async function picked(fixture: string, words: string): Promise<{ candidate?: MessageCandidate; rule: ExtraRule }> {
  const dom = openFixture(fixture);
  const win = dom.window as unknown as Window;
  const site = siteOf(win.location.hostname);
  if (!site) throw new Error(`${fixture} is none of the sites`);
  const host = { doc: win.document, win, site, owns: () => false, trial: () => undefined };
  const pick = (await answer({ type: 'pick-messages' }, host)) as MessagePick;
  dom.window.close();
  const candidate = pick.candidates.find((c) => c.text.includes(words));
  return { candidate, rule: draftRule(site, candidate?.phrases ?? []) };
}

// The schema of one extraRules entry (src/managed-schema.json), as Chromium checks a policy against it.
interface SchemaNode {
  type: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}
const SCHEMA = JSON.parse(readFileSync(new URL('../../src/managed-schema.json', import.meta.url), 'utf8')) as {
  properties: { extraRules: SchemaNode };
};
function fits(value: unknown, node: SchemaNode): boolean {
  if (node.type === 'array') return Array.isArray(value) && value.every((v) => fits(v, node.items as SchemaNode));
  if (node.type !== 'object') return typeof value === node.type;
  const props = node.properties ?? {};
  return Object.entries(value as object).every(([k, v]) => k in props && fits(v, props[k] as SchemaNode));
}

describe('a rule generated from a message SAGA Helper does not know', () => {
  it.each(UNKNOWN)('%s: picked, verified, valid, and its panel shows there once in policy', async (fixture, words) => {
    const { candidate, rule } = await picked(fixture, words);
    expect(candidate, `a candidate says "${words}"`).toBeDefined();
    expect(candidate?.verified).toBe(true);
    expect(checkExtraRules([rule], new Set(RULE_IDS)).problems).toEqual([]);
    expect(fits([rule], SCHEMA.properties.extraRules)).toBe(true);
    // No fixture page shows a panel by itself: the new rule is the only one.
    const page = start(openFixture(fixture), { policy: { extraRules: [rule] } });
    await until(() => page.rules().length > 0);
    expect(page.rules()).toEqual([rule.id]);
    page.handle?.stop();
  });

  describe('and shows on no fixture page of another rule', () => {
    const rules = new Map<string, ExtraRule>();
    beforeAll(async () => {
      for (const [fixture, words] of UNKNOWN) rules.set(fixture, (await picked(fixture, words)).rule);
    });

    // Every page and browser expectations.json lists, with all the generated rules in policy at once.
    it.each(EXPECTATIONS.filter((e) => !e.layout))('$fixture in $browser', async ({ fixture, browser, rules: own }) => {
      expect(rules.size).toBe(UNKNOWN.length);
      const page = start(openFixture(fixture, browser), { policy: { extraRules: [...rules.values()] } });
      if (LATE.some((late) => fixture.endsWith(late))) await until(() => page.rules().length > 0);
      await page.settle();
      const generated = rules.get(fixture);
      expect(page.rules()).toEqual(generated ? [generated.id, ...own] : own);
      page.handle?.stop();
    });
  });
});
