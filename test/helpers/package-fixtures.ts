// What the package tests share: a temporary folder with signing keys of every form, a dist/ with the
// awkward cases and its dist-firefox/ beside it, and a ZIP reader of our own (not the writer's) to check what the writer wrote.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterAll, expect } from 'vitest';
import { firefoxManifest } from '../../scripts/firefox-manifest';

export const tmp = mkdtempSync(join(tmpdir(), 'package-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

export const put = (name: string, data: string | Buffer): string => {
  mkdirSync(dirname(join(tmp, name)), { recursive: true });
  writeFileSync(join(tmp, name), data);
  return join(tmp, name);
};
export const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const KEY = put('key.pem', rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }));
export const KEY_PKCS1 = put('key-rsa.pem', rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }));
export const EC_KEY = put(
  'ec.pem',
  generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
);
// A dist/ of our own: the real one is rebuilt by other test runs, and this one has the awkward cases.
export const MANIFEST = {
  manifest_version: 3,
  name: 'SAGA Helper test',
  version: '1.2.3',
  key: 'dev key',
  update_url: 'https://old.example/u.xml',
};
export const DIST_FILES: Record<string, string> = {
  'manifest.json': JSON.stringify(MANIFEST),
  'js/a.js': 'console.log("a");\n'.repeat(40),
  'notes-é.txt': 'é',
  'empty.txt': '',
};
for (const [name, text] of Object.entries({ ...DIST_FILES, '.DS_Store': 'hidden' })) put(`dist/${name}`, text);
export const DIST = join(tmp, 'dist');
// Where the build writes it, beside dist/: npm run package finds it there without --dist-firefox.
export const FIREFOX_MANIFEST = firefoxManifest({
  manifest_version: 3,
  name: 'SAGA Helper test',
  version: '1.2.3',
  background: { service_worker: 'js/a.js' },
});
export const DIST_FIREFOX_FILES: Record<string, string> = {
  'manifest.json': JSON.stringify(FIREFOX_MANIFEST),
  'js/a.js': 'console.log("firefox");\n'.repeat(40),
  '_locales/fr/messages.json': '{}',
};
for (const [name, text] of Object.entries({ ...DIST_FIREFOX_FILES, '.DS_Store': 'hidden' }))
  put(`dist-firefox/${name}`, text);
export const DIST_FIREFOX = join(tmp, 'dist-firefox');

export const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

export interface Entry {
  data: Buffer;
  flags: number;
  time: number;
  date: number;
  mode: number;
  method: number;
}
/** A reader of our own, not the writer's: central directory, local headers, inflate, CRC. */
export function unzip(zip: Buffer): Map<string, Entry> {
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
export const manifestOf = (entries: Map<string, Entry>): Record<string, unknown> =>
  JSON.parse(entries.get('manifest.json')!.data.toString());
