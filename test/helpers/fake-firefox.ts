// The in-memory browser of fake-browser.ts as Firefox behaves where it differs from Chromium, as seen in
// firefox-esr 140 and 153 (shared notes, "Firefox ESR: verified facts"): browsingData takes host names,
// not origins; cookies carry a first-party domain, which first-party isolation requires to be named;
// runtime.getBrowserInfo exists; the badge of a tab is cleared when its error page loads.
import type { CookieInfo, CookiePartitionKey, WorkerApi } from '../../src/background/api';
import { listed, named } from './cookie-jar';
import { FakeBrowser } from './fake-browser';

/** Firefox's own words when it refuses a call. */
export const FIREFOX_ERRORS = {
  origins: 'Type error for parameter options (Unexpected property "origins") for browsingData.remove.',
  firstParty: "First-Party Isolation is enabled, but the required 'firstPartyDomain' attribute was not set.",
} as const;

/** The data types Firefox's browsingData knows; it ignores others with a warning. */
const FIREFOX_TYPES = new Set([
  'cache',
  'cookies',
  'downloads',
  'formData',
  'history',
  'indexedDB',
  'localStorage',
  'passwords',
  'pluginData',
  'serviceWorkers',
]);

// What a cookie says of its first-party domain: '' when it was set without first-party isolation.
const fpd = (c: CookieInfo): string => c.firstPartyDomain ?? '';

export class FakeFirefox extends FakeBrowser {
  /** privacy.firstparty.isolate: cookies.getAll and cookies.remove then require `firstPartyDomain`. */
  firstPartyIsolate = false;
  /** Data types asked for that Firefox does not know (it only warns in the console). */
  readonly ignoredTypes: string[] = [];

  override api(): WorkerApi {
    const api = super.api();
    const required = (firstPartyDomain: unknown): void => {
      if (this.firstPartyIsolate && firstPartyDomain === undefined) throw new Error(FIREFOX_ERRORS.firstParty);
    };
    return {
      ...api,
      runtime: { ...api.runtime, getBrowserInfo: async () => ({ name: 'Firefox', version: '140.12.0' }) },
      cookies: {
        // null: every first-party domain; a string (or none, without isolation: ''): that one only.
        getAll: async ({ domain, partitionKey, firstPartyDomain }) => {
          required(firstPartyDomain);
          return this.cookies.filter(
            (c) =>
              listed(c, domain, partitionKey) && (firstPartyDomain === null || fpd(c) === (firstPartyDomain ?? '')),
          );
        },
        remove: async (details: {
          url: string;
          name: string;
          storeId?: string;
          partitionKey?: CookiePartitionKey;
          firstPartyDomain?: string;
        }) => {
          required(details.firstPartyDomain);
          const gone = this.cookies.filter((c) => named(c, details) && fpd(c) === (details.firstPartyDomain ?? ''));
          this.cookies = this.cookies.filter((c) => !gone.includes(c));
          // Firefox answers null when no cookie had those details.
          return gone.length > 0 ? { name: details.name } : null;
        },
      },
      browsingData: {
        remove: async (options, types) => {
          if ('origins' in options) throw new Error(FIREFOX_ERRORS.origins);
          this.ignoredTypes.push(...Object.keys(types).filter((t) => types[t] && !FIREFOX_TYPES.has(t)));
          this.calls.browsingData.push({ options, types });
        },
      },
    };
  }

  /**
   * Firefox shows its error page in `tabId` after webRequest.onErrorOccurred: at that page's location
   * change it clears the tab's own badge text and title, then the tab completes.
   */
  errorPageShown(tabId: number): void {
    this.calls.badge.set(tabId, '');
    this.calls.titles.delete(tabId);
    this.onUpdated.fire(tabId, { status: 'complete' });
  }
}
