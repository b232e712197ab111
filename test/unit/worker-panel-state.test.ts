// The worker keeps each tab's panel state (collapsed or not) for the browser session.
import { describe, expect, it } from 'vitest';
import { contentSender, POPUP_SENDER } from '../helpers/fake-browser';
import { PLAGE, PLAGE_TAB, SAGA, SAGA_TAB, useWorker } from '../helpers/worker-harness';

const w = useWorker();
const ask = (collapsed?: boolean, sender = contentSender(SAGA_TAB, SAGA)): Promise<unknown> =>
  w.fake.send(collapsed === undefined ? { type: 'panel-state' } : { type: 'panel-state', collapsed }, sender);

describe('worker: panel state per tab', () => {
  it('is open until the director collapses it, then collapsed for every page and frame of that tab only', async () => {
    expect(await ask()).toEqual({ collapsed: false });
    expect(await ask(true)).toEqual({ collapsed: true });
    expect(await ask(undefined, contentSender(SAGA_TAB, PLAGE, 4, SAGA))).toEqual({ collapsed: true });
    expect(await ask(undefined, contentSender(PLAGE_TAB, PLAGE))).toEqual({ collapsed: false });
    expect(await ask(false)).toEqual({ collapsed: false });
  });

  it('outlives the worker and the tab’s reports, and goes with the tab', async () => {
    await ask(true);
    w.restart();
    await w.report(SAGA_TAB, SAGA, ['saga-rights-invalid']);
    expect(await ask()).toEqual({ collapsed: true });
    w.fake.onRemoved.fire(SAGA_TAB);
    await ask();
    expect(await ask()).toEqual({ collapsed: false });
  });

  it('answers only content scripts of a served tab: not a framed one, not a page, not a malformed request', async () => {
    expect(await ask(true, contentSender(4, SAGA, 2, 'https://evil.example/'))).toBeUndefined();
    expect(await ask(true, POPUP_SENDER)).toBeUndefined();
    expect(await w.fake.send({ type: 'panel-state', collapsed: 'yes' }, contentSender(SAGA_TAB, SAGA))).toBeUndefined();
    expect([...w.fake.session.data.keys()].filter((k) => k.startsWith('panel:'))).toEqual([]);
  });
});
