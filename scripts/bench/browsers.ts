import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, launch, type Launched } from '../../test/e2e/harness/browser';

/**
 * A copy of dist/ taken once, that every browser of the run loads: others may rebuild dist/ while the
 * bench runs, and a copy in its own folder gets an id of its own (an unpacked extension's id comes from
 * its path), so the policy the bench writes reaches no other test's browser loading dist/.
 */
export function snapshotDist(work: string): string {
  const copy = join(work, 'extension');
  cpSync(DIST, copy, { recursive: true });
  return copy;
}

export interface Where {
  readonly chromium: string;
  readonly port: number;
  /** The extension's folder (the snapshot). */
  readonly extension: string;
}

/** A fresh profile with the extension; resolves once its service worker runs, as launch() does. */
export async function withExtension(where: Where): Promise<Launched> {
  const browser = await launch({
    executablePath: where.chromium,
    port: where.port,
    load: false,
    extraArgs: [`--disable-extensions-except=${where.extension}`, `--load-extension=${where.extension}`],
  });
  const extensionId = new URL((await browser.worker()).url()).host;
  return { ...browser, extensionId };
}

/** A fresh profile without any extension. */
export function withoutExtension(where: Where): Promise<Launched> {
  return launch({ executablePath: where.chromium, port: where.port, load: false });
}
