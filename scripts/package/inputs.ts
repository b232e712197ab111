// What `npm run package` is given, read and checked before any work, so that bad input costs nothing:
// the arguments, the signing key, dist/ (its files, manifest and version) and dist-firefox/.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { KeyObject } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as release from './release-files';
import { checkXpiManifest } from './xpi';
import { readTree, type ZipFile } from './zip';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Relative paths are meant from where npm was started, not from the project root npm moves to.
const here = process.env.INIT_CWD ?? process.cwd();

interface Build {
  readonly files: ZipFile[];
  readonly manifest: release.Manifest;
  readonly version: string;
  /** dist-firefox/'s files, the XPI's content. */
  readonly firefoxFiles: ZipFile[];
  /** The release folder to write. */
  readonly out: string;
}

export interface StoreOnly extends Build {
  readonly storeOnly: true;
}

export interface SelfHosted extends Build {
  readonly storeOnly: false;
  readonly key: KeyObject;
  readonly keyPath: string;
  /** Whether the key file is PKCS#8 already, the only form Chromium reads. */
  readonly pkcs8: boolean;
  readonly baseUrl: string;
  /** The extension id the key gives. */
  readonly id: string;
}

export type Inputs = StoreOnly | SelfHosted;

interface Values {
  key?: string | undefined;
  'base-url'?: string | undefined;
  dist?: string | undefined;
  'dist-firefox'?: string | undefined;
  out?: string | undefined;
}

/** The inputs of the release, or null for --help; throws with a message on a wrong call. */
export async function readInputs(argv: string[]): Promise<Inputs | null> {
  const { values } = parseArgs({
    args: argv,
    options: {
      key: { type: 'string' },
      'base-url': { type: 'string' },
      'store-only': { type: 'boolean' },
      dist: { type: 'string' },
      'dist-firefox': { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return null;
  // A store signs the extension itself: its upload folder needs neither the key nor an update URL.
  if (values['store-only']) {
    if (values.key || values['base-url'])
      throw new Error('--store-only writes the store folder and the XPI alone: no --key, no --base-url');
    return { storeOnly: true, ...(await readBuild(values)) };
  }
  return readSelfHosted(values);
}

async function readSelfHosted(values: Values): Promise<SelfHosted> {
  if (!values.key)
    throw new Error('missing --key KEY.pem (the RSA private key that signs the CRX: openssl genrsa -out KEY.pem 2048)');
  if (!values['base-url'])
    throw new Error('missing --base-url, the https folder URL where the CRX and update.xml will be served');
  const keyPath = resolve(here, values.key);
  let pem: string;
  try {
    pem = await readFile(keyPath, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new Error(`cannot read --key ${keyPath}: ${code ?? message}`, { cause: error });
  }
  let key: KeyObject;
  try {
    key = release.readSigningKey(pem);
  } catch (error) {
    throw new Error(`--key ${keyPath}: ${(error as Error).message}`, { cause: error });
  }
  const baseUrl = release.normaliseBaseUrl(values['base-url']);
  // Chromium reads PKCS#8 only: the key file is handed over as it is when it already is one.
  const pkcs8 = /^-----BEGIN PRIVATE KEY-----[^-]+-----END PRIVATE KEY-----$/.test(pem.trim());
  const id = release.extensionIdFromKey(key);
  return { storeOnly: false, key, keyPath, pkcs8, baseUrl, id, ...(await readBuild(values)) };
}

/** A built folder's files and manifest; throws when there is none. */
async function readBuilt(dir: string): Promise<{ files: ZipFile[]; manifest: release.Manifest }> {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no ${manifestPath}: build the extension first (npm run build)`);
  const files = await readTree(dir);
  const manifestFile = files.find((f) => f.path === 'manifest.json');
  if (!manifestFile) throw new Error(`no ${manifestPath}: build the extension first (npm run build)`);
  return { files, manifest: JSON.parse(manifestFile.data.toString('utf8')) as release.Manifest };
}

/**
 * dist/ (or --dist), its manifest and version; dist-firefox/ (or --dist-firefox; by default the folder
 * named as --dist with -firefox added, as the build writes them side by side); and where the release goes.
 */
async function readBuild(values: Values): Promise<Build> {
  const dist = values.dist ? resolve(here, values.dist) : join(ROOT, 'dist');
  const { files, manifest } = await readBuilt(dist);
  const version = release.checkVersion(manifest.version);
  const firefoxDir = values['dist-firefox'] ? resolve(here, values['dist-firefox']) : `${dist}-firefox`;
  const firefox = await readBuilt(firefoxDir);
  checkXpiManifest(firefox.manifest, version, firefoxDir);
  const out = values.out ? resolve(here, values.out) : join(ROOT, 'release');
  return { files, manifest, version, firefoxFiles: firefox.files, out };
}
