import { readPolicy, type SettingsStorage } from '../lib/settings-store';
import { canonical } from './canonical';
import type { PolicyCache } from './policy-cache';

/**
 * How long an answer waits for storage.managed before it goes by the last policy read. Right after a
 * browser start, Chromium 156 answers storage.managed.get only some 2 s later, every call made meanwhile
 * included (measured): the first error's panel would show its buttons that late.
 */
export const POLICY_WAIT_MS = 40;

// Stands for "no policy known: the defaults" among the policies answers went by instead of storage's.
const NONE = Symbol('none');

/** `promise`, or undefined once `ms` have passed without it. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let cancel = (): void => undefined;
  const late = new Promise<undefined>((resolve) => {
    const timer = setTimeout(resolve, ms, undefined);
    cancel = () => clearTimeout(timer);
  });
  return Promise.race([promise, late]).finally(cancel);
}

/**
 * storage.managed as the worker reads it: settings kept up to date wait for it as long as it takes;
 * an answer to a page waits POLICY_WAIT_MS at most, then goes by the last policy read (kept in the
 * cache between browser sessions). When storage then says otherwise, `onStale` is called, for the
 * panels to ask again.
 */
export class PolicySource {
  #known: { readonly policy: unknown } | undefined;
  readonly #cacheRead: Promise<void>;
  // Since when storage has left a read unanswered: the worker's own read at start is one, and an answer
  // then waits only what is left of POLICY_WAIT_MS since it began.
  #waitingSince: number | undefined;
  #usedInstead: unknown[] = [];
  #stale = false;

  constructor(
    private readonly storage: SettingsStorage,
    private readonly cache: PolicyCache,
    private readonly onStale: () => void,
  ) {
    this.#cacheRead = cache.read().then(
      (policy) => void (policy !== undefined && !this.#known && (this.#known = { policy })),
      () => undefined,
    );
  }

  /** Policy as stored now, however long the browser takes; kept for the next browser start. */
  async live(): Promise<unknown> {
    this.#waitingSince ??= performance.now();
    const policy = await readPolicy(this.storage);
    this.#waitingSince = undefined;
    const changed = !this.#known || canonical(this.#known.policy) !== canonical(policy);
    this.#known = { policy };
    // Kept before the caller writes the settings it resolves: the next start goes by what they say.
    if (changed) await this.cache.write(policy).catch(() => undefined);
    const stale = this.#usedInstead.some((used) => used === NONE || canonical(used) !== canonical(policy));
    this.#usedInstead = [];
    // Once per finding: the settings sync it starts reads policy again, and must not start another.
    if (stale) {
      this.#stale = true;
      this.onStale();
    }
    return policy;
  }

  /** Policy now if storage gives it in time, else the last read; undefined when none is known. */
  async soon(): Promise<{ readonly policy: unknown } | undefined> {
    const since = this.#waitingSince ?? performance.now();
    const left = Math.max(0, POLICY_WAIT_MS - (performance.now() - since));
    const now = await within(
      this.live().then((policy) => ({ policy })),
      left,
    );
    if (now) return now;
    await this.#cacheRead;
    if (this.#known) this.#usedInstead.push(this.#known.policy);
    return this.#known;
  }

  /** An answer went by the defaults, no policy being known. */
  usedDefaults(): void {
    this.#usedInstead.push(NONE);
  }

  /** Whether answers went by another policy than storage's since this was last asked. */
  takeStale(): boolean {
    const stale = this.#stale;
    this.#stale = false;
    return stale;
  }
}
