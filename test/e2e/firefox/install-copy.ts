import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** A Firefox install folder of the test's own, with a policies.json that no other Firefox reads. */
export interface InstallCopy {
  /** The copied binary, to launch. */
  readonly executablePath: string;
  remove(): void;
}

/**
 * Firefox reads `distribution/policies.json` next to its real binary, at start. Writing that file into
 * /usr/lib/firefox-esr (or /etc/firefox/policies) would change every Firefox of the machine; instead, a
 * temporary folder gets a copy of the binary (a copy, not a link: Firefox resolves links to find its
 * folder), links to everything else of the install, and a distribution/ of its own with the policies.
 * `firefox` may be /usr/bin/firefox-esr, itself a link into the install folder.
 */
export function installCopy(firefox: string, policies: Record<string, unknown>): InstallCopy {
  const binary = realpathSync(firefox);
  const system = dirname(binary);
  const dir = mkdtempSync(join(tmpdir(), 'saga-helper-firefox-install-'));
  for (const entry of readdirSync(system)) {
    if (entry === basename(binary)) copyFileSync(binary, join(dir, entry));
    else if (entry !== 'distribution') symlinkSync(join(system, entry), join(dir, entry));
  }
  // The system's own distribution files (Debian's search engines) stay, as links beside the policies.
  const distribution = join(dir, 'distribution');
  mkdirSync(distribution);
  const systemDistribution = join(system, 'distribution');
  let shipped: string[] = [];
  try {
    shipped = readdirSync(systemDistribution);
  } catch {
    // No distribution folder in this install: only the policies, then.
  }
  for (const entry of shipped) {
    if (entry !== 'policies.json') symlinkSync(join(systemDistribution, entry), join(distribution, entry));
  }
  writeFileSync(join(distribution, 'policies.json'), JSON.stringify({ policies }, null, 2));
  return {
    executablePath: join(dir, basename(binary)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
