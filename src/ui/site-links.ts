import { SITE_URLS, type Site } from '../core/sites';
import type { Translate } from '../lib/translate';
import { el, externalLink } from './page-dom';

// Keys written out in full, so the locale test finds each one in the source.
/** The message key of each site's name, as the popup and the options page show it. */
export const SITE_NAME_KEYS: Readonly<Record<Site, string>> = {
  saga: 'popup_site_saga',
  plage: 'popup_site_plage',
  hotline: 'popup_site_hotline',
};

/** A list of links to the home pages of `sites`, each named in the page's language, with its data-site. */
export function siteLinks(doc: Document, t: Translate, sites: readonly Site[]): HTMLElement {
  const list = el(doc, 'ul');
  for (const site of sites) {
    const item = el(doc, 'li');
    item.append(externalLink(doc, SITE_URLS[site], t(SITE_NAME_KEYS[site]), { 'data-site': site }));
    list.append(item);
  }
  return list;
}
