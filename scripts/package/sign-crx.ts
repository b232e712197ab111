// The self-hosted CRX, signed by Chromium's own packer in a temporary folder, then checked.
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findChromium, packWithChromium, readCrx } from './crx';
import type { SelfHosted } from './inputs';
import { releaseManifest, withManifest } from './release-files';

// Chromium stamps each file of the CRX with its mtime: a fixed one makes the CRX reproducible too.
const FIXED_MTIME = new Date(Date.UTC(1980, 0, 2));

/** The CRX, with update_url pointing at baseUrl; checked to declare the id the key gives. */
export async function signCrx(inputs: SelfHosted): Promise<Buffer> {
  const { key, keyPath, pkcs8, baseUrl, files, manifest, version, id } = inputs;
  const chromium = findChromium();
  const work = await mkdtemp(join(tmpdir(), 'saga-helper-package-'));
  try {
    const extDir = join(work, `saga-helper-${version}`);
    const crxFiles = withManifest(files, releaseManifest(manifest, `${baseUrl}update.xml`));
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
