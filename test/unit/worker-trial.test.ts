// « Tester une règle »: the worker keeps an extra rule on trial for one SAGA or PLAGE tab, for the browser
// session, shows it there and again at each page the tab loads, until the options page ends it or the tab
// closes; only for the extension's own pages, only a rule policy would accept.
import { describe, expect, it, vi } from 'vitest';
import type { MessageSender } from '../../src/background/api';
import { contentSender, EXTENSION_ID, EXTENSION_ORIGIN, POPUP_SENDER } from '../helpers/fake-browser';
import { HOTLINE_TAB, PLAGE_TAB, SAGA, SAGA_TAB, useWorker } from '../helpers/worker-harness';

const w = useWorker();
const OPTIONS: MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}options.html`, tab: { id: 7 }, frameId: 0 };
const FOREIGN_TAB = 4;
const RULE = {
  id: 'saga-service-indisponible',
  site: 'saga',
  phrases: ['Le service est momentanément indisponible'],
  titleFr: 'SAGA Directeurs est indisponible',
  stepsFr: ['Réessayez dans une heure.'],
};
const SHOWN = { matches: true, shown: true };
const NOTHING = { matches: false, shown: false };

const trial = (tabId: number, rule: unknown, sender = OPTIONS): Promise<unknown> =>
  w.fake.send({ type: 'trial-rule', tabId, rule }, sender);
const stored = (tabId: number): unknown => w.fake.session.data.get(`trial:${tabId}`);
const told = (): unknown[] => w.fake.calls.tabMessages.map(({ tabId, message }) => ({ tabId, message }));
const show = (tabId: number, rule: unknown): unknown => ({ tabId, message: { type: 'test-rule', rule, show: true } });
/** Every tab has a content script that shows what it is told. */
const withContentScripts = (): void => {
  for (const tabId of [SAGA_TAB, PLAGE_TAB, HOTLINE_TAB, FOREIGN_TAB]) w.fake.contentScripts.set(tabId, () => SHOWN);
  w.fake.tabs.push({ id: FOREIGN_TAB, url: 'https://framing.example/sso' });
};

describe('worker: a rule on trial in one tab', () => {
  it('is kept in storage.session for that tab, told to its top frame, and answered with the page’s word', async () => {
    withContentScripts();
    expect(await trial(SAGA_TAB, RULE)).toEqual(SHOWN);
    expect(stored(SAGA_TAB)).toEqual(RULE);
    expect(w.fake.calls.tabMessages).toEqual([{ ...(show(SAGA_TAB, RULE) as object), frameId: 0 }]);
    expect(w.fake.local.data.has(`trial:${SAGA_TAB}`)).toBe(false);
  });

  it('is shown again when that tab finishes loading a page, across worker restarts, and not in other tabs', async () => {
    withContentScripts();
    await trial(SAGA_TAB, RULE);
    w.restart();
    w.fake.onUpdated.fire(SAGA_TAB, { status: 'loading' });
    w.fake.onUpdated.fire(PLAGE_TAB, { status: 'complete' });
    w.fake.onUpdated.fire(SAGA_TAB, { status: 'complete' });
    await vi.waitFor(() => expect(told()).toHaveLength(2));
    expect(told()).toEqual([show(SAGA_TAB, RULE), show(SAGA_TAB, RULE)]);
  });

  it('is ended by rule null: forgotten, and the tab told to stop', async () => {
    withContentScripts();
    await trial(SAGA_TAB, RULE);
    expect(await trial(SAGA_TAB, null)).toEqual(SHOWN);
    expect(stored(SAGA_TAB)).toBeUndefined();
    expect(told()).toEqual([show(SAGA_TAB, RULE), show(SAGA_TAB, null)]);
    w.fake.onUpdated.fire(SAGA_TAB, { status: 'complete' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(told()).toHaveLength(2);
  });

  it('ends with the page’s last word being the trial kept, when it ends while a loaded page is told again', async () => {
    withContentScripts();
    await trial(SAGA_TAB, RULE);
    let ended: Promise<unknown> | undefined;
    w.fake.contentScripts.set(SAGA_TAB, async (message) => {
      // The options page ends the trial while the page is being told it again.
      if ((message as { rule: unknown }).rule !== null) await (ended ??= trial(SAGA_TAB, null));
      return SHOWN;
    });
    w.fake.onUpdated.fire(SAGA_TAB, { status: 'complete' });
    await vi.waitFor(() => expect(told()).toHaveLength(4));
    expect(told()).toEqual([show(SAGA_TAB, RULE), show(SAGA_TAB, RULE), show(SAGA_TAB, null), show(SAGA_TAB, null)]);
  });

  it('is forgotten when the tab closes', async () => {
    withContentScripts();
    await trial(PLAGE_TAB, { ...RULE, site: 'plage' });
    expect(stored(PLAGE_TAB)).toBeDefined();
    w.fake.onRemoved.fire(PLAGE_TAB);
    await vi.waitFor(() => expect(stored(PLAGE_TAB)).toBeUndefined());
  });

  it('is kept when the page does not answer yet, and shown once it has loaded', async () => {
    expect(await trial(SAGA_TAB, RULE)).toEqual(NOTHING);
    expect(stored(SAGA_TAB)).toEqual(RULE);
    w.fake.contentScripts.set(SAGA_TAB, () => SHOWN);
    w.fake.onUpdated.fire(SAGA_TAB, { status: 'complete' });
    await vi.waitFor(() => expect(told()).toEqual([show(SAGA_TAB, RULE), show(SAGA_TAB, RULE)]));
  });

  it('keeps only what policy would: fields it does not know are left out', async () => {
    withContentScripts();
    await trial(SAGA_TAB, { ...RULE, onclick: 'alert(1)', titleEn: 'SAGA is unavailable' });
    expect(stored(SAGA_TAB)).toEqual({ ...RULE, titleEn: 'SAGA is unavailable' });
  });

  it('waits for the page outside the worker’s queue: a page reporting while it answers is not stuck', async () => {
    w.fake.contentScripts.set(SAGA_TAB, async () => {
      await w.report(SAGA_TAB, SAGA, [RULE.id]);
      return SHOWN;
    });
    expect(await trial(SAGA_TAB, RULE)).toEqual(SHOWN);
  });
});

describe('worker: a trial is refused', () => {
  it.each([
    ['the ATIH assistance', HOTLINE_TAB],
    ['a tab of another site', FOREIGN_TAB],
    ['a tab that does not exist', 99],
  ])('for %s: nothing kept, nothing told', async (_name, tabId) => {
    withContentScripts();
    expect(await trial(tabId, RULE)).toEqual(NOTHING);
    expect(await trial(tabId, null)).toEqual(NOTHING);
    expect([...w.fake.session.data.keys()].filter((k) => k.startsWith('trial:'))).toEqual([]);
    expect(told()).toEqual([]);
  });

  it.each([
    ['a built-in id', { ...RULE, id: 'saga-rights-invalid' }],
    ['no steps', { ...RULE, stepsFr: [] }],
    ['a phrase that matches nothing', { ...RULE, phrases: ['\u200B\u200B'] }],
    ['an unknown site', { ...RULE, site: 'intranet' }],
  ])('for a rule policy would refuse (%s): nothing kept, nothing told', async (_name, rule) => {
    withContentScripts();
    expect(await trial(SAGA_TAB, rule)).toEqual(NOTHING);
    expect(stored(SAGA_TAB)).toBeUndefined();
    expect(told()).toEqual([]);
  });

  it('from anything but the extension’s own pages: no answer at all', async () => {
    withContentScripts();
    for (const sender of [
      contentSender(SAGA_TAB, SAGA),
      contentSender(FOREIGN_TAB, SAGA, 2, 'https://framing.example/sso'),
      { ...OPTIONS, id: 'zyxwvutsrqponmlkzyxwvutsrqponmlk' },
    ])
      expect(await trial(SAGA_TAB, RULE, sender)).toBeUndefined();
    for (const rule of [[RULE], 'saga-service-indisponible', 42])
      expect(await trial(SAGA_TAB, rule, OPTIONS)).toBeUndefined(); // not a rule at all: not even parsed
    expect(await trial(SAGA_TAB, RULE, POPUP_SENDER)).toEqual(SHOWN);
    expect(told()).toEqual([show(SAGA_TAB, RULE)]);
  });
});
