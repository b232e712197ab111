import { describe, expect, it } from 'vitest';
import type { Guidance } from '../../src/lib/messages';
import { openFixture, openHtml, start, until, type Page, type StartOptions } from '../helpers/page';

// A site that frames SAGA or PLAGE must not get SAGA Helper's panel (nor its actions) in its page. A
// frame may show one only when every page above it is one of the three served sites.

const RIGHTS_URL = 'https://saga.cng.sante.fr/rights-invalid.html';

/** A jsdom page at `topUrl` framing SAGA's "aucun droit valide" page; resolves to the frame's window. */
async function framedRights(topUrl: string): Promise<Page['window']> {
  const top = openHtml(`<iframe src="${RIGHTS_URL}"></iframe>`, topUrl);
  const frame = top.window.document.querySelector('iframe') as HTMLIFrameElement;
  await until(
    () => frame.contentDocument?.readyState === 'complete' && !!frame.contentDocument.body?.textContent?.trim(),
  );
  // jsdom types a frame's window as the DOM's Window; it is a jsdom window all the same.
  return frame.contentWindow as unknown as Page['window'];
}

/** Chromium's location.ancestorOrigins (jsdom has none, as Firefox): the origins above, nearest first. */
function withAncestors(win: Page['window'], origins: readonly string[]): Page['window'] {
  Object.defineProperty(win.location, 'ancestorOrigins', { value: origins, configurable: true });
  return win;
}

const startIn = (win: Page['window'], options?: StartOptions): ReturnType<typeof start> =>
  start({ window: win }, options);

describe('in a frame, where the browser lists the ancestors (Chromium: location.ancestorOrigins)', () => {
  it('shows no panel and tells the worker nothing under a foreign page', async () => {
    const win = withAncestors(await framedRights('https://www.sante.fr/'), ['https://www.sante.fr']);
    const framed = startIn(win);
    await framed.settle();
    expect(framed.rules()).toEqual([]);
    expect(framed.sent).toEqual([]);
  });

  it.each([
    [['https://saga.cng.sante.fr', 'https://www.sante.fr']],
    [['https://www.sante.fr', 'https://saga.cng.sante.fr']],
    [['http://saga.cng.sante.fr']],
    [['https://saga.cng.sante.fr:8443']],
    [['null']],
  ])('shows none when any ancestor is not a served site: %j', async (origins) => {
    const framed = startIn(withAncestors(await framedRights('https://saga.cng.sante.fr/'), origins));
    await framed.settle();
    expect(framed.rules()).toEqual([]);
  });

  it('shows its panel at once when every ancestor is a served site (SAGA framing its own page)', async () => {
    const win = openFixture('saga.cng.sante.fr/frame-host.html').window;
    const frame = win.document.querySelector('iframe') as HTMLIFrameElement;
    await until(() => !!frame.contentDocument?.body?.textContent?.includes('aucun droit valide'));
    const framed = startIn(
      withAncestors(frame.contentWindow as unknown as Page['window'], ['https://saga.cng.sante.fr']),
    );
    expect(framed.rules()).toEqual(['saga-rights-invalid']);
  });

  it('accepts the three sites framing one another', async () => {
    const origins = ['https://connect-pasrel.atih.sante.fr', 'https://assistance.atih.sante.fr'];
    const framed = startIn(withAncestors(await framedRights('https://connect-pasrel.atih.sante.fr/'), origins));
    expect(framed.rules()).toEqual(['saga-rights-invalid']);
  });
});

describe('in a frame, where the browser does not list the ancestors (Firefox): the worker decides', () => {
  it('draws nothing until the worker has answered, then the panel', async () => {
    const framed = startIn(await framedRights('https://saga.cng.sante.fr/'), { guidance: () => ({ actions: [] }) });
    expect(framed.rules()).toEqual([]);
    expect(framed.sent.map((r) => r.type)).toEqual(['report']);
    await until(() => framed.rules().length > 0);
    expect(framed.rules()).toEqual(['saga-rights-invalid']);
  });

  it('draws nothing when the worker says the top page is not a served site (ignored)', async () => {
    const ignored = { actions: [], ignored: true } as Guidance;
    const framed = startIn(await framedRights('https://www.sante.fr/'), { guidance: () => ignored });
    await framed.settle();
    await framed.settle();
    expect(framed.sent.map((r) => r.type)).toEqual(['report']);
    expect(framed.rules()).toEqual([]);
  });

  it('draws nothing when the worker does not answer', async () => {
    const framed = startIn(await framedRights('https://saga.cng.sante.fr/'));
    await framed.settle();
    expect(framed.rules()).toEqual([]);
  });
});

describe('in the top page', () => {
  it('shows the panel at once, and takes it away if the worker says ignored', async () => {
    const ignored = { actions: [], ignored: true } as Guidance;
    const page = start(openFixture('saga.cng.sante.fr/rights-invalid.html'), { guidance: () => ignored });
    expect(page.rules()).toEqual(['saga-rights-invalid']);
    await until(() => page.rules().length === 0);
  });
});
