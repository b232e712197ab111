import { SITE_HOSTS } from '../core/sites';
import type { WorkerApi } from './api';

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
    for (const cookie of await api.cookies.getAll({ domain: host })) {
      // getAll also returns cookies of sub-domains; parent-domain cookies (.sante.fr) it leaves out.
      if (cookie.domain.replace(/^\./, '') !== host) continue;
      await api.cookies.remove({ url: `https://${host}${cookie.path}`, name: cookie.name, storeId: cookie.storeId });
      removed++;
    }
  }
  return removed;
}
