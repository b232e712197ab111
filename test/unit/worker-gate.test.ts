// The worker decides, never the page: a clean reload or a return to SAGA only where the worker itself
// offers it (per its own record of the tab's top frame and the procedure), and at a human pace.
import { describe, expect, it } from 'vitest';
import type { CleanReloadResult } from '../../src/lib/messages';
import { contentSender, type FakeBrowser, POPUP_SENDER } from '../helpers/fake-browser';
import {
  HOTLINE,
  HOTLINE_TAB,
  PLAGE,
  PLAGE_TAB,
  RIGHTS_TEXT,
  SAGA,
  SAGA_TAB,
  useWorker,
} from '../helpers/worker-harness';

const w = useWorker();
const SESSION = { domain: 'saga.cng.sante.fr', name: 'JSESSIONID', path: '/', storeId: '0' };
const act = (message: object, sender = contentSender(SAGA_TAB, SAGA)): Promise<CleanReloadResult> =>
  w.fake.send(message, sender) as Promise<CleanReloadResult>;
const clean = (sender = contentSender(SAGA_TAB, SAGA)): Promise<CleanReloadResult> =>
  act({ type: 'clean-reload' }, sender);
const back = (sender = contentSender(PLAGE_TAB, PLAGE)): Promise<CleanReloadResult> =>
  act({ type: 'return-to-saga' }, sender);
// A page that toggles the error in its DOM makes its content script report again, with the time the
// page was loaded: before the clean reload, so the worker still offers it.
const LOADED = w.clock;
const showAgain = (tabId: number, url: string, rules: string[]): Promise<unknown> =>
  w.fake.send({ type: 'report', rules, params: [], evidence: '', url, loadedAt: LOADED }, contentSender(tabId, url));
const nothingDone = (fake: FakeBrowser): void => {
  expect(fake.cookies).toEqual([SESSION]);
  expect(fake.calls.browsingData).toEqual([]);
  expect(fake.calls.reloads).toEqual([]);
  expect(fake.calls.activated).toEqual([]);
  expect(fake.calls.created).toEqual([]);
};

describe('worker: a clean reload only where the worker offers it', () => {
  it('refuses it for a SAGA tab whose top frame shows nothing that offers it', async () => {
    w.fake.cookies = [SESSION];
    expect(await clean()).toMatchObject({ ok: false, cookiesRemoved: 0, refused: 'not-offered' });
    await w.report(SAGA_TAB, SAGA, ['saga-first-login']);
    expect(await clean()).toMatchObject({ ok: false, refused: 'not-offered' });
    nothingDone(w.fake);
  });

  it('does it while the top frame shows "aucun droit valide", and not again for the page it reloaded', async () => {
    w.fake.cookies = [SESSION];
    await w.report(SAGA_TAB, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    expect(await clean()).toMatchObject({ ok: true, cookiesRemoved: 1 });
    w.clock += 60_000;
    w.fake.cookies = [SESSION];
    // The reloaded page has not reported yet: the worker knows of nothing to fix.
    expect(await clean()).toMatchObject({ ok: false, refused: 'not-offered' });
    expect(w.fake.cookies).toEqual([SESSION]);
  });

  it('neither offers nor does it for an error shown only in a sub-frame', async () => {
    w.fake.cookies = [SESSION];
    const frame = contentSender(SAGA_TAB, SAGA, 7);
    const request = {
      type: 'report',
      rules: ['saga-pairing-failed'],
      params: [],
      evidence: '',
      url: SAGA,
      loadedAt: 1,
    };
    const guidance = (await w.fake.send(request, frame)) as { actions: string[] };
    expect(guidance.actions).not.toContain('clean-reload');
    expect(await clean(frame)).toMatchObject({ ok: false, refused: 'not-offered' });
    nothingDone(w.fake);
  });

  it('refuses it on the ATIH assistance and for a tab that is not SAGA or PLAGE', async () => {
    w.fake.cookies = [SESSION];
    expect(await clean(contentSender(HOTLINE_TAB, HOTLINE))).toMatchObject({ ok: false, refused: 'not-this-tab' });
    expect(await act({ type: 'clean-reload', tabId: HOTLINE_TAB }, POPUP_SENDER)).toMatchObject({
      refused: 'not-this-tab',
    });
    nothingDone(w.fake);
  });

  it('from the popup, only for a named tab whose top frame offers it', async () => {
    w.fake.cookies = [SESSION];
    expect(await act({ type: 'clean-reload', tabId: SAGA_TAB }, POPUP_SENDER)).toMatchObject({
      refused: 'not-offered',
    });
    nothingDone(w.fake);
    await w.report(SAGA_TAB, SAGA, ['saga-pairing-failed']);
    expect(await act({ type: 'clean-reload', tabId: SAGA_TAB }, POPUP_SENDER)).toMatchObject({ ok: true });
    expect(w.fake.calls.reloads).toEqual([{ tabId: SAGA_TAB, bypassCache: true }]);
  });
});

describe('worker: back to SAGA only where the procedure offers it', () => {
  it('refuses it without a procedure, from SAGA, from a PLAGE sub-frame and from the assistance', async () => {
    w.fake.cookies = [SESSION];
    await w.report(PLAGE_TAB, PLAGE, ['plage-profile-active']);
    expect(await back()).toMatchObject({ ok: false, refused: 'not-offered' });
    await w.report(SAGA_TAB, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    expect((await w.report(PLAGE_TAB, PLAGE, ['plage-profile-active'])).actions).toEqual(['return-to-saga']);
    expect(await back(contentSender(SAGA_TAB, SAGA))).toMatchObject({ refused: 'not-this-tab' });
    expect(await back(contentSender(PLAGE_TAB, PLAGE, 4))).toMatchObject({ refused: 'not-this-tab' });
    expect(await back(contentSender(HOTLINE_TAB, HOTLINE))).toMatchObject({ refused: 'not-this-tab' });
    nothingDone(w.fake);
    expect(await back()).toMatchObject({ ok: true, cookiesRemoved: 1 });
    expect(w.fake.calls.activated).toEqual([SAGA_TAB]);
  });

  it('is not offered once the PLAGE page shows a missing profile', async () => {
    await w.report(SAGA_TAB, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    await w.report(PLAGE_TAB, PLAGE, ['plage-profile-active']);
    await w.report(PLAGE_TAB, PLAGE, ['plage-profile-missing']);
    w.fake.cookies = [SESSION];
    expect(await back()).toMatchObject({ refused: 'not-offered' });
    nothingDone(w.fake);
  });
});

describe('worker: at a human pace, per tab', () => {
  it('a page forging 20 clicks in 10 s gets one clean reload', async () => {
    let done = 0;
    for (let i = 0; i < 20; i++) {
      await showAgain(SAGA_TAB, SAGA, ['saga-rights-invalid']);
      const result = await clean();
      if (result.ok) done++;
      else expect(result.refused).toBe('rate-limited');
      w.clock += 500;
    }
    expect(done).toBe(1);
    expect(w.fake.calls.reloads).toHaveLength(1);
  });

  it('at most five in ten minutes, counted across worker restarts', async () => {
    const results: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      await showAgain(SAGA_TAB, SAGA, ['saga-pairing-failed']);
      const result = await clean();
      results.push(result.ok ? 'ok' : result.refused);
      w.clock += 11_000;
      w.restart();
    }
    expect(results).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'rate-limited']);
    w.clock += 10 * 60_000;
    await showAgain(SAGA_TAB, SAGA, ['saga-pairing-failed']);
    expect(await clean()).toMatchObject({ ok: true });
  });

  it('keeps a budget per tab, shared by the clean reload and the return to SAGA', async () => {
    await w.report(SAGA_TAB, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    await w.report(PLAGE_TAB, PLAGE, ['plage-profile-active']);
    expect(await back()).toMatchObject({ ok: true });
    expect(await back()).toMatchObject({ refused: 'rate-limited' });
    await showAgain(PLAGE_TAB, PLAGE, ['plage-profile-active']);
    expect(await back()).toMatchObject({ refused: 'rate-limited' });
    // SAGA's own tab has its own budget.
    await w.report(SAGA_TAB, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    expect(await clean()).toMatchObject({ ok: true });
    expect(w.fake.calls.activated).toEqual([SAGA_TAB]);
  });
});
