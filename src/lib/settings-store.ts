import { resolveSettings } from './settings-resolve';
import { USER_SETTINGS_KEY, type ResolvedSettings, type Settings } from './settings';

/** The part of `browser.storage` settings need: policy, the user's choices, and their changes. */
export interface SettingsStorage {
  readonly managed: { get(keys?: null): Promise<Record<string, unknown>> };
  readonly local: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  readonly onChanged: { addListener(callback: (changes: Record<string, unknown>, area: string) => void): void };
}

/**
 * Policy as stored; none (no policy, no schema, a browser without managed storage) is {}. Right after a
 * browser start, Chromium may take seconds to answer: the worker bounds its wait (policy-source.ts).
 */
export async function readPolicy(storage: SettingsStorage): Promise<unknown> {
  try {
    return await storage.managed.get(null);
  } catch {
    return {};
  }
}

async function userOf(storage: SettingsStorage): Promise<unknown> {
  try {
    return (await storage.local.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY];
  } catch {
    return undefined;
  }
}

/**
 * The effective settings now, under `policy` when the caller has read it already (the worker, which
 * cannot always wait for storage.managed), else under policy as stored now.
 */
export async function loadSettings(
  storage: SettingsStorage,
  builtInRules: readonly string[],
  policy: Promise<unknown> = readPolicy(storage),
): Promise<ResolvedSettings> {
  const [given, user] = await Promise.all([policy, userOf(storage)]);
  return resolveSettings(given, user, builtInRules);
}

/** Calls `changed` when policy (applied live) or the user's choices change. */
export function watchSettings(storage: SettingsStorage, changed: () => void): void {
  storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && USER_SETTINGS_KEY in changes)) changed();
  });
}

/**
 * Saves the user's own value for some settings (undefined: back to the default). Values policy sets
 * are kept apart by resolveSettings, which lets policy win, so saving them does no harm.
 */
export async function saveUserSettings(
  storage: SettingsStorage,
  patch: Partial<Record<keyof Settings, unknown>>,
): Promise<void> {
  const current = (await userOf(storage)) ?? {};
  const next: Record<string, unknown> = { ...(typeof current === 'object' ? current : {}) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  await storage.local.set({ [USER_SETTINGS_KEY]: next });
}
