// `npm run package -- --key KEY.pem --base-url https://host/path/` writes release/ for IT departments that
// host SAGA Helper themselves: the store ZIP, the CRX signed with their key, update.xml and SHA256SUMS.
// Exit code 2: called wrongly (nothing done); 1: packaging failed. Either way release/ is left as it was:
// everything is written next to it first, and swapped in by one rename at the end.
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findChromium, packWithChromium, readCrx } from './package/crx.mjs';
import * as release from './package/release-files.mjs';
import { readTree, zipFiles } from './package/zip.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'usage: npm run package -- --key KEY.pem --base-url https://host/path/ [--dist DIR] [--out DIR]';
// Relative paths are meant from where npm was started, not from the project root npm moves to.
const here = process.env.INIT_CWD ?? process.cwd();
// Chromium stamps each file of the CRX with its mtime: a fixed one makes the CRX reproducible too.
const FIXED_MTIME = new Date(Date.UTC(1980, 0, 2));

/** Reads and checks everything given before any work, so that bad input costs nothing. */
async function readInputs(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { key: { type: 'string' }, 'base-url': { type: 'string' }, dist: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) return null;
  if (!values.key) throw new Error('missing --key KEY.pem (the RSA private key that signs the CRX: openssl genrsa -out KEY.pem 2048)');
  if (!values['base-url']) throw new Error('missing --base-url, the https folder URL where the CRX and update.xml will be served');
  const keyPath = resolve(here, values.key);
  let pem;
  try {
    pem = await readFile(keyPath, 'utf8');
  } catch (error) {
    throw new Error(`cannot read --key ${keyPath}: ${error.code ?? error.message}`);
  }
  let key;
  try {
    key = release.readSigningKey(pem);
  } catch (error) {
    throw new Error(`--key ${keyPath}: ${error.message}`);
  }
  const baseUrl = release.normaliseBaseUrl(values['base-url']);
  const dist = values.dist ? resolve(here, values.dist) : join(root, 'dist');
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`no ${join(dist, 'manifest.json')}: build the extension first (npm run build)`);
  const files = await readTree(dist);
  const manifest = JSON.parse(files.find((f) => f.path === 'manifest.json').data.toString('utf8'));
  const version = release.checkVersion(manifest.version);
  const out = values.out ? resolve(here, values.out) : join(root, 'release');
  // Chromium reads PKCS#8 only: the key file is handed over as it is when it already is one.
  const pkcs8 = /^-----BEGIN PRIVATE KEY-----[^-]+-----END PRIVATE KEY-----$/.test(pem.trim());
  return { key, keyPath, pkcs8, baseUrl, files, manifest, version, out };
}

const withManifest = (files, manifest) =>
  files.map((f) => (f.path === 'manifest.json' ? { path: f.path, data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) } : f));

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

/** Writes the files next to out, then swaps them in: out is either the old release or the new one. */
async function publish(out, outputs) {
  await mkdir(dirname(out), { recursive: true });
  const staging = await mkdtemp(join(dirname(out), `${basename(out)}.partial-`));
  const old = staging.replace(/\.partial-(\w+)$/, '.old-$1');
  let swapped = false;
  try {
    await chmod(staging, 0o755); // mkdtemp's 0700 would hide the release from a web server serving it
    for (const [name, data] of outputs) await writeFile(join(staging, name), data);
    if (existsSync(out)) await rename(out, old);
    try {
      await rename(staging, out);
      swapped = true;
    } finally {
      if (!swapped && existsSync(old)) await rename(old, out);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
    if (swapped) await rm(old, { recursive: true, force: true });
  }
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
  const { key, baseUrl, files, manifest, version, out } = inputs;
  const id = release.extensionIdFromKey(key);
  const names = release.releaseNames(version);
  try {
    const crx = await signCrx(inputs, id);
    const outputs = new Map([
      [names.zip, zipFiles(withManifest(files, release.releaseManifest(manifest)))],
      [names.crx, crx],
      [names.updateXml, Buffer.from(release.updateXml({ id, baseUrl, version }))],
    ]);
    outputs.set(names.sums, Buffer.from(release.sha256Sums(outputs)));
    await publish(out, outputs);
  } catch (error) {
    console.error(`package: ${error.message}\n${basename(out)}/ left as it was.`);
    return 1;
  }
  console.log(`SAGA Helper ${version}, extension id ${id}`);
  for (const name of (await readdir(out)).sort()) console.log(`  ${join(out, name)}`);
  console.log(`Serve ${names.crx} and update.xml at ${baseUrl}; force-install policy: ${id};${baseUrl}update.xml`);
  console.log(`Packaged in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}

process.exitCode = await main();
