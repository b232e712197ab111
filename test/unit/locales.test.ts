import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SETTING_KEYS } from '../../src/lib/settings';
import { loadMessages } from '../helpers/messages';

// Every string the user sees lives in src/_locales: French (default) and English hold the same keys,
// every key is used, every key the source names exists, and the extension pages' own texts follow
// French typography.
const messages = { fr: loadMessages('fr'), en: loadMessages('en') };
const LOCALES = ['fr', 'en'] as const;
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(`${dir}${d.name}/`) : d.name.endsWith('.ts') ? [`${dir}${d.name}`] : [],
  );
const source = walk(SRC)
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
/** Message keys written out in the source, as the code style asks (no built names). */
const NAMED = [...source.matchAll(/'((?:options|setting|popup|help|panel|rule|mail|network)_[a-z0-9_]+)'/gi)].map(
  (m) => m[1] as string,
);

describe('locales', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.fr).sort());
  });

  it('use every message key somewhere in the source or the manifest', () => {
    const used = (key: string): boolean =>
      /^rule_/.test(key) || ['ext_name', 'ext_description', 'lang'].includes(key) || source.includes(`'${key}'`);
    expect(Object.keys(messages.fr).filter((k) => !used(k))).toEqual([]);
  });

  it.each(LOCALES)('%s: has a message for every key the source names, and a label and help per setting', (locale) => {
    const keys = [...NAMED, ...SETTING_KEYS.flatMap((k) => [`setting_${k}_label`, `setting_${k}_help`])];
    expect(keys.filter((key) => !messages[locale][key]?.message)).toEqual([]);
  });
});

// The pages' own texts: each described for translators, and typeset as French wants it.
describe.each([
  { group: 'options_ and setting_', prefix: /^(options|setting)_/ },
  { group: 'help_ and popup_', prefix: /^(help|popup)_/ },
])('$group messages', ({ prefix }) => {
  const own = (locale: 'fr' | 'en'): string[] => Object.keys(messages[locale]).filter((k) => prefix.test(k));

  it('exist in both locales, each with a message and a description', () => {
    expect(own('fr').sort()).toEqual(own('en').sort());
    for (const locale of LOCALES) {
      for (const key of own(locale)) {
        expect(messages[locale][key]?.message, `${locale} ${key}`).toBeTruthy();
        expect(messages[locale][key]?.description, `${locale} ${key}`).toBeTruthy();
      }
    }
  });

  it('follow French typography: no-break space inside « » and before : ; ? !', () => {
    for (const key of own('fr')) {
      const message = messages.fr[key]?.message ?? '';
      expect(message, key).not.toMatch(/« | »| [:;?!]/);
      expect(message, key).not.toMatch(/«[^\u00a0]|[^\u00a0]»|[^\s\u00a0/][;?!]|[^\s\u00a0/]:(?!\/\/)/);
    }
  });
});
