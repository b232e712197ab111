/** The sites SAGA Helper serves. Host names here must match the manifest's content script matches. */
export type Site = 'saga' | 'plage' | 'hotline';

export const SITE_HOSTS: Readonly<Record<Site, string>> = {
  saga: 'saga.cng.sante.fr',
  plage: 'connect-pasrel.atih.sante.fr',
  hotline: 'assistance.atih.sante.fr',
};

// Made from the host names rather than written again: the content script counts its bytes.
export const SITE_URLS = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ Object.entries(SITE_HOSTS).map(([site, host]) => [site, `https://${host}/`]),
) as Readonly<Record<Site, string>>;

/** The site a host name belongs to, or null for any other host. */
export function siteOf(hostname: string): Site | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return (Object.keys(SITE_HOSTS) as Site[]).find((site) => SITE_HOSTS[site] === host) ?? null;
}

/** The site of a page address, null for any other page or a malformed address. */
export function siteOfUrl(url: string | undefined): Site | null {
  if (!url) return null;
  try {
    return siteOf(new URL(url).hostname);
  } catch {
    return null;
  }
}
