// `npm run package -- --key KEY.pem --base-url https://host/path/` writes release/ for IT departments that
// host SAGA Helper themselves: the store ZIP, the CRX signed with their key, update.xml and SHA256SUMS.
// Both forms also write release/store/, the upload folder for the Chrome Web Store and Edge Add-ons (the ZIP,
// docs/store/ and PRIVACY.md); `npm run package -- --store-only` writes that folder alone, without a key.
// Exit code 2: called wrongly (nothing done); 1: packaging failed. Either way release/ is left as it was:
// everything is written next to it first, and swapped in by one rename at the end.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findChromium, packWithChromium, readCrx } from './package/crx.mjs';
import * as release from './package/release-files.mjs';
import { publish } from './package/publish.mjs';
import { storeFiles } from './package/store-files.mjs';
import { readTree, zipFiles } from './package/zip.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const USAGE =
  'usage: npm run package -- --key KEY.pem --base-url https://host/path/ [--dist DIR] [--out DIR]\n' +
  '       npm run package -- --store-only [--dist DIR] [--out DIR]';
// Relative paths are meant from where npm was started, not from the project root npm moves to.
const here = process.env.INIT_CWD ?? process.cwd();
// Chromium stamps each file of the CRX with its mtime: a fixed one makes the CRX reproducible too.
const FIXED_MTIME = new Date(Date.UTC(1980, 0, 2));

/** Reads and checks everything given before any work, so that bad input costs nothing. */
async function readInputs(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      key: { type: 'string' },
      'base-url': { type: 'string' },
      'store-only': { type: 'boolean' },
      dist: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return null;
  // A store signs the extension itself: its upload folder needs neither the key nor an update URL.
  if (values['store-only']) {
    if (values.key || values['base-url'])
      throw new Error('--store-only writes the store folder alone: no --key, no --base-url');
    return { storeOnly: true, ...(await readBuild(values)) };
  }
  if (!values.key)
    throw new Error('missing --key KEY.pem (the RSA private key that signs the CRX: openssl genrsa -out KEY.pem 2048)');
  if (!values['base-url'])
    throw new Error('missing --base-url, the https folder URL where the CRX and update.xml will be served');
  const keyPath = resolve(here, values.key);
  let pem;
  try {
    pem = await readFile(keyPath, 'utf8');
  } catch (error) {
    throw new Error(`cannot read --key ${keyPath}: ${error.code ?? error.message}`, { cause: error });
  }
  let key;
  try {
    key = release.readSigningKey(pem);
  } catch (error) {
    throw new Error(`--key ${keyPath}: ${error.message}`, { cause: error });
  }
  const baseUrl = release.normaliseBaseUrl(values['base-url']);
  // Chromium reads PKCS#8 only: the key file is handed over as it is when it already is one.
  const pkcs8 = /^-----BEGIN PRIVATE KEY-----[^-]+-----END PRIVATE KEY-----$/.test(pem.trim());
  return { storeOnly: false, key, keyPath, pkcs8, baseUrl, ...(await readBuild(values)) };
}

/** dist/ (or --dist), its manifest and version, and where the release goes. */
async function readBuild(values) {
  const dist = values.dist ? resolve(here, values.dist) : join(root, 'dist');
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error(`no ${join(dist, 'manifest.json')}: build the extension first (npm run build)`);
  const files = await readTree(dist);
  const manifest = JSON.parse(files.find((f) => f.path === 'manifest.json').data.toString('utf8'));
  const version = release.checkVersion(manifest.version);
  const out = values.out ? resolve(here, values.out) : join(root, 'release');
  return { files, manifest, version, out };
}

const withManifest = (files, manifest) =>
  files.map((f) =>
    f.path === 'manifest.json' ? { path: f.path, data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) } : f,
  );

/** The CRX, signed by Chromium in a temporary folder; checked to declare the id the key gives. */
async function signCrx({ key, keyPath, pkcs8, baseUrl, files, manifest, version }, id) {
  const chromium = findChromium();
  const work = await mkdtemp(join(tmpdir(), 'saga-helper-package-'));
  try {
    const extDir = join(work, `saga-helper-${version}`);
    const crxFiles = withManifest(files, release.releaseManifest(manifest, `${baseUrl}update.xml`));
    const dirs = new Set([extDir]);
    for (const { path, data } of crxFiles) {
      const file = join(extDir, path);
      for (let dir = dirname(file); dir !== work; dir = dirname(dir)) dirs.add(dir);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, data);
      await utimes(file, FIXED_MTIME, FIXED_MTIME);
    }
    for (const dir of dirs) await utimes(dir, FIXED_MTIME, FIXED_MTIME);
    let signingKey = keyPath;
    if (!pkcs8) {
      signingKey = join(work, 'key.pem'); // work is private (mkdtemp: 0700) and removed below
      await writeFile(signingKey, key.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    }
    const crx = await packWithChromium({ chromium, extDir, keyPath: signingKey, profileDir: join(work, 'profile') });
    const declared = readCrx(crx).id;
    if (declared !== id) throw new Error(`Chromium signed the CRX as ${declared}, but the key gives ${id}`);
    return crx;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Everything release/ will hold: the self-hosting files (not with --store-only), then store/. */
async function releaseOutputs(inputs, id) {
  const { storeOnly, files, manifest, version } = inputs;
  const names = release.releaseNames(version);
  const zip = zipFiles(withManifest(files, release.releaseManifest(manifest)));
  const outputs = new Map();
  if (!storeOnly) {
    outputs.set(names.zip, zip);
    outputs.set(names.crx, await signCrx(inputs, id));
    outputs.set(names.updateXml, Buffer.from(release.updateXml({ id, baseUrl: inputs.baseUrl, version })));
    // What the web server serves; store/ holds the same ZIP, byte for byte.
    outputs.set(names.sums, Buffer.from(release.sha256Sums(outputs)));
  }
  for (const [name, data] of await storeFiles({ root, zipName: names.zip, zip })) outputs.set(name, data);
  return outputs;
}

async function main() {
  let inputs;
  try {
    inputs = await readInputs(process.argv.slice(2));
  } catch (error) {
    console.error(`package: ${error.message}\n${USAGE}`);
    return 2;
  }
  if (!inputs) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const { storeOnly, baseUrl, version, out } = inputs;
  const id = storeOnly ? null : release.extensionIdFromKey(inputs.key);
  const names = release.releaseNames(version);
  try {
    await publish(out, await releaseOutputs(inputs, id));
  } catch (error) {
    console.error(`package: ${error.message}\n${basename(out)}/ left as it was.`);
    return 1;
  }
  console.log(
    storeOnly ? `SAGA Helper ${version}, store upload folder only` : `SAGA Helper ${version}, extension id ${id}`,
  );
  for (const name of (await readdir(out)).sort()) console.log(`  ${join(out, name)}`);
  if (!storeOnly)
    console.log(`Serve ${names.crx} and update.xml at ${baseUrl}; force-install policy: ${id};${baseUrl}update.xml`);
  console.log(
    `Stores: upload ${join(out, 'store', names.zip)}; ${join(out, 'store', 'README.md')} says which text and image goes where.`,
  );
  console.log(`Packaged in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}

process.exitCode = await main();
