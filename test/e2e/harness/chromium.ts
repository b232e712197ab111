import { existsSync } from 'node:fs';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/microsoft-edge',
];

export const INSTALL_HINT =
  'apt-get install -y chromium chromium-l10n (or set CHROME_PATH to a Chromium, Chrome or Edge binary)';

/** The browser to drive: CHROME_PATH, or the first usual path that exists; null when there is none. */
export function findChromium(): string | null {
  const given = process.env.CHROME_PATH;
  if (given) return existsSync(given) ? given : null;
  return USUAL_PATHS.find((p) => existsSync(p)) ?? null;
}

/**
 * Whether browser tests can run here. Without a browser they are skipped, with the reason, except
 * under CI=true, where a missing browser is a failure: CI must never pass without running them.
 */
export function browserOrSkip(): { path: string | null; skip: boolean } {
  const path = findChromium();
  if (path) return { path, skip: false };
  if (process.env.CI === 'true') throw new Error(`CI=true but no Chromium found: ${INSTALL_HINT}`);
  console.warn(`[browser tests skipped] no Chromium found: ${INSTALL_HINT}`);
  return { path: null, skip: true };
}
