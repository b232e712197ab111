// A site that frames SAGA or PLAGE: its tab is not the director's SAGA or PLAGE, and the worker keeps
// nothing of what such a frame reports, shows no badge for it and lets it move no procedure.
import { describe, expect, it } from 'vitest';
import type { MessageSender } from '../../src/background/api';
import { contentSender, EXTENSION_ID } from '../helpers/fake-browser';
import { PLAGE, RIGHTS_TEXT, SAGA, SAGA_TAB, useWorker } from '../helpers/worker-harness';

const w = useWorker();
const EVIL_TAB = 4;
const EVIL = 'https://evil.example/login';
const framedIn = (top: string, url = SAGA, frameId = 3): MessageSender => contentSender(EVIL_TAB, url, frameId, top);
const reportFrom = (sender: MessageSender, rules: string[]): Promise<unknown> =>
  w.fake.send({ type: 'report', rules, params: [], evidence: 'x', url: sender.url, loadedAt: w.clock }, sender);
const procedure = (): unknown => w.fake.session.data.get('procedure');

describe('worker: a frame in a page of another site', () => {
  it('is answered "ignored", and leaves no record, no badge and no procedure', async () => {
    expect(await reportFrom(framedIn(EVIL), ['saga-rights-invalid'])).toEqual({ actions: [], ignored: true });
    expect(w.fake.session.data.has(`tab:${EVIL_TAB}`)).toBe(false);
    expect(w.fake.calls.badge.has(EVIL_TAB)).toBe(false);
    expect(w.fake.calls.titles.has(EVIL_TAB)).toBe(false);
    expect(procedure()).toBeUndefined();
  });

  it("cannot advance, restart or end the director's procedure", async () => {
    await w.report(SAGA_TAB, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    const before = procedure();
    for (const [url, rules] of [
      [PLAGE, ['plage-profile-active']],
      [PLAGE, ['plage-profile-missing']],
      [SAGA, ['saga-pairing-failed']],
      [SAGA, ['saga-account-choice']],
    ] as const) {
      w.clock += 1_000;
      expect(await reportFrom(framedIn(EVIL, url), [...rules])).toEqual({ actions: [], ignored: true });
    }
    expect(procedure()).toEqual(before);
  });

  it.each([
    ['a plain-http page of SAGA', 'http://saga.cng.sante.fr/'],
    ['a page of a look-alike host', 'https://saga.cng.sante.fr.evil.example/'],
    ['a page whose address the browser does not give', undefined],
  ])('is ignored when the top page is %s', async (_name, top) => {
    const sender: MessageSender = { id: EXTENSION_ID, url: SAGA, frameId: 2, tab: { id: EVIL_TAB, url: top } };
    expect(await reportFrom(sender, ['saga-pairing-failed'])).toEqual({ actions: [], ignored: true });
    expect(w.fake.session.data.has(`tab:${EVIL_TAB}`)).toBe(false);
    expect(procedure()).toBeUndefined();
  });

  it('may ask for no clean reload and no return to SAGA', async () => {
    await w.report(SAGA_TAB, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    for (const type of ['clean-reload', 'return-to-saga']) {
      expect(await w.fake.send({ type }, framedIn(EVIL))).toBeUndefined();
      expect(await w.fake.send({ type }, framedIn(EVIL, PLAGE, 0))).toBeUndefined();
    }
    expect(w.fake.calls.browsingData).toEqual([]);
    expect(w.fake.calls.reloads).toEqual([]);
  });
});

describe('worker: a frame of a served site inside a page of a served site', () => {
  it('is followed as before: record, badge and procedure of its tab', async () => {
    const sender = contentSender(SAGA_TAB, PLAGE, 5, SAGA);
    const answer = (await reportFrom(sender, ['saga-rights-invalid'])) as { ignored?: true };
    expect(answer.ignored).toBeUndefined();
    expect(w.fake.calls.badge.get(SAGA_TAB)).toBe('!');
    expect(procedure()).toMatchObject({ kind: 'rights' });
  });
});

describe("worker: a frame reports its own site's screens only", () => {
  const HOTLINE_TAB = 3;
  const HOTLINE = 'https://assistance.atih.sante.fr/';

  it("the ATIH assistance cannot advance or end the director's procedure with SAGA's or PLAGE's screens", async () => {
    await w.report(SAGA_TAB, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    const before = procedure();
    for (const rules of [['plage-profile-active'], ['saga-account-choice'], ['saga-pairing-failed']]) {
      w.clock += 1_000;
      await w.report(HOTLINE_TAB, HOTLINE, rules);
      expect(procedure()).toEqual(before);
    }
    expect(w.fake.calls.badge.get(HOTLINE_TAB)).toBe('');
  });

  it('SAGA cannot tell the worker that the PLAGE profile is active', async () => {
    await w.report(SAGA_TAB, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    await w.report(SAGA_TAB, SAGA, ['plage-profile-active']);
    expect(procedure()).not.toHaveProperty('profile');
  });
});
