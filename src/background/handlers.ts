import { pageAddress } from '../core/mail';
import { siteOfUrl } from '../core/sites';
import type { Guidance, MessageRequest, MessageResponse, TabView } from '../lib/messages';
import { leadRule, rulesOf } from '../lib/lead-rule';
import { RULES } from '../rules';
import type { MessageSender } from './api';
import { updateBadge } from './badge';
import { offeredTo } from './gate';
import { guidanceFor } from './guidance';
import { NETWORK_RULE } from './network';
import { onSighting } from './procedure';
import { frameOf, type SenderKind } from './sender';
import type { TabRecord } from './state';
import type { WorkerContext } from './worker-context';

// A frame in a page of another site: nothing kept, nothing shown.
const IGNORED: Guidance = { actions: [], ignored: true };

/**
 * The screens a frame may report: those of its own site (the browser's word for the frame's address),
 * so that no site moves the procedure with another's screens. An id outside the catalogue is one of
 * the IT department's extra rules, which move no procedure.
 */
function ofOwnSite(ids: readonly string[], frameUrl: string | undefined): string[] {
  const site = siteOfUrl(frameUrl);
  return ids.filter((id) => {
    const rule = RULES.find((r) => r.id === id);
    return !rule || (site !== null && rule.sites.includes(site));
  });
}

/** A content script tells what its frame shows; the answer is what its panel should add. */
export async function report(
  ctx: WorkerContext,
  req: MessageRequest<'report'>,
  sender: MessageSender,
  kind: SenderKind,
): Promise<MessageResponse<'report'>> {
  // A site framing SAGA or PLAGE gets no badge on its tab, no record, no say in the procedure.
  if (kind === 'framed') return IGNORED;
  const now = ctx.now();
  const tabId = sender.tab?.id as number;
  const previous = await ctx.state.tab(tabId);
  const frames = { ...previous.frames };
  const frameId = frameOf(sender);
  const frame = String(frameId);
  const rules = ofOwnSite(req.rules, sender.url);
  if (rules.length > 0)
    frames[frame] = {
      rules,
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
  const rule = leadRule(rules);
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
  const guidance = await guidanceFor(ctx, procedure, rules, record.cleanedAt);
  return { ...guidance, actions: await offeredTo(ctx, guidance.actions, { tabId, frameId }) };
}

/** The popup asks what a tab shows. */
export async function tabState(ctx: WorkerContext, req: MessageRequest<'tab-state'>): Promise<TabView> {
  const record = await ctx.state.tab(req.tabId);
  const shown = new Set(Object.values(record.frames).flatMap((f) => f.rules));
  const rules = rulesOf([...shown]).map((r) => r.id);
  const top = record.frames['0'] ?? Object.values(record.frames)[0];
  const site = top ? siteOfUrl(top.url) : null;
  const all = await guidanceFor(ctx, await ctx.state.procedure(), rules, record.cleanedAt);
  // What this page may ask for this tab: a clean reload only where the top frame offers it.
  const guidance = { ...all, actions: await offeredTo(ctx, all.actions, { tabId: req.tabId }) };
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
