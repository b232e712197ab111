// SAGA or PLAGE unreachable, in Firefox: its NS_* codes (and NSS's words for a certificate) are explained
// as Chromium's equivalents are, a stopped load is no outage, and the badge comes back after Firefox
// clears it for the error page.
import { describe, expect, it, vi } from 'vitest';
import { STOPPED_CODES } from '../../src/background/network';
import type { TabView } from '../../src/lib/messages';
import { POPUP_SENDER } from '../helpers/fake-browser';
import { FakeFirefox } from '../helpers/fake-firefox';
import { popup } from '../helpers/popup-page';
import { plain } from '../helpers/text';
import { SAGA_TAB, useWorker } from '../helpers/worker-harness';

const w = useWorker(() => new FakeFirefox('fr'));
const failure = (error: string): { tabId: number; url: string; type: string; error: string } => ({
  tabId: SAGA_TAB,
  url: 'https://saga.cng.sante.fr/?ticket=ST-1',
  type: 'main_frame',
  error,
});
const view = async (): Promise<TabView> =>
  (await w.fake.send({ type: 'tab-state', tabId: SAGA_TAB }, POPUP_SENDER)) as TabView;
/** What the popup says of the failure, its code left out: the explanation itself. */
const explained = (v: TabView): string => {
  const section = popup({ view: v }).doc.querySelector('[data-rule="network-unreachable"]');
  return plain(section?.textContent).replace(v.network?.code ?? '\u0000', '<code>');
};

// Each Firefox failure beside its Chromium equivalent. Firefox names certificate failures in NSS's own
// words (nsINSSErrorsService), or NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, ...) without them.
const EQUIVALENTS: readonly (readonly [chromium: string, firefox: string])[] = [
  ['net::ERR_NAME_NOT_RESOLVED', 'NS_ERROR_UNKNOWN_HOST'],
  ['net::ERR_CONNECTION_REFUSED', 'NS_ERROR_CONNECTION_REFUSED'],
  ['net::ERR_TIMED_OUT', 'NS_ERROR_NET_TIMEOUT'],
  ['net::ERR_CONNECTION_RESET', 'NS_ERROR_NET_RESET'],
  ['net::ERR_CONNECTION_RESET', 'NS_ERROR_NET_INTERRUPT'],
  ['net::ERR_PROXY_CONNECTION_FAILED', 'NS_ERROR_PROXY_CONNECTION_REFUSED'],
  ['net::ERR_TUNNEL_CONNECTION_FAILED', 'NS_ERROR_PROXY_BAD_GATEWAY'],
  ['net::ERR_NAME_NOT_RESOLVED', 'NS_ERROR_UNKNOWN_PROXY_HOST'],
  ['net::ERR_INTERNET_DISCONNECTED', 'NS_ERROR_OFFLINE'],
  ['net::ERR_CERT_AUTHORITY_INVALID', 'NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, SEC_ERROR_UNKNOWN_ISSUER)'],
  ['net::ERR_CERT_AUTHORITY_INVALID', 'Peer’s certificate has an invalid signature.'],
  ['net::ERR_CERT_DATE_INVALID', 'NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, SEC_ERROR_EXPIRED_CERTIFICATE)'],
  [
    'net::ERR_CERT_COMMON_NAME_INVALID',
    'NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, SSL_ERROR_BAD_CERT_DOMAIN)',
  ],
  [
    'net::ERR_CERT_AUTHORITY_INVALID',
    'NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT)',
  ],
];

describe('worker in Firefox: SAGA or PLAGE unreachable', () => {
  it.each(EQUIVALENTS)(
    'explains %s and its Firefox twin %s the same way, each with its own code',
    async (chromium, firefox) => {
      w.fake.onErrorOccurred.fire(failure(chromium));
      const chromiumView = await view();
      w.fake.onErrorOccurred.fire(failure(firefox));
      const firefoxView = await view();
      expect(firefoxView.rules).toEqual(['network-unreachable']);
      expect(firefoxView.network).toMatchObject({ code: firefox, url: 'https://saga.cng.sante.fr/' });
      expect(w.fake.calls.badge.get(SAGA_TAB)).toBe('!');
      expect(w.fake.calls.titles.get(SAGA_TAB)).toContain('SAGA ou PLAGE injoignable');
      expect(explained(firefoxView)).toBe(explained(chromiumView));
      expect(explained(firefoxView)).toMatch(/proxy/);
    },
  );

  it.each([...STOPPED_CODES])('takes %s for a stopped load, not an outage', async (code) => {
    w.fake.onErrorOccurred.fire(failure(code));
    expect((await view()).network).toBeUndefined();
    expect(w.fake.calls.badge.has(SAGA_TAB)).toBe(false);
  });

  it('lists Firefox’s aborts beside Chromium’s', () => {
    expect([...STOPPED_CODES]).toEqual(expect.arrayContaining(['net::ERR_ABORTED', 'NS_BINDING_ABORTED']));
  });
});

describe('worker in Firefox: the badge after the error page', () => {
  it('is shown again when the error page completes, Firefox having cleared it', async () => {
    w.fake.onErrorOccurred.fire(failure('NS_ERROR_CONNECTION_REFUSED'));
    w.fake.onUpdated.fire(SAGA_TAB, { status: 'loading' });
    await view();
    expect(w.fake.calls.badge.get(SAGA_TAB)).toBe('!');
    w.fake.errorPageShown(SAGA_TAB);
    expect(w.fake.calls.badge.get(SAGA_TAB)).toBe('');
    await vi.waitFor(() => expect(w.fake.calls.badge.get(SAGA_TAB)).toBe('!'));
    expect(w.fake.calls.titles.get(SAGA_TAB)).toContain('SAGA ou PLAGE injoignable');
    // The popup still explains it.
    expect((await view()).network?.code).toBe('NS_ERROR_CONNECTION_REFUSED');
  });

  it('sets nothing when a tab without a problem completes', async () => {
    w.fake.onUpdated.fire(SAGA_TAB, { status: 'loading' });
    await view();
    const sets = w.fake.calls.badgeSets.length;
    w.fake.onUpdated.fire(SAGA_TAB, { status: 'complete' });
    await view();
    expect(w.fake.calls.badgeSets).toHaveLength(sets);
    expect(w.fake.calls.badge.get(SAGA_TAB)).toBe('');
  });

  it('stays cleared once the site loads again', async () => {
    w.fake.onErrorOccurred.fire(failure('NS_ERROR_NET_TIMEOUT'));
    w.fake.onCompleted.fire({ tabId: SAGA_TAB, url: 'https://saga.cng.sante.fr/', type: 'main_frame' });
    w.fake.onUpdated.fire(SAGA_TAB, { status: 'complete' });
    expect((await view()).network).toBeUndefined();
    expect(w.fake.calls.badge.get(SAGA_TAB)).toBe('');
  });
});
