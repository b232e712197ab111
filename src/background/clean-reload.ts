import { SITE_HOSTS } from '../core/sites';
import type { CookieInfo, WorkerApi } from './api';
import { isGecko } from './engine';

/** The sites whose data a clean reload clears: SAGA and PLAGE, nothing else. */
export const CLEAN_HOSTS: readonly string[] = [SITE_HOSTS.saga, SITE_HOSTS.plage];

/**
 * What browsingData clears in each browser, cookies aside (removed one by one below). Not `cookies`
 * here: with origins, Chromium clears cookies of the whole registrable domain, and sante.fr is not a
 * public suffix, so every *.sante.fr service would lose its sign-in.
 */
export const CHROMIUM_DATA: Readonly<Record<string, boolean>> = {
  cache: true,
  cacheStorage: true,
  serviceWorkers: true,
  localStorage: true,
  indexedDB: true,
  fileSystems: true,
};

/**
 * Firefox has no `cacheStorage` or `fileSystems` type, and clears by host name: the HTTP cache (and its
 * image, style and script caches) of each host, their service workers, local storage and IndexedDB.
 * README, "What the buttons do", says what that leaves.
 */
export const GECKO_DATA: Readonly<Record<string, boolean>> = {
  cache: true,
  serviceWorkers: true,
  localStorage: true,
  indexedDB: true,
};

/**
 * Does, for SAGA and PLAGE only, what closing and reopening the browser then Ctrl+F5 does: their cache
 * and site storage go, and so do their cookies. Returns how many cookies were removed.
 */
export async function clearSiteData(api: WorkerApi): Promise<number> {
  const gecko = isGecko(api);
  // Firefox refuses `origins` ("Unexpected property"); Chromium refuses `hostnames`.
  if (gecko) await api.browsingData.remove({ hostnames: [...CLEAN_HOSTS] }, GECKO_DATA);
  else await api.browsingData.remove({ origins: CLEAN_HOSTS.map((host) => `https://${host}`) }, CHROMIUM_DATA);
  let removed = 0;
  for (const host of CLEAN_HOSTS) {
    for (const cookie of await cookiesOf(api, host, gecko)) {
      // getAll also returns cookies of sub-domains; parent-domain cookies (.sante.fr) it leaves out.
      if (cookie.domain.replace(/^\./, '') !== host) continue;
      await api.cookies.remove({
        url: `https://${host}${cookie.path}`,
        name: cookie.name,
        storeId: cookie.storeId,
        // A partitioned cookie is removed from its own partition only: name it, or the call misses it.
        ...(cookie.partitionKey ? { partitionKey: cookie.partitionKey } : {}),
        // Firefox's first-party isolation keeps a cookie per top-level site: name which one.
        ...(gecko ? { firstPartyDomain: cookie.firstPartyDomain ?? '' } : {}),
      });
      removed++;
    }
  }
  return removed;
}

/**
 * Every cookie of `host` and its sub-domains, partitioned (CHIPS, and Firefox's Total Cookie Protection)
 * ones included, in every partition: an empty partitionKey asks for all of them (Chrome 119+, Firefox
 * 94+); in Firefox, `firstPartyDomain: null` for every first-party domain too, which getAll requires
 * under first-party isolation. A browser that does not know partitionKey refuses it: then the
 * unpartitioned ones, all it has.
 */
async function cookiesOf(api: WorkerApi, host: string, gecko: boolean): Promise<CookieInfo[]> {
  const scope = gecko ? { domain: host, firstPartyDomain: null } : { domain: host };
  try {
    return await api.cookies.getAll({ ...scope, partitionKey: {} });
  } catch {
    return api.cookies.getAll(scope);
  }
}
