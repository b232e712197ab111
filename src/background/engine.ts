import type { WorkerApi } from './api';

/**
 * Whether the worker runs in Firefox (Gecko) rather than Chromium (Edge, Chrome). Decided by what the
 * API offers, not by the user agent (which a policy or a setting can change): `runtime.getBrowserInfo`
 * exists in Firefox only (webextension-polyfill adds nothing in Chromium). The one place that tells
 * them apart: each caller that needs Firefox's way (clean-reload.ts) asks here.
 */
export function isGecko(api: Pick<WorkerApi, 'runtime'>): boolean {
  return typeof api.runtime.getBrowserInfo === 'function';
}
