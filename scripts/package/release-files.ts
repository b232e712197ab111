// The pure parts of a self-hosted release: the key and the id it gives, the base URL, the file names,
// the manifests of the ZIP and the CRX, update.xml and SHA256SUMS. No disk, no browser: tested directly.
import { createHash, createPrivateKey, createPublicKey, KeyObject } from 'node:crypto';
import type { ZipFile } from './zip';

/** A manifest.json as read: only its version and the fields a release removes or adds are looked at. */
export type Manifest = Record<string, unknown>;

export interface ReleaseNames {
  readonly zip: string;
  readonly crx: string;
  /** Firefox's package, unsigned. */
  readonly xpi: string;
  readonly updateXml: string;
  readonly sums: string;
}

/**
 * The private key of the CRX signature, refused with a message that says what to do when Chromium could
 * not use it: Chromium signs CRX files with RSA only.
 */
export function readSigningKey(pem: string | Buffer): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (error) {
    const hint = /passphrase/i.test(String(error))
      ? ', protected by a passphrase (remove it: openssl pkey -in KEY -out PLAIN.pem)'
      : '';
    throw new Error(`not a PEM private key${hint}: ${error instanceof Error ? error.message : error}`, {
      cause: error,
    });
  }
  if (key.asymmetricKeyType !== 'rsa') {
    throw new Error(
      `a ${key.asymmetricKeyType} key: Chromium signs CRX files with RSA keys only (openssl genrsa -out KEY.pem 2048)`,
    );
  }
  return key;
}

/**
 * The extension id that Chromium gives to a CRX signed with this key (or a manifest with its public key):
 * sha256 of the DER public key, first 32 hex digits written with the letters a-p instead of 0-f.
 */
export function extensionIdFromKey(key: KeyObject | string | Buffer): string {
  const publicKey = key instanceof KeyObject && key.type === 'public' ? key : createPublicKey(key);
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * The folder URL where the CRX and update.xml will be served, always ending with '/'. Only https:
 * browsers fetch the update manifest in the background, and the CRX must not be swapped on the way.
 */
export function normaliseBaseUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new Error(`--base-url ${JSON.stringify(input)} is not a URL (e.g. https://intranet.example/saga-helper/)`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`--base-url must be https, not ${url.protocol.slice(0, -1)}: ${input}`);
  // File names are appended to it: a query string, a fragment or a password would end up in the wrong place.
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`--base-url must be a plain folder URL, without query, fragment or credentials: ${input}`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** A Chrome extension version, checked as Chrome checks it. */
export function checkVersion(version: unknown): string {
  // Chrome's own rule for manifest versions: 1 to 4 parts, each 0 to 65535 without a leading zero,
  // not all zero. The store and Chromium refuse anything else, so fail here, before signing.
  const parts = typeof version === 'string' ? version.split('.') : [];
  const ok =
    parts.length >= 1 &&
    parts.length <= 4 &&
    parts.every((p) => /^(0|[1-9]\d{0,4})$/.test(p) && Number(p) <= 65535) &&
    parts.some((p) => p !== '0');
  if (typeof version !== 'string' || !ok) {
    throw new Error(
      `manifest.json: version ${JSON.stringify(version)} is not 1 to 4 dot-separated integers from 0 to 65535, ` +
        "without leading zeros and not all zero (Chrome's rule)",
    );
  }
  return version;
}

/** The names of the release files. */
export function releaseNames(version: string): ReleaseNames {
  return {
    zip: `saga-helper-${version}.zip`,
    crx: `saga-helper-${version}.crx`,
    xpi: `saga-helper-${version}.xpi`,
    updateXml: 'update.xml',
    sums: 'SHA256SUMS',
  };
}

/**
 * The manifest for a store (the store signs it, gives the id and updates it itself: no key, no update_url),
 * or for the self-hosted CRX (signed with KEY.pem, which gives the id; updated from update_url).
 */
export function releaseManifest(manifest: Manifest, updateUrl?: string): Manifest {
  const { key: _key, update_url: _updateUrl, ...rest } = manifest;
  return updateUrl ? { ...rest, update_url: updateUrl } : rest;
}

/** dist/'s files with manifest.json replaced by this manifest, written as the build writes it. */
export function withManifest(files: readonly ZipFile[], manifest: Manifest): ZipFile[] {
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  return files.map((f) => (f.path === 'manifest.json' ? { path: f.path, data: Buffer.from(text) } : f));
}

const xmlAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');

/** The update manifest (gupdate) that the browsers read at update_url: which version, and where its CRX is. */
export function updateXml({ id, baseUrl, version }: { id: string; baseUrl: string; version: string }): string {
  // baseUrl ends with '/' (normaliseBaseUrl).
  const codebase = xmlAttribute(`${baseUrl}${releaseNames(version).crx}`);
  return (
    "<?xml version='1.0' encoding='UTF-8'?>" +
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>" +
    `<app appid='${xmlAttribute(id)}'><updatecheck codebase='${codebase}' version='${xmlAttribute(version)}' /></app>` +
    '</gupdate>\n'
  );
}

/** SHA256SUMS as sha256sum writes it ("HASH  NAME"), sorted by name, so that `sha256sum -c` checks it. */
export function sha256Sums(files: Iterable<[string, Buffer]>): string {
  return [...files]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, data]) => `${createHash('sha256').update(data).digest('hex')}  ${name}\n`)
    .join('');
}
