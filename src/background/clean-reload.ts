import { SITE_HOSTS } from '../core/sites';
import type { CookieInfo, WorkerApi } from './api';

/** The sites whose data a clean reload clears: SAGA and PLAGE, nothing else. */
export const CLEAN_HOSTS: readonly string[] = [SITE_HOSTS.saga, SITE_HOSTS.plage];

/**
 * Does, for SAGA and PLAGE only, what closing and reopening the browser then Ctrl+F5 does: their HTTP
 * cache, Cache Storage, service workers and site storage go, and so do their cookies. Returns how many
 * cookies were removed.
 */
export async function clearSiteData(api: WorkerApi): Promise<number> {
  await api.browsingData.remove(
    { origins: CLEAN_HOSTS.map((host) => `https://${host}`) },
    // Not `cookies` here: with origins, Chromium clears cookies of the whole registrable domain, and
    // sante.fr is not a public suffix, so every *.sante.fr service would lose its sign-in.
    { cache: true, cacheStorage: true, serviceWorkers: true, localStorage: true, indexedDB: true, fileSystems: true },
  );
  let removed = 0;
  for (const host of CLEAN_HOSTS) {
    for (const cookie of await cookiesOf(api, host)) {
      // getAll also returns cookies of sub-domains; parent-domain cookies (.sante.fr) it leaves out.
      if (cookie.domain.replace(/^\./, '') !== host) continue;
      await api.cookies.remove({
        url: `https://${host}${cookie.path}`,
        name: cookie.name,
        storeId: cookie.storeId,
        // A partitioned cookie is removed from its own partition only: name it, or the call misses it.
        ...(cookie.partitionKey ? { partitionKey: cookie.partitionKey } : {}),
      });
      removed++;
    }
  }
  return removed;
}

/**
 * Every cookie of `host` and its sub-domains, partitioned (CHIPS) ones included, in every partition: an
 * empty partitionKey asks for all of them (Chrome 119+). A browser that does not know the property
 * refuses it: then the unpartitioned ones, all it has.
 */
async function cookiesOf(api: WorkerApi, host: string): Promise<CookieInfo[]> {
  try {
    return await api.cookies.getAll({ domain: host, partitionKey: {} });
  } catch {
    return api.cookies.getAll({ domain: host });
  }
}
