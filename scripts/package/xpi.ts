// The Firefox package of a release: dist-firefox/ zipped as it is, unsigned. Firefox installs an unsigned
// XPI only in builds that let policy turn signatures off (ESR); release builds need it signed by
// addons.mozilla.org first (README, "Firefox ESR"). The same ZIP writer as the store ZIP: byte-identical when
// built twice, so that its SHA256SUMS line proves where it came from.
import type { Manifest } from './release-files';
import { zipFiles, type ZipFile } from './zip';

/**
 * Checks that dist-firefox/'s manifest is the Firefox build of the same version as dist/: a Firefox
 * manifest (background.scripts, an add-on id) and not a stale build left from another commit.
 */
export function checkXpiManifest(manifest: Manifest, version: string, dir: string): void {
  const where = `${dir}/manifest.json`;
  if (manifest.version !== version) {
    throw new Error(
      `${where}: version ${JSON.stringify(manifest.version)}, not ${version} as in dist/: build both again (npm run build)`,
    );
  }
  const gecko = (manifest.browser_specific_settings as { gecko?: { id?: unknown } } | undefined)?.gecko;
  const scripts = (manifest.background as { scripts?: unknown } | undefined)?.scripts;
  if (typeof gecko?.id !== 'string' || !Array.isArray(scripts)) {
    throw new Error(
      `${where}: not a Firefox manifest (no gecko id or no background.scripts): npm run build writes one`,
    );
  }
}

/** The XPI: an XPI is a ZIP; Firefox needs no file order, and signing adds its META-INF/ itself. */
export function xpiFile(files: readonly ZipFile[]): Buffer {
  return zipFiles(files);
}
