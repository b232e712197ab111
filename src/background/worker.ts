import { parseRequest } from '../lib/messages';
import type { WorkerApi } from './api';
import { cleanReload, report, returnToSaga, tabState } from './handlers';
import type { WorkerContext } from './worker-context';
import { onNavigationDone, onNavigationError, onTabLoading, WATCHED } from './network';
import { mayAsk, senderKind } from './sender';
import { SessionState } from './state';
import { localeMessages } from './locale';
import { syncSettings } from './settings-sync';
import { USER_SETTINGS_KEY } from '../lib/settings';

/**
 * Registers every listener at once, synchronously, as a Manifest V3 worker must: an event that wakes
 * a stopped worker is delivered only to listeners added during its first run. No state is kept here.
 */
export function registerWorker(
  api: WorkerApi,
  options: Partial<Omit<WorkerContext, 'api' | 'state'>> = {},
): WorkerContext {
  const ctx: WorkerContext = {
    api,
    state: new SessionState(api.storage.session),
    now: options.now ?? Date.now,
    nav: options.nav ?? globalThis.navigator,
    messages: options.messages ?? ((locale) => localeMessages(api, locale)),
  };
  const { state } = ctx;

  api.runtime.onMessage.addListener((message, sender) => {
    const request = parseRequest(message);
    const kind = senderKind(sender, api);
    // Anything malformed, or from a sender not allowed this request, gets no answer at all.
    if (!request || !kind || !mayAsk(kind, request.type)) return undefined;
    switch (request.type) {
      case 'report':
        return state.serial(() => report(ctx, request, sender));
      case 'clean-reload':
        return state.serial(() => cleanReload(ctx, request, sender, kind));
      case 'return-to-saga':
        return state.serial(() => returnToSaga(ctx));
      case 'tab-state':
        return state.serial(() => tabState(ctx, request));
    }
  });
  api.webRequest.onErrorOccurred.addListener((d) => void state.serial(() => onNavigationError(ctx, d)), WATCHED);
  api.webRequest.onCompleted.addListener((d) => void state.serial(() => onNavigationDone(ctx, d)), WATCHED);
  api.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void state.serial(() => onTabLoading(ctx, tabId));
  });
  api.tabs.onRemoved.addListener((tabId) => void state.serial(() => state.dropTab(tabId)));
  // Policy applies live: resolved again at every start and whenever policy or the user's choices change.
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && USER_SETTINGS_KEY in changes)) void syncSettings(ctx);
  });
  void syncSettings(ctx);
  return ctx;
}
