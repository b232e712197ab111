import type { MessageRequest, MessageResponse } from '../lib/messages';
import type { ExtraRule } from '../lib/settings';
import type { RuleTest } from '../lib/tab-messages';
import { acceptedRule as accepted } from '../lib/tab-parsers';
import { typedTabSend } from '../lib/tab-send';
import type { WorkerApi } from './api';
import { siteOfTab } from './gate';
import type { WorkerContext } from './worker-context';

/*
 * « Tester une règle »: the options page tries an extra rule on one SAGA or PLAGE tab without touching
 * policy. The worker keeps the trial (storage.session: gone when the browser closes), shows it in the tab
 * and again at each page the tab loads, until the page ends it or the tab closes. It accepts only what
 * policy would accept, and only for the two sites the director signs in to.
 */

const NOTHING: RuleTest = { matches: false, shown: false };

/** Whether the tab shows SAGA or PLAGE now, by the browser's word (the worker's host access), not the page's. */
const isTrialTab = async (api: WorkerApi, tabId: number): Promise<boolean> => (await siteOfTab(api, tabId)) !== null;

/** Tells the tab's top frame to show `rule` (null: to stop); its answer, or NOTHING when none came. */
async function show(api: WorkerApi, tabId: number, rule: ExtraRule | null): Promise<RuleTest> {
  try {
    return (await typedTabSend(api.tabs)(tabId, { type: 'test-rule', rule, show: true })) ?? NOTHING;
  } catch {
    return NOTHING; // no content script there yet: the trial is shown when the tab next loads a page
  }
}

/**
 * Starts, replaces or ends (`rule: null`) the trial of one tab. Refused, with NOTHING and nothing kept
 * or sent, for a tab that does not show SAGA or PLAGE or a rule policy would refuse. Runs outside the
 * handlers' queue (dispatch.ts): it waits for a page, which may itself be asking the worker.
 */
export async function trialRule(
  ctx: WorkerContext,
  req: MessageRequest<'trial-rule'>,
): Promise<MessageResponse<'trial-rule'>> {
  if (!(await isTrialTab(ctx.api, req.tabId))) return NOTHING;
  const rule = req.rule === null ? null : accepted(req.rule);
  if (req.rule !== null && !rule) return NOTHING;
  await ctx.state.serial(() => ctx.state.setTrial(req.tabId, rule));
  return show(ctx.api, req.tabId, rule);
}

/** A tab finished loading a page: its trial, if any, is shown again (the new page knows nothing of it). */
export async function onTabComplete(ctx: WorkerContext, tabId: number): Promise<void> {
  const rule = accepted(await ctx.state.trial(tabId));
  if (!rule || !(await isTrialTab(ctx.api, tabId))) return;
  await show(ctx.api, tabId, rule);
  // Ended or replaced while this was on its way (outside the queue): the page gets the last word.
  const now = accepted(await ctx.state.trial(tabId));
  if (JSON.stringify(now) !== JSON.stringify(rule)) await show(ctx.api, tabId, now);
}
