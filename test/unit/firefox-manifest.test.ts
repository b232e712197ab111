import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIREFOX_TARGET, firefoxManifest } from '../../scripts/firefox-manifest';
import { lintProblems, REVIEWED_WARNINGS } from '../../scripts/lint-firefox';
import { FIREFOX_ID, FIREFOX_MIN_VERSION } from '../../src/lib/firefox-id';

// The test command builds before testing, so dist/ and dist-firefox/ are this commit's builds.
const path = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));
type Manifest = Record<string, unknown> & {
  background: { service_worker?: string; scripts?: string[] };
  icons: Record<string, string>;
  action: { default_popup: string; default_icon: Record<string, string> };
  options_ui: { page: string };
  default_locale: string;
  content_scripts: { js: string[] }[];
  web_accessible_resources: { resources: string[] }[];
};
const read = (p: string): Manifest => JSON.parse(readFileSync(path(p), 'utf8')) as Manifest;
const chromium = read('dist/manifest.json');
const firefox = read('dist-firefox/manifest.json');

describe('the two builds', () => {
  it('dist/ keeps a service worker alone, which Chromium 111 and later load', () => {
    expect(chromium.background).toEqual({ service_worker: 'background.js' });
    expect(chromium).not.toHaveProperty('browser_specific_settings');
  });

  it('dist-firefox/ runs the same background.js as background.scripts, with no service worker', () => {
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
  });

  it('dist-firefox/ declares its add-on id, Firefox ESR 140 and that it collects no data', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: FIREFOX_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    });
    expect(FIREFOX_ID).toMatch(/^[a-z0-9-]+@[a-z0-9.-]+$/);
    expect([FIREFOX_MIN_VERSION, FIREFOX_TARGET]).toEqual(['140.0', 'firefox140']);
  });

  it('asks Firefox for the same permissions, hosts, content scripts, pages and icons as Chromium', () => {
    for (const key of ['permissions', 'host_permissions', 'content_scripts', 'icons', 'action', 'options_ui'])
      expect(firefox[key], key).toEqual(chromium[key]);
    for (const key of ['manifest_version', 'name', 'short_name', 'description', 'version', 'default_locale'])
      expect(firefox[key], key).toBe(chromium[key]);
    expect(firefox.web_accessible_resources).toEqual(
      (chromium.web_accessible_resources as { use_dynamic_url?: boolean }[]).map(
        ({ use_dynamic_url: _, ...entry }) => entry,
      ),
    );
  });

  it("leaves out only Chromium's keys Firefox does not know, and is firefoxManifest of dist/'s", () => {
    expect(Object.keys(chromium).filter((k) => !(k in firefox))).toEqual(['minimum_chrome_version', 'storage']);
    expect(Object.keys(firefox).filter((k) => !(k in chromium))).toEqual(['browser_specific_settings']);
    expect(firefox).toEqual(firefoxManifest(chromium));
  });

  it('names only files that exist in dist-firefox/', () => {
    const named = [
      ...Object.values(firefox.icons),
      ...Object.values(firefox.action.default_icon),
      firefox.action.default_popup,
      firefox.options_ui.page,
      ...(firefox.background.scripts ?? []),
      ...firefox.content_scripts.flatMap((c) => c.js),
      ...firefox.web_accessible_resources.flatMap((w) => w.resources),
      `_locales/${firefox.default_locale}/messages.json`,
    ];
    expect(named.length).toBeGreaterThan(10);
    for (const file of named) expect(existsSync(path(`dist-firefox/${file}`)), file).toBe(true);
  });

  it("holds dist/'s files but the managed schema, which only Chromium's manifest names", () => {
    expect(readdirSync(path('dist-firefox')).sort()).toEqual(
      readdirSync(path('dist'))
        .filter((f) => f !== 'managed-schema.json')
        .sort(),
    );
  });
});

describe('firefoxManifest', () => {
  const base = { manifest_version: 3, name: 'n', version: '1.0', minimum_chrome_version: '111' };

  it("keeps the keys' order and adds the gecko settings last", () => {
    const out = firefoxManifest({ ...base, background: { service_worker: 'w.js' }, permissions: ['storage'] });
    expect(Object.keys(out)).toEqual([
      'manifest_version',
      'name',
      'version',
      'background',
      'permissions',
      'browser_specific_settings',
    ]);
  });

  it('refuses a manifest without a service worker to run as background.scripts', () => {
    expect(() => firefoxManifest(base)).toThrow(/no background.service_worker/);
  });
});

describe('lint:firefox verdict', () => {
  const reviewed = REVIEWED_WARNINGS.map(({ code, file }) => ({ code, file, message: 'm' }));

  it('passes with no error and exactly the reviewed warnings', () => {
    expect(lintProblems({ errors: [], warnings: reviewed })).toEqual([]);
  });

  it('fails on an error, on a new warning, and on a reviewed warning that no longer shows', () => {
    const error = { code: 'MANIFEST_FIELD_INVALID', file: 'manifest.json', message: 'bad' };
    expect(lintProblems({ errors: [error], warnings: reviewed })).toEqual([expect.stringMatching(/^error MANIFEST/)]);
    const other = { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'popup.js', line: 1, column: 5, message: 'innerHTML' };
    expect(lintProblems({ errors: [], warnings: [...reviewed, other] })).toEqual([
      expect.stringMatching(/^warning UNSAFE_VAR_ASSIGNMENT \(popup.js:1:5\)/),
    ]);
    expect(lintProblems({ errors: [], warnings: reviewed.slice(1) })).toEqual([
      expect.stringMatching(/no longer shows/),
    ]);
  });
});
