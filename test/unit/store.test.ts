import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const read = (path: string): string => readFileSync(root(path), 'utf8');
const json = <T>(path: string): T => JSON.parse(read(path)) as T;

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean }[];
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
}

interface Listing {
  languages: { default: string; listed: string[] };
  category: { chrome: string; edge: string };
  singlePurpose: Record<string, string>;
  descriptions: Record<string, string>;
  searchTerms: string[];
  justifications: {
    permissions: Record<string, string>;
    hostPermissions: Record<string, string>;
    contentScriptMatches: Record<string, string>;
    allFrames?: string;
    webAccessibleResources: Record<string, string>;
  };
  remoteCode: { uses: boolean; chromeAnswer: string; justification: string };
  dataUse: {
    collected: string[];
    notCollected: string[];
    certifications: string[];
    explanation: string;
    edgePersonalInformation: string;
  };
  privacyPolicy: { file: string; url: string | null };
  reviewerNotes: string;
}

const manifest = json<Manifest>('manifest.json');
const listing = json<Listing>('docs/store/listing.json');
const LOCALES = readdirSync(root('src/_locales')).sort();
const message = (locale: string, key: string): string =>
  json<Record<string, { message: string }>>(`src/_locales/${locale}/messages.json`)[key]?.message ?? '';

// The Chrome Web Store's data types, as its Privacy tab lists them: each must be answered one way or the other.
const CHROME_DATA_TYPES = [
  'Personally identifiable information',
  'Health information',
  'Financial and payment information',
  'Authentication information',
  'Personal communications',
  'Location',
  'Web history',
  'User activity',
  'Website content',
];

describe.each(LOCALES)('the package name and description in %s', (locale) => {
  it('fit the stores: name at most 75 characters, description at most 132', () => {
    const name = message(locale, 'ext_name');
    const description = message(locale, 'ext_description');
    expect(name.length, name).toBeGreaterThan(0);
    expect(name.length, name).toBeLessThanOrEqual(75);
    expect(description.length, description).toBeGreaterThan(0);
    expect(description.length, description).toBeLessThanOrEqual(132);
  });
});

describe('store listing: what manifest.json asks for, justified', () => {
  const { justifications: j } = listing;
  // Every entry of the manifest that a store asks to justify, and where listing.json justifies it.
  const asks: [string, string, Record<string, string>][] = [
    ...[...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])].map(
      (p) => ['permission', p, j.permissions] as [string, string, Record<string, string>],
    ),
    ...[...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])].map(
      (h) => ['host permission', h, j.hostPermissions] as [string, string, Record<string, string>],
    ),
    ...(manifest.content_scripts ?? []).flatMap((c) =>
      c.matches.map(
        (m) => ['content-script match', m, j.contentScriptMatches] as [string, string, Record<string, string>],
      ),
    ),
    ...(manifest.web_accessible_resources ?? []).flatMap((w) =>
      w.resources.map(
        (r) => ['web-accessible resource', r, j.webAccessibleResources] as [string, string, Record<string, string>],
      ),
    ),
  ];

  it.each(asks)('%s %s has a justification', (_kind, name, where) => {
    expect((where[name] ?? '').trim().length, `justify ${name} in docs/store/listing.json`).toBeGreaterThanOrEqual(40);
  });

  it('justifies nothing the manifest no longer asks for', () => {
    const asked = new Set(asks.map(([kind, name]) => `${kind} ${name}`));
    const stale = [
      ...Object.keys(j.permissions).map((p) => `permission ${p}`),
      ...Object.keys(j.hostPermissions).map((h) => `host permission ${h}`),
      ...Object.keys(j.contentScriptMatches).map((m) => `content-script match ${m}`),
      ...Object.keys(j.webAccessibleResources).map((r) => `web-accessible resource ${r}`),
    ].filter((entry) => !asked.has(entry));
    expect(stale).toEqual([]);
  });

  it('explains all_frames, and exposes the web-accessible resources to justified sites only', () => {
    if ((manifest.content_scripts ?? []).some((c) => c.all_frames))
      expect(j.allFrames?.length ?? 0).toBeGreaterThanOrEqual(40);
    const matches = (manifest.web_accessible_resources ?? []).flatMap((w) => w.matches);
    for (const match of matches) expect(j.contentScriptMatches[match], match).toBeTruthy();
  });
});

describe('store listing: texts', () => {
  it('lists the languages of src/_locales, French first', () => {
    expect(listing.languages.default).toBe('fr');
    expect([...listing.languages.listed].sort()).toEqual(LOCALES);
  });

  it.each(LOCALES)('has a long description in %s of 250 to 10,000 characters, naming the three sites', (locale) => {
    const file = listing.descriptions[locale] ?? '';
    expect(file, locale).toMatch(/\.txt$/);
    const text = read(`docs/store/${file}`);
    expect(text.length).toBeGreaterThanOrEqual(250);
    expect(text.length).toBeLessThanOrEqual(10_000);
    for (const host of ['saga.cng.sante.fr', 'connect-pasrel.atih.sante.fr', 'assistance.atih.sante.fr'])
      expect(text).toContain(host);
  });

  it.each(LOCALES)('states the single purpose in %s', (locale) => {
    const purpose = listing.singlePurpose[locale] ?? '';
    expect(purpose.length).toBeGreaterThanOrEqual(50);
    expect(purpose.length).toBeLessThanOrEqual(1_000);
    expect(purpose).toContain('SAGA Directeurs');
  });

  it('gives a category for each store and search terms within Edge limits (7 terms, 30 characters, 21 words)', () => {
    expect(listing.category.chrome).toBeTruthy();
    expect(listing.category.edge).toBeTruthy();
    expect(listing.searchTerms.length).toBeLessThanOrEqual(7);
    for (const term of listing.searchTerms) expect(term.length, term).toBeLessThanOrEqual(30);
    expect(listing.searchTerms.join(' ').split(/\s+/).length).toBeLessThanOrEqual(21);
  });
});

describe('store listing: privacy answers', () => {
  it('declares no remote code, and the manifest loads none', () => {
    expect(listing.remoteCode.uses).toBe(false);
    expect(listing.remoteCode.chromeAnswer).toMatch(/^No/);
    expect(listing.remoteCode.justification.length).toBeGreaterThan(40);
    expect(JSON.stringify(json<Record<string, unknown>>('manifest.json').content_security_policy ?? {})).not.toMatch(
      /http/i,
    );
  });

  it('answers every data type of the Chrome form: none collected', () => {
    const { collected, notCollected } = listing.dataUse;
    expect(collected).toEqual([]);
    expect([...collected, ...notCollected].sort()).toEqual([...CHROME_DATA_TYPES].sort());
  });

  it('certifies the three data-use statements and explains the local mail', () => {
    const { certifications, explanation, edgePersonalInformation } = listing.dataUse;
    expect(certifications).toHaveLength(3);
    for (const line of certifications) expect(line).toMatch(/^I do not (sell|use)/);
    expect(explanation).toMatch(/no network request of its own/);
    expect(explanation).toMatch(/mailto:/);
    expect(edgePersonalInformation).toMatch(/PRIVACY\.md/);
  });

  it('points to a privacy policy that exists', () => {
    expect(existsSync(root(listing.privacyPolicy.file))).toBe(true);
  });
});
