import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES } from '../../src/rules';
import { fixturePath } from '../helpers/page';
import { loadMessages } from '../helpers/messages';

const fr = loadMessages('fr');
const en = loadMessages('en');
const expectations = JSON.parse(readFileSync(fixturePath('expectations.json'), 'utf8')) as {
  fixture: string;
  rules: string[];
  note: string;
}[];

// The ids are a contract with tests outside the project (and with IT departments' policies).
const CONTRACT_IDS = [
  'saga-first-login',
  'saga-account-choice',
  'saga-rights-invalid',
  'saga-pairing-failed',
  'plage-profile-active',
  'plage-profile-missing',
  'plage-profile-inactive',
  'hotline-portal',
  'hotline-plage',
  'browser-not-recommended',
];

describe('rule catalogue', () => {
  it('holds every contract rule id, and each id once', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    expect(RULE_IDS).toEqual(RULES.map((r) => r.id));
    for (const id of CONTRACT_IDS) expect(RULE_IDS).toContain(id);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s lives in src/rules/<id>.ts', (id) => {
    const file = fileURLToPath(new URL(`../../src/rules/${id}.ts`, import.meta.url));
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`id: '${id}'`);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has a fixture page that triggers it', (id) => {
    expect(expectations.some((e) => e.rules.includes(id))).toBe(true);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has a French and an English message for every key', (_id, rule) => {
    for (const key of [rule.title, ...rule.steps]) {
      expect(fr[key]?.message, `fr ${key}`).toBeTruthy();
      expect(en[key]?.message, `en ${key}`).toBeTruthy();
    }
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s has a site, a step, and phrases in every clause or a test',
    (_id, rule) => {
      expect(rule.sites.length).toBeGreaterThan(0);
      expect(rule.steps.length).toBeGreaterThan(0);
      expect(rule.when !== undefined || rule.test !== undefined).toBe(true);
      for (const clause of rule.when?.all ?? [])
        expect(clause.length, 'write the phrases of the message').toBeGreaterThan(0);
    },
  );

  it('is what README\u2019s rule table lists, with no TODO left', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const table = readme.slice(
      readme.indexOf('| Screen of the guide |'),
      readme.indexOf('\n\n', readme.indexOf('| Screen of the guide |')),
    );
    const rows = table.split('\n').slice(2);
    const listed = rows.map((row) => /\| `([a-z0-9-]+)` \|/.exec(row)?.[1] ?? row);
    expect(listed.sort()).toEqual([...RULE_IDS, 'network-unreachable'].sort());
    expect(rows.filter((row) => row.includes('TODO'))).toEqual([]);
  });

  it('has fixture notes written, no TODO left', () => {
    expect(expectations.filter((e) => e.note.includes('TODO')).map((e) => e.fixture)).toEqual([]);
  });

  it('has distinct priorities, so data-rules order never depends on file order', () => {
    const priorities = RULES.map((r) => r.priority);
    expect(new Set(priorities).size).toBe(priorities.length);
  });
});
