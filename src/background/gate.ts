import { SITE_HOSTS, siteOfUrl, type Site } from '../core/sites';
import type { GuidanceAction, Refusal } from '../lib/messages';
import type { WorkerApi } from './api';
import { actionsFor } from './guidance';
import { takeTurn } from './rate-limit';
import type { WorkerContext } from './worker-context';

/** The actions that clear the director's SAGA and PLAGE data: the worker decides, never the page. */
export type Clearing = 'clean-reload' | 'return-to-saga';

/** For whom an action is asked: the tab to act for, and the frame asking (none for an extension page). */
export interface Asker {
  readonly tabId: number;
  readonly frameId?: number;
}

// Where each action may be asked from: the site of the tab, and whether only its top frame may ask.
const WHERE: Readonly<Record<Clearing, { readonly sites: readonly Site[]; readonly topOnly: boolean }>> = {
  'clean-reload': { sites: ['saga', 'plage'], topOnly: false },
  'return-to-saga': { sites: ['plage'], topOnly: true },
};

const isClearing = (action: GuidanceAction): action is Clearing => Object.hasOwn(WHERE, action);

/**
 * The tab's site as the browser shows it now (not as a message says): SAGA or PLAGE; null for any other
 * tab, and for one that does not exist.
 */
export async function siteOfTab(api: WorkerApi, tabId: number): Promise<Site | null> {
  // The worker can read the address of SAGA and PLAGE tabs only (its host access): enough here.
  const tabs = await api.tabs.query({ url: [`https://${SITE_HOSTS.saga}/*`, `https://${SITE_HOSTS.plage}/*`] });
  return siteOfUrl(tabs.find((tab) => tab.id === tabId)?.url);
}

/**
 * Why the worker would not do `action` for `asker` now, the rate limit aside; null when it would. The
 * tab's top frame must show, per the worker's own record of its last report, a rule for which the
 * worker offers the action now.
 */
export async function refusal(ctx: WorkerContext, action: Clearing, asker: Asker): Promise<Refusal | null> {
  const where = WHERE[action];
  if (where.topOnly && asker.frameId !== 0) return 'not-this-tab';
  const site = await siteOfTab(ctx.api, asker.tabId);
  if (!site || !where.sites.includes(site)) return 'not-this-tab';
  const top = (await ctx.state.tab(asker.tabId)).frames['0'];
  if (!top) return 'not-offered';
  return actionsFor(await ctx.state.procedure(), top.rules, ctx.now()).includes(action) ? null : 'not-offered';
}

/** `refusal`, then the tab's rate limit, whose turn is taken when the action may go ahead. */
export async function mayClear(ctx: WorkerContext, action: Clearing, asker: Asker): Promise<Refusal | null> {
  const why = await refusal(ctx, action, asker);
  if (why) return why;
  return (await takeTurn(ctx.state, asker.tabId, ctx.now())) ? null : 'rate-limited';
}

/** `actions` without those the worker would refuse to this asker: a panel offers only what it gets. */
export async function offeredTo(
  ctx: WorkerContext,
  actions: readonly GuidanceAction[],
  asker: Asker,
): Promise<GuidanceAction[]> {
  const kept: GuidanceAction[] = [];
  for (const action of actions) {
    if (!isClearing(action) || (await refusal(ctx, action, asker)) === null) kept.push(action);
  }
  return kept;
}
