import type { CookieInfo, Listenable, MessageSender, StorageArea, TabInfo, WorkerApi } from '../../src/background/api';
import { listed, named } from './cookie-jar';
import { getMessageFrom, loadMessages, type Locale } from './messages';

/** An event that records its listeners, so a test can fire it as the browser would. */
export class FakeEvent<F extends (...args: never[]) => unknown> implements Listenable<F> {
  readonly listeners: F[] = [];
  addListener(callback: F): void {
    this.listeners.push(callback);
  }
  fire(...args: Parameters<F>): ReturnType<F>[] {
    return this.listeners.map((l) => l(...args) as ReturnType<F>);
  }
}

export class MemoryStorage implements StorageArea {
  readonly data = new Map<string, unknown>();
  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys == null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    // Values go through JSON as they do in the browser: no shared references between calls.
    return Object.fromEntries(
      wanted.filter((k) => this.data.has(k)).map((k) => [k, structuredClone(this.data.get(k))]),
    );
  }
  async set(items: Record<string, unknown>): Promise<void> {
    for (const [k, v] of Object.entries(items)) this.data.set(k, JSON.parse(JSON.stringify(v)));
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const k of Array.isArray(keys) ? keys : [keys]) this.data.delete(k);
  }
}

export const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

/** In-memory browser for the worker: storage, a cookie jar, tabs, badge, and what was called. */
export class FakeBrowser {
  readonly session = new MemoryStorage();
  readonly local = new MemoryStorage();
  /** Policy, as Chromium puts it in storage.managed. */
  readonly managed = new MemoryStorage();
  readonly onStorageChanged = new FakeEvent<(changes: Record<string, unknown>, area: string) => void>();
  cookies: CookieInfo[] = [];
  /** Whether cookies.getAll knows `partitionKey` (Chromium 119+); older ones refuse the property. */
  partitioning = true;
  tabs: TabInfo[] = [];
  /**
   * The content script of each tab, as tabs.sendMessage reaches it: its answer (a promise or a value);
   * a tab without one rejects, as Chromium does ("Receiving end does not exist").
   */
  readonly contentScripts = new Map<number, (message: unknown) => unknown>();
  readonly calls = {
    browsingData: [] as { options: { origins?: string[]; hostnames?: string[] }; types: Record<string, boolean> }[],
    reloads: [] as { tabId: number; bypassCache?: boolean }[],
    created: [] as string[],
    activated: [] as number[],
    badge: new Map<number, string>(),
    /** Every tab whose badge was set, once per call, even to the same text. */
    badgeSets: [] as number[],
    titles: new Map<number, string>(),
    /** Every tabs.sendMessage, in order, whether a content script answered or not. */
    tabMessages: [] as { tabId: number; message: unknown; frameId?: number }[],
  };
  readonly onMessage = new FakeEvent<(message: unknown, sender: MessageSender) => Promise<unknown> | undefined>();
  readonly onErrorOccurred = new FakeEvent<
    WorkerApi['webRequest']['onErrorOccurred'] extends Listenable<infer F> ? F : never
  >();
  readonly onCompleted = new FakeEvent<
    WorkerApi['webRequest']['onCompleted'] extends Listenable<infer F> ? F : never
  >();
  readonly onRemoved = new FakeEvent<(tabId: number) => void>();
  readonly onUpdated = new FakeEvent<(tabId: number, change: { status?: string }) => void>();

  constructor(private readonly locale: Locale = 'fr') {}

  /** The worker was stopped: its listeners are gone, storage stays. Register it again after this. */
  stopWorker(): void {
    for (const event of [
      this.onMessage,
      this.onErrorOccurred,
      this.onCompleted,
      this.onRemoved,
      this.onUpdated,
      this.onStorageChanged,
    ]) {
      event.listeners.length = 0;
    }
  }

  /** A fresh API object over the same state: what a restarted worker would get. */
  api(): WorkerApi {
    const t = getMessageFrom(loadMessages(this.locale));
    return {
      runtime: {
        id: EXTENSION_ID,
        getURL: (path) => `${EXTENSION_ORIGIN}${path.replace(/^\//, '')}`,
        getManifest: () => ({ version: '0.1.0' }),
        onMessage: this.onMessage,
      },
      storage: { session: this.session, local: this.local, managed: this.managed, onChanged: this.onStorageChanged },
      cookies: {
        // Chromium knows no firstPartyDomain (Firefox's): it refuses the property.
        getAll: async ({ domain, partitionKey, ...rest }) => {
          if ('firstPartyDomain' in rest) throw new Error('Unexpected property: "firstPartyDomain".');
          if (partitionKey && !this.partitioning) throw new Error('Unexpected property: "partitionKey".');
          return this.cookies.filter((c) => listed(c, domain, partitionKey));
        },
        remove: async (details) => {
          if ('firstPartyDomain' in details) throw new Error('Unexpected property: "firstPartyDomain".');
          this.cookies = this.cookies.filter((c) => !named(c, details));
          return {};
        },
      },
      browsingData: {
        remove: async (options, types) => {
          if ('hostnames' in options) throw new Error('Unexpected property: "hostnames".');
          this.calls.browsingData.push({ options, types });
        },
      },
      tabs: {
        reload: async (tabId, props) => void this.calls.reloads.push({ tabId, ...props }),
        query: async ({ url }) => {
          const patterns = url === undefined ? [] : Array.isArray(url) ? url : [url];
          const fits = (tab: TabInfo): boolean =>
            patterns.length === 0 || patterns.some((p) => (tab.url ?? '').startsWith(p.replace(/\*$/, '')));
          return this.tabs.filter(fits);
        },
        update: async (tabId) => void this.calls.activated.push(tabId),
        create: async ({ url }) => void this.calls.created.push(url),
        sendMessage: async (tabId, message, options) => {
          this.calls.tabMessages.push({ tabId, message: structuredClone(message), ...options });
          const content = this.contentScripts.get(tabId);
          if (!content) throw new Error('Could not establish connection. Receiving end does not exist.');
          const answer = await content(message);
          return answer === undefined ? undefined : (JSON.parse(JSON.stringify(answer)) as unknown);
        },
        onRemoved: this.onRemoved,
        onUpdated: this.onUpdated,
      },
      action: {
        setBadgeText: async ({ tabId, text }) => {
          this.calls.badgeSets.push(tabId);
          this.calls.badge.set(tabId, text);
        },
        setBadgeBackgroundColor: async () => undefined,
        setTitle: async ({ tabId, title }) => void this.calls.titles.set(tabId, title),
      },
      webRequest: { onErrorOccurred: this.onErrorOccurred, onCompleted: this.onCompleted },
      i18n: { getMessage: (key, subs) => t(key, subs === undefined ? undefined : Array.isArray(subs) ? subs : [subs]) },
    };
  }

  /** Sends a message as `sender` would and returns the worker's answer (undefined: no answer). */
  async send(message: unknown, sender: MessageSender): Promise<unknown> {
    const answers = this.onMessage.fire(message, sender).filter((a) => a !== undefined);
    return answers.length > 0 ? await answers[0] : undefined;
  }
}

/**
 * The sender of a content script in `tabId`, in a frame showing `url`, as Chromium describes it: the
 * tab's own address (its top-level page) is `top`, the frame's by default.
 */
export function contentSender(tabId: number, url: string, frameId = 0, top = url): MessageSender {
  return { id: EXTENSION_ID, url, tab: { id: tabId, url: top }, frameId };
}

/** The sender of the extension's popup. */
export const POPUP_SENDER: MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}popup.html` };
