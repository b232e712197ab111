import { nativeBrowser } from '../../lib/native-browser';
import { typedSend, type Send } from '../../lib/send';
import { ADVICE_SEEN_KEY } from '../../lib/settings';
import type { ViewApi } from '../panel-api';

/**
 * The panel's calls to the extension: those the content script gave (tests give in-memory fakes),
 * else made here, straight from the panel module, which runs in the content script's world with its
 * extension API. Here rather than in the content script, which runs on every page and counts its bytes.
 */
export function viewApi(given: Partial<ViewApi>): ViewApi {
  // Looked up on the first call: importing the module asks nothing of the extension.
  let send: Send | undefined;
  const ask: Send = (request) => (send ??= typedSend(nativeBrowser().runtime))(request);
  return {
    report: given.report?.bind(given) ?? ((request) => ask(request)),
    act: given.act?.bind(given) ?? ((request) => ask(request)),
    copy: given.copy?.bind(given) ?? ((text) => navigator.clipboard.writeText(text)),
    adviceSeen:
      given.adviceSeen?.bind(given) ?? (async () => nativeBrowser().storage.local.set({ [ADVICE_SEEN_KEY]: true })),
  };
}
