import { DEFAULT_SETTINGS, EFFECTIVE_SETTINGS_KEY, type EffectiveSettings } from '../lib/settings';
import { loadSettings } from '../lib/settings-store';
import { RULES } from '../rules';
import { canonical } from './canonical';
import { guardSettings } from './settings-guard';
import type { WorkerContext } from './worker-context';

/**
 * The policy an answer to a page goes by: storage's if it comes in time, else the last one read; with
 * none known, the defaults on a first run (the settings written once policy answers make every panel
 * report again). Never values in storage.local in place of policy: a compromised renderer writes there.
 * Where settings were resolved before but no policy is known (the cache lost), the wait, as before.
 */
async function policyForAnswer(ctx: WorkerContext): Promise<{ readonly policy: unknown } | undefined> {
  const known = await ctx.policy.soon();
  if (known) return known;
  const stored = await ctx.api.storage.local.get(EFFECTIVE_SETTINGS_KEY);
  if (stored[EFFECTIVE_SETTINGS_KEY] !== undefined) return { policy: await ctx.policy.live() };
  ctx.policy.usedDefaults();
  return undefined;
}

/**
 * Policy and the user's choices resolved, with the chosen language's messages (null: the browser's).
 * 'now' waits for policy as long as storage takes; 'answer' is for a page waiting (policyForAnswer).
 */
export async function resolveEffective(ctx: WorkerContext, use: 'now' | 'answer' = 'now'): Promise<EffectiveSettings> {
  const given = use === 'now' ? { policy: ctx.policy.live() } : await policyForAnswer(ctx);
  const ids = RULES.map((r) => r.id);
  const resolved = given ? (await loadSettings(ctx.api.storage, ids, Promise.resolve(given.policy))).settings : null;
  // Checked again here: these values become the mail's recipients and the links the panel shows.
  const settings = guardSettings(resolved ?? DEFAULT_SETTINGS);
  let messages: EffectiveSettings['messages'] = null;
  if (settings.locale !== 'auto') messages = await ctx.messages(settings.locale).catch(() => null);
  return { settings, messages };
}

// What the worker keeps in storage.local, and compares: other fields (refreshedAt) change nothing.
const kept = (stored: unknown): unknown =>
  stored && typeof stored === 'object'
    ? { settings: (stored as EffectiveSettings).settings, messages: (stored as EffectiveSettings).messages }
    : stored;

/**
 * Resolves the settings here and stores the result where the content scripts read it: they carry no
 * checking code (their size budget) and wake no worker on page load. Anything else may write there too
 * (a compromised renderer can write storage.local): the worker writes its own value back whenever the
 * stored one differs, and only then, so that its own write does not call it again for ever. Each write
 * makes the panels redraw and report again: when answers went by another policy than storage's and the
 * settings stored stay the same, the worker writes them again with a new refreshedAt for that.
 */
export async function syncSettings(ctx: WorkerContext): Promise<EffectiveSettings> {
  const effective = await resolveEffective(ctx);
  const refresh = ctx.policy.takeStale();
  const stored = (await ctx.api.storage.local.get(EFFECTIVE_SETTINGS_KEY))[EFFECTIVE_SETTINGS_KEY];
  if (canonical(kept(stored)) !== canonical(effective))
    await ctx.api.storage.local.set({ [EFFECTIVE_SETTINGS_KEY]: effective });
  else if (refresh)
    await ctx.api.storage.local.set({ [EFFECTIVE_SETTINGS_KEY]: { ...effective, refreshedAt: ctx.now() } });
  return effective;
}
