/**
 * The part of the extension API the worker uses, written out so that tests can pass an in-memory
 * fake (test/helpers/fake-browser.ts) and the real `browser` of webextension-polyfill fits as is.
 */
export interface Listenable<F> {
  addListener(callback: F, ...extra: unknown[]): void;
}

export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface MessageSender {
  id?: string;
  url?: string;
  /** The tab of the frame that sent it; `url` is the tab's top-level page, whichever frame sent it. */
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** The partition of a partitioned (CHIPS) cookie: the top-level site it was set under. */
export interface CookiePartitionKey {
  topLevelSite?: string;
  hasCrossSiteAncestor?: boolean;
}

export interface CookieInfo {
  name: string;
  domain: string;
  path: string;
  storeId: string;
  partitionKey?: CookiePartitionKey;
  /** Firefox only: the site a cookie was set under with first-party isolation on ('' without it). */
  firstPartyDomain?: string;
}

export interface TabInfo {
  id?: number;
  url?: string;
}

export interface RequestDetails {
  tabId: number;
  url: string;
  type: string;
  error?: string;
}

export interface WorkerApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    getManifest(): { version: string };
    /** Firefox only (engine.ts). */
    getBrowserInfo?(): Promise<{ name: string; version: string }>;
    onMessage: Listenable<(message: unknown, sender: MessageSender) => Promise<unknown> | undefined>;
  };
  storage: {
    session: StorageArea;
    local: StorageArea;
    managed: { get(keys?: null): Promise<Record<string, unknown>> };
    onChanged: Listenable<(changes: Record<string, unknown>, area: string) => void>;
  };
  cookies: {
    /** `firstPartyDomain` is Firefox's: null asks for every first-party domain; Chromium refuses it. */
    getAll(details: {
      domain?: string;
      partitionKey?: CookiePartitionKey;
      firstPartyDomain?: string | null;
    }): Promise<CookieInfo[]>;
    remove(details: {
      url: string;
      name: string;
      storeId?: string;
      partitionKey?: CookiePartitionKey;
      firstPartyDomain?: string;
    }): Promise<unknown>;
  };
  browsingData: {
    /** Chromium takes `origins`, Firefox `hostnames`; each refuses the other's. */
    remove(options: { origins?: string[]; hostnames?: string[] }, dataToRemove: Record<string, boolean>): Promise<void>;
  };
  tabs: {
    reload(tabId: number, props: { bypassCache?: boolean }): Promise<void>;
    query(query: { url?: string | string[] }): Promise<TabInfo[]>;
    update(tabId: number, props: { active?: boolean }): Promise<unknown>;
    create(props: { url: string }): Promise<unknown>;
    /** To a tab's content script (lib/tab-messages.ts); rejects when none answers in that tab. */
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
    onRemoved: Listenable<(tabId: number) => void>;
    onUpdated: Listenable<(tabId: number, change: { status?: string }) => void>;
  };
  action: {
    setBadgeText(details: { tabId: number; text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
    setTitle(details: { tabId: number; title: string }): Promise<void>;
  };
  webRequest: {
    onErrorOccurred: Listenable<(details: RequestDetails) => void>;
    onCompleted: Listenable<(details: RequestDetails) => void>;
  };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
}
