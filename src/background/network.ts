import { pageAddress } from '../core/mail';
import { SITE_HOSTS } from '../core/sites';
import type { RequestDetails } from './api';
import { tabProblem, updateBadge } from './badge';
import type { WorkerContext } from './worker-context';

/** Not a page rule: no content script runs when the site cannot be reached, so the worker says it. */
export const NETWORK_RULE = 'network-unreachable';

/** Main-frame navigations to SAGA and PLAGE, the only requests the worker watches. */
export const WATCHED = {
  urls: [`https://${SITE_HOSTS.saga}/*`, `https://${SITE_HOSTS.plage}/*`],
  types: ['main_frame'],
};

/**
 * Error codes of a load that was stopped, not of a site that failed: the user pressed Stop or went
 * elsewhere, another load replaced it, or a download took it over. Chromium says net::ERR_ABORTED;
 * Firefox says NS_*. Every other code (Chromium's net::ERR_NAME_NOT_RESOLVED, ERR_CONNECTION_REFUSED,
 * ERR_TIMED_OUT, ERR_CERT_*, ERR_PROXY_*...; Firefox's NS_ERROR_UNKNOWN_HOST, NS_ERROR_CONNECTION_REFUSED,
 * NS_ERROR_NET_TIMEOUT, NS_ERROR_PROXY_*..., and for a certificate NSS's own message or
 * NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, SEC_ERROR_*)) is a fault, which the popup explains
 * the same way, whatever the code: network, proxy of the establishment, site down, the code shown as is.
 */
export const STOPPED_CODES: ReadonlySet<string> = new Set([
  'net::ERR_ABORTED',
  'NS_BINDING_ABORTED',
  'NS_ERROR_ABORT',
  'NS_BINDING_REDIRECTED',
  'NS_BINDING_RETARGETED',
]);

// A navigation error this recent is the one whose error page is now loading: keep it.
const ERROR_PAGE_GRACE_MS = 5_000;

/** A navigation to SAGA or PLAGE failed (DNS, refused, certificate, time-out): record it per tab. */
export async function onNavigationError(ctx: WorkerContext, details: RequestDetails): Promise<void> {
  // The user stopped the load or navigated away: not a network fault.
  if (details.type !== 'main_frame' || details.tabId < 0 || !details.error || STOPPED_CODES.has(details.error)) return;
  const record = { frames: {}, network: { code: details.error, url: pageAddress(details.url), at: ctx.now() } };
  await ctx.state.setTab(details.tabId, record);
  await updateBadge(ctx.api, details.tabId, record);
}

/** A navigation to SAGA or PLAGE completed: whatever failed before, the site is reachable. */
export async function onNavigationDone(ctx: WorkerContext, details: RequestDetails): Promise<void> {
  if (details.type !== 'main_frame' || details.tabId < 0) return;
  const { network: _gone, ...record } = await ctx.state.tab(details.tabId);
  await ctx.state.setTab(details.tabId, record);
  await updateBadge(ctx.api, details.tabId, record);
}

/** A tab started loading another page: what its frames showed is gone (its content scripts report anew). */
export async function onTabLoading(ctx: WorkerContext, tabId: number): Promise<void> {
  const { network, cleanedAt } = await ctx.state.tab(tabId);
  const keep = network && ctx.now() - network.at < ERROR_PAGE_GRACE_MS;
  const record = { frames: {}, ...(keep ? { network } : {}), ...(cleanedAt !== undefined ? { cleanedAt } : {}) };
  await ctx.state.setTab(tabId, record);
  await updateBadge(ctx.api, tabId, record);
}

/**
 * A tab finished loading a page: its badge is shown again. Firefox clears a tab's badge when the tab's
 * error page loads, after webRequest.onErrorOccurred has set it; Chromium keeps it (then this changes
 * nothing).
 */
export async function onTabLoaded(ctx: WorkerContext, tabId: number): Promise<void> {
  const record = await ctx.state.tab(tabId);
  if (tabProblem(record)) await updateBadge(ctx.api, tabId, record);
}
