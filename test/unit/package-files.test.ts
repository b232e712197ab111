import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extensionIdFromKey, normaliseBaseUrl, readSigningKey, updateXml } from '../../scripts/package/release-files';
import { readTree, zipFiles } from '../../scripts/package/zip';
import { DIST, DIST_FILES, EC_KEY, KEY, KEY_PKCS1, put, rsa, unzip } from '../helpers/package-fixtures';

// The package library: the store ZIP writer, the extension id of a key, the base URL and update.xml.
const BASE = 'https://intranet.example/saga-helper/';

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
