import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCrx } from '../../scripts/package/crx.mjs';
import {
  extensionIdFromKey,
  normaliseBaseUrl,
  readSigningKey,
  updateXml,
} from '../../scripts/package/release-files.mjs';
import { readTree, zipFiles } from '../../scripts/package/zip.mjs';
import { browserOrSkip } from '../e2e/harness/chromium';

const SCRIPT = fileURLToPath(new URL('../../scripts/package.mjs', import.meta.url));
const BASE = 'https://intranet.example/saga-helper/';
const chromium = browserOrSkip();
const tmp = mkdtempSync(join(tmpdir(), 'package-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const put = (name: string, data: string | Buffer): string => {
  mkdirSync(dirname(join(tmp, name)), { recursive: true });
  writeFileSync(join(tmp, name), data);
  return join(tmp, name);
};
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const KEY = put('key.pem', rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }));
const KEY_PKCS1 = put('key-rsa.pem', rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }));
const EC_KEY = put(
  'ec.pem',
  generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
);
// A dist/ of our own: the real one is rebuilt by other test runs, and this one has the awkward cases.
const MANIFEST = {
  manifest_version: 3,
  name: 'SAGA Helper test',
  version: '1.2.3',
  key: 'dev key',
  update_url: 'https://old.example/u.xml',
};
const DIST_FILES: Record<string, string> = {
  'manifest.json': JSON.stringify(MANIFEST),
  'js/a.js': 'console.log("a");\n'.repeat(40),
  'notes-é.txt': 'é',
  'empty.txt': '',
};
for (const [name, text] of Object.entries({ ...DIST_FILES, '.DS_Store': 'hidden' })) put(`dist/${name}`, text);
const DIST = join(tmp, 'dist');

const run = (args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

interface Entry {
  data: Buffer;
  flags: number;
  time: number;
  date: number;
  mode: number;
  method: number;
}
/** A reader of our own, not the writer's: central directory, local headers, inflate, CRC. */
function unzip(zip: Buffer): Map<string, Entry> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 5, 6]));
  const entries = new Map<string, Entry>();
  for (let i = 0, at = zip.readUInt32LE(end + 16); i < zip.readUInt16LE(end + 10); i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const [flags, method, time, date] = [8, 10, 12, 14].map((o) => zip.readUInt16LE(at + o)) as [
      number,
      number,
      number,
      number,
    ];
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + zip.readUInt32LE(at + 20));
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(crc32(data)).toBe(zip.readUInt32LE(at + 16));
    entries.set(zip.toString('utf8', at + 46, at + 46 + nameLength), {
      data,
      flags,
      time,
      date,
      method,
      mode: zip.readUInt32LE(at + 38) >>> 16,
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}
const manifestOf = (entries: Map<string, Entry>): Record<string, unknown> =>
  JSON.parse(entries.get('manifest.json')!.data.toString());

describe('the store ZIP writer', () => {
  it('gives the same bytes twice, whatever the order of the files', async () => {
    const files = await readTree(DIST);
    expect(zipFiles([...files].reverse()).equals(zipFiles(files))).toBe(true);
  });

  it('holds every file of dist/ but hidden ones, by path, dated 1980-01-01 00:00, UTF-8 names, rw-r--r--', async () => {
    const zip = zipFiles(await readTree(DIST));
    const entries = unzip(zip);
    expect([...entries.keys()]).toEqual(['empty.txt', 'js/a.js', 'manifest.json', 'notes-é.txt']);
    for (const [name, entry] of entries) {
      expect(entry.data.toString()).toBe(DIST_FILES[name]);
      expect(entry).toMatchObject({ flags: 0x0800, time: 0, date: (1 << 5) | 1, mode: 0o100644 });
    }
    expect(entries.get('js/a.js')!.method).toBe(8);
    const unzipTool = spawnSync('unzip', ['-tq', put('written.zip', zip)], { encoding: 'utf8' });
    if (!unzipTool.error) expect(unzipTool.stdout).toMatch(/No errors/);
  });

  it('refuses paths outside the folder and the same path twice', () => {
    for (const path of ['../x', '/etc/x', 'a//b', 'a\\b'])
      expect(() => zipFiles([{ path, data: Buffer.alloc(0) }])).toThrow(/not a relative/);
    expect(() =>
      zipFiles([
        { path: 'a', data: Buffer.alloc(1) },
        { path: 'a', data: Buffer.alloc(1) },
      ]),
    ).toThrow(/twice/);
  });
});

describe('the extension id, the base URL and update.xml', () => {
  it('derives one id of 32 letters a-p per key, whatever its PEM form', () => {
    const id = extensionIdFromKey(readSigningKey(readFileSync(KEY)));
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(extensionIdFromKey(readSigningKey(readFileSync(KEY_PKCS1)))).toBe(id);
    expect(extensionIdFromKey(rsa.publicKey)).toBe(id);
    expect(extensionIdFromKey(generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey)).not.toBe(id);
  });

  it('refuses keys Chromium cannot sign with', () => {
    expect(() => readSigningKey(readFileSync(EC_KEY))).toThrow(/ec key: Chromium signs CRX files with RSA keys only/);
    expect(() => readSigningKey('not a key')).toThrow(/not a PEM private key/);
  });

  it('takes an https folder URL only, ending it with /', () => {
    expect(normaliseBaseUrl('https://intranet.example/saga-helper')).toBe(BASE);
    expect(normaliseBaseUrl(BASE)).toBe(BASE);
    expect(() => normaliseBaseUrl('http://intranet.example/saga-helper/')).toThrow(/must be https/);
    expect(() => normaliseBaseUrl('https://intranet.example/x/?v=1')).toThrow(/without query/);
  });

  it('writes update.xml in the gupdate format', () => {
    expect(updateXml({ id: 'a'.repeat(32), baseUrl: BASE, version: '1.2.3' })).toBe(
      "<?xml version='1.0' encoding='UTF-8'?><gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>" +
        `<app appid='${'a'.repeat(32)}'><updatecheck codebase='${BASE}saga-helper-1.2.3.crx' version='1.2.3' /></app></gupdate>\n`,
    );
  });
});

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
    expect(readdirSync(out)).toEqual(['store']);
    expectStoreFolder(join(out, 'store'));
  });

  it('refuses a key or a base URL with it, and leaves the release as it was', () => {
    const result = run(['--store-only', '--key', KEY, '--dist', DIST, '--out', out]);
    expect([result.status, result.stderr]).toEqual([
      2,
      expect.stringMatching(/--store-only writes the store folder alone/),
    ]);
    expect(readdirSync(out)).toEqual(['store']);
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
    runs.push(run(['--key', KEY_PKCS1, '--base-url', BASE, '--dist', DIST, '--out', outs[1]!]));
  });
  const NAMES = ['SHA256SUMS', 'saga-helper-1.2.3.crx', 'saga-helper-1.2.3.zip', 'update.xml'];

  it('writes the same four files twice, byte for byte, whatever the dates in dist/ and the PEM form', () => {
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

  it('writes update.xml for that id and SHA256SUMS of the three files', () => {
    const id = extensionIdFromKey(rsa.publicKey);
    expect(read(0, 'update.xml').toString()).toBe(updateXml({ id, baseUrl: BASE, version: '1.2.3' }));
    const sums = NAMES.filter((n) => n !== 'SHA256SUMS').map((n) => `${sha256(read(0, n))}  ${n}\n`);
    expect(read(0, 'SHA256SUMS').toString()).toBe(sums.join(''));
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: outs[0], encoding: 'utf8' });
    if (!check.error) expect(check.status).toBe(0);
    expect(existsSync(join(outs[0]!, 'stale.txt'))).toBe(false);
  });
});
