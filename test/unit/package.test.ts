import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCrx } from '../../scripts/package/crx';
import { extensionIdFromKey, updateXml } from '../../scripts/package/release-files';
import { browserOrSkip } from '../e2e/harness/chromium';
import {
  DIST,
  DIST_FILES,
  DIST_FIREFOX,
  DIST_FIREFOX_FILES,
  EC_KEY,
  KEY,
  KEY_PKCS1,
  MANIFEST,
  manifestOf,
  put,
  rsa,
  sha256,
  tmp,
  unzip,
} from '../helpers/package-fixtures';
import { runScript } from '../helpers/run-script';

// npm run package as IT runs it: wrong calls, the store-only folder, and a real CRX signed by Chromium.
const BASE = 'https://intranet.example/saga-helper/';
const chromium = browserOrSkip();
const run = (args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> =>
  runScript('package.ts', args, { env: { ...process.env, ...env } });

describe('npm run package, called wrongly or without a working Chromium', () => {
  const kept = put('kept/release/old.txt', 'previous release');
  const untouched = (): void => {
    expect(readdirSync(dirname(kept))).toEqual(['old.txt']);
    expect(readdirSync(join(tmp, 'kept'))).toEqual(['release']); // no staging folder left behind
  };
  const out = ['--out', dirname(kept), '--dist', DIST];

  it.each([
    ['no --key', ['--base-url', BASE], /missing --key/],
    ['an unreadable key', ['--key', join(tmp, 'none.pem'), '--base-url', BASE], /cannot read --key .*ENOENT/],
    ['an EC key', ['--key', EC_KEY, '--base-url', BASE], /RSA keys only/],
    ['a file that is no key', ['--key', put('junk.pem', 'junk'), '--base-url', BASE], /not a PEM private key/],
    ['no --base-url', ['--key', KEY], /missing --base-url/],
    ['an http base URL', ['--key', KEY, '--base-url', 'http://intranet.example/'], /must be https/],
    ['no dist/', ['--key', KEY, '--base-url', BASE, '--dist', join(tmp, 'nowhere')], /npm run build/],
  ])('exits 2 with a message on %s', (_, args, message) => {
    const result = run([...out, ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    untouched();
  });

  it('exits 1 when Chromium is missing or fails, release/ as it was', () => {
    const args = [...out, '--key', KEY, '--base-url', BASE];
    const missing = run(args, { CHROME_PATH: join(tmp, 'no-chromium') });
    expect([missing.status, missing.stderr]).toEqual([1, expect.stringMatching(/CHROME_PATH=.* does not exist/)]);
    const failing = run(args, { CHROME_PATH: '/bin/false' });
    expect([failing.status, failing.stderr]).toEqual([
      1,
      expect.stringMatching(/--pack-extension failed \(exit code 1\)/),
    ]);
    untouched();
  });
});

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** release/store/: the store ZIP, docs/store/ file for file (texts, reviewer notes, images) and PRIVACY.md. */
function expectStoreFolder(dir: string, zip?: Buffer): void {
  const docs = (sub: string): string[] =>
    readdirSync(join(REPO, 'docs/store', sub), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? docs(`${sub}${e.name}/`) : [`${sub}${e.name}`],
    );
  const expected = [...docs(''), 'PRIVACY.md', 'saga-helper-1.2.3.zip'].sort();
  const written = (sub: string): string[] =>
    readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? written(`${sub}${e.name}/`) : [`${sub}${e.name}`],
    );
  expect(written('').sort()).toEqual(expected);
  expect(expected.filter((f) => /^images\/.+\.png$/.test(f)).length).toBeGreaterThan(0);
  for (const file of expected.filter((f) => !f.endsWith('.zip'))) {
    const source = file === 'PRIVACY.md' ? join(REPO, file) : join(REPO, 'docs/store', file);
    expect(readFileSync(join(dir, file)).equals(readFileSync(source)), file).toBe(true);
  }
  const stored = readFileSync(join(dir, 'saga-helper-1.2.3.zip'));
  if (zip) expect(stored.equals(zip)).toBe(true);
  const { key: _key, update_url: _url, ...expectedManifest } = MANIFEST;
  expect(manifestOf(unzip(stored))).toEqual(expectedManifest);
}

describe('npm run package -- --store-only', () => {
  const out = join(tmp, 'store-only/release');

  it('writes release/store/ alone, without a key or a browser', () => {
    put('store-only/release/old.txt', 'a previous release, replaced as a whole');
    const result = run(['--store-only', '--dist', DIST, '--out', out], { CHROME_PATH: join(tmp, 'no-chromium') });
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(readdirSync(out)).toEqual(['saga-helper-1.2.3.xpi', 'store']);
    expectStoreFolder(join(out, 'store'));
  });

  it('refuses a key or a base URL with it, and leaves the release as it was', () => {
    const result = run(['--store-only', '--key', KEY, '--dist', DIST, '--out', out]);
    expect([result.status, result.stderr]).toEqual([
      2,
      expect.stringMatching(/--store-only writes the store folder and the XPI alone/),
    ]);
    expect(readdirSync(out)).toEqual(['saga-helper-1.2.3.xpi', 'store']);
  });
});

describe.skipIf(chromium.skip)('npm run package, with Chromium', () => {
  const outs = [join(tmp, 'release-1'), join(tmp, 'release-2')];
  const read = (i: number, name: string): Buffer => readFileSync(join(outs[i]!, name));
  const runs: ReturnType<typeof run>[] = [];
  beforeAll(() => {
    put('release-1/stale.txt', 'replaced at once by the new release');
    runs.push(run(['--key', KEY, '--base-url', BASE.slice(0, -1), '--dist', DIST, '--out', outs[0]!]));
    for (const name of Object.keys(DIST_FILES)) utimesSync(join(DIST, name), new Date(), new Date(2031, 5, 6));
    for (const name of Object.keys(DIST_FIREFOX_FILES))
      utimesSync(join(DIST_FIREFOX, name), new Date(), new Date(2031, 5, 6));
    runs.push(run(['--key', KEY_PKCS1, '--base-url', BASE, '--dist', DIST, '--out', outs[1]!]));
  });
  const NAMES = ['SHA256SUMS', 'saga-helper-1.2.3.crx', 'saga-helper-1.2.3.xpi', 'saga-helper-1.2.3.zip', 'update.xml'];

  it('writes the same five files twice, byte for byte, whatever the dates in dist/ and the PEM form', () => {
    expect(runs.map((r) => [r.status, r.stderr])).toEqual([
      [0, ''],
      [0, ''],
    ]);
    for (const i of [0, 1]) expect(readdirSync(outs[i]!).sort()).toEqual([...NAMES, 'store'].sort());
    for (const name of NAMES) expect(read(1, name).equals(read(0, name)), name).toBe(true);
  });

  it('writes the store upload folder beside them, with the same ZIP', () => {
    expectStoreFolder(join(outs[0]!, 'store'), read(0, 'saga-helper-1.2.3.zip'));
    expect(runs[0]!.stdout).toContain(`upload ${join(outs[0]!, 'store', 'saga-helper-1.2.3.zip')}`);
  });

  it('zips dist/ for a store: no key, no update_url', () => {
    const entries = unzip(read(0, 'saga-helper-1.2.3.zip'));
    expect([...entries.keys()]).toEqual(['empty.txt', 'js/a.js', 'manifest.json', 'notes-é.txt']);
    const { key: _key, update_url: _url, ...expected } = MANIFEST;
    expect(manifestOf(entries)).toEqual(expected);
  });

  it('has Chromium sign a CRX3 with the id of the key, printed, and update_url', () => {
    const crx = read(0, 'saga-helper-1.2.3.crx');
    expect([crx.toString('latin1', 0, 4), crx.readUInt32LE(4)]).toEqual(['Cr24', 3]);
    const { id, archive } = readCrx(crx);
    expect(id).toBe(extensionIdFromKey(rsa.publicKey));
    expect(runs[0]!.stdout).toContain(`extension id ${id}`);
    const entries = unzip(archive);
    // Chromium's own ZIP lists folders too ("js/").
    expect([...entries.keys()].filter((n) => !n.endsWith('/')).sort()).toEqual([
      'empty.txt',
      'js/a.js',
      'manifest.json',
      'notes-é.txt',
    ]);
    expect(manifestOf(entries)).toMatchObject({ update_url: `${BASE}update.xml`, version: '1.2.3' });
    expect(manifestOf(entries)).not.toHaveProperty('key');
  });

  it('writes update.xml for that id and SHA256SUMS of the four files, the XPI included', () => {
    const id = extensionIdFromKey(rsa.publicKey);
    expect(read(0, 'update.xml').toString()).toBe(updateXml({ id, baseUrl: BASE, version: '1.2.3' }));
    const sums = NAMES.filter((n) => n !== 'SHA256SUMS').map((n) => `${sha256(read(0, n))}  ${n}\n`);
    expect(read(0, 'SHA256SUMS').toString()).toBe(sums.join(''));
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: outs[0], encoding: 'utf8' });
    if (!check.error) expect(check.status).toBe(0);
    expect(existsSync(join(outs[0]!, 'stale.txt'))).toBe(false);
  });
});
