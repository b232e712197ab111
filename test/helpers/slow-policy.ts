// A worker over the fake browser whose storage.managed stays silent until the test lets it answer, as
// Chromium's does for some 2 s after a browser start, with the policy cache it keeps between sessions.
import type { PolicyCache } from '../../src/background/policy-cache';
import { registerWorker } from '../../src/background/worker';
import type { Guidance } from '../../src/lib/messages';
import { EFFECTIVE_SETTINGS_KEY, type EffectiveSettings } from '../../src/lib/settings';
import { contentSender, FakeBrowser } from './fake-browser';
import { loadMessages } from './messages';
import { PLAGE, PLAGE_TAB, SAGA, SAGA_TAB } from './worker-harness';

type Policy = Record<string, unknown>;

/** storage.managed: every call waits until `arrive`, then answers at once, until `hang` again. */
export class SlowManaged {
  #waiting: ((policy: Policy) => void)[] = [];
  #answer: Policy | null = null;
  readonly get = (): Promise<Policy> =>
    this.#answer ? Promise.resolve(structuredClone(this.#answer)) : new Promise((r) => this.#waiting.push(r));
  arrive(policy: Policy): void {
    this.#answer = policy;
    for (const answer of this.#waiting.splice(0)) answer(structuredClone(policy));
  }
  hang(): void {
    this.#answer = null;
  }
}

/** The worker's IndexedDB, in memory: what it holds outlives a worker and a browser session. */
export class MemoryPolicyCache implements PolicyCache {
  constructor(public value?: unknown) {}
  readonly read = async (): Promise<unknown> => structuredClone(this.value);
  readonly write = async (policy: unknown): Promise<void> => void (this.value = structuredClone(policy));
}

export interface SlowWorld {
  readonly fake: FakeBrowser;
  readonly managed: SlowManaged;
  readonly cache: MemoryPolicyCache;
  /** A worker starts (a browser start: storage.session empty, the previous worker's listeners gone). */
  start(): void;
  /** The SAGA pairing failure, reported by the SAGA tab's top frame: its answer carries the mail. */
  pairing(): Promise<Guidance>;
  /** The settings the worker stored for the content scripts. */
  stored(): Promise<(EffectiveSettings & { refreshedAt?: number }) | undefined>;
}

export function slowWorld(cache = new MemoryPolicyCache()): SlowWorld {
  const fake = new FakeBrowser('fr');
  fake.tabs = [
    { id: SAGA_TAB, url: SAGA },
    { id: PLAGE_TAB, url: PLAGE },
  ];
  const managed = new SlowManaged();
  const clock = Date.UTC(2026, 10, 28, 9, 0);
  return {
    fake,
    managed,
    cache,
    start: () => {
      fake.stopWorker();
      fake.session.data.clear();
      const api = fake.api();
      registerWorker(
        { ...api, storage: { ...api.storage, managed } },
        {
          now: () => clock,
          nav: { userAgent: '' },
          messages: async (l) => loadMessages(l),
          policyCache: cache,
        },
      );
    },
    pairing: () =>
      fake.send(
        {
          type: 'report',
          rules: ['saga-pairing-failed'],
          params: [],
          evidence: 'Appairage',
          url: SAGA,
          loadedAt: clock,
        },
        contentSender(SAGA_TAB, SAGA),
      ) as Promise<Guidance>,
    stored: async () => (await fake.local.get(EFFECTIVE_SETTINGS_KEY))[EFFECTIVE_SETTINGS_KEY] as never,
  };
}

/** The mail's recipient, or why there is none within `ms` (the answer never came, or had no mail). */
export async function mailTo(answer: Promise<Guidance>, ms = 1_000): Promise<string> {
  const late = new Promise<'no answer'>((resolve) => setTimeout(() => resolve('no answer'), ms));
  const g = await Promise.race([answer, late]);
  if (g === 'no answer') return g;
  return /^mailto:([^?]*)/.exec(g.mail?.href ?? '')?.[1] ?? 'no mail';
}
