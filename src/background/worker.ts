import type { WorkerApi } from './api';
import { dispatch } from './dispatch';
import type { WorkerContext } from './worker-context';
import { onNavigationDone, onNavigationError, onTabLoaded, onTabLoading, WATCHED } from './network';
import { SessionState } from './state';
import { warmUpMail } from './guidance';
import { localeMessages, rememberedMessages } from './locale';
import { indexedDbPolicyCache, type PolicyCache } from './policy-cache';
import { PolicySource } from './policy-source';
import { syncSettings } from './settings-sync';
import { onTabComplete } from './trial';
import { EFFECTIVE_SETTINGS_KEY, USER_SETTINGS_KEY } from '../lib/settings';

/** What tests set; the browser's own by default. */
export interface WorkerOptions extends Partial<Pick<WorkerContext, 'now' | 'nav' | 'messages'>> {
  /** Where the last policy read is kept between browser sessions (default: the worker's IndexedDB). */
  readonly policyCache?: PolicyCache;
}

/**
 * Registers every listener at once, synchronously, as a Manifest V3 worker must: an event that wakes
 * a stopped worker is delivered only to listeners added during its first run. No state is kept here.
 */
export function registerWorker(api: WorkerApi, options: WorkerOptions = {}): WorkerContext {
  const cache = options.policyCache ?? indexedDbPolicyCache(globalThis.indexedDB);
  const ctx: WorkerContext = {
    api,
    state: new SessionState(api.storage.session),
    now: options.now ?? Date.now,
    nav: options.nav ?? globalThis.navigator,
    messages: rememberedMessages(options.messages ?? ((locale) => localeMessages(api, locale))),
    // Answers that went by another policy than storage's: the settings written again, panels report anew.
    policy: new PolicySource(api.storage, cache, () => void syncSettings(ctx)),
  };
  const { state } = ctx;

  api.runtime.onMessage.addListener((message, sender) => dispatch(ctx, message, sender));
  api.webRequest.onErrorOccurred.addListener((d) => void state.serial(() => onNavigationError(ctx, d)), WATCHED);
  api.webRequest.onCompleted.addListener((d) => void state.serial(() => onNavigationDone(ctx, d)), WATCHED);
  api.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void state.serial(() => onTabLoading(ctx, tabId));
    if (change.status !== 'complete') return;
    // Firefox clears the badge as the error page loads: shown again from the tab's record.
    void state.serial(() => onTabLoaded(ctx, tabId));
    // Outside the queue: it waits for the page's content script (trial.ts).
    void onTabComplete(ctx, tabId);
  });
  api.tabs.onRemoved.addListener((tabId) => void state.serial(() => state.dropTab(tabId)));
  // Policy applies live: resolved again at every start and whenever policy or the user's choices change,
  // and the resolved value written back whenever something else writes over it. Not in the handlers'
  // queue: Chromium may not answer storage.managed.get for seconds after a browser start, and the
  // messages must not wait for it (answers wait POLICY_WAIT_MS at most, policy-source.ts).
  api.storage.onChanged.addListener((changes, area) => {
    const local = area === 'local' && (USER_SETTINGS_KEY in changes || EFFECTIVE_SETTINGS_KEY in changes);
    if (area === 'managed' || local) void syncSettings(ctx);
  });
  void syncSettings(ctx);
  // After the listeners, outside the handlers' queue: while the first page is still loading.
  setTimeout(() => warmUpMail(api, ctx.now()), 0);
  return ctx;
}
