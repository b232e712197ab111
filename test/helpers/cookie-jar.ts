// How the fake browsers (fake-browser.ts, fake-firefox.ts) pick cookies out of their jar, as Chromium and
// Firefox do.
import type { CookieInfo, CookiePartitionKey } from '../../src/background/api';

/**
 * Whether getAll({ domain, partitionKey }) lists `c`, as Chromium 119+ and Firefox 94+ do: cookies of the
 * domain and its sub-domains; without partitionKey, unpartitioned cookies only; with {}, every partition.
 */
export function listed(c: CookieInfo, domain?: string, partitionKey?: CookiePartitionKey): boolean {
  const inDomain = !domain || c.domain.replace(/^\./, '') === domain || c.domain.endsWith(`.${domain}`);
  const top = partitionKey?.topLevelSite;
  return inDomain && (!c.partitionKey || (partitionKey !== undefined && (!top || top === c.partitionKey.topLevelSite)));
}

/** Whether remove(details) names `c`: that name, host, store and partition (none: the unpartitioned one). */
export function named(
  c: CookieInfo,
  {
    url,
    name,
    storeId,
    partitionKey,
  }: { url: string; name: string; storeId?: string; partitionKey?: CookiePartitionKey },
): boolean {
  return (
    c.name === name &&
    c.domain.replace(/^\./, '') === new URL(url).hostname &&
    c.storeId === storeId &&
    c.partitionKey?.topLevelSite === partitionKey?.topLevelSite &&
    c.partitionKey?.hasCrossSiteAncestor === partitionKey?.hasCrossSiteAncestor
  );
}
