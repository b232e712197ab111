import { afterEach, describe, expect, it, vi } from 'vitest';
import { CANDIDATES } from '../../src/core/candidates';
import { openHtml, start, type Running } from '../helpers/page';

// Pages full of near-matches: hundreds or thousands of blocks that hold a rule's first phrase (and an
// IT rule's common words) without being an error. Work is counted, not timed: DOM steps (firstChild,
// nextSibling), style computations, blocks read. It must grow with the page linearly when the page is
// read, and not at all with the page when one small part of it changes.
const SAGA = 'https://saga.cng.sante.fr/';
const COMMON_WORDS = {
  id: 'it-droit-expire',
  site: 'saga',
  phrases: ['droit', 'expiré'],
  titleFr: 'Droit expiré',
  stepsFr: ['Contactez le service informatique.'],
};

function newsPage(count: number): string {
  const items: string[] = [];
  for (let i = 0; i < count; i++)
    items.push(
      `<li class="actu"><a href="/actu/${i}">Actualité ${i}</a> <span>L'appairage de votre compte SAGA ouvre droit à la consultation de vos arrêtés, dossier ${i}, une procédure expliquée dans le guide du CNG.</span></li>`,
    );
  return `<header><span id="clock">10:00:00</span></header><main><h1>Actualités</h1><ul>${items.join('')}</ul></main>`;
}

interface Work {
  readonly steps: number;
  readonly styles: number;
  readonly blocksRead: number;
}

const spies: { mockRestore(): void }[] = [];
afterEach(() => spies.splice(0).forEach((s) => s.mockRestore()));

/** Counts the DOM steps and style computations the content script makes in `win` from now on. */
function counter(win: Window, page: () => Running | null): () => Work {
  const node = (win as unknown as { Node: typeof Node }).Node.prototype;
  let steps = 0;
  let styles = 0;
  for (const name of ['firstChild', 'nextSibling'] as const) {
    const get = Object.getOwnPropertyDescriptor(node, name)?.get as () => ChildNode | null;
    spies.push(
      vi.spyOn(node, name, 'get').mockImplementation(function (this: Node) {
        steps++;
        return get.call(this);
      }),
    );
  }
  const computed = win.getComputedStyle.bind(win);
  spies.push(vi.spyOn(win, 'getComputedStyle').mockImplementation((el, pseudo) => (styles++, computed(el, pseudo))));
  const readAtStart = page()?.handle?.stats().blocksRead ?? 0;
  return () => ({ steps, styles, blocksRead: (page()?.handle?.stats().blocksRead ?? 0) - readAtStart });
}

async function measure(count: number, policy?: unknown): Promise<{ load: Work; tick: Work; page: Running }> {
  const dom = openHtml(newsPage(count), SAGA);
  const win = dom.window as unknown as Window;
  let page: Running | null = null;
  const loadWork = counter(win, () => page);
  page = start(dom, { policy });
  await page.settle();
  const load = loadWork();
  spies.splice(0).forEach((s) => s.mockRestore());
  const tickWork = counter(win, () => page);
  for (let s = 1; s <= 5; s++) {
    (win.document.getElementById('clock') as HTMLElement).firstChild!.nodeValue = `10:00:0${s}`;
    await page.settle();
  }
  return { load, tick: tickWork(), page };
}

describe.each([
  ['a rule’s own first phrase (appairage)', undefined],
  ['an IT rule of common words (droit, expiré)', { extraRules: [COMMON_WORDS] }],
])('a page full of near-matches: %s', (_name, policy) => {
  it('shows no panel, and reads the page in work at most linear in its size', { timeout: 60_000 }, async () => {
    const small = await measure(250, policy);
    const large = await measure(2000, policy);
    expect([small.page.rules(), large.page.rules()]).toEqual([[], []]);
    // Eight times the blocks: never the square of it; and once each phrase has its CANDIDATES blocks, the
    // rest of the list is not read at all.
    expect(large.load.blocksRead / small.load.blocksRead).toBeLessThan(8 * 1.2);
    expect(large.load.blocksRead).toBeLessThan(CANDIDATES * 3);
    expect(large.load.steps / small.load.steps).toBeLessThan(8 * 1.5);
    // Style computations go to the few candidates weighed, whatever the page's length.
    expect(large.load.styles).toBeLessThanOrEqual(small.load.styles * 1.5 + 10);
  });

  it('costs the same for a clock ticking on a page of 250 or 2,000 such blocks', { timeout: 60_000 }, async () => {
    const small = await measure(250, policy);
    const large = await measure(2000, policy);
    // Each tick re-reads the clock's block only; evaluation weighs at most CANDIDATES blocks a phrase.
    expect([small.tick.blocksRead, large.tick.blocksRead]).toEqual([5, 5]);
    expect(large.tick.steps).toBeLessThanOrEqual(small.tick.steps * 1.5 + 50);
    expect(large.tick.styles).toBeLessThanOrEqual(small.tick.styles * 1.5 + 10);
    expect(large.tick.styles).toBeLessThan(5 * CANDIDATES * 30);
  });
});

describe('an error on a page full of near-matches', () => {
  const RIGHTS = "Vous n'avez aucun droit valide défini au niveau de votre compte utilisateur.";

  it.each([
    ['after the list', (list: string) => `${list}<div role="alert"><p>${RIGHTS}</p></div>`],
    ['before the list', (list: string) => `<div role="alert"><p>${RIGHTS}</p></div>${list}`],
  ])('is still found %s: phrases not yet read stop the reading from ending early', async (_where, place) => {
    const page = start(openHtml(place(newsPage(2000)), SAGA), { policy: { extraRules: [COMMON_WORDS] } });
    await page.settle();
    expect(page.rules()).toEqual(['saga-rights-invalid']);
  });
});
