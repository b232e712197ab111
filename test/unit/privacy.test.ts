import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderHelp } from '../../src/help/help-view';
import { PRIVACY_ID, PRIVACY_ITEMS, PRIVACY_SECTION } from '../../src/help/privacy-content';
import { resolveSettings } from '../../src/lib/settings-resolve';
import { renderOptions } from '../../src/options/options-view';
import { RULES } from '../../src/rules';
import { getMessageFrom, loadMessages, type Locale } from '../helpers/messages';

const LOCALES: readonly Locale[] = ['fr', 'en'];
const messages = { fr: loadMessages('fr'), en: loadMessages('en') };
const read = (path: string): string => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
// French typography puts no-break spaces before « : » and inside « »; Markdown has plain spaces and `code`.
const plain = (text: string | null | undefined): string =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/`/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const privacyMd = read('PRIVACY.md');
const englishAt = privacyMd.indexOf('\n## English\n');
const POLICY: Record<Locale, string> = {
  fr: plain(privacyMd.slice(0, englishAt)),
  en: plain(privacyMd.slice(englishAt)),
};
const PROMISES = ['help_privacy_intro', ...Object.values(PRIVACY_ITEMS).flat()];

function options(locale: Locale): Document {
  const doc = new JSDOM('<main></main>').window.document;
  const t = getMessageFrom(messages[locale]);
  const ids = RULES.map((r) => r.id);
  renderOptions(doc, { resolved: resolveSettings({}, undefined, ids), t, rules: RULES, save: async () => undefined });
  return doc;
}

function help(locale: Locale): Document {
  const doc = new JSDOM('<main></main>').window.document;
  renderHelp(doc, getMessageFrom(messages[locale]));
  return doc;
}

describe.each(LOCALES)('privacy in the extension (%s)', (locale) => {
  it('the options page links to the privacy section of the packaged help page', () => {
    const link = options(locale).querySelector(`a[href="help.html#${PRIVACY_ID}"]`);
    expect(link).not.toBeNull();
    expect(plain(link?.textContent)).toBe(plain(messages[locale].options_privacy?.message));
  });

  it('the help page has that section, with every promise', () => {
    const section = help(locale).getElementById(PRIVACY_ID);
    expect(section?.tagName).toBe('SECTION');
    expect(plain(section?.querySelector('h2')?.textContent)).toBe(
      plain(messages[locale][PRIVACY_SECTION.title]?.message),
    );
    const text = plain(section?.textContent);
    for (const key of PROMISES) expect(text, key).toContain(plain(messages[locale][key]?.message));
  });
});

describe('PRIVACY.md', () => {
  it('is French first, then English', () => {
    expect(englishAt).toBeGreaterThan(0);
    expect(privacyMd.indexOf('## Français')).toBeLessThan(englishAt);
  });

  it.each(LOCALES)('states, in its %s half, every promise the extension shows, word for word', (locale) => {
    const missing = PROMISES.filter((key) => !POLICY[locale].includes(plain(messages[locale][key]?.message)));
    expect(missing, 'PRIVACY.md and the help_privacy_ messages must say the same').toEqual([]);
  });

  it.each(LOCALES)(
    'names, in its %s half, the key facts: the three sites, the three storage areas, the mail, no remote code',
    (locale) => {
      const facts = [
        'saga.cng.sante.fr',
        'connect-pasrel.atih.sante.fr',
        'assistance.atih.sante.fr',
        'storage.session',
        'storage.local',
        'storage.managed',
        'mailto:',
        'cng-saga@sante.gouv.fr',
      ];
      for (const fact of facts) expect(POLICY[locale], fact).toContain(fact);
      expect(POLICY[locale]).toContain(locale === 'fr' ? 'aucun code à distance' : 'no remote code');
      expect(POLICY[locale]).toContain(locale === 'fr' ? 'aucune statistique' : 'no usage statistics');
    },
  );

  it('is linked from the README, beside "What it may do, and why"', () => {
    const readme = read('README.md');
    const section = readme.slice(
      readme.indexOf('## What it may do, and why'),
      readme.indexOf('## What the buttons do'),
    );
    expect(section).toMatch(/Confidentialité \/ Privacy.*\(PRIVACY\.md\)/);
  });
});
