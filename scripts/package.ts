// `npm run package -- --key KEY.pem --base-url https://host/path/` writes release/ for IT departments that
// host SAGA Helper themselves: the store ZIP, the CRX signed with their key, update.xml and SHA256SUMS.
// Both forms also write release/store/, the upload folder for the Chrome Web Store and Edge Add-ons (the ZIP,
// docs/store/ and PRIVACY.md); `npm run package -- --store-only` writes that folder, without a key. Both
// write Firefox's unsigned XPI (dist-firefox/): it needs no key nor browser, and it is what AMO's Developer
// Hub takes to sign, listed or unlisted, as well as what Debian's Firefox ESR installs unsigned by policy.
// Exit code 2: called wrongly (nothing done); 1: packaging failed. Either way release/ is left as it was:
// everything is written next to it first, and swapped in by one rename at the end.
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type Inputs, readInputs, ROOT } from './package/inputs';
import { publish } from './package/publish';
import * as release from './package/release-files';
import { signCrx } from './package/sign-crx';
import { storeFiles } from './package/store-files';
import { xpiFile } from './package/xpi';
import { zipFiles } from './package/zip';

const USAGE =
  'usage: npm run package -- --key KEY.pem --base-url https://host/path/ [--dist DIR] [--out DIR]\n' +
  '       npm run package -- --store-only [--dist DIR] [--out DIR]\n' +
  '--dist DIR: the Chromium build (default dist/); --dist-firefox DIR: the Firefox one (default DIR-firefox)';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Everything release/ will hold: the XPI, the self-hosting files (not with --store-only), then store/. */
async function releaseOutputs(inputs: Inputs): Promise<Map<string, Buffer>> {
  const { files, manifest, version } = inputs;
  const names = release.releaseNames(version);
  const zip = zipFiles(release.withManifest(files, release.releaseManifest(manifest)));
  const outputs = new Map<string, Buffer>([[names.xpi, xpiFile(inputs.firefoxFiles)]]);
  if (!inputs.storeOnly) {
    const { id, baseUrl } = inputs;
    outputs.set(names.zip, zip);
    outputs.set(names.crx, await signCrx(inputs));
    outputs.set(names.updateXml, Buffer.from(release.updateXml({ id, baseUrl, version })));
    // What the web server serves, the XPI included; store/ holds the same ZIP, byte for byte.
    outputs.set(names.sums, Buffer.from(release.sha256Sums(outputs)));
  }
  for (const [name, data] of await storeFiles({ root: ROOT, zipName: names.zip, zip })) outputs.set(name, data);
  return outputs;
}

async function main(): Promise<number> {
  let inputs: Inputs | null;
  try {
    inputs = await readInputs(process.argv.slice(2));
  } catch (error) {
    console.error(`package: ${messageOf(error)}\n${USAGE}`);
    return 2;
  }
  if (!inputs) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const { version, out } = inputs;
  const names = release.releaseNames(version);
  try {
    await publish(out, await releaseOutputs(inputs));
  } catch (error) {
    console.error(`package: ${messageOf(error)}\n${basename(out)}/ left as it was.`);
    return 1;
  }
  if (inputs.storeOnly) console.log(`SAGA Helper ${version}, store upload folder only`);
  else console.log(`SAGA Helper ${version}, extension id ${inputs.id}`);
  for (const name of (await readdir(out)).sort()) console.log(`  ${join(out, name)}`);
  if (!inputs.storeOnly) {
    const { baseUrl, id } = inputs;
    console.log(`Serve ${names.crx} and update.xml at ${baseUrl}; force-install policy: ${id};${baseUrl}update.xml`);
  }
  console.log(`Firefox: ${join(out, names.xpi)}, unsigned: README "Firefox ESR" says how to sign or deploy it.`);
  console.log(
    `Stores: upload ${join(out, 'store', names.zip)}; ${join(out, 'store', 'README.md')} says which text and image goes where.`,
  );
  console.log(`Packaged in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}

process.exitCode = await main();
