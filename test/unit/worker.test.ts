// The service worker: who may ask it what, and the clean reload.
import { beforeEach, describe, expect, it } from 'vitest';
import type { CleanReloadResult } from '../../src/lib/messages';
import { contentSender, EXTENSION_ID, type FakeBrowser, POPUP_SENDER } from '../helpers/fake-browser';
import { HOTLINE, HOTLINE_TAB, RIGHTS_TEXT, SAGA, SAGA_TAB, useWorker } from '../helpers/worker-harness';

const w = useWorker();

describe('worker: who may ask', () => {
  it('answers its own content script on a served site', async () => {
    expect(await w.report(SAGA_TAB, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT)).toMatchObject({
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
      await w.fake.send(
        { type: 'report', rules: ['saga-rights-invalid'], params: [], evidence: '', url: SAGA, loadedAt: 0 },
        sender,
      ),
    ).toBeUndefined();
    expect(await w.fake.send({ type: 'clean-reload' }, sender)).toBeUndefined();
    expect(w.fake.calls.reloads).toEqual([]);
  });

  it('lets only extension pages read a tab, and only content scripts report', async () => {
    expect(await w.fake.send({ type: 'tab-state', tabId: 1 }, contentSender(1, SAGA))).toBeUndefined();
    expect(
      await w.fake.send({ type: 'report', rules: [], params: [], evidence: '', url: SAGA, loadedAt: 0 }, POPUP_SENDER),
    ).toBeUndefined();
    expect(await w.fake.send({ type: 'tab-state', tabId: 1 }, POPUP_SENDER)).toMatchObject({ rules: [] });
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
    expect(await w.fake.send(message, contentSender(1, SAGA))).toBeUndefined();
    expect(await w.fake.send(message, POPUP_SENDER)).toBeUndefined();
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
    w.fake.cookies = [
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
    await w.report(SAGA_TAB, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    const result = (await w.fake.send({ type: 'clean-reload' }, contentSender(SAGA_TAB, SAGA))) as CleanReloadResult;
    expect(result).toMatchObject({ ok: true, cookiesRemoved: 3, at: w.clock });
    expect(w.fake.cookies.map((c) => c.name).sort()).toEqual([
      'BYSTANDER',
      'CNG_PORTAL',
      'JIRA',
      'SHARED_SSO',
      'SUBDOMAIN',
    ]);
    const [call] = w.fake.calls.browsingData;
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
    expect(w.fake.calls.reloads).toEqual([{ tabId: SAGA_TAB, bypassCache: true }]);
  });

  it('from the popup, acts on the tab it names, if that tab is SAGA or PLAGE', async () => {
    await w.report(SAGA_TAB, SAGA, ['saga-pairing-failed']);
    expect(await w.fake.send({ type: 'clean-reload', tabId: SAGA_TAB }, POPUP_SENDER)).toMatchObject({ ok: true });
    expect(await w.fake.send({ type: 'clean-reload', tabId: HOTLINE_TAB }, POPUP_SENDER)).toMatchObject({ ok: false });
    expect(w.fake.calls.reloads).toEqual([{ tabId: SAGA_TAB, bypassCache: true }]);
  });

  it('is not available from the hotline site', async () => {
    expect(await w.fake.send({ type: 'clean-reload' }, contentSender(HOTLINE_TAB, HOTLINE))).toMatchObject({
      ok: false,
    });
    expect(w.fake.calls.browsingData).toEqual([]);
  });

  it('is then reported with its time to the next page', async () => {
    await w.report(SAGA_TAB, SAGA, ['saga-pairing-failed']);
    await w.fake.send({ type: 'clean-reload' }, contentSender(SAGA_TAB, SAGA));
    const cleanedAt = w.clock;
    w.clock += 2000;
    expect(await w.report(SAGA_TAB, SAGA, ['saga-pairing-failed'])).toMatchObject({ cleanedAt });
  });
});
