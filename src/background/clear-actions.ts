import { SITE_HOSTS, SITE_URLS } from '../core/sites';
import type { CleanReloadResult, MessageRequest, MessageResponse, Refusal } from '../lib/messages';
import type { MessageSender } from './api';
import { updateBadge } from './badge';
import { clearSiteData } from './clean-reload';
import { mayClear } from './gate';
import { onCleaned } from './procedure';
import { frameOf, type SenderKind } from './sender';
import type { TabRecord } from './state';
import type { WorkerContext } from './worker-context';

const refused = (ctx: WorkerContext, why: Refusal): CleanReloadResult => ({
  ok: false,
  at: ctx.now(),
  cookiesRemoved: 0,
  refused: why,
});

async function clean(ctx: WorkerContext, tabIds: readonly number[]): Promise<CleanReloadResult> {
  const at = ctx.now();
  try {
    const cookiesRemoved = await clearSiteData(ctx.api);
    await ctx.state.setProcedure(onCleaned(await ctx.state.procedure(), at));
    for (const tabId of tabIds) {
      const record: TabRecord = { frames: {}, cleanedAt: at };
      await ctx.state.setTab(tabId, record);
      await updateBadge(ctx.api, tabId, record);
    }
    return { ok: true, at, cookiesRemoved };
  } catch (error) {
    return { ok: false, at, cookiesRemoved: 0, error: String(error) };
  }
}

/**
 * Clears SAGA/PLAGE data, then reloads the tab bypassing the cache (Ctrl+F5): a content script for its
 * own tab, an extension page for the tab it names; only if the worker offers it there, now.
 */
export async function cleanReload(
  ctx: WorkerContext,
  req: MessageRequest<'clean-reload'>,
  sender: MessageSender,
  kind: SenderKind,
): Promise<MessageResponse<'clean-reload'>> {
  const tabId = kind === 'page' ? req.tabId : sender.tab?.id;
  if (tabId === undefined) return refused(ctx, 'not-this-tab');
  const why = await mayClear(ctx, 'clean-reload', kind === 'page' ? { tabId } : { tabId, frameId: frameOf(sender) });
  if (why) return refused(ctx, why);
  const result = await clean(ctx, [tabId]);
  if (result.ok) await ctx.api.tabs.reload(tabId, { bypassCache: true });
  return result;
}

/** From the PLAGE profile page's top frame: clean reload, then SAGA again, in its own tab if one is open. */
export async function returnToSaga(
  ctx: WorkerContext,
  _req: MessageRequest<'return-to-saga'>,
  sender: MessageSender,
): Promise<MessageResponse<'return-to-saga'>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return refused(ctx, 'not-this-tab');
  const why = await mayClear(ctx, 'return-to-saga', { tabId, frameId: frameOf(sender) });
  if (why) return refused(ctx, why);
  const [saga] = await ctx.api.tabs.query({ url: `https://${SITE_HOSTS.saga}/*` });
  const result = await clean(ctx, saga?.id === undefined ? [] : [saga.id]);
  if (!result.ok) return result;
  if (saga?.id === undefined) {
    await ctx.api.tabs.create({ url: SITE_URLS.saga });
  } else {
    await ctx.api.tabs.update(saga.id, { active: true });
    await ctx.api.tabs.reload(saga.id, { bypassCache: true });
  }
  return result;
}
