// The clean reload in Firefox: the same promise as in Chromium (SAGA's and PLAGE's data gone, every other
// *.sante.fr service keeps its sign-in), by Firefox's means: browsingData by host name, cookies one by
// one with their first-party domain, under first-party isolation and Total Cookie Protection alike.
import { describe, expect, it } from 'vitest';
import type { CookieInfo } from '../../src/background/api';
import { clearSiteData, GECKO_DATA } from '../../src/background/clean-reload';
import { isGecko } from '../../src/background/engine';
import type { CleanReloadResult } from '../../src/lib/messages';
import { contentSender, FakeBrowser } from '../helpers/fake-browser';
import { FakeFirefox, FIREFOX_ERRORS } from '../helpers/fake-firefox';
import { RIGHTS_TEXT, SAGA, SAGA_TAB, useWorker } from '../helpers/worker-harness';

const w = useWorker(() => new FakeFirefox('fr'));
const STORE = 'firefox-default';
const cookie = (domain: string, name: string, firstPartyDomain = '', topLevelSite?: string): CookieInfo => ({
  domain,
  name,
  path: '/',
  storeId: STORE,
  firstPartyDomain,
  ...(topLevelSite ? { partitionKey: { topLevelSite } } : {}),
});
// Names say whose cookie it is: SAGA_ and PLAGE_ ones must go, the others stay.
const JAR = [
  cookie('saga.cng.sante.fr', 'SAGA_SESSION'),
  cookie('.saga.cng.sante.fr', 'SAGA_DOMAIN'),
  // Set under first-party isolation: SAGA on its own, then framed by another site.
  cookie('saga.cng.sante.fr', 'SAGA_FPI', 'sante.fr'),
  cookie('saga.cng.sante.fr', 'SAGA_FPI_FRAMED', 'evil.example'),
  // Total Cookie Protection: SAGA framed by another site gets a cookie in that site's partition.
  cookie('saga.cng.sante.fr', 'SAGA_PARTITIONED', '', 'https://evil.example'),
  cookie('connect-pasrel.atih.sante.fr', 'PLAGE_SESSION'),
  cookie('connect-pasrel.atih.sante.fr', 'PLAGE_FPI', 'sante.fr'),
  cookie('www.sante.fr', 'BYSTANDER'),
  cookie('www.sante.fr', 'BYSTANDER_FPI', 'sante.fr'),
  cookie('.sante.fr', 'SHARED'),
  cookie('.sante.fr', 'SHARED_FPI', 'sante.fr'),
  cookie('assistance.atih.sante.fr', 'JIRA_FPI', 'sante.fr'),
  cookie('x.saga.cng.sante.fr', 'SUBDOMAIN'),
];
const KEPT = ['BYSTANDER', 'BYSTANDER_FPI', 'JIRA_FPI', 'SHARED', 'SHARED_FPI', 'SUBDOMAIN'];
const cleanReload = async (): Promise<CleanReloadResult> => {
  await w.report(SAGA_TAB, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
  return (await w.fake.send({ type: 'clean-reload' }, contentSender(SAGA_TAB, SAGA))) as CleanReloadResult;
};
const left = (): string[] => w.fake.cookies.map((c) => c.name).sort();

describe('clean reload in Firefox', () => {
  it('is told from Chromium by what the API offers, not by the user agent', () => {
    expect(isGecko(w.fake.api())).toBe(true);
    expect(isGecko(new FakeBrowser('fr').api())).toBe(false);
  });

  it('asks browsingData for SAGA and PLAGE by host name, with the data types Firefox has', async () => {
    w.fake.cookies = [...JAR];
    expect(await cleanReload()).toMatchObject({ ok: true });
    expect(w.fake.calls.browsingData).toEqual([
      { options: { hostnames: ['saga.cng.sante.fr', 'connect-pasrel.atih.sante.fr'] }, types: GECKO_DATA },
    ]);
    expect(GECKO_DATA).toEqual({ cache: true, serviceWorkers: true, localStorage: true, indexedDB: true });
    // Nothing asked that Firefox would only warn about, and never cookies: those go one by one.
    expect(w.fake.ignoredTypes).toEqual([]);
  });

  it('removes SAGA and PLAGE cookies (partitioned ones too) and keeps every other *.sante.fr cookie', async () => {
    w.fake.cookies = [...JAR];
    expect(await cleanReload()).toMatchObject({ ok: true, cookiesRemoved: JAR.length - KEPT.length });
    expect(left()).toEqual(KEPT);
  });

  it('does the same under first-party isolation, in every first-party domain', async () => {
    w.fake.firstPartyIsolate = true;
    w.fake.cookies = [...JAR];
    expect(await cleanReload()).toMatchObject({ ok: true, cookiesRemoved: JAR.length - KEPT.length });
    expect(left()).toEqual(KEPT);
  });

  it('then reloads the tab bypassing the cache', async () => {
    w.fake.cookies = [...JAR];
    await cleanReload();
    expect(w.fake.calls.reloads).toEqual([{ tabId: SAGA_TAB, bypassCache: true }]);
  });

  it('the fake refuses as Firefox does what Chromium takes (so the tests above prove the Firefox path)', async () => {
    const api = w.fake.api();
    await expect(api.browsingData.remove({ origins: ['https://saga.cng.sante.fr'] }, { cache: true })).rejects.toThrow(
      FIREFOX_ERRORS.origins,
    );
    w.fake.firstPartyIsolate = true;
    await expect(api.cookies.getAll({ domain: 'saga.cng.sante.fr' })).rejects.toThrow(FIREFOX_ERRORS.firstParty);
  });

  it('still works where Firefox would not know partitionKey', async () => {
    const api = w.fake.api();
    const getAll = api.cookies.getAll;
    api.cookies.getAll = async (details) => {
      if (details.partitionKey)
        throw new Error('Type error for parameter details (Unexpected property "partitionKey")');
      return getAll(details);
    };
    w.fake.cookies = [...JAR];
    expect(await clearSiteData(api)).toBe(JAR.length - KEPT.length - 1);
    expect(left()).toEqual(['SAGA_PARTITIONED', ...KEPT].sort());
  });
});
