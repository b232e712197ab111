import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SITE_HOSTS } from '../../src/core/sites';
import { loadMessages, type Messages } from '../helpers/messages';

const root = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const manifest = JSON.parse(readFileSync(root('manifest.json'), 'utf8')) as Record<string, unknown> & {
  content_scripts: { matches: string[]; js: string[]; all_frames?: boolean }[];
  icons: Record<string, string>;
};
const LOCALES: Record<'fr' | 'en', Messages> = { fr: loadMessages('fr'), en: loadMessages('en') };
const HOSTS = ['saga.cng.sante.fr', 'connect-pasrel.atih.sante.fr', 'assistance.atih.sante.fr'];

describe('manifest.json', () => {
  it('is a Manifest V3 extension whose default language is French', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.default_locale).toBe('fr');
  });

  it.each(['name', 'description'])('takes its %s from a __MSG_ key defined in both French and English', (field) => {
    const match = /^__MSG_(\w+)__$/.exec(String(manifest[field]));
    expect(match).not.toBeNull();
    const key = match?.[1] as string;
    expect(LOCALES.fr[key]?.message).toBeTruthy();
    expect(LOCALES.en[key]?.message).toBeTruthy();
  });

  it('runs its content script on exactly the three https sites of the guide, in every frame', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    const [script] = manifest.content_scripts;
    expect([...(script?.matches ?? [])].sort()).toEqual(HOSTS.map((h) => `https://${h}/*`).sort());
    expect(script?.all_frames).toBe(true);
    expect(script?.js.length).toBeGreaterThan(0);
  });

  it('names the same hosts as the sites the content script recognises', () => {
    expect(Object.values(SITE_HOSTS).sort()).toEqual([...HOSTS].sort());
  });

  it('asks for the permissions the README explains, and host access to SAGA and PLAGE only', () => {
    // storage: state and settings; browsingData + cookies: the clean reload; webRequest: SAGA/PLAGE unreachable.
    expect(manifest.permissions).toEqual(['storage', 'browsingData', 'cookies', 'webRequest']);
    expect(manifest.host_permissions).toEqual([
      'https://saga.cng.sante.fr/*',
      'https://connect-pasrel.atih.sante.fr/*',
    ]);
    expect(manifest).not.toHaveProperty('optional_host_permissions');
  });

  it('exposes nothing to other extensions, and to the three sites only the panel module, at a per-session URL', () => {
    expect(manifest).not.toHaveProperty('externally_connectable');
    // use_dynamic_url: the file is reachable only at a URL that changes every session, never at one that
    // names the extension id (Chromium 130 and later; test/e2e/hostile-page.test.ts proves it).
    expect(manifest.web_accessible_resources).toEqual([
      {
        resources: ['panel.js'],
        use_dynamic_url: true,
        matches: [
          'https://saga.cng.sante.fr/*',
          'https://connect-pasrel.atih.sante.fr/*',
          'https://assistance.atih.sante.fr/*',
        ],
      },
    ]);
  });

  it('loads no remote code: no http(s) source in a content security policy', () => {
    const csp = JSON.stringify(manifest.content_security_policy ?? {});
    expect(csp).not.toMatch(/http/i);
  });

  it('names icon files that exist in icons/', () => {
    const files = Object.values(manifest.icons);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(file).toMatch(/^icons\/[\w-]+\.png$/);
      expect(existsSync(root(file)), file).toBe(true);
    }
  });
});

describe('_locales messages', () => {
  const entries = Object.entries(LOCALES) as ['fr' | 'en', Messages][];

  it('hold the same keys in French and in English', () => {
    expect(Object.keys(LOCALES.fr).sort()).toEqual(Object.keys(LOCALES.en).sort());
  });

  it.each(entries)('%s: no message is empty', (_, messages) => {
    const empty = Object.entries(messages).filter(
      ([, entry]) => typeof entry.message !== 'string' || entry.message.trim() === '',
    );
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it.each(entries)('%s: every $NAME$ placeholder used in a message is declared', (_, messages) => {
    const undeclared: string[] = [];
    for (const [key, entry] of Object.entries(messages)) {
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
        const declared = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase());
        if (!declared.includes((name as string).toLowerCase())) undeclared.push(`${key}: $${name}$`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('French quotes with « » every label the English quotes with “ ”, and never uses “ ” or "', () => {
    const count = (text: string, mark: string): number => text.split(mark).length - 1;
    const wrong: string[] = [];
    for (const [key, en] of Object.entries(LOCALES.en)) {
      const fr = LOCALES.fr[key]?.message ?? '';
      const quotes = count(en.message, '“');
      if (/[“”"]/.test(fr)) wrong.push(`${key}: English-style quotes in French`);
      if (count(fr, '«') !== count(fr, '»')) wrong.push(`${key}: unbalanced « »`);
      if (quotes > 0 && count(fr, '«') !== quotes)
        wrong.push(`${key}: ${quotes} “ ” in English, ${count(fr, '«')} « » in French`);
    }
    expect(wrong).toEqual([]);
  });
});
