import { beforeEach, describe, expect, it } from 'vitest';
import { registerWorker } from '../../src/background/worker';
import type { CleanReloadResult, Guidance, TabView } from '../../src/lib/messages';
import { loadMessages } from '../helpers/messages';
import { contentSender, EXTENSION_ID, FakeBrowser, POPUP_SENDER } from '../helpers/fake-browser';

const SAGA = 'https://saga.cng.sante.fr/login?ticket=ST-1234-secret#top';
const PLAGE = 'https://connect-pasrel.atih.sante.fr/compte/profils';
const RIGHTS_TEXT = "Vous n'avez aucun droit valide défini au niveau de votre compte utilisateur.";
const SAGA_TAB = 1;
const PLAGE_TAB = 2;

let fake: FakeBrowser;
let clock: number;

const EDGE = {
  userAgent:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70',
};

function start(): void {
  registerWorker(fake.api(), { now: () => clock, nav: EDGE, messages: async (l) => loadMessages(l) });
}

const report = (tabId: number, url: string, rules: string[], evidence = ''): Promise<Guidance> =>
  fake.send(
    { type: 'report', rules, params: [], evidence, url, loadedAt: clock },
    contentSender(tabId, url),
  ) as Promise<Guidance>;

beforeEach(() => {
  fake = new FakeBrowser('fr');
  clock = Date.UTC(2026, 10, 28, 9, 0);
  fake.tabs = [
    { id: SAGA_TAB, url: SAGA },
    { id: PLAGE_TAB, url: PLAGE },
    { id: 3, url: 'https://assistance.atih.sante.fr/' },
  ];
  start();
});

describe('worker: who may ask', () => {
  it('answers its own content script on a served site', async () => {
    expect(await report(SAGA_TAB, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT)).toMatchObject({
      actions: ['clean-reload'],
    });
  });

  it.each([
    ['another extension', { id: 'otherextensionidotherextensionid', url: SAGA, tab: { id: 1 } }],
    ['a page of another site', { id: EXTENSION_ID, url: 'https://evil.example/', tab: { id: 1 } }],
    ['a plain-http page of a served host', { id: EXTENSION_ID, url: 'http://saga.cng.sante.fr/', tab: { id: 1 } }],
    ['a sender without tab nor extension page', { id: EXTENSION_ID, url: SAGA }],
    ['no sender id', { url: SAGA, tab: { id: 1 } }],
  ])('ignores %s', async (_name, sender) => {
    expect(
      await fake.send(
        { type: 'report', rules: ['saga-rights-invalid'], params: [], evidence: '', url: SAGA, loadedAt: 0 },
        sender,
      ),
    ).toBeUndefined();
    expect(await fake.send({ type: 'clean-reload' }, sender)).toBeUndefined();
    expect(fake.calls.reloads).toEqual([]);
  });

  it('lets only extension pages read a tab, and only content scripts report', async () => {
    expect(await fake.send({ type: 'tab-state', tabId: 1 }, contentSender(1, SAGA))).toBeUndefined();
    expect(
      await fake.send({ type: 'report', rules: [], params: [], evidence: '', url: SAGA, loadedAt: 0 }, POPUP_SENDER),
    ).toBeUndefined();
    expect(await fake.send({ type: 'tab-state', tabId: 1 }, POPUP_SENDER)).toMatchObject({ rules: [] });
  });

  it.each([
    ['an unknown type', { type: 'open-tab', url: 'https://evil.example/' }],
    ['rules that are not ids', { type: 'report', rules: ['<b>'], params: [], evidence: '', url: SAGA, loadedAt: 0 }],
    [
      'too many page words',
      { type: 'report', rules: [], params: ['a', 'b', 'c', 'd', 'e', 'f'], evidence: '', url: SAGA, loadedAt: 0 },
    ],
    ['too long a text', { type: 'report', rules: [], params: [], evidence: 'x'.repeat(5000), url: SAGA, loadedAt: 0 }],
    [
      'a non-https address',
      { type: 'report', rules: [], params: [], evidence: '', url: 'javascript:alert(1)', loadedAt: 0 },
    ],
    ['a report without its load time', { type: 'report', rules: [], evidence: '', url: SAGA }],
    ['a bad tab id', { type: 'clean-reload', tabId: -4 }],
    ['not an object', 'clean-reload'],
  ])('rejects %s', async (_name, message) => {
    expect(await fake.send(message, contentSender(1, SAGA))).toBeUndefined();
    expect(await fake.send(message, POPUP_SENDER)).toBeUndefined();
  });
});

describe('worker: clean reload', () => {
  beforeEach(() => {
    const cookie = (domain: string, name: string): FakeBrowser['cookies'][number] => ({
      domain,
      name,
      path: '/',
      storeId: '0',
    });
    fake.cookies = [
      cookie('saga.cng.sante.fr', 'JSESSIONID'),
      cookie('.saga.cng.sante.fr', 'SAGA_PREFS'),
      cookie('connect-pasrel.atih.sante.fr', 'CASTGC'),
      cookie('.sante.fr', 'SHARED_SSO'),
      cookie('.cng.sante.fr', 'CNG_PORTAL'),
      cookie('www.sante.fr', 'BYSTANDER'),
      cookie('assistance.atih.sante.fr', 'JIRA'),
      cookie('x.saga.cng.sante.fr', 'SUBDOMAIN'),
    ];
  });

  it('clears SAGA and PLAGE only, cookies one by one, then reloads bypassing the cache', async () => {
    const result = (await fake.send({ type: 'clean-reload' }, contentSender(SAGA_TAB, SAGA))) as CleanReloadResult;
    expect(result).toMatchObject({ ok: true, cookiesRemoved: 3, at: clock });
    expect(fake.cookies.map((c) => c.name).sort()).toEqual([
      'BYSTANDER',
      'CNG_PORTAL',
      'JIRA',
      'SHARED_SSO',
      'SUBDOMAIN',
    ]);
    const [call] = fake.calls.browsingData;
    expect(call?.options.origins).toEqual(['https://saga.cng.sante.fr', 'https://connect-pasrel.atih.sante.fr']);
    expect(call?.types).toMatchObject({
      cache: true,
      cacheStorage: true,
      serviceWorkers: true,
      localStorage: true,
      indexedDB: true,
    });
    // Cookies by origin would take every *.sante.fr service with them.
    expect(call?.types.cookies).toBeUndefined();
    expect(fake.calls.reloads).toEqual([{ tabId: SAGA_TAB, bypassCache: true }]);
  });

  it('from the popup, acts on the tab it names, if that tab is SAGA or PLAGE', async () => {
    expect(await fake.send({ type: 'clean-reload', tabId: PLAGE_TAB }, POPUP_SENDER)).toMatchObject({ ok: true });
    expect(await fake.send({ type: 'clean-reload', tabId: 3 }, POPUP_SENDER)).toMatchObject({ ok: false });
    expect(fake.calls.reloads).toEqual([{ tabId: PLAGE_TAB, bypassCache: true }]);
  });

  it('is not available from the hotline site', async () => {
    const hotline = 'https://assistance.atih.sante.fr/';
    expect(await fake.send({ type: 'clean-reload' }, contentSender(3, hotline))).toMatchObject({ ok: false });
    expect(fake.calls.browsingData).toEqual([]);
  });

  it('is then reported with its time to the next page', async () => {
    await fake.send({ type: 'clean-reload' }, contentSender(SAGA_TAB, SAGA));
    const cleanedAt = clock;
    clock += 2000;
    expect(await report(SAGA_TAB, SAGA, ['saga-pairing-failed'])).toMatchObject({ cleanedAt });
  });
});

describe('worker: badge', () => {
  it('shows "!" while the tab shows an error, and clears it when the error goes', async () => {
    await report(SAGA_TAB, SAGA, ['saga-rights-invalid', 'browser-not-recommended'], RIGHTS_TEXT);
    expect(fake.calls.badge.get(SAGA_TAB)).toBe('!');
    expect(fake.calls.titles.get(SAGA_TAB)).toContain("Votre identifiant PLAGE n'est pas");
    await report(SAGA_TAB, SAGA, []);
    expect(fake.calls.badge.get(SAGA_TAB)).toBe('');
  });

  it('shows no badge for a screen that is not an error', async () => {
    await report(SAGA_TAB, SAGA, ['saga-first-login']);
    expect(fake.calls.badge.get(SAGA_TAB)).toBe('');
  });

  it('forgets a closed tab', async () => {
    await report(SAGA_TAB, SAGA, ['saga-rights-invalid']);
    fake.onRemoved.fire(SAGA_TAB);
    await fake.send({ type: 'tab-state', tabId: SAGA_TAB }, POPUP_SENDER);
    expect(fake.session.data.has(`tab:${SAGA_TAB}`)).toBe(false);
  });
});

describe('worker: tab state for the popup', () => {
  it('lists the rules of every frame, highest priority first, with the page address only', async () => {
    await fake.send(
      {
        type: 'report',
        rules: ['saga-pairing-failed'],
        params: [],
        evidence: 'Appairage impossible',
        url: SAGA,
        loadedAt: clock,
      },
      contentSender(SAGA_TAB, SAGA, 7),
    );
    await report(SAGA_TAB, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    const view = (await fake.send({ type: 'tab-state', tabId: SAGA_TAB }, POPUP_SENDER)) as TabView;
    expect(view.site).toBe('saga');
    expect(view.rules).toEqual(['saga-rights-invalid', 'saga-pairing-failed']);
    expect(JSON.stringify([...fake.session.data.values()])).not.toContain('ticket');
  });
});

describe('worker: the page words of a message, for the popup', () => {
  it("keeps a profile's state as the page showed it", async () => {
    const url = 'https://connect-pasrel.atih.sante.fr/profils';
    await fake.send(
      { type: 'report', rules: ['plage-profile-inactive'], params: ['Suspendu'], evidence: '', url, loadedAt: clock },
      contentSender(PLAGE_TAB, url),
    );
    const view = (await fake.send({ type: 'tab-state', tabId: PLAGE_TAB }, POPUP_SENDER)) as TabView;
    expect(view.params).toEqual(['Suspendu']);
  });
});

describe('worker: SAGA or PLAGE unreachable', () => {
  const failure = {
    tabId: SAGA_TAB,
    url: 'https://saga.cng.sante.fr/?ticket=ST-1',
    type: 'main_frame',
    error: 'net::ERR_CONNECTION_REFUSED',
  };

  it('records a failed navigation for the popup and the badge, with the error code', async () => {
    fake.onErrorOccurred.fire(failure);
    const view = (await fake.send({ type: 'tab-state', tabId: SAGA_TAB }, POPUP_SENDER)) as TabView;
    expect(view.rules).toEqual(['network-unreachable']);
    expect(view.network).toMatchObject({ code: 'net::ERR_CONNECTION_REFUSED', url: 'https://saga.cng.sante.fr/' });
    expect(fake.calls.badge.get(SAGA_TAB)).toBe('!');
    expect(fake.calls.titles.get(SAGA_TAB)).toContain('SAGA ou PLAGE injoignable');
  });

  it('keeps it while the error page loads, and clears it once the site loads again', async () => {
    fake.onErrorOccurred.fire(failure);
    fake.onUpdated.fire(SAGA_TAB, { status: 'loading' });
    let view = (await fake.send({ type: 'tab-state', tabId: SAGA_TAB }, POPUP_SENDER)) as TabView;
    expect(view.network?.code).toBe('net::ERR_CONNECTION_REFUSED');
    fake.onCompleted.fire({ tabId: SAGA_TAB, url: 'https://saga.cng.sante.fr/', type: 'main_frame' });
    view = (await fake.send({ type: 'tab-state', tabId: SAGA_TAB }, POPUP_SENDER)) as TabView;
    expect(view.network).toBeUndefined();
    expect(fake.calls.badge.get(SAGA_TAB)).toBe('');
  });

  it('ignores a load the user stopped', async () => {
    fake.onErrorOccurred.fire({ ...failure, error: 'net::ERR_ABORTED' });
    const view = (await fake.send({ type: 'tab-state', tabId: SAGA_TAB }, POPUP_SENDER)) as TabView;
    expect(view.network).toBeUndefined();
  });

  it('forgets what a tab showed when it loads another page', async () => {
    await report(SAGA_TAB, SAGA, ['saga-rights-invalid']);
    clock += 60_000;
    fake.onUpdated.fire(SAGA_TAB, { status: 'loading' });
    const view = (await fake.send({ type: 'tab-state', tabId: SAGA_TAB }, POPUP_SENDER)) as TabView;
    expect(view.rules).toEqual([]);
    expect(fake.calls.badge.get(SAGA_TAB)).toBe('');
  });
});
