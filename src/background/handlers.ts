import { pageAddress } from '../core/mail';
import { SITE_HOSTS, SITE_URLS, siteOfUrl } from '../core/sites';
import type { CleanReloadResult, MessageRequest, MessageResponse, TabView } from '../lib/messages';
import { leadRule, rulesOf } from '../lib/lead-rule';
import type { MessageSender, WorkerApi } from './api';
import { updateBadge } from './badge';
import { clearSiteData } from './clean-reload';
import { guidanceFor } from './guidance';
import { NETWORK_RULE } from './network';
import { onCleaned, onSighting } from './procedure';
import type { SenderKind } from './sender';
import type { TabRecord } from './state';
import type { WorkerContext } from './worker-context';

const CLEANABLE = [`https://${SITE_HOSTS.saga}/*`, `https://${SITE_HOSTS.plage}/*`];

/** A content script tells what its frame shows; the answer is what its panel should add. */
export async function report(
  ctx: WorkerContext,
  req: MessageRequest<'report'>,
  sender: MessageSender,
): Promise<MessageResponse<'report'>> {
  const now = ctx.now();
  const tabId = sender.tab?.id as number;
  const previous = await ctx.state.tab(tabId);
  const frames = { ...previous.frames };
  const frame = String(sender.frameId ?? 0);
  if (req.rules.length > 0)
    frames[frame] = {
      rules: req.rules,
      params: req.params,
      evidence: req.evidence,
      url: pageAddress(req.url),
      at: now,
    };
  else delete frames[frame];
  // A page of SAGA or PLAGE loaded: the site is reachable again.
  const record: TabRecord = { frames, ...(previous.cleanedAt !== undefined ? { cleanedAt: previous.cleanedAt } : {}) };
  await ctx.state.setTab(tabId, record);
  let procedure = await ctx.state.procedure();
  const rule = leadRule(req.rules);
  if (rule?.flow) {
    procedure = onSighting(procedure, {
      flow: rule.flow,
      rule: rule.id,
      evidence: req.evidence,
      url: pageAddress(req.url),
      at: now,
      loadedAt: req.loadedAt,
    });
    await ctx.state.setProcedure(procedure);
  }
  await updateBadge(ctx.api, tabId, record);
  return guidanceFor(ctx, procedure, req.rules, record.cleanedAt);
}

async function isCleanableTab(api: WorkerApi, tabId: number): Promise<boolean> {
  return (await api.tabs.query({ url: CLEANABLE })).some((tab) => tab.id === tabId);
}

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

/** Clears SAGA/PLAGE data, then reloads the tab bypassing the cache (Ctrl+F5). */
export async function cleanReload(
  ctx: WorkerContext,
  req: MessageRequest<'clean-reload'>,
  sender: MessageSender,
  kind: SenderKind,
): Promise<MessageResponse<'clean-reload'>> {
  const tabId = kind === 'content' ? sender.tab?.id : req.tabId;
  if (tabId === undefined || !(await isCleanableTab(ctx.api, tabId))) {
    return { ok: false, at: ctx.now(), cookiesRemoved: 0, error: 'not a SAGA or PLAGE tab' };
  }
  const result = await clean(ctx, [tabId]);
  if (result.ok) await ctx.api.tabs.reload(tabId, { bypassCache: true });
  return result;
}

/** From the PLAGE profile page: clean reload, then SAGA again, in its own tab if one is open. */
export async function returnToSaga(ctx: WorkerContext): Promise<MessageResponse<'return-to-saga'>> {
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

/** The popup asks what a tab shows. */
export async function tabState(ctx: WorkerContext, req: MessageRequest<'tab-state'>): Promise<TabView> {
  const record = await ctx.state.tab(req.tabId);
  const shown = new Set(Object.values(record.frames).flatMap((f) => f.rules));
  const rules = rulesOf([...shown]).map((r) => r.id);
  const top = record.frames['0'] ?? Object.values(record.frames)[0];
  const site = top ? siteOfUrl(top.url) : null;
  const guidance = await guidanceFor(ctx, await ctx.state.procedure(), rules, record.cleanedAt);
  const first = leadRule(rules);
  const params = Object.values(record.frames).find((f) => first && f.rules.includes(first.id))?.params;
  return {
    site,
    rules: record.network ? [NETWORK_RULE, ...rules] : rules,
    ...(params && params.length > 0 ? { params } : {}),
    ...(record.network ? { network: record.network } : {}),
    guidance,
  };
}
