import { EFFECTIVE_SETTINGS_KEY, type EffectiveSettings } from '../lib/settings';
import { loadSettings } from '../lib/settings-store';
import { RULES } from '../rules';
import { guardSettings } from './settings-guard';
import type { WorkerContext } from './worker-context';

/** Policy and the user's choices resolved, with the chosen language's messages (null: the browser's). */
export async function resolveEffective(ctx: WorkerContext): Promise<EffectiveSettings> {
  const { settings: resolved } = await loadSettings(
    ctx.api.storage,
    RULES.map((r) => r.id),
  );
  // Checked again here: these values become the mail's recipients and the links the panel shows.
  const settings = guardSettings(resolved);
  let messages: EffectiveSettings['messages'] = null;
  if (settings.locale !== 'auto') messages = await ctx.messages(settings.locale).catch(() => null);
  return { settings, messages };
}

// Same value whatever the key order: storage may hand an object back with its keys sorted.
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/**
 * Resolves the settings here and stores the result where the content scripts read it: they carry no
 * checking code (their size budget) and wake no worker on page load. Anything else may write there too
 * (a compromised renderer can write storage.local): the worker writes its own value back whenever the
 * stored one differs, and only then, so that its own write does not call it again for ever.
 */
export async function syncSettings(ctx: WorkerContext): Promise<EffectiveSettings> {
  const effective = await resolveEffective(ctx);
  const stored = (await ctx.api.storage.local.get(EFFECTIVE_SETTINGS_KEY))[EFFECTIVE_SETTINGS_KEY];
  if (canonical(stored) !== canonical(effective))
    await ctx.api.storage.local.set({ [EFFECTIVE_SETTINGS_KEY]: effective });
  return effective;
}
