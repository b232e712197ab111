// The service worker over the in-memory fake browser, started afresh before each test: the tabs it
// knows, a clock the test moves, and a content script's report as a one-liner.
import { beforeEach } from 'vitest';
import { registerWorker } from '../../src/background/worker';
import type { Guidance } from '../../src/lib/messages';
import { contentSender, FakeBrowser } from './fake-browser';
import { loadMessages } from './messages';

export const SAGA = 'https://saga.cng.sante.fr/login?ticket=ST-1234-secret#top';
export const PLAGE = 'https://connect-pasrel.atih.sante.fr/compte/profils';
export const RIGHTS_TEXT = "Vous n'avez aucun droit valide défini au niveau de votre compte utilisateur.";
export const HOTLINE = 'https://assistance.atih.sante.fr/';
export const SAGA_TAB = 1;
export const PLAGE_TAB = 2;
export const HOTLINE_TAB = 3;
const START = Date.UTC(2026, 10, 28, 9, 0);
const EDGE = {
  userAgent:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70',
};

export interface WorkerHarness<F extends FakeBrowser = FakeBrowser> {
  readonly fake: F;
  /** The worker's clock, in ms since the epoch; tests move it forward. */
  clock: number;
  report(tabId: number, url: string, rules: string[], evidence?: string): Promise<Guidance>;
  /** Stops the worker (its listeners and memory go, storage stays) and starts it again. */
  restart(): void;
}

/**
 * Registers a fresh worker before each test of the calling file; the harness always holds the current one.
 * Over Chromium's fake by default, or over the one `browser` makes (fake-firefox.ts).
 */
export function useWorker<F extends FakeBrowser = FakeBrowser>(
  browser: () => F = () => new FakeBrowser('fr') as F,
): WorkerHarness<F> {
  const start = (): void =>
    void registerWorker(harness.fake.api(), {
      now: () => harness.clock,
      nav: EDGE,
      messages: async (l) => loadMessages(l),
    });
  const harness = {
    fake: browser(),
    clock: START,
    report: (tabId: number, url: string, rules: string[], evidence = ''): Promise<Guidance> =>
      harness.fake.send(
        { type: 'report', rules, params: [], evidence, url, loadedAt: harness.clock },
        contentSender(tabId, url),
      ) as Promise<Guidance>,
    restart: (): void => {
      harness.fake.stopWorker();
      start();
    },
  };
  beforeEach(() => {
    harness.fake = browser();
    harness.clock = START;
    harness.fake.tabs = [
      { id: SAGA_TAB, url: SAGA },
      { id: PLAGE_TAB, url: PLAGE },
      { id: HOTLINE_TAB, url: HOTLINE },
    ];
    start();
  });
  return harness;
}
