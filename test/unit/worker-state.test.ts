// The service worker: badge, tab state for the popup, and SAGA or PLAGE unreachable.
import { describe, expect, it } from 'vitest';
import type { TabView } from '../../src/lib/messages';
import { contentSender, POPUP_SENDER } from '../helpers/fake-browser';
import { PLAGE_TAB, RIGHTS_TEXT, SAGA, SAGA_TAB, useWorker } from '../helpers/worker-harness';

const w = useWorker();

describe('worker: badge', () => {
  it('shows "!" while the tab shows an error, and clears it when the error goes', async () => {
    await w.report(SAGA_TAB, SAGA, ['saga-rights-invalid', 'browser-not-recommended'], RIGHTS_TEXT);
    expect(w.fake.calls.badge.get(SAGA_TAB)).toBe('!');
    expect(w.fake.calls.titles.get(SAGA_TAB)).toContain("Votre identifiant PLAGE n'est pas");
    await w.report(SAGA_TAB, SAGA, []);
    expect(w.fake.calls.badge.get(SAGA_TAB)).toBe('');
  });

  it('shows no badge for a screen that is not an error', async () => {
    await w.report(SAGA_TAB, SAGA, ['saga-first-login']);
    expect(w.fake.calls.badge.get(SAGA_TAB)).toBe('');
  });

  it('forgets a closed tab', async () => {
    await w.report(SAGA_TAB, SAGA, ['saga-rights-invalid']);
    w.fake.onRemoved.fire(SAGA_TAB);
    await w.fake.send({ type: 'tab-state', tabId: SAGA_TAB }, POPUP_SENDER);
    expect(w.fake.session.data.has(`tab:${SAGA_TAB}`)).toBe(false);
  });
});

describe('worker: tab state for the popup', () => {
  it('lists the rules of every frame, highest priority first, with the page address only', async () => {
    await w.fake.send(
      {
        type: 'report',
        rules: ['saga-pairing-failed'],
        params: [],
        evidence: 'Appairage impossible',
        url: SAGA,
        loadedAt: w.clock,
      },
      contentSender(SAGA_TAB, SAGA, 7),
    );
    await w.report(SAGA_TAB, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    const view = (await w.fake.send({ type: 'tab-state', tabId: SAGA_TAB }, POPUP_SENDER)) as TabView;
    expect(view.site).toBe('saga');
    expect(view.rules).toEqual(['saga-rights-invalid', 'saga-pairing-failed']);
    expect(JSON.stringify([...w.fake.session.data.values()])).not.toContain('ticket');
  });
});

describe('worker: what the popup may ask for a tab', () => {
  it('is a clean reload only where the worker would do it: the top frame shows a rule that offers it', async () => {
    const pairing = {
      type: 'report',
      rules: ['saga-pairing-failed'],
      params: [],
      evidence: '',
      url: SAGA,
      loadedAt: 1,
    };
    await w.fake.send(pairing, contentSender(SAGA_TAB, SAGA, 7));
    const state = async (): Promise<TabView> =>
      (await w.fake.send({ type: 'tab-state', tabId: SAGA_TAB }, POPUP_SENDER)) as TabView;
    expect((await state()).guidance.actions).not.toContain('clean-reload');
    await w.fake.send(pairing, contentSender(SAGA_TAB, SAGA));
    expect((await state()).guidance.actions).toContain('clean-reload');
  });
});

describe('worker: the page words of a message, for the popup', () => {
  it("keeps a profile's state as the page showed it", async () => {
    const url = 'https://connect-pasrel.atih.sante.fr/profils';
    await w.fake.send(
      { type: 'report', rules: ['plage-profile-inactive'], params: ['Suspendu'], evidence: '', url, loadedAt: w.clock },
      contentSender(PLAGE_TAB, url),
    );
    const view = (await w.fake.send({ type: 'tab-state', tabId: PLAGE_TAB }, POPUP_SENDER)) as TabView;
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
    w.fake.onErrorOccurred.fire(failure);
    const view = (await w.fake.send({ type: 'tab-state', tabId: SAGA_TAB }, POPUP_SENDER)) as TabView;
    expect(view.rules).toEqual(['network-unreachable']);
    expect(view.network).toMatchObject({ code: 'net::ERR_CONNECTION_REFUSED', url: 'https://saga.cng.sante.fr/' });
    expect(w.fake.calls.badge.get(SAGA_TAB)).toBe('!');
    expect(w.fake.calls.titles.get(SAGA_TAB)).toContain('SAGA ou PLAGE injoignable');
  });

  it('keeps it while the error page loads, and clears it once the site loads again', async () => {
    w.fake.onErrorOccurred.fire(failure);
    w.fake.onUpdated.fire(SAGA_TAB, { status: 'loading' });
    let view = (await w.fake.send({ type: 'tab-state', tabId: SAGA_TAB }, POPUP_SENDER)) as TabView;
    expect(view.network?.code).toBe('net::ERR_CONNECTION_REFUSED');
    w.fake.onCompleted.fire({ tabId: SAGA_TAB, url: 'https://saga.cng.sante.fr/', type: 'main_frame' });
    view = (await w.fake.send({ type: 'tab-state', tabId: SAGA_TAB }, POPUP_SENDER)) as TabView;
    expect(view.network).toBeUndefined();
    expect(w.fake.calls.badge.get(SAGA_TAB)).toBe('');
  });

  it('ignores a load the user stopped', async () => {
    w.fake.onErrorOccurred.fire({ ...failure, error: 'net::ERR_ABORTED' });
    const view = (await w.fake.send({ type: 'tab-state', tabId: SAGA_TAB }, POPUP_SENDER)) as TabView;
    expect(view.network).toBeUndefined();
  });

  it('forgets what a tab showed when it loads another page', async () => {
    await w.report(SAGA_TAB, SAGA, ['saga-rights-invalid']);
    w.clock += 60_000;
    w.fake.onUpdated.fire(SAGA_TAB, { status: 'loading' });
    const view = (await w.fake.send({ type: 'tab-state', tabId: SAGA_TAB }, POPUP_SENDER)) as TabView;
    expect(view.rules).toEqual([]);
    expect(w.fake.calls.badge.get(SAGA_TAB)).toBe('');
  });
});
