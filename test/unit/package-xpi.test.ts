import { type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkXpiManifest } from '../../scripts/package/xpi';
import { FIREFOX_ID } from '../../src/lib/firefox-id';
import {
  DIST,
  DIST_FIREFOX,
  DIST_FIREFOX_FILES,
  FIREFOX_MANIFEST,
  manifestOf,
  put,
  tmp,
  unzip,
} from '../helpers/package-fixtures';
import { runScript } from '../helpers/run-script';

// Firefox's package: dist-firefox/ zipped as it is, unsigned, by both forms of npm run package. The
// store-only form is enough here: it needs neither a key nor Chromium, and writes the same XPI.
const XPI = 'saga-helper-1.2.3.xpi';
const run = (args: string[]): SpawnSyncReturns<string> =>
  runScript('package.ts', ['--store-only', '--dist', DIST, ...args], {
    env: { ...process.env, CHROME_PATH: join(tmp, 'no-chromium') },
  });

describe('npm run package: the XPI', () => {
  const outs = [join(tmp, 'xpi-1/release'), join(tmp, 'xpi-2/release')];
  const xpi = (i: number): Buffer => readFileSync(join(outs[i]!, XPI));
  const runs: SpawnSyncReturns<string>[] = [];
  beforeAll(() => {
    runs.push(run(['--out', outs[0]!]));
    for (const name of Object.keys(DIST_FIREFOX_FILES))
      utimesSync(join(DIST_FIREFOX, name), new Date(), new Date(2032, 1, 3));
    // Named explicitly this time: the same folder as the default one, beside dist/.
    runs.push(run(['--dist-firefox', DIST_FIREFOX, '--out', outs[1]!]));
  });

  it('is written beside store/, and named in what the command prints', () => {
    expect(runs.map((r) => [r.status, r.stderr])).toEqual([
      [0, ''],
      [0, ''],
    ]);
    expect(readdirSync(outs[0]!)).toEqual([XPI, 'store']);
    expect(runs[0]!.stdout).toContain(`Firefox: ${join(outs[0]!, XPI)}, unsigned`);
  });

  it('holds every file of dist-firefox/ but hidden ones, as they are, dated 1980-01-01, rw-r--r--', () => {
    const entries = unzip(xpi(0));
    expect([...entries.keys()]).toEqual(['_locales/fr/messages.json', 'js/a.js', 'manifest.json']);
    for (const [name, entry] of entries) {
      expect(entry.data.toString(), name).toBe(DIST_FIREFOX_FILES[name]);
      expect(entry).toMatchObject({ flags: 0x0800, time: 0, date: (1 << 5) | 1, mode: 0o100644 });
    }
  });

  it('carries the Firefox manifest: the add-on id and background.scripts, no service worker', () => {
    const manifest = manifestOf(unzip(xpi(0)));
    expect(manifest).toEqual(FIREFOX_MANIFEST);
    expect(manifest).toMatchObject({
      background: { scripts: ['js/a.js'] },
      browser_specific_settings: { gecko: { id: FIREFOX_ID } },
    });
    expect(manifest.background).not.toHaveProperty('service_worker');
  });

  it('is byte-identical when built twice, whatever the dates in dist-firefox/', () => {
    expect(xpi(1).equals(xpi(0))).toBe(true);
  });
});

describe('npm run package refuses a dist-firefox/ that does not go with dist/', () => {
  const out = join(tmp, 'xpi-refused/release');
  const firefoxDir = (name: string, manifest: Record<string, unknown>): string =>
    join(put(`${name}/manifest.json`, JSON.stringify(manifest)), '..');

  it.each([
    ['none', join(tmp, 'nowhere-firefox'), /no .*nowhere-firefox\/manifest\.json: build the extension first/],
    ['a stale build', firefoxDir('stale', { ...FIREFOX_MANIFEST, version: '1.2.2' }), /version "1\.2\.2", not 1\.2\.3/],
    [
      'a Chromium build',
      firefoxDir('chromium', { manifest_version: 3, version: '1.2.3', background: { service_worker: 'b.js' } }),
      /not a Firefox manifest/,
    ],
  ])('exits 2 on %s, writing nothing', (_, dir, message) => {
    const result = run(['--dist-firefox', dir, '--out', out]);
    expect([result.status, result.stderr]).toEqual([2, expect.stringMatching(message)]);
    expect(existsSync(join(tmp, 'xpi-refused'))).toBe(false);
  });

  it('checks the manifest without a disk', () => {
    expect(() => checkXpiManifest(FIREFOX_MANIFEST, '1.2.3', 'dist-firefox')).not.toThrow();
    expect(() => checkXpiManifest({ ...FIREFOX_MANIFEST, background: {} }, '1.2.3', 'd')).toThrow(/d\/manifest.json/);
  });
});
