// Preferences of the test Firefox, on top of puppeteer's defaults (which already switch off Shield, search
// updates, safe browsing lookups, crash-restore and first-run pages). Every host name resolves to the local
// test server, so any call home Firefox makes would land in the server's log: the "asks nothing of the
// network" check must see the pages the tests opened and nothing else.

/** The remote-settings server Firefox is given: a data: URL answers locally and reaches no server. */
export const REMOTE_SETTINGS_DUMMY = 'data:,#remote-settings-dummy/v1';

const QUIET: Readonly<Record<string, unknown>> = {
  'services.settings.server': REMOTE_SETTINGS_DUMMY,
  // Captive-portal and connectivity probes (detectportal.firefox.com), every few seconds.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  // Telemetry, health report pings and studies.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': 'data:,',
  'datareporting.healthreport.uploadEnabled': false,
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'browser.ping-centre.telemetry': false,
  // Updates of Firefox, its system add-ons, its blocklist and its media plugins.
  'app.update.auto': false,
  'app.update.disabledForTesting': true,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'extensions.blocklist.enabled': false,
  'media.gmp-manager.url': '',
  // Safe browsing list downloads (lookups are off by puppeteer's defaults, the list updates are not).
  'browser.safebrowsing.update.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  // Certificate checks that would go out: OCSP, CRLite and intermediate preloading (remote settings).
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  // Region, geolocation, push, accounts, DNS over HTTPS, new-tab content.
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'geo.provider.network.url': '',
  'dom.push.connection.enabled': false,
  'identity.fxaccounts.enabled': false,
  'network.trr.mode': 5,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.topsites.contile.enabled': false,
  'extensions.getAddons.showPane': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'browser.discovery.enabled': false,
  // Guesses that open connections before a click: they would log requests no test made.
  'network.prefetch-next': false,
  'network.dns.disablePrefetch': true,
  'browser.places.speculativeConnect.enabled': false,
  'browser.urlbar.speculativeConnect.enabled': false,
  'browser.translations.enable': false,
};

/**
 * The prefs of one launch: every host name to 127.0.0.1 and port 443 to the test server (`port`), the
 * add-on's pages at a fixed UUID (a fresh profile would draw a random one), and the UI language, which the
 * extension speaks (firefox-esr-l10n-fr provides French).
 */
export function firefoxPrefs(options: {
  port: number;
  addonId: string;
  uuid: string;
  lang: 'fr' | 'en';
}): Record<string, unknown> {
  return {
    ...QUIET,
    'network.dns.forceResolve': '127.0.0.1',
    'network.socket.forcePort': `443=${options.port}`,
    'extensions.webextensions.uuids': JSON.stringify({ [options.addonId]: options.uuid }),
    'intl.locale.requested': options.lang === 'en' ? 'en-US' : 'fr',
  };
}
