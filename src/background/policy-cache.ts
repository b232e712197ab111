/**
 * Where the worker keeps the last policy it read, for the first answers after a browser start, before
 * Chromium answers storage.managed. Not storage.local: a compromised renderer can write there, and
 * policy is what it must not be able to stand in for. The extension's own IndexedDB belongs to its
 * origin, which no web page and no content script (they run in the page's origin) can open.
 */
export interface PolicyCache {
  /** The policy kept; undefined when none is. */
  read(): Promise<unknown>;
  write(policy: unknown): Promise<void>;
}

/** No place to keep it (tests, a browser without IndexedDB in workers): nothing is ever known ahead. */
export const NO_POLICY_CACHE: PolicyCache = { read: async () => undefined, write: async () => undefined };

const DB = 'saga-helper-worker';
const STORE = 'policy';
const KEY = 'last';

function opened(idb: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = idb.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The cache in the worker's IndexedDB; NO_POLICY_CACHE where there is none. */
export function indexedDbPolicyCache(idb: IDBFactory | undefined): PolicyCache {
  if (!idb) return NO_POLICY_CACHE;
  let db: Promise<IDBDatabase> | null = null;
  const run = async <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    // Opened once per worker; a failed opening is tried again next time rather than kept.
    const open = (db ??= opened(idb).catch((error: unknown) => ((db = null), Promise.reject(error))));
    const tx = (await open).transaction(STORE, mode);
    const request = act(tx.objectStore(STORE));
    return new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = tx.onabort = () => reject(tx.error);
    });
  };
  return {
    read: () => run('readonly', (store) => store.get(KEY)),
    write: async (policy) => void (await run('readwrite', (store) => store.put(policy, KEY))),
  };
}
