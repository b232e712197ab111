import { EFFECTIVE_SETTINGS_KEY, type EffectiveSettings } from '../lib/settings';
import { loadSettings } from '../lib/settings-store';
import { RULES } from '../rules';
import type { WorkerContext } from './worker-context';

/** Policy and the user's choices resolved, with the chosen language's messages (null: the browser's). */
export async function resolveEffective(ctx: WorkerContext): Promise<EffectiveSettings> {
  const { settings } = await loadSettings(
    ctx.api.storage,
    RULES.map((r) => r.id),
  );
  let messages: EffectiveSettings['messages'] = null;
  if (settings.locale !== 'auto') messages = await ctx.messages(settings.locale).catch(() => null);
  return { settings, messages };
}

/**
 * Resolves the settings here and stores the result where the content scripts read it: they carry no
 * checking code (their size budget) and wake no worker on page load.
 */
export async function syncSettings(ctx: WorkerContext): Promise<EffectiveSettings> {
  const effective = await resolveEffective(ctx);
  await ctx.api.storage.local.set({ [EFFECTIVE_SETTINGS_KEY]: effective });
  return effective;
}
