import { binaryOrSkip, findBinary } from './find-browser';

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
  return findBinary('CHROME_PATH', USUAL_PATHS);
}

/** Whether browser tests can run here: skipped without Chromium, with the reason; a failure under CI=true. */
export function browserOrSkip(): { path: string | null; skip: boolean } {
  return binaryOrSkip('Chromium', findChromium(), INSTALL_HINT);
}
